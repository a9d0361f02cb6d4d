import { randomUUID } from 'node:crypto';
import { newInstitution as insertInstitution, newJudge, newNomination } from '../support/factories';
import { newInstitution, nominationBody } from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The wall-clock time of `instant` in `timeZone`, e.g. "2018-04-06 18:00:00". */
function local(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/**
 * Clock edges (docs/reliability.md): deadlines to the exact second, the edition's time zone across a daylight
 * saving change, and cloning across one. The 2018 calendar of DESIGN.md §7 in America/Mexico_City, which kept
 * daylight saving time in 2018 (UTC−06:00 until 1 April 02:00, then UTC−05:00).
 */
describe('reliability: clock edges', () => {
  let t: TestApp;
  let organiser: string;
  let editionId: string;
  let localTrackId: string;
  let institution: string;

  // Local times: nominations close 16 Mar 18:00 (CST, −06:00); judging 19 Mar 09:00 (CST) – 6 Apr 18:00 (CDT,
  // −05:00); announcement 13 Apr 10:00 (CDT).
  const CALENDAR = {
    nominationsOpenAt: '2018-02-01T15:00:00.000Z',
    nominationsCloseAt: '2018-03-17T00:00:00.000Z',
    judgingOpenAt: '2018-03-19T15:00:00.000Z',
    judgingCloseAt: '2018-04-06T23:00:00.000Z',
    announcementAt: '2018-04-13T15:00:00.000Z',
  };
  const ZONE = 'America/Mexico_City';
  const at = (iso: string, deltaMs = 0) => new Date(new Date(iso).getTime() + deltaMs);

  beforeAll(async () => {
    t = await startTestApp({ now: '2018-03-01T18:00:00Z' });
    organiser = await t.login();
    const edition = await t.http
      .post('/api/editions')
      .set(auth(organiser))
      .send({
        name: 'Reconocimientos de prueba 2018',
        year: 2018,
        timezone: ZONE,
        participatingStates: ['09', '14'],
        // One organiser seals here; four eyes has its own suite.
        fourEyes: false,
        ...CALENDAR,
      })
      .expect(201);
    editionId = edition.body.id;
    const tracks = await t.http.get(`/api/editions/${editionId}/tracks`).set(auth(organiser)).expect(200);
    localTrackId = tracks.body.find((x: { code: string }) => x.code === 'LOCAL_OPEN_GOV').id;
    institution = await newInstitution(t, organiser, { name: 'Gobierno de Jalisco', stateCode: '14' });
  });

  afterAll(() => t.close());

  const draft = async (title: string) =>
    (
      await t.http
        .post('/api/nominations')
        .set(auth(organiser))
        .send(nominationBody(localTrackId, institution, { nominatingInstitutionId: institution, title }))
        .expect(201)
    ).body.id as string;
  const submit = (id: string, language = 'es') =>
    t.http.post(`/api/nominations/${id}/submit`).set(auth(organiser)).set('accept-language', language);

  it('shows the deadlines as 18:00 local on both sides of the daylight saving change', () => {
    expect(local(CALENDAR.nominationsCloseAt, ZONE)).toBe('2018-03-16 18:00:00');
    expect(local(CALENDAR.judgingCloseAt, ZONE)).toBe('2018-04-06 18:00:00');
  });

  it('takes a submission at the deadline’s .000 and .999 and refuses one a second later, naming 18:00 CST', async () => {
    const first = await draft('Entregada en el segundo exacto');
    const second = await draft('Entregada al final del segundo');
    const late = await draft('Entregada un segundo tarde');

    t.clock.set(CALENDAR.nominationsCloseAt);
    const onTheDot = await submit(first).expect(200);
    expect(onTheDot.body.submittedAt).toBe(CALENDAR.nominationsCloseAt);

    t.clock.set(at(CALENDAR.nominationsCloseAt, 999));
    const endOfSecond = await submit(second).expect(200);
    expect(endOfSecond.body.submittedAt).toBe('2018-03-17T00:00:00.999Z');

    t.clock.set(at(CALENDAR.nominationsCloseAt, 1000));
    const refused = await submit(late).expect(409);
    expect(refused.body.code).toBe('DEADLINE_PASSED');
    expect(refused.body.message).toBe(
      'El plazo para postular venció el 16/03/2018, 18:00:00 (America/Mexico_City, UTC−06:00).',
    );
    const refusedEn = await submit(late, 'en').expect(409);
    expect(refusedEn.body.message).toBe(
      'The nomination deadline passed on 16/03/2018, 18:00:00 (America/Mexico_City, UTC−06:00).',
    );
    const stored = await t.http.get(`/api/nominations/${late}`).set(auth(organiser)).expect(200);
    expect(stored.body).toMatchObject({ status: 'DRAFT', submittedAt: null, receiptHash: null });
  });

  it('closes judging at 18:00 CDT (after the change) to the second, and says so in local time', async () => {
    const track = { id: localTrackId, editionId };
    const nominee = await insertInstitution(t, { name: 'Gobierno de la Ciudad de México', stateCode: '09' });
    const nomination = await newNomination(t, track, nominee);
    const judge = await newJudge(t, [{ stateCode: '14' }]);
    await t.http
      .patch(`/api/tracks/${localTrackId}`)
      .set(auth(organiser))
      .send({ judgesPerNomination: 1, minReviews: 1 })
      .expect(200);
    await t.http
      .put(`/api/tracks/${localTrackId}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judge.id }] })
      .expect(200);
    const plan = await t.http
      .post(`/api/tracks/${localTrackId}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    const assignment = (plan.body.created as { id: string; nominationId: string }[]).find(
      (a) => a.nominationId === nomination.id,
    )!.id;
    const token = await judge.login();
    const rubric = (await t.http.get(`/api/tracks/${localTrackId}`).set(auth(organiser)).expect(200)).body
      .rubric as { key: string }[];
    const scores = Object.fromEntries(rubric.map((c) => [c.key, 7]));
    const save = () =>
      t.http.put(`/api/assignments/${assignment}/score-sheet`).set(auth(token)).send({ scores });

    t.clock.set(at(CALENDAR.judgingOpenAt, -1000));
    const early = await save().expect(409);
    expect(early.body.code).toBe('OUTSIDE_JUDGING_WINDOW');
    expect(early.body.message).toBe(
      'Las hojas de evaluación solo pueden guardarse y enviarse entre 19/03/2018, 09:00:00 ' +
        '(America/Mexico_City, UTC−06:00) y 06/04/2018, 18:00:00 (America/Mexico_City, UTC−05:00).',
    );
    t.clock.set(CALENDAR.judgingOpenAt);
    await save().expect(200);
    t.clock.set(at(CALENDAR.judgingCloseAt, 999));
    await save().expect(200);
    t.clock.set(at(CALENDAR.judgingCloseAt, 1000));
    const late = await save().expect(409);
    expect(late.body.code).toBe('OUTSIDE_JUDGING_WINDOW');
    await t.http.post(`/api/assignments/${assignment}/score-sheet/submit`).set(auth(token)).expect(409);
    t.clock.set(CALENDAR.judgingCloseAt);
    const submitted = await t.http
      .post(`/api/assignments/${assignment}/score-sheet/submit`)
      .set(auth(token))
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', submittedAt: CALENDAR.judgingCloseAt });
  });

  it('keeps finalised results hidden until the announcement instant to the millisecond', async () => {
    // The two nominations submitted on time have no sheets: the jury finds them ineligible, so the one scored
    // nomination decides and nothing blocks finalisation.
    const submitted = await t.http
      .get(`/api/nominations?editionId=${editionId}&status=SUBMITTED`)
      .set(auth(organiser))
      .expect(200);
    for (const n of submitted.body.items as { id: string }[]) {
      await t.http
        .post(`/api/nominations/${n.id}/eligibility`)
        .set(auth(organiser))
        .send({ decision: 'INELIGIBLE', reason: 'Sin evaluaciones en esta prueba' })
        .expect(200);
    }
    t.clock.set(at(CALENDAR.announcementAt, -3600_000));
    const sealed = await t.http.post(`/api/editions/${editionId}/finalize`).set(auth(organiser)).expect(200);
    expect(sealed.body.public).toBe(false);
    const unknown = await t.http.get(`/api/public/editions/${randomUUID()}/results`).expect(404);

    t.clock.set(at(CALENDAR.announcementAt, -1));
    const hidden = await t.http.get(`/api/public/editions/${editionId}/results`).expect(404);
    expect(hidden.body).toEqual(unknown.body);
    await t.http.get(`/api/public/editions/${editionId}/results.csv`).expect(404);

    t.clock.set(CALENDAR.announcementAt); // 13 April 2018, 10:00 CDT
    const shown = await t.http.get(`/api/public/editions/${editionId}/results`).expect(200);
    expect(shown.body.seal).toMatchObject({ sha256: sealed.body.seal.sha256 });
    await t.http.get(`/api/public/editions/${editionId}/results.csv`).expect(200);
  });

  it('clones across daylight saving rule changes keeping the local wall-clock times', async () => {
    // 2018 → 2019: 6 April 18:00 was CDT in 2018 (DST from 1 April) and is CST in 2019 (DST from 7 April).
    const clone2019 = await t.http
      .post(`/api/editions/${editionId}/clone`)
      .set(auth(organiser))
      .send({ year: 2019 })
      .expect(201);
    expect(clone2019.body.judgingCloseAt).toBe('2019-04-07T00:00:00.000Z');
    expect(clone2019.body.nominationsCloseAt).toBe('2019-03-17T00:00:00.000Z');
    expect(clone2019.body.announcementAt).toBe('2019-04-13T15:00:00.000Z'); // CDT again by 13 April
    for (const field of Object.keys(CALENDAR) as (keyof typeof CALENDAR)[]) {
      expect(local(clone2019.body[field], ZONE)).toBe(local(CALENDAR[field], ZONE).replace('2018', '2019'));
    }
    // 2018 → 2023: Mexico abolished daylight saving time in October 2022; the local times still hold.
    const clone2023 = await t.http
      .post(`/api/editions/${editionId}/clone`)
      .set(auth(organiser))
      .send({ year: 2023 })
      .expect(201);
    expect(clone2023.body.judgingCloseAt).toBe('2023-04-07T00:00:00.000Z');
    expect(clone2023.body.announcementAt).toBe('2023-04-13T16:00:00.000Z');
    expect(local(clone2023.body.announcementAt, ZONE)).toBe('2023-04-13 10:00:00');
    const tracks = await t.http
      .get(`/api/editions/${clone2023.body.id}/tracks`)
      .set(auth(organiser))
      .expect(200);
    expect(tracks.body).toHaveLength(2);
  });
});
