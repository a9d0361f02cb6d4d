import { EditionEntity } from '../../src/database/schema/edition.entity';
import { InstitutionEntity } from '../../src/database/schema/institution.entity';
import { AssignmentEntity } from '../../src/database/schema/assignment.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role } from '../../src/database/schema/user.entity';
import {
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

interface Row {
  id: string;
  status: string;
  source: string;
  nomination: { id: string; key: string };
  judge: { id?: string; email?: string; pseudonym?: string };
  scoreSheet: { status: string } | null;
  conflicts: string[];
}

describe('judging: panels, conflicts, automatic and manual assignment, recusal, progress', () => {
  let t: TestApp;
  let organiser: string;
  let observer: string;
  let edition: EditionEntity;
  let trackId: string;
  let govCdmx: InstitutionEntity;
  let judges: FactoryUser[];
  let nominations: NominationEntity[];

  const rows = async (token = organiser): Promise<Row[]> =>
    (await t.http.get(`/api/tracks/${trackId}/assignments`).set(auth(token)).expect(200)).body;
  const active = (list: Row[]) => list.filter((r) => r.status === 'ACTIVE');
  const judgeOf = (r: Row) => judges.find((j) => j.id === r.judge.id)!;

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    const track = await newTrack(t, edition, { judgesPerNomination: 2 });
    trackId = track.id;
    govCdmx = await newInstitution(t, { name: 'Gobierno de la Ciudad de México', stateCode: '09' });
    const govJal = await newInstitution(t, { name: 'Gobierno de Jalisco', stateCode: '14' });
    const govMex = await newInstitution(t, { name: 'Gobierno del Estado de México', stateCode: '15' });
    const govOax = await newInstitution(t, { name: 'Gobierno de Oaxaca', stateCode: '20' });
    nominations = [
      await newNomination(t, track, govCdmx),
      await newNomination(t, track, govJal),
      await newNomination(t, track, govMex),
      await newNomination(t, track, govOax),
      await newNomination(t, track, govJal, { nominatingInstitutionId: govCdmx.id }),
      await newNomination(t, track, govOax, { status: 'SUBMITTED' }),
      // Not in competition: never assigned.
      await newNomination(t, track, govMex, { status: 'INELIGIBLE' }),
      await newNomination(t, track, govMex, { status: 'DRAFT' }),
    ];
    judges = [
      // Works for the CDMX government: conflicted with nominations 0 (nominee) and 4 (nominating), and by state with 0.
      await newJudge(t, [{ institutionId: govCdmx.id, stateCode: '09' }]),
      await newJudge(t, [{ stateCode: '14' }]),
      await newJudge(t, [{ stateCode: '15' }, { stateCode: '20' }]),
      await newJudge(t, [{ stateCode: '02' }]),
    ];
  });

  afterAll(() => t.close());

  it('builds the panel from active judges only, with capacities', async () => {
    const notJudge = await newUser(t, Role.NOMINATOR);
    const bad = await t.http
      .put(`/api/tracks/${trackId}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judges[0].id }, { judgeId: notJudge.id }] })
      .expect(422);
    expect(bad.body).toMatchObject({ code: 'NOT_A_JUDGE', errors: [{ field: 'members.1.judgeId' }] });
    await t.http
      .put(`/api/tracks/${trackId}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judges[0].id }, { judgeId: judges[0].id }] })
      .expect(400);
    const panel = await t.http
      .put(`/api/tracks/${trackId}/panel`)
      .set(auth(organiser))
      .send({ members: judges.map((j) => ({ judgeId: j.id, capacity: 5 })) })
      .expect(200);
    expect(panel.body.members).toHaveLength(4);
    expect(panel.body.members[0]).toMatchObject({ capacity: 5, activeAssignments: 0 });
    expect(
      panel.body.members.find((p: { judge: { id: string } }) => p.judge.id === judges[2].id).affiliations,
    ).toHaveLength(2);
  });

  it('assigns k conflict-free judges to every nomination in competition, balancing loads', async () => {
    const plan = await t.http
      .post(`/api/tracks/${trackId}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    expect(plan.body.unassigned).toEqual([]);
    expect(plan.body.created).toHaveLength(12);
    expect(plan.body.kept).toBe(0);
    const list = active(await rows());
    const competing = nominations.slice(0, 6).map((n) => n.id);
    for (const n of nominations) {
      const on = list.filter((r) => r.nomination.id === n.id);
      expect(on).toHaveLength(competing.includes(n.id) ? 2 : 0);
      expect(new Set(on.map((r) => r.judge.id)).size).toBe(on.length);
    }
    for (const r of list) {
      expect(r.conflicts).toEqual([]);
      expect(r.source).toBe('AUTO');
    }
    // Judge 0 may not take nominations 0 and 4; judges 1 and 2 are barred by state from 1, 4 (14) and 2, 3, 5.
    const has = (j: number, n: number) =>
      list.some((r) => r.judge.id === judges[j].id && r.nomination.id === nominations[n].id);
    expect(has(0, 0) || has(0, 4) || has(1, 1) || has(1, 4) || has(2, 2) || has(2, 3) || has(2, 5)).toBe(
      false,
    );
    const loads = judges.map((j) => list.filter((r) => r.judge.id === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    const again = await t.http
      .post(`/api/tracks/${trackId}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    expect(again.body).toMatchObject({ created: [], kept: 12, unassigned: [] });
  });

  it('refuses a manual assignment with a conflict (422 naming it), off the panel, or already there', async () => {
    const cdmx = nominations[0];
    const conflict = await t.http
      .post(`/api/tracks/${trackId}/assignments`)
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send({ nominationId: cdmx.id, judgeId: judges[0].id })
      .expect(422);
    expect(conflict.body.code).toBe('CONFLICT_OF_INTEREST');
    expect(conflict.body.message).toContain('nominee institution');
    expect(conflict.body.message).toContain('state');
    const outsider = await newJudge(t, [{ stateCode: '30' }]);
    const off = await t.http
      .post(`/api/tracks/${trackId}/assignments`)
      .set(auth(organiser))
      .send({ nominationId: cdmx.id, judgeId: outsider.id })
      .expect(422);
    expect(off.body.code).toBe('NOT_ON_PANEL');
    const taken = active(await rows()).find((r) => r.nomination.id === cdmx.id)!;
    const twice = await t.http
      .post(`/api/tracks/${trackId}/assignments`)
      .set(auth(organiser))
      .send({ nominationId: cdmx.id, judgeId: taken.judge.id })
      .expect(409);
    expect(twice.body.code).toBe('ALREADY_ASSIGNED');
    const ineligible = await t.http
      .post(`/api/tracks/${trackId}/assignments`)
      .set(auth(organiser))
      .send({ nominationId: nominations[6].id, judgeId: judges[3].id })
      .expect(409);
    expect(ineligible.body.code).toBe('NOMINATION_NOT_IN_COMPETITION');
  });

  it('reassigns a recused nomination to another free judge and never gives the pair back', async () => {
    // Nomination 3 (Oaxaca, 20): judge 2 is barred; judges 0, 1, 3 may take it.
    const before = active(await rows()).filter((r) => r.nomination.id === nominations[3].id);
    const leaving = before[0];
    const token = await judgeOf(leaving).login();
    const res = await t.http
      .post(`/api/assignments/${leaving.id}/recuse`)
      .set(auth(token))
      .send({ reason: 'Asesoré a este gobierno el año pasado' })
      .expect(200);
    expect(res.body).toEqual({ assignmentId: leaving.id, status: 'RECUSED', reassigned: true });
    const after = await rows();
    const on = active(after).filter((r) => r.nomination.id === nominations[3].id);
    expect(on).toHaveLength(2);
    const newcomer = on.find((r) => r.judge.id !== before[1].judge.id)!;
    expect([leaving.judge.id, judges[2].id]).not.toContain(newcomer.judge.id);
    expect(after.find((r) => r.id === leaving.id)).toMatchObject({ status: 'RECUSED' });
    // The third free judge recuses too: nobody is left, and the nomination is reported short.
    const second = await t.http
      .post(`/api/assignments/${newcomer.id}/recuse`)
      .set(auth(await judgeOf(newcomer).login()))
      .send({ reason: 'Conflicto personal' })
      .expect(200);
    expect(second.body.reassigned).toBe(false);
    const plan = await t.http
      .post(`/api/tracks/${trackId}/assignments/auto`)
      .set(auth(organiser))
      .expect(200);
    expect(plan.body.created).toEqual([]);
    expect(plan.body.unassigned).toEqual([
      expect.objectContaining({
        nominationId: nominations[3].id,
        assigned: 1,
        missing: 1,
        reason: 'NOT_ENOUGH_ELIGIBLE_JUDGES',
      }),
    ]);
    const recusedPair = await t.http
      .post(`/api/tracks/${trackId}/assignments`)
      .set(auth(organiser))
      .send({ nominationId: nominations[3].id, judgeId: leaving.judge.id })
      .expect(409);
    expect(recusedPair.body.code).toBe('PAIR_RECUSED');
  });

  it('recuses and replaces the assignments a newly declared conflict hits', async () => {
    const target = active(await rows()).find((r) => r.nomination.id === nominations[1].id)!;
    const res = await t.http
      .post(`/api/tracks/${trackId}/conflicts`)
      .set(auth(organiser))
      .send({ judgeId: target.judge.id, nominationId: nominations[1].id, reason: 'Familiar en el equipo' })
      .expect(201);
    expect(res.body.recused).toEqual([
      expect.objectContaining({ assignmentId: target.id, hadSubmittedSheet: false }),
    ]);
    const list = await rows();
    expect(list.find((r) => r.id === target.id)!.status).toBe('RECUSED');
    expect(
      active(list)
        .filter((r) => r.nomination.id === nominations[1].id)
        .map((r) => r.judge.id),
    ).not.toContain(target.judge.id);
    const both = await t.http
      .post(`/api/tracks/${trackId}/conflicts`)
      .set(auth(organiser))
      .send({
        judgeId: target.judge.id,
        nominationId: nominations[1].id,
        institutionId: govCdmx.id,
        reason: 'x'.repeat(5),
      })
      .expect(400);
    expect(both.body.errors[0].field).toBe('nominationId');
    const panel = await t.http.get(`/api/tracks/${trackId}/panel`).set(auth(organiser)).expect(200);
    expect(panel.body.conflicts).toEqual([
      expect.objectContaining({ id: res.body.conflict.id, nominationId: nominations[1].id }),
    ]);
    await t.http
      .delete(`/api/tracks/${trackId}/conflicts/${res.body.conflict.id}`)
      .set(auth(organiser))
      .expect(204);
  });

  it('recuses the assignments a judge’s new affiliation puts in conflict', async () => {
    const judge = judges[3];
    const mine = active(await rows()).filter((r) => r.judge.id === judge.id);
    const hit = mine
      .filter((r) => [nominations[0].id, nominations[4].id].includes(r.nomination.id))
      .map((r) => r.id);
    expect(hit.length).toBeGreaterThan(0);
    const res = await t.http
      .put(`/api/users/${judge.id}/affiliations`)
      .set(auth(organiser))
      .send({ affiliations: [{ stateCode: '02' }, { institutionId: govCdmx.id }] })
      .expect(200);
    expect(res.body.affiliations).toHaveLength(2);
    expect(res.body.recused.map((o: { assignmentId: string }) => o.assignmentId).sort()).toEqual(hit.sort());
    const now = await rows();
    for (const id of hit) expect(now.find((r) => r.id === id)!.status).toBe('RECUSED');
    expect(
      active(now)
        .filter((r) => r.judge.id === judge.id)
        .every((r) => r.conflicts.length === 0),
    ).toBe(true);
    await t.http
      .put(`/api/users/${judge.id}/affiliations`)
      .set(auth(organiser))
      .send({ affiliations: [{ stateCode: '99' }] })
      .expect(400);
    await t.http
      .put(`/api/users/${judge.id}/affiliations`)
      .set(auth(organiser))
      .send({ affiliations: [{}] })
      .expect(400);
    const listed = await t.http.get(`/api/users/${judge.id}/affiliations`).set(auth(observer)).expect(200);
    expect(listed.body).toHaveLength(2);
  });

  it('unassigns a draft but not a submitted sheet, and keeps busy judges on the panel', async () => {
    const [first, second] = active(await rows()).filter((r) => r.judge.id === judges[1].id);
    const token = await judges[1].login();
    await t.http
      .put(`/api/assignments/${first.id}/score-sheet`)
      .set(auth(token))
      .send({ scores: { impacto: 4 } })
      .expect(200);
    await t.http
      .post(`/api/assignments/${second.id}/score-sheet/submit`)
      .set(auth(token))
      .send({ scores: { impacto: 4, apertura: 6 } })
      .expect(200);
    const locked = await t.http.delete(`/api/assignments/${second.id}`).set(auth(organiser)).expect(409);
    expect(locked.body.code).toBe('SHEET_SUBMITTED');
    await t.http.delete(`/api/assignments/${first.id}`).set(auth(organiser)).expect(204);
    expect(await t.db.read((m) => m.findOneBy(AssignmentEntity, { id: first.id }))).toBeNull();
    const leave = await t.http
      .put(`/api/tracks/${trackId}/panel`)
      .set(auth(organiser))
      .send({ members: judges.filter((j) => j !== judges[1]).map((j) => ({ judgeId: j.id })) })
      .expect(409);
    expect(leave.body.code).toBe('JUDGE_HAS_ASSIGNMENTS');
  });

  it('reports progress per judge and per track; observers see J1, J2… in judge-id order and no emails', async () => {
    const progress = await t.http.get(`/api/tracks/${trackId}/progress`).set(auth(organiser)).expect(200);
    const j1 = progress.body.judges.find((j: { judge: { id: string } }) => j.judge.id === judges[1].id);
    expect(j1).toMatchObject({ submitted: 1, drafted: 0, onPanel: true });
    expect(j1.assigned).toBe(j1.submitted + j1.drafted + j1.notStarted);
    const list = active(await rows());
    expect(progress.body.totals).toMatchObject({ nominations: 6, assigned: list.length, submitted: 1 });
    expect(progress.body.totals.fullyAssigned + progress.body.totals.underAssigned).toBe(6);

    const seen = await t.http.get(`/api/tracks/${trackId}/progress`).set(auth(observer)).expect(200);
    const text = JSON.stringify(seen.body);
    for (const j of judges) {
      expect(text).not.toContain(j.email);
      expect(text).not.toContain(j.id);
    }
    // Numbered over every judge account (an outsider of this panel included), the same label on every page.
    const everyJudge = await t.http.get('/api/users?role=JUDGE').set(auth(organiser)).expect(200);
    const order = (everyJudge.body as { id: string }[]).map((u) => u.id).sort();
    expect(order.length).toBeGreaterThan(judges.length);
    const label = (id: string) => `J${order.indexOf(id) + 1}`;
    const theirs = seen.body.judges.find(
      (j: { judge: { pseudonym: string } }) => j.judge.pseudonym === label(judges[1].id),
    );
    expect(theirs).toMatchObject({ submitted: 1, assigned: j1.assigned });

    const observed = await rows(observer);
    expect(observed.every((r) => r.judge.pseudonym && !r.judge.id && !r.judge.email)).toBe(true);
    const panel = await t.http.get(`/api/tracks/${trackId}/panel`).set(auth(observer)).expect(200);
    expect(JSON.stringify(panel.body)).not.toContain('@');

    // The accounts list (filtered or not) shows observers the same labels, with the label as the id: no real
    // id ever sits next to a pseudonym (issue 19, class 14).
    for (const query of ['role=JUDGE', 'status=ACTIVE', '']) {
      const accounts = await t.http.get(`/api/users?${query}`).set(auth(observer)).expect(200);
      const listed = accounts.body as { id: string; name: string; role: string; pseudonymised?: boolean }[];
      for (const id of order) expect(JSON.stringify(listed)).not.toContain(id);
      const judgesListed = listed.filter((u) => u.role === 'JUDGE');
      expect(judgesListed.every((u) => u.pseudonymised === true && u.id === u.name)).toBe(true);
      expect(judgesListed.map((u) => u.id)).toContain(label(judges[1].id));
    }
  });

  it('stores one plan when two automatic runs race, and one sheet when two saves race', async () => {
    const track = await newTrack(t, edition, { code: 'FEDERAL_PROACTIVE' as never, judgesPerNomination: 2 });
    const federal = await newInstitution(t, {
      name: 'Secretaría de la Función Pública',
      stateCode: null,
      level: 'FEDERAL',
    });
    for (let i = 0; i < 5; i++) await newNomination(t, track, federal);
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: judges.slice(1).map((j) => ({ judgeId: j.id })) })
      .expect(200);
    const runs = await Promise.all(
      [1, 2, 3].map(() => t.http.post(`/api/tracks/${track.id}/assignments/auto`).set(auth(organiser))),
    );
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(runs.reduce((n, r) => n + r.body.created.length, 0)).toBe(10);
    expect(await t.db.read((m) => m.countBy(AssignmentEntity, { trackId: track.id }))).toBe(10);

    const judge = judges[1];
    const token = await judge.login();
    const mine = await t.db.read((m) =>
      m.findOneByOrFail(AssignmentEntity, { trackId: track.id, judgeId: judge.id }),
    );
    const saves = await Promise.all(
      [1, 2, 3, 4].map((score) =>
        t.http
          .put(`/api/assignments/${mine.id}/score-sheet`)
          .set(auth(token))
          .send({ scores: { impacto: score } }),
      ),
    );
    expect(saves.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(saves.map((r) => r.body.id)).size).toBe(1);
  });
});
