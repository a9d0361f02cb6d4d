import { UserEntity, Role, UserStatus } from '../../src/database/schema/user.entity';
import { FACTORY_PASSWORD, newUser } from '../support/factories';
import { DELIBERATION } from '../support/judged-bundle';
import { importJudgedEdition } from '../support/judged-edition';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/**
 * Four eyes over HTTP and on the pages: the answers and their messages, the single-organiser notice, sealing
 * confirmed from the edition page. The rules themselves (who confirms, what expires, what a rejection records)
 * are checked on the services in test/medium/governance/four-eyes.medium-spec.ts.
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

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    a = await t.login();
    const second = await newUser(t, Role.ORGANISER, { name: 'Beatriz Segunda' });
    bId = second.id;
    b = await second.login();
    const judged = await importJudgedEdition(t, a);
    ({ editionId, localTrackId } = judged);
    for (const [key, id] of judged.nominations) keys.set(key, id);
    await t.http.patch(`/api/editions/${editionId}`).set(as(a)).send({ fourEyes: true }).expect(200);
  });

  afterAll(() => t?.close());

  it('answers a stale proposal with 409 and a plain message', async () => {
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
  });

  it('refuses a blank rejection reason (400); the proposer withdraws its own', async () => {
    const proposed = await propose('L-1', {
      kind: 'EXCLUDE',
      justification: 'Acta 4: propuesta para discutir.',
    }).expect(201);
    const id = proposed.body.proposal.id as string;
    await t.http.post(`/api/proposals/${id}/reject`).set(as(b)).send({ reason: ' ' }).expect(400);
    await t.http
      .post(`/api/proposals/${id}/reject`)
      .set(as(a))
      .send({ reason: 'Retirada: el jurado no la acordó.' })
      .expect(200);
  });

  it('says plainly when a single organiser is left, on the API and on the edition page', async () => {
    await t.db.transaction((m) => m.update(UserEntity, { id: bId }, { status: UserStatus.DISABLED }));
    const proposed = await propose('L-1', {
      kind: 'EXCLUDE',
      justification: 'Acta 5: propuesta sin segunda persona.',
    }).expect(201);
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
