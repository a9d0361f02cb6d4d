import { UserEntity, Role, UserStatus } from '../../src/database/schema/user.entity';
import { FACTORY_PASSWORD, newUser } from '../support/factories';
import { DELIBERATION, judgedBundle } from '../support/judged-bundle';
import { importJudgedEdition } from '../support/judged-edition';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

interface Proposal {
  id: string;
  kind: string;
  status: string;
  proposedBy: { id: string; name: string };
  summary: { es: string; en: string };
}

/**
 * Four eyes: on an edition that asks for it, an override or the seal proposed by one organiser takes effect only
 * when a different organiser confirms it; a proposal whose basis changed expires instead.
 */
describe('four eyes: overrides and the seal confirmed by a second organiser', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let bId: string;
  let editionId: string;
  let localTrackId: string;
  const keys = new Map<string, string>();
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const propose = (key: string, body: Record<string, unknown>, token = a) =>
    t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(as(token))
      .send({ nominationId: keys.get(key), ...body });
  const proposals = async () =>
    (await t.http.get(`/api/editions/${editionId}/proposals`).set(as(a)).expect(200)).body as Proposal[];
  const overrides = async () =>
    (await t.http.get(`/api/tracks/${localTrackId}/overrides`).set(as(a)).expect(200)).body as {
      nomination?: { key: string };
    }[];

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    a = await t.login();
    const second = await newUser(t, Role.ORGANISER, { name: 'Beatriz Segunda' });
    bId = second.id;
    b = await second.login();
    const judged = await importJudgedEdition(t, a, { exclude: false });
    ({ editionId, localTrackId } = judged);
    for (const [key, id] of judged.nominations) keys.set(key, id);
    await t.http.patch(`/api/editions/${editionId}`).set(as(a)).send({ fourEyes: true }).expect(200);
  });

  afterAll(() => t?.close());

  it('is on by default for a new edition, off for imported and older ones', async () => {
    const created = await t.http
      .post('/api/editions')
      .set(as(a))
      .send({
        name: 'Reconocimientos 2031',
        year: 2031,
        nominationsOpenAt: '2031-01-15T09:00:00-06:00',
        nominationsCloseAt: '2031-02-28T18:00:00-06:00',
        judgingOpenAt: '2031-03-01T09:00:00-06:00',
        judgingCloseAt: '2031-03-31T18:00:00-06:00',
        announcementAt: '2031-04-13T10:00:00-06:00',
        participatingStates: ['09'],
      })
      .expect(201);
    expect(created.body.fourEyes).toBe(true);
    const imported = await t.http
      .post('/api/editions/import?asKey=otra-copia')
      .set(as(a))
      .send(judgedBundle())
      .expect(201);
    expect((await t.http.get(`/api/editions/${imported.body.id}`).set(as(a))).body.fourEyes).toBe(false);
  });

  it('keeps an override proposed by A unapplied until B confirms it; A cannot confirm its own', async () => {
    const proposed = await propose('L-4', {
      kind: 'EXCLUDE',
      justification: 'Acta 1: sin quórum de evaluaciones.',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      confirmable: true,
      proposal: { kind: 'OVERRIDE', status: 'PENDING' },
    });
    expect(proposed.body.proposal.summary.es).toContain('L-4');
    expect(await overrides()).toEqual([]);
    const [pending] = await proposals();
    expect(pending.proposedBy.name).not.toBe('');

    const own = await t.http.post(`/api/proposals/${pending.id}/confirm`).set(as(a)).expect(403);
    expect(own.body.code).toBe('OWN_PROPOSAL');
    expect(await overrides()).toEqual([]);
    const confirmed = await t.http.post(`/api/proposals/${pending.id}/confirm`).set(as(b)).expect(200);
    expect(confirmed.body.status).toBe('CONFIRMED');
    const [applied] = await overrides();
    expect(applied.nomination?.key).toBe('L-4');
    const audit = await t.http.get(`/api/audit?entityId=${pending.id}`).set(as(a)).expect(200);
    expect((audit.body.items as { action: string }[]).map((e) => e.action).sort()).toEqual([
      'proposal.confirm',
      'proposal.create',
    ]);
    const again = await t.http.post(`/api/proposals/${pending.id}/confirm`).set(as(b)).expect(409);
    expect(again.body.code).toBe('PROPOSAL_DECIDED');
  });

  it('expires a proposal whose basis changed before it was confirmed', async () => {
    const first = await propose('L-3', {
      kind: 'SET_AWARD',
      award: 'SECOND',
      justification: 'Acta 2: el jurado sube a L-3.',
    }).expect(201);
    const second = await propose('L-2', {
      kind: 'SET_AWARD',
      award: null,
      justification: 'Acta 3: el jurado retira el premio a L-2.',
    }).expect(201);
    await t.http.post(`/api/proposals/${second.body.proposal.id}/confirm`).set(as(b)).expect(200);
    const stale = await t.http
      .post(`/api/proposals/${first.body.proposal.id}/confirm`)
      .set(as(b))
      .set('accept-language', 'en')
      .expect(409);
    expect(stale.body.code).toBe('PROPOSAL_STALE');
    expect(stale.body.message).toContain('changed');
    const expired = (await proposals()).find((p) => p.id === first.body.proposal.id)!;
    expect(expired.status).toBe('EXPIRED');
    expect((await overrides()).map((o) => o.nomination?.key)).not.toContain('L-3');
  });

  it('rejects with a reason (the proposer may withdraw its own); a rejected one cannot be confirmed', async () => {
    const proposed = await propose('L-1', {
      kind: 'EXCLUDE',
      justification: 'Acta 4: propuesta para discutir.',
    }).expect(201);
    const id = proposed.body.proposal.id as string;
    await t.http.post(`/api/proposals/${id}/reject`).set(as(b)).send({ reason: ' ' }).expect(400);
    const rejected = await t.http
      .post(`/api/proposals/${id}/reject`)
      .set(as(a))
      .send({ reason: 'Retirada: el jurado no la acordó.' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Retirada: el jurado no la acordó.',
    });
    await t.http.post(`/api/proposals/${id}/confirm`).set(as(b)).expect(409);
    expect((await overrides()).map((o) => o.nomination?.key)).not.toContain('L-1');
  });

  it('says plainly when a single organiser is left, on the API and on the edition page', async () => {
    await t.db.transaction((m) => m.update(UserEntity, { id: bId }, { status: UserStatus.DISABLED }));
    const proposed = await propose('L-1', {
      kind: 'EXCLUDE',
      justification: 'Acta 5: propuesta sin segunda persona.',
    }).expect(201);
    expect(proposed.body.confirmable).toBe(false);
    const browser = new PageBrowser(t);
    await browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, `/organizacion/ediciones/${editionId}`);
    const page = await browser.get(`/organizacion/ediciones/${editionId}`);
    expect(page.text).toContain('Solo hay una cuenta de organización activa');
    expect(page.text).toContain('Su propuesta: espera la confirmación de otra persona');
    await t.http
      .post(`/api/proposals/${proposed.body.proposal.id}/reject`)
      .set(as(a))
      .send({ reason: 'Sin segunda persona.' })
      .expect(200);
    await t.db.transaction((m) => m.update(UserEntity, { id: bId }, { status: UserStatus.ACTIVE }));
  });

  it('seals only when B confirms A’s proposal, from the edition page', async () => {
    const proposed = await t.http
      .post(`/api/editions/${editionId}/finalize`)
      .set(as(a))
      .send({ note: 'Acta final del jurado.' })
      .expect(200);
    expect(proposed.body).toMatchObject({
      proposal: { kind: 'FINALIZE', status: 'PENDING', reason: 'Acta final del jurado.' },
    });
    expect((await t.http.get(`/api/editions/${editionId}`).set(as(a))).body.finalizedAt).toBeNull();
    await t.http.get(`/api/editions/${editionId}/seal`).set(as(a)).expect(404);
    await t.http.post(`/api/proposals/${proposed.body.proposal.id}/confirm`).set(as(a)).expect(403);

    const browser = new PageBrowser(t);
    const second = (await t.db.read((m) => m.findOneByOrFail(UserEntity, { id: bId }))).email;
    await browser.signIn(second, FACTORY_PASSWORD, `/organizacion/ediciones/${editionId}`);
    const page = await browser.get(`/organizacion/ediciones/${editionId}`);
    expect(page.text).toContain('Sellar los resultados de la edición');
    const dashboard = await browser.get('/organizacion');
    expect(dashboard.text).toContain('1 propuesta espera la confirmación de otra persona de la organización');
    expect(dashboard.text).toContain('Acta final del jurado.');
    const confirmed = await browser.post(
      `/organizacion/ediciones/${editionId}/propuestas/${proposed.body.proposal.id}/confirmar`,
      {},
    );
    expect(confirmed.status).toBe(303);
    const seal = await t.http.get(`/api/editions/${editionId}/seal`).set(as(a)).expect(200);
    expect(seal.body.finalizedById).toBe(bId);
    const verify = await t.http.get('/api/audit/verify').set(as(a)).expect(200);
    expect(verify.body.ok).toBe(true);
  });
});

/** Organisers have affiliations and declared conflicts like judges: a conflicted one may not decide. */
describe('organisers’ conflicts of interest', () => {
  let t: TestApp;
  let a: string;
  let aId: string;
  let localTrackId: string;
  const keys = new Map<string, string>();
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    a = await t.login();
    aId = (await t.http.get('/api/auth/me').set(as(a)).expect(200)).body.id as string;
    const judged = await importJudgedEdition(t, a, { exclude: false });
    localTrackId = judged.localTrackId;
    for (const [key, id] of judged.nominations) keys.set(key, id);
  });

  afterAll(() => t?.close());

  it('refuses an override, an eligibility decision and an extension to an organiser conflicted with the nomination', async () => {
    // Affiliated with Jalisco (state 14): on the local track, L-2, L-3 and L-4 are Jalisco's.
    await t.http
      .put(`/api/users/${aId}/affiliations`)
      .set(as(a))
      .send({ affiliations: [{ stateCode: '14' }] })
      .expect(200);
    const override = await t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(as(a))
      .set('accept-language', 'en')
      .send({ nominationId: keys.get('L-4'), kind: 'EXCLUDE', justification: 'Acta 1: sin quórum.' })
      .expect(403);
    expect(override.body.code).toBe('ORGANISER_CONFLICT');
    expect(override.body.message).toContain('L-4');
    expect(override.body.message).toContain('affiliated with the nomination’s state');
    const eligibility = await t.http
      .post(`/api/nominations/${keys.get('L-3')}/eligibility`)
      .set(as(a))
      .send({ decision: 'INELIGIBLE', reason: 'Fuera de las bases' })
      .expect(403);
    expect(eligibility.body.code).toBe('ORGANISER_CONFLICT');
    // A declared conflict counts too: L-1 (Mexico City) becomes off limits.
    await t.http
      .post(`/api/tracks/${localTrackId}/conflicts`)
      .set(as(a))
      .send({ judgeId: aId, nominationId: keys.get('L-1'), reason: 'Asesoró el proyecto' })
      .expect(201);
    const extension = await t.http
      .post(`/api/nominations/${keys.get('L-1')}/extension`)
      .set(as(a))
      .send({ until: '2026-12-31T18:00:00-06:00' })
      .expect(403);
    expect(extension.body.code).toBe('ORGANISER_CONFLICT');
    expect(extension.body.message).toContain('conflicto declarado');

    // The results page names the organiser's own conflicts.
    const preview = await t.http.get(`/api/tracks/${localTrackId}/results`).set(as(a)).expect(200);
    expect(preview.body.viewerConflicts.map((c: { nominationKey: string }) => c.nominationKey)).toEqual([
      'L-1',
      'L-2',
      'L-3',
      'L-4',
    ]);
    const browser = new PageBrowser(t);
    await browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, `/organizacion/categorias/${localTrackId}/resultados`);
    const page = await browser.get(`/organizacion/categorias/${localTrackId}/resultados`);
    expect(page.text).toContain('Usted tiene conflicto de interés con estas postulaciones');
    expect(page.text).toContain('L-4: afiliado a la misma entidad');

    // Another organiser, free of conflict, decides.
    const other = await newUser(t, Role.ORGANISER);
    await t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(as(await other.login()))
      .send({ nominationId: keys.get('L-4'), kind: 'EXCLUDE', justification: 'Acta 1: sin quórum.' })
      .expect(201);
  });
});

/**
 * The other decisions under four eyes: scoring settings once the call is open, turning four eyes off, opening a
 * correction and reopening a submitted sheet. Each is a proposal until another organiser confirms it.
 */
describe('four eyes: scoring settings, turning it off, corrections and reopened sheets', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let editionId: string;
  let localTrackId: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const confirm = (id: string, token = b) => t.http.post(`/api/proposals/${id}/confirm`).set(as(token));
  const track = async () =>
    (await t.http.get(`/api/tracks/${localTrackId}`).set(as(a)).expect(200)).body as {
      name: string;
      judgesPerNomination: number;
    };

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    a = await t.login();
    b = await (await newUser(t, Role.ORGANISER, { name: 'Beatriz Segunda' })).login();
    ({ editionId, localTrackId } = await importJudgedEdition(t, a));
    await t.http.patch(`/api/editions/${editionId}`).set(as(a)).send({ fourEyes: true }).expect(200);
  });

  afterAll(() => t?.close());

  it('a scoring setting waits for B; a name changes at once; a proposal on changed settings expires', async () => {
    const before = await track();
    const first = await t.http
      .patch(`/api/tracks/${localTrackId}`)
      .set(as(a))
      .send({ judgesPerNomination: before.judgesPerNomination + 1 })
      .expect(200);
    expect(first.body.proposal).toMatchObject({ kind: 'SCORING_SETTINGS', status: 'PENDING' });
    expect((await track()).judgesPerNomination).toBe(before.judgesPerNomination);
    const second = await t.http
      .patch(`/api/tracks/${localTrackId}`)
      .set(as(a))
      .send({ judgesPerNomination: before.judgesPerNomination + 2 })
      .expect(200);
    await confirm(second.body.proposal.id, a).expect(403);
    await confirm(second.body.proposal.id).expect(200);
    expect((await track()).judgesPerNomination).toBe(before.judgesPerNomination + 2);
    expect((await confirm(first.body.proposal.id).expect(409)).body.code).toBe('PROPOSAL_STALE');
    await t.http
      .patch(`/api/tracks/${localTrackId}`)
      .set(as(a))
      .send({ name: 'Cocreación local' })
      .expect(200);
    expect((await track()).name).toBe('Cocreación local');
  });

  it('turning four eyes off is itself confirmed by B', async () => {
    const proposed = await t.http
      .patch(`/api/editions/${editionId}`)
      .set(as(a))
      .send({ fourEyes: false })
      .expect(200);
    expect(proposed.body.proposal).toMatchObject({ kind: 'FOUR_EYES_OFF' });
    expect((await t.http.get(`/api/editions/${editionId}`).set(as(a))).body.fourEyes).toBe(true);
    await confirm(proposed.body.proposal.id).expect(200);
    expect((await t.http.get(`/api/editions/${editionId}`).set(as(a))).body.fourEyes).toBe(false);
    // Turning it on needs nobody's confirmation.
    await t.http.patch(`/api/editions/${editionId}`).set(as(a)).send({ fourEyes: true }).expect(200);
    expect((await t.http.get(`/api/editions/${editionId}`).set(as(a))).body.fourEyes).toBe(true);
  });

  it('a correction is opened only when B confirms it, and a sheet reopened in it likewise', async () => {
    const seal = await t.http.post(`/api/editions/${editionId}/finalize`).set(as(a)).send({}).expect(200);
    await confirm(seal.body.proposal.id).expect(200);
    const correction = await t.http
      .post(`/api/editions/${editionId}/corrections`)
      .set(as(a))
      .send({ justification: 'Fe de erratas: se revisa una hoja de evaluación.' })
      .expect(201);
    expect(correction.body.proposal).toMatchObject({ kind: 'OPEN_CORRECTION', status: 'PENDING' });
    expect((await t.http.get(`/api/editions/${editionId}`).set(as(a))).body.correctionOpenedAt).toBeNull();
    await confirm(correction.body.proposal.id).expect(200);
    expect(
      (await t.http.get(`/api/editions/${editionId}`).set(as(a))).body.correctionOpenedAt,
    ).not.toBeNull();

    const rows = (await t.http.get(`/api/tracks/${localTrackId}/assignments`).set(as(a)).expect(200))
      .body as {
      id: string;
      scoreSheet: { status: string } | null;
    }[];
    const submitted = rows.find((r) => r.scoreSheet?.status === 'SUBMITTED')!;
    const reopen = await t.http
      .post(`/api/assignments/${submitted.id}/score-sheet/reopen`)
      .set(as(a))
      .send({ reason: 'El jurado pidió revisar un criterio.' })
      .expect(200);
    expect(reopen.body.proposal).toMatchObject({ kind: 'REOPEN_SHEET', status: 'PENDING' });
    const sheetStatus = async () =>
      ((await t.http.get(`/api/tracks/${localTrackId}/assignments`).set(as(a))).body as typeof rows).find(
        (r) => r.id === submitted.id,
      )!.scoreSheet!.status;
    expect(await sheetStatus()).toBe('SUBMITTED');
    await confirm(reopen.body.proposal.id).expect(200);
    expect(await sheetStatus()).toBe('DRAFT');
    expect((await t.http.get('/api/audit/verify').set(as(a)).expect(200)).body.ok).toBe(true);
  });
});
