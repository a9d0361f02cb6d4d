import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { OutboxMessageEntity } from '../../src/database/schema/outbox-message.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { Role } from '../../src/database/schema/user.entity';
import {
  DAY,
  FactoryUser,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
  newUser,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Feedback to nominators: judges write it beside their sheet, organisers release (as written or edited) or
 * withhold it before the results are public, and only then does the nominating institution read the released
 * comments, without the judges' names — never the withheld ones, never another institution's.
 */
describe('feedback to nominators', () => {
  let t: TestApp;
  let organiser: string;
  let observer: string;
  let edition: EditionEntity;
  let track: TrackEntity;
  let judgeA: FactoryUser;
  let judgeB: FactoryUser;
  let nominator1: string;
  let nominator2: string;
  let n1: string;
  let n2: string;
  const assignment: Record<string, string> = {};

  // Nomination 1 scores higher than nomination 2: no tie to resolve before the seal.
  const submit = (token: string, key: string, feedback?: string) =>
    t.http
      .post(`/api/assignments/${assignment[key]}/score-sheet/submit`)
      .set(auth(token))
      .send({
        scores: { impacto: key.endsWith(':1') ? 9 : 5, apertura: 7 },
        comment: 'Para el jurado.',
        feedback,
      })
      .expect(200);
  const feedbackOf = (token: string, id: string) =>
    t.http.get(`/api/nominations/${id}/feedback`).set(auth(token));

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    track = await newTrack(t, edition, { judgesPerNomination: 2, minReviews: 2 });
    const jalisco = await newInstitution(t, { name: 'Gobierno de Jalisco', stateCode: '14' });
    const mexico = await newInstitution(t, { name: 'Gobierno del Estado de México', stateCode: '15' });
    n1 = (await newNomination(t, track, jalisco)).id;
    n2 = (await newNomination(t, track, mexico)).id;
    nominator1 = await (await newUser(t, Role.NOMINATOR, { institutionId: jalisco.id })).login();
    nominator2 = await (await newUser(t, Role.NOMINATOR, { institutionId: mexico.id })).login();
    judgeA = await newJudge(t, [{ stateCode: '20' }], { name: 'Ana Jurado' });
    judgeB = await newJudge(t, [{ stateCode: '09' }], { name: 'Beto Jurado' });
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judgeA.id }, { judgeId: judgeB.id }] })
      .expect(200);
    const plan = await t.http
      .post(`/api/tracks/${track.id}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    for (const a of plan.body.created as { id: string; judgeId: string; nominationId: string }[]) {
      assignment[`${a.judgeId === judgeA.id ? 'A' : 'B'}:${a.nominationId === n1 ? 1 : 2}`] = a.id;
    }
    const tokenA = await judgeA.login();
    const tokenB = await judgeB.login();
    const sheet = await submit(
      tokenA,
      'A:1',
      '  Fortalezcan la apertura de datos; Ana lo vio en Guadalajara.  ',
    );
    expect(sheet.body.feedback).toBe('Fortalezcan la apertura de datos; Ana lo vio en Guadalajara.');
    await submit(tokenB, 'B:1', 'Buen ejercicio de cocreación.');
    await submit(tokenA, 'A:2', 'Un texto que no debe publicarse.');
    await submit(tokenB, 'B:2');
  });

  afterAll(() => t?.close());

  it('shows the organiser every judge’s feedback, with names, for review; nobody else', async () => {
    const review = await t.http.get(`/api/tracks/${track.id}/feedback`).set(auth(organiser)).expect(200);
    expect(review.body.open).toBe(true);
    expect(review.body.rows).toHaveLength(3);
    expect(review.body.rows.every((r: { state: string }) => r.state === 'PENDING')).toBe(true);
    expect(review.body.rows.map((r: { judge: { name: string } }) => r.judge.name).sort()).toEqual([
      'Ana Jurado',
      'Ana Jurado',
      'Beto Jurado',
    ]);
    await t.http.get(`/api/tracks/${track.id}/feedback`).set(auth(observer)).expect(403);
    await t.http.get(`/api/tracks/${track.id}/feedback`).set(auth(nominator1)).expect(403);
  });

  it('releases as written or edited, withholds with a reason, and refuses what cannot be decided', async () => {
    const edited = await t.http
      .post(`/api/assignments/${assignment['A:1']}/feedback/release`)
      .set(auth(organiser))
      .send({
        text: 'Fortalezcan la apertura de datos.',
        reason: 'Se quitó el nombre de la jueza y la ciudad.',
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      state: 'RELEASED',
      releasedText: 'Fortalezcan la apertura de datos.',
    });
    await t.http
      .post(`/api/assignments/${assignment['B:1']}/feedback/release`)
      .set(auth(organiser))
      .send({})
      .expect(200);
    const refused = await t.http
      .post(`/api/assignments/${assignment['A:2']}/feedback/withhold`)
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send({})
      .expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    await t.http
      .post(`/api/assignments/${assignment['A:2']}/feedback/withhold`)
      .set(auth(organiser))
      .send({ reason: 'Identifica a la persona evaluadora.' })
      .expect(200);
    const none = await t.http
      .post(`/api/assignments/${assignment['B:2']}/feedback/release`)
      .set(auth(organiser))
      .send({})
      .expect(409);
    expect(none.body.code).toBe('NO_FEEDBACK');
    const audit = await t.db.read((m) =>
      m.findBy(AuditEntryEntity, { action: 'scoreSheet.releaseFeedback' }),
    );
    expect(audit).toHaveLength(2);
  });

  it('shows a nominator nothing before the results are public, and another institution’s never', async () => {
    expect((await feedbackOf(nominator1, n1).expect(200)).body).toEqual({ available: false, comments: [] });
    await feedbackOf(nominator2, n1).expect(404);
  });

  it('after publication: the nominator reads the released comments only, without names; decisions are closed', async () => {
    t.clock.set(new Date(edition.judgingCloseAt.getTime() + DAY));
    await t.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiser)).expect(200);
    await t.http.post(`/api/editions/${edition.id}/publish`).set(auth(organiser)).expect(200);

    const mine = (await feedbackOf(nominator1, n1).expect(200)).body;
    expect(mine).toEqual({
      available: true,
      comments: ['Buen ejercicio de cocreación.', 'Fortalezcan la apertura de datos.'],
    });
    expect(JSON.stringify(mine)).not.toMatch(/Ana|Beto|Guadalajara/);
    expect((await feedbackOf(nominator2, n2).expect(200)).body).toEqual({ available: true, comments: [] });
    await feedbackOf(nominator1, n2).expect(404);

    const late = await t.http
      .post(`/api/assignments/${assignment['A:2']}/feedback/release`)
      .set(auth(organiser))
      .send({})
      .expect(409);
    expect(late.body.code).toBe('FEEDBACK_CLOSED');
  });

  it('the results notice to the institution carries its released comments, and no withheld one', async () => {
    const mails = await t.db.read((m) => m.findBy(OutboxMessageEntity, { kind: 'results.published' }));
    const body = mails.map((mail) => mail.textBody).join('\n');
    expect(body).toContain('Fortalezcan la apertura de datos.');
    expect(body).toContain('Buen ejercicio de cocreación.');
    expect(body).not.toContain('Un texto que no debe publicarse.');
    expect(body).not.toMatch(/Ana Jurado|Guadalajara/);
  });

  it('travels in the edition bundle, decisions included, and not in the public one', async () => {
    const bundle = (await t.http.get(`/api/editions/${edition.id}/bundle`).set(auth(organiser)).expect(200))
      .body;
    const sheets = bundle.scoreSheets as { feedback: string | null; feedbackDecision: string | null }[];
    expect(sheets.map((s) => String(s.feedbackDecision)).sort()).toEqual([
      'RELEASED',
      'RELEASED',
      'WITHHELD',
      'null',
    ]);
    // Imported elsewhere (a sealed edition keeps its key, so into an installation of its own) and exported again.
    const elsewhere = await startTestApp();
    try {
      const as = auth(await elsewhere.login());
      // The factories' nominations never went through intake: no receipt, which a bundle requires.
      const receipts = bundle.nominations.map((n: object) => ({ ...n, receiptHash: 'a'.repeat(64) }));
      const copy = (
        await elsewhere.http
          .post('/api/editions/import')
          .set(as)
          .send({ ...bundle, nominations: receipts })
          .expect(201)
      ).body;
      const again = (await elsewhere.http.get(`/api/editions/${copy.id}/bundle`).set(as).expect(200)).body;
      expect(again.scoreSheets).toEqual(bundle.scoreSheets);
    } finally {
      await elsewhere.close();
    }
    const published = JSON.stringify(
      (await t.http.get(`/api/public/editions/${edition.id}/bundle`).expect(200)).body,
    );
    expect(published).not.toContain('Fortalezcan');
    expect(published).not.toContain('cocreación.');
  });
});
