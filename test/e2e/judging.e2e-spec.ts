import { EditionEntity } from '../../src/database/schema/edition.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { ScoreSheetEntity } from '../../src/database/schema/score-sheet.entity';
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

describe('judging: score sheets, access, window, reopen, blind mode', () => {
  let t: TestApp;
  let organiser: string;
  let edition: EditionEntity;
  let track: TrackEntity;
  let judgeA: FactoryUser;
  let judgeB: FactoryUser;
  let tokenA: string;
  let tokenB: string;
  let observer: string;
  /** assignment ids by `${judge}:${nomination}` */
  const assignment: Record<string, string> = {};
  let nominationIds: string[];

  const sheetRow = (assignmentId: string) =>
    t.db.read((m) => m.findOneBy(ScoreSheetEntity, { assignmentId }));

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    track = await newTrack(t, edition, { judgesPerNomination: 2 });
    const nominee1 = await newInstitution(t, { name: 'Gobierno de Jalisco', stateCode: '14' });
    const nominee2 = await newInstitution(t, { name: 'Gobierno del Estado de México', stateCode: '15' });
    const n1 = await newNomination(t, track, nominee1);
    const n2 = await newNomination(t, track, nominee2);
    nominationIds = [n1.id, n2.id];
    judgeA = await newJudge(t, [{ stateCode: '20' }], { name: 'Ana Jurado' });
    judgeB = await newJudge(t, [{ stateCode: '09' }], { name: 'Beto Jurado' });
    tokenA = await judgeA.login();
    tokenB = await judgeB.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judgeA.id }, { judgeId: judgeB.id }] })
      .expect(200);
    const plan = await t.http
      .post(`/api/tracks/${track.id}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    expect(plan.body.created).toHaveLength(4);
    expect(plan.body.unassigned).toEqual([]);
    for (const a of plan.body.created as { id: string; judgeId: string; nominationId: string }[]) {
      assignment[`${a.judgeId === judgeA.id ? 'A' : 'B'}:${nominationIds.indexOf(a.nominationId) + 1}`] =
        a.id;
    }
  });

  afterAll(() => t.close());

  it('shows a judge only its own active assignments', async () => {
    const queue = await t.http.get('/api/judge/assignments').set(auth(tokenA)).expect(200);
    expect(queue.body.map((a: { id: string }) => a.id).sort()).toEqual(
      [assignment['A:1'], assignment['A:2']].sort(),
    );
    expect(queue.body[0].scoreSheet).toBeNull();
    expect(queue.body[0].edition.judgingCloseAt).toBe(edition.judgingCloseAt.toISOString());
  });

  it('lets a judge save a partial draft, then refuses an out-of-range score with 400 and changes nothing', async () => {
    const id = assignment['A:1'];
    const draft = await t.http
      .put(`/api/assignments/${id}/score-sheet`)
      .set(auth(tokenA))
      .send({ scores: { impacto: 7 }, comment: 'Buen inicio' })
      .expect(200);
    expect(draft.body).toMatchObject({
      status: 'DRAFT',
      scores: { impacto: 7 },
      complete: false,
      comment: 'Buen inicio',
    });

    const bad = await t.http
      .put(`/api/assignments/${id}/score-sheet`)
      .set(auth(tokenA))
      .set('accept-language', 'en')
      .send({ scores: { impacto: 11, apertura: 5 } })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors).toEqual([
      { field: 'scores.impacto', code: 'range', message: 'scores.impacto: must be between 0 and 10' },
    ]);
    const unknown = await t.http
      .put(`/api/assignments/${id}/score-sheet`)
      .set(auth(tokenA))
      .send({ scores: { otro: 1 } })
      .expect(400);
    expect(unknown.body.errors[0].field).toBe('scores.otro');
    expect((await sheetRow(id))!.scores).toEqual({ impacto: 7 });
  });

  it('refuses to submit an incomplete sheet, naming the missing criterion', async () => {
    const res = await t.http
      .post(`/api/assignments/${assignment['A:1']}/score-sheet/submit`)
      .set(auth(tokenA))
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['scores.apertura']);
    expect((await sheetRow(assignment['A:1']))!.status).toBe('DRAFT');
  });

  it('submits a complete sheet, freezes the track, and locks the sheet (409)', async () => {
    const id = assignment['A:1'];
    await t.http
      .put(`/api/assignments/${id}/score-sheet`)
      .set(auth(tokenA))
      .send({ scores: { impacto: 7, apertura: 4 } })
      .expect(200);
    const submitted = await t.http
      .post(`/api/assignments/${id}/score-sheet/submit`)
      .set(auth(tokenA))
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', complete: true });
    expect(submitted.body.submittedAt).toBe(t.clock.now().toISOString());
    const frozen = await t.db.read((m) => m.findOneByOrFail(TrackEntity, { id: track.id }));
    expect(frozen.frozenAt).not.toBeNull();

    const edit = await t.http
      .put(`/api/assignments/${id}/score-sheet`)
      .set(auth(tokenA))
      .send({ scores: { impacto: 1 } })
      .expect(409);
    expect(edit.body.code).toBe('SHEET_LOCKED');
    await t.http.post(`/api/assignments/${id}/score-sheet/submit`).set(auth(tokenA)).expect(409);
    expect((await sheetRow(id))!.scores).toEqual({ impacto: 7, apertura: 4 });

    const actions = await t.db.read((m) =>
      m.find(AuditEntryEntity, { where: { entityId: (submitted.body as { id: string }).id } }),
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['scoreSheet.save', 'scoreSheet.submit']),
    );
  });

  it('submits in one request when the final scores come with the submission', async () => {
    const res = await t.http
      .post(`/api/assignments/${assignment['A:2']}/score-sheet/submit`)
      .set(auth(tokenA))
      .send({ scores: { impacto: 10, apertura: 0 } })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'SUBMITTED', scores: { impacto: 10, apertura: 0 } });
  });

  it('hides another judge’s assignment and sheet (404), and never shows another judge’s scores', async () => {
    await t.http.get(`/api/assignments/${assignment['A:1']}`).set(auth(tokenB)).expect(404);
    await t.http
      .put(`/api/assignments/${assignment['A:1']}/score-sheet`)
      .set(auth(tokenB))
      .send({ scores: { impacto: 1 } })
      .expect(404);
    await t.http
      .post(`/api/assignments/${assignment['A:1']}/score-sheet/submit`)
      .set(auth(tokenB))
      .expect(404);
    await t.http
      .post(`/api/assignments/${assignment['A:1']}/recuse`)
      .set(auth(tokenB))
      .send({ reason: 'No es mía' })
      .expect(404);
    const own = await t.http.get(`/api/assignments/${assignment['B:1']}`).set(auth(tokenB)).expect(200);
    expect(own.body.scoreSheet).toBeNull();
    expect(JSON.stringify(own.body)).not.toContain(assignment['A:1']);
    expect(own.body.nomination.contact).toBeUndefined();
  });

  it('hides a nomination the judge is not actively assigned to (404), also after recusing', async () => {
    const other = await newNomination(t, track, await newInstitution(t, { stateCode: '14' }));
    const manual = await t.http
      .post(`/api/tracks/${track.id}/assignments`)
      .set(auth(organiser))
      .send({ nominationId: other.id, judgeId: judgeA.id })
      .expect(201);
    const queueB = await t.http.get('/api/judge/assignments').set(auth(tokenB)).expect(200);
    expect(queueB.body.map((a: { nomination: { id: string } }) => a.nomination.id)).not.toContain(other.id);
    await t.http.get(`/api/assignments/${manual.body.id}`).set(auth(tokenB)).expect(404);
    await t.http.get(`/api/nominations/${other.id}`).set(auth(tokenB)).expect(403);

    const recused = await t.http
      .post(`/api/assignments/${manual.body.id}/recuse`)
      .set(auth(tokenA))
      .send({ reason: 'Colaboré con el equipo' })
      .expect(200);
    expect(recused.body).toEqual({ assignmentId: manual.body.id, status: 'RECUSED', reassigned: true });
    await t.http.get(`/api/assignments/${manual.body.id}`).set(auth(tokenA)).expect(404);
    const queueA = await t.http.get('/api/judge/assignments').set(auth(tokenA)).expect(200);
    expect(queueA.body.map((a: { id: string }) => a.id)).not.toContain(manual.body.id);
  });

  it('refuses saving and submitting outside the judging window (409 naming it in the edition’s zone)', async () => {
    const saved = t.clock.now();
    try {
      t.clock.set(new Date(edition.judgingCloseAt.getTime() + 1000));
      const late = await t.http
        .put(`/api/assignments/${assignment['B:1']}/score-sheet`)
        .set(auth(tokenB))
        .set('accept-language', 'en')
        .send({ scores: { impacto: 5 } })
        .expect(409);
      expect(late.body.code).toBe('OUTSIDE_JUDGING_WINDOW');
      expect(late.body.message).toContain('America/Mexico_City');
      expect(late.body.message).toMatch(/UTC−0[56]:00/);
      t.clock.set(edition.judgingCloseAt);
      await t.http
        .put(`/api/assignments/${assignment['B:1']}/score-sheet`)
        .set(auth(tokenB))
        .send({ scores: { impacto: 5 } })
        .expect(200);
      t.clock.set(new Date(edition.judgingOpenAt.getTime() - 1000));
      const early = await t.http
        .post(`/api/assignments/${assignment['B:2']}/score-sheet/submit`)
        .set(auth(tokenB))
        .send({ scores: { impacto: 5, apertura: 5 } })
        .expect(409);
      expect(early.body.message).toContain('America/Mexico_City');
      expect(await sheetRow(assignment['B:2'])).toBeNull();
    } finally {
      t.clock.set(saved);
    }
  });

  it('lets an organiser reopen a submitted sheet with a reason; the judge may then change it even after the window', async () => {
    const id = assignment['A:1'];
    await t.http.post(`/api/assignments/${id}/score-sheet/reopen`).set(auth(organiser)).send({}).expect(400);
    await t.http
      .post(`/api/assignments/${assignment['B:2']}/score-sheet/reopen`)
      .set(auth(organiser))
      .send({ reason: 'Sin enviar' })
      .expect(409);
    const reopened = await t.http
      .post(`/api/assignments/${id}/score-sheet/reopen`)
      .set(auth(organiser))
      .send({ reason: 'El jurado pidió corregir un error de captura' })
      .expect(200);
    expect(reopened.body).toMatchObject({
      status: 'DRAFT',
      reopenReason: 'El jurado pidió corregir un error de captura',
    });
    const saved = t.clock.now();
    try {
      t.clock.set(new Date(edition.judgingCloseAt.getTime() + 2 * DAY));
      await t.http
        .put(`/api/assignments/${id}/score-sheet`)
        .set(auth(tokenA))
        .send({ scores: { impacto: 8, apertura: 4 } })
        .expect(200);
      await t.http.post(`/api/assignments/${id}/score-sheet/submit`).set(auth(tokenA)).expect(200);
      await t.http
        .put(`/api/assignments/${id}/score-sheet`)
        .set(auth(tokenA))
        .send({ scores: { impacto: 9, apertura: 4 } })
        .expect(409);
    } finally {
      t.clock.set(saved);
    }
    expect((await sheetRow(id))!.scores).toEqual({ impacto: 8, apertura: 4 });
  });

  it('answers 403 to a judge on organiser routes, to an organiser on judge routes, and 401 to strangers', async () => {
    await t.http.post(`/api/tracks/${track.id}/assignments/auto`).set(auth(tokenA)).expect(403);
    await t.http.get(`/api/tracks/${track.id}/progress`).set(auth(tokenA)).expect(403);
    await t.http.put(`/api/tracks/${track.id}/panel`).set(auth(tokenA)).send({ members: [] }).expect(403);
    await t.http
      .post(`/api/assignments/${assignment['A:1']}/score-sheet/reopen`)
      .set(auth(tokenA))
      .send({ reason: 'yo mismo' })
      .expect(403);
    await t.http
      .put(`/api/assignments/${assignment['A:1']}/score-sheet`)
      .set(auth(organiser))
      .send({ scores: {} })
      .expect(403);
    await t.http
      .put(`/api/assignments/${assignment['A:1']}/score-sheet`)
      .set(auth(observer))
      .send({ scores: {} })
      .expect(403);
    await t.http.get('/api/judge/assignments').expect(401);
    await t.http.put(`/api/assignments/${assignment['A:1']}/score-sheet`).send({ scores: {} }).expect(401);
  });

  it('hides both institutions and the contact data from judges of a blind track', async () => {
    const blindTrack = await newTrack(t, edition, {
      code: 'FEDERAL_PROACTIVE' as TrackEntity['code'],
      blind: true,
      judgesPerNomination: 1,
    });
    const nominating = await newInstitution(t, {
      name: 'Organización Ciudadana Postulante',
      stateCode: null,
      level: 'FEDERAL',
    });
    const nominee = await newInstitution(t, {
      name: 'Secretaría Federal Postulada',
      stateCode: null,
      level: 'FEDERAL',
    });
    const nomination = await newNomination(t, blindTrack, nominee, {
      nominatingInstitutionId: nominating.id,
    });
    await t.http
      .put(`/api/tracks/${blindTrack.id}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judgeA.id }] })
      .expect(200);
    const plan = await t.http
      .post(`/api/tracks/${blindTrack.id}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    const id = plan.body.created[0].id as string;

    const asJudge = await t.http.get(`/api/assignments/${id}`).set(auth(tokenA)).expect(200);
    const text = JSON.stringify(asJudge.body);
    for (const secret of [
      nominating.name,
      nominee.name,
      nominating.id,
      nominee.id,
      nomination.contactEmail,
      nomination.contactName,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(asJudge.body.nomination.title).toBe(nomination.title);
    expect(asJudge.body.track.rubric).toHaveLength(2);

    const asOrganiser = await t.http.get(`/api/assignments/${id}`).set(auth(organiser)).expect(200);
    expect(asOrganiser.body.nomination.nomineeInstitution.name).toBe(nominee.name);
    expect(asOrganiser.body.nomination.contact.email).toBe(nomination.contactEmail);
    expect(asOrganiser.body.judge).toMatchObject({ id: judgeA.id, email: judgeA.email });

    const asObserver = await t.http.get(`/api/assignments/${id}`).set(auth(observer)).expect(200);
    expect(asObserver.body.judge).toEqual({ pseudonym: expect.stringMatching(/^J\d+$/) });
    expect(asObserver.body.nomination.contact).toBeUndefined();
    expect(JSON.stringify(asObserver.body)).not.toContain(judgeA.email);
  });

  it('locks everything once the edition is finalised (409)', async () => {
    await t.db.transaction((m) =>
      m.update(EditionEntity, { id: edition.id }, { finalizedAt: t.clock.now() }),
    );
    try {
      const res = await t.http
        .put(`/api/assignments/${assignment['B:1']}/score-sheet`)
        .set(auth(tokenB))
        .send({ scores: { impacto: 3 } })
        .expect(409);
      expect(res.body.code).toBe('EDITION_FINALIZED');
      await t.http
        .post(`/api/assignments/${assignment['B:1']}/score-sheet/submit`)
        .set(auth(tokenB))
        .expect(409);
      await t.http
        .post(`/api/assignments/${assignment['A:1']}/score-sheet/reopen`)
        .set(auth(organiser))
        .send({ reason: 'Tarde' })
        .expect(409);
      await t.http
        .post(`/api/assignments/${assignment['B:1']}/recuse`)
        .set(auth(tokenB))
        .send({ reason: 'Tarde' })
        .expect(409);
      await t.http.post(`/api/tracks/${track.id}/assignments/auto`).set(auth(organiser)).expect(409);
      await t.http
        .put(`/api/tracks/${track.id}/panel`)
        .set(auth(organiser))
        .send({ members: [] })
        .expect(409);
    } finally {
      await t.db.transaction((m) => m.update(EditionEntity, { id: edition.id }, { finalizedAt: null }));
    }
  });
});
