import { nodeSignatureCheck, verifyPublicBundle } from '../../src/domain/verification';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { EditionEntity } from '../../src/database/schema/edition.entity';
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
 * Deliberation: judges score alone; once a judge has submitted, they see the other submitted sheets of the
 * nomination (J1, J2…) and its discussion, which only its judges and organisers read before publication; in the
 * consensus step a judge revises a sheet once, with a reason, and the sealed document keeps both versions.
 */
describe('deliberation', () => {
  let t: TestApp;
  let organiser: string;
  let observer: string;
  let nominator: string;
  let edition: EditionEntity;
  let track: TrackEntity;
  let nominationId: string;
  const judges: Record<string, FactoryUser> = {};
  const tokens: Record<string, string> = {};
  const assignment: Record<string, string> = {};

  const view = (token: string) =>
    t.http.get(`/api/nominations/${nominationId}/deliberation`).set(auth(token));
  const submit = (judge: string, impacto: number) =>
    t.http
      .post(`/api/assignments/${assignment[judge]}/score-sheet/submit`)
      .set(auth(tokens[judge]))
      .send({ scores: { impacto, apertura: 6 }, comment: `Comentario de ${judge}` })
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    track = await newTrack(t, edition, { judgesPerNomination: 3, minReviews: 3, places: 1 });
    const institution = await newInstitution(t, { name: 'Municipio de Zapopan', stateCode: '14' });
    nominationId = (await newNomination(t, track, institution)).id;
    nominator = await (await newUser(t, Role.NOMINATOR, { institutionId: institution.id })).login();
    for (const [name, state] of [
      ['A', '20'],
      ['B', '21'],
      ['C', '22'],
      ['D', '23'],
    ]) {
      judges[name] = await newJudge(t, [{ stateCode: state }], { name: `Jurado ${name}` });
      tokens[name] = await judges[name].login();
    }
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: ['A', 'B', 'C'].map((k) => ({ judgeId: judges[k].id })) })
      .expect(200);
    const plan = await t.http
      .post(`/api/tracks/${track.id}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    for (const a of plan.body.created as { id: string; judgeId: string }[]) {
      assignment[Object.keys(judges).find((k) => judges[k].id === a.judgeId)!] = a.id;
    }
  });

  afterAll(() => t?.close());

  it('is off unless the organiser turns it on for the round', async () => {
    await submit('A', 9);
    expect((await view(tokens.A).expect(409)).body.code).toBe('DELIBERATION_OFF');
    await t.http
      .patch(`/api/tracks/${track.id}`)
      .set(auth(organiser))
      .send({ deliberation: true })
      .expect(200);
  });

  it('shows a judge nothing before their own sheet is submitted, then the submitted sheets as J1, J2…', async () => {
    await t.http
      .put(`/api/assignments/${assignment.B}/score-sheet`)
      .set(auth(tokens.B))
      .send({ scores: { impacto: 3 } })
      .expect(200);
    const early = await view(tokens.B).set('accept-language', 'en').expect(409);
    expect(early.body).toMatchObject({ code: 'DELIBERATION_SUBMIT_FIRST' });
    expect(early.body.message).toContain('Submit your own score sheet');
    expect(JSON.stringify(early.body)).not.toContain('Comentario de A');

    const alone = await view(tokens.A).expect(200);
    expect(alone.body.sheets).toHaveLength(1); // B's draft is never shown
    expect(alone.body.sheets[0]).toMatchObject({ mine: true, name: null, comment: 'Comentario de A' });

    await submit('B', 5);
    const both = (await view(tokens.A).expect(200)).body;
    // Labels are the nomination's judges in assignment order (J1–J3); only submitted sheets are shown.
    const labels = both.sheets.map((s: { judge: string }) => s.judge);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    for (const label of labels) expect(label).toMatch(/^J[1-3]$/);
    const other = both.sheets.find((s: { mine: boolean }) => !s.mine);
    expect(other).toMatchObject({
      name: null,
      comment: 'Comentario de B',
      scores: { impacto: 5, apertura: 6 },
    });
    expect(JSON.stringify(both)).not.toContain('Jurado B');
  });

  it('keeps the discussion to the nomination’s judges and organisers, with edits and deletions in its history', async () => {
    const posted = await t.http
      .post(`/api/nominations/${nominationId}/discussion`)
      .set(auth(tokens.A))
      .send({ body: 'La evidencia de cocreación es sólida.' })
      .expect(200);
    const postA = posted.body.posts[0].id as string;
    await t.http
      .post(`/api/nominations/${nominationId}/discussion`)
      .set(auth(tokens.B))
      .send({ body: 'Coincido, aunque falta medir resultados.' })
      .expect(200);
    await t.http
      .patch(`/api/discussion/${postA}`)
      .set(auth(tokens.B))
      .send({ body: 'Intento editar lo ajeno.' })
      .expect(404);
    await t.http
      .patch(`/api/discussion/${postA}`)
      .set(auth(tokens.A))
      .send({ body: 'La evidencia de cocreación es muy sólida.' })
      .expect(200);
    // The test clock stands still: posts of the same instant are in id order, so find B's by `mine`.
    type Post = {
      id: string;
      mine: boolean;
      author: string;
      body: string;
      deletedAt: string | null;
      history: unknown;
    };
    const second = ((await view(tokens.B).expect(200)).body.posts as Post[]).find((p) => p.mine)!.id;
    const deleted = await t.http.delete(`/api/discussion/${second}`).set(auth(tokens.B)).expect(200);
    const gone = (deleted.body.posts as Post[]).find((p) => p.id === second)!;
    expect(gone).toMatchObject({ body: '', history: null });
    expect(gone.deletedAt).not.toBeNull();

    const asOrganiser = (await view(organiser).expect(200)).body;
    expect(asOrganiser.sheets.map((s: { name: string }) => s.name).sort()).toEqual(['Jurado A', 'Jurado B']);
    const byId = new Map((asOrganiser.posts as Post[]).map((p) => [p.id, p]));
    expect(byId.get(postA)!.author).toBe('Jurado A');
    expect(byId.get(postA)!.history).toEqual([
      expect.objectContaining({ kind: 'EDITED', body: 'La evidencia de cocreación es sólida.' }),
    ]);
    expect(byId.get(second)!.history).toEqual([
      expect.objectContaining({ kind: 'DELETED', body: 'Coincido, aunque falta medir resultados.' }),
    ]);

    // Not the other judges, not an observer before publication, never a nominator.
    await view(tokens.C).expect(409);
    await view(tokens.D).expect(404);
    await view(observer).expect(404);
    await view(nominator).expect(403);
    await t.http
      .post(`/api/nominations/${nominationId}/discussion`)
      .set(auth(tokens.C))
      .send({ body: 'Sin enviar mi hoja.' })
      .expect(409);
    const actions = await t.db.read((m) => m.find(AuditEntryEntity, { select: { action: true } }));
    for (const action of ['discussionPost.create', 'discussionPost.edit', 'discussionPost.delete'])
      expect(actions.map((a) => a.action)).toContain(action);
    // Observers read the audit trail before publication: the trail holds the posts' texts by hash only.
    const trail = await t.http
      .get('/api/audit')
      .query({ entityType: 'discussionPost' })
      .set(auth(observer))
      .expect(200);
    expect(JSON.stringify(trail.body)).toContain('bodySha256');
    expect(JSON.stringify(trail.body)).not.toContain('cocreación');
  });

  it('shows names to judges when the organiser chooses them', async () => {
    await t.http
      .patch(`/api/tracks/${track.id}`)
      .set(auth(organiser))
      .send({ deliberationNames: true })
      .expect(200);
    const named = (await view(tokens.A).expect(200)).body;
    expect(named.sheets.map((s: { name: string }) => s.name).sort()).toEqual(['Jurado A', 'Jurado B']);
    await t.http
      .patch(`/api/tracks/${track.id}`)
      .set(auth(organiser))
      .send({ deliberationNames: false })
      .expect(200);
  });

  it('lets a judge revise a submitted sheet once in the consensus step, keeping both versions', async () => {
    const revise = (body: object) =>
      t.http.post(`/api/assignments/${assignment.B}/score-sheet/revise`).set(auth(tokens.B)).send(body);
    expect(
      (await revise({ scores: { impacto: 8, apertura: 6 }, reason: 'Tras la deliberación.' }).expect(409))
        .body.code,
    ).toBe('CONSENSUS_CLOSED');
    await t.http
      .post(`/api/tracks/${track.id}/consensus/open`)
      .set(auth(organiser))
      .send({ reason: 'Acta 4 del jurado' })
      .expect(200);
    expect((await view(tokens.B).expect(200)).body).toMatchObject({ consensusOpen: true, canRevise: true });
    const bad = await revise({ scores: { impacto: 8 }, reason: 'Tras la deliberación.' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('apertura');
    const revised = await revise({
      scores: { impacto: 8, apertura: 6 },
      reason: 'Tras la deliberación.',
    }).expect(200);
    expect(revised.body).toMatchObject({
      scores: { impacto: 8, apertura: 6 },
      originalScores: { impacto: 5, apertura: 6 },
      revisionReason: 'Tras la deliberación.',
    });
    expect(
      (await revise({ scores: { impacto: 9, apertura: 6 }, reason: 'Otra vez, por si acaso.' }).expect(409))
        .body.code,
    ).toBe('ALREADY_REVISED');
    const seen = (await view(tokens.A).expect(200)).body.sheets.find((s: { mine: boolean }) => !s.mine);
    expect(seen.revision).toMatchObject({
      originalScores: { impacto: 5, apertura: 6 },
      reason: 'Tras la deliberación.',
    });
    await t.http
      .post(`/api/tracks/${track.id}/consensus/close`)
      .set(auth(organiser))
      .send({ reason: 'Fin del consenso' })
      .expect(200);
  });

  it('seals the revised sheet as the one that counted, with the first version, verified; observers read it after', async () => {
    await submit('C', 7);
    t.clock.set(new Date(edition.judgingCloseAt.getTime() + DAY));
    await t.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiser)).expect(200);
    await t.http.post(`/api/editions/${edition.id}/publish`).set(auth(organiser)).expect(200);
    const bundle = (await t.http.get(`/api/public/editions/${edition.id}/bundle`).expect(200)).body;
    const sheets = bundle.seal.results.tracks[0].sheets as { revision?: object; scores: object }[];
    const revised = sheets.filter((s) => s.revision);
    expect(revised).toHaveLength(1);
    expect(revised[0]).toMatchObject({
      scores: { impacto: 8, apertura: 6 },
      revision: {
        counted: 'REVISED',
        originalScores: { impacto: 5, apertura: 6 },
        reason: 'Tras la deliberación.',
      },
    });
    const report = await verifyPublicBundle(bundle, { checkSignature: nodeSignatureCheck });
    expect(report).toMatchObject({ ok: true, dataMatchesSeal: true });

    const lateObserver = await (await newUser(t, Role.OBSERVER)).login();
    const after = (await view(lateObserver).expect(200)).body;
    expect(after.sheets).toHaveLength(3);
    expect(after.sheets.every((s: { name: string | null }) => s.name === null)).toBe(true);
    expect(after.posts.every((p: { history: unknown }) => p.history === null)).toBe(true);
    expect(JSON.stringify(after)).not.toMatch(/Jurado [ABC]/);
    await t.http
      .post(`/api/nominations/${nominationId}/discussion`)
      .set(auth(lateObserver))
      .send({ body: 'No puedo escribir.' })
      .expect(403);
  });
});
