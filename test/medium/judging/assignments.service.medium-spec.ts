import { AssignmentsService } from '../../../src/judging/assignments/assignments.service';
import { PanelsService } from '../../../src/judging/panels/panels.service';
import { ScoreSheetsService } from '../../../src/judging/score-sheets/score-sheets.service';
import { EditionEntity } from '../../../src/database/schema/edition.entity';
import { AssignmentEntity } from '../../../src/database/schema/assignment.entity';
import { TrackCode } from '../../../src/database/schema/track.entity';
import { Role } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';
import { assignmentRows, JudgingWorld, newAssignedWorld, newJudgingWorld } from './judging-world';

describe(AssignmentsService.name, () => {
  let ctx: MediumContext;
  let sut: AssignmentsService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(AssignmentsService);
  });

  afterAll(() => ctx?.close());

  const activeRows = async (w: JudgingWorld) =>
    (await assignmentRows(ctx, w)).filter((r) => r.status === 'ACTIVE');

  it('assigns k judges to each nomination, never a judge of the nominee’s state on the local track', async () => {
    const actor = await ctx.organiser();
    const edition = await ctx.newEdition({ phase: 'REVIEW' });
    const track = await ctx.newTrack(edition, { judgesPerNomination: 2 });
    const nominee = await ctx.newInstitution({ stateCode: '09' });
    await ctx.newNomination(track, nominee);
    await ctx.newNomination(track, nominee);
    const judges = [
      await ctx.newActor(Role.JUDGE),
      await ctx.newActor(Role.JUDGE),
      await ctx.newActor(Role.JUDGE),
    ];
    const panels = ctx.get(PanelsService);
    await panels.replaceAffiliations(actor, judges[0].id, { affiliations: [{ stateCode: '09' }] });
    await panels.replace(actor, track.id, { members: judges.map((j) => ({ judgeId: j.id })) });
    const report = await sut.autoAssign(actor, track.id);
    expect(report.created).toHaveLength(4);
    expect(report.created.map((a) => a.judgeId)).not.toContain(judges[0].id);
  });

  it('assigns k conflict-free judges to every nomination in competition, balancing loads; runs again as a no-op', async () => {
    const w = await newJudgingWorld(ctx);
    await ctx.get(PanelsService).replace(w.organiser, w.track.id, {
      members: w.judges.map((j) => ({ judgeId: j.id })),
    });
    const plan = await sut.autoAssign(w.organiser, w.track.id);
    expect(plan.unassigned).toEqual([]);
    expect(plan.created).toHaveLength(12);
    expect(plan.kept).toBe(0);
    const list = await activeRows(w);
    const competing = w.nominations.slice(0, 6).map((n) => n.id);
    for (const n of w.nominations) {
      const on = list.filter((r) => r.nominationId === n.id);
      expect(on).toHaveLength(competing.includes(n.id) ? 2 : 0);
      expect(new Set(on.map((r) => r.judgeId)).size).toBe(on.length);
    }
    for (const r of list) {
      expect(r.conflicts).toEqual([]);
      expect(r.source).toBe('AUTO');
    }
    const has = (j: number, n: number) =>
      list.some((r) => r.judgeId === w.judges[j].id && r.nominationId === w.nominations[n].id);
    expect(has(0, 0) || has(0, 4) || has(1, 1) || has(1, 4) || has(2, 2) || has(2, 3) || has(2, 5)).toBe(
      false,
    );
    const loads = w.judges.map((j) => list.filter((r) => r.judgeId === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    await expect(sut.autoAssign(w.organiser, w.track.id)).resolves.toMatchObject({
      created: [],
      kept: 12,
      unassigned: [],
    });
  });

  it('refuses a manual assignment with a conflict, off the panel, already there, or out of competition', async () => {
    const w = await newAssignedWorld(ctx);
    const cdmx = w.nominations[0];
    const assign = (nominationId: string, judgeId: string) =>
      sut.assign(w.organiser, w.track.id, { nominationId, judgeId });
    await expect(assign(cdmx.id, w.judges[0].id)).rejects.toMatchObject({ code: 'CONFLICT_OF_INTEREST' });
    const outsider = await ctx.newJudge([{ stateCode: '30' }]);
    await expect(assign(cdmx.id, outsider.id)).rejects.toMatchObject({ code: 'NOT_ON_PANEL' });
    const taken = (await activeRows(w)).find((r) => r.nominationId === cdmx.id)!;
    await expect(assign(cdmx.id, taken.judgeId)).rejects.toMatchObject({ code: 'ALREADY_ASSIGNED' });
    await expect(assign(w.nominations[6].id, w.judges[3].id)).rejects.toMatchObject({
      code: 'NOMINATION_NOT_IN_COMPETITION',
    });
  });

  it('reassigns a recused nomination to another free judge and never gives the pair back', async () => {
    const w = await newAssignedWorld(ctx);
    const actorOf = (id: string) => w.judges.find((j) => j.id === id)!;
    // Nomination 3 (Oaxaca, 20): judge 2 is barred; judges 0, 1, 3 may take it.
    const n3 = w.nominations[3];
    const before = (await activeRows(w)).filter((r) => r.nominationId === n3.id);
    const leaving = before[0];
    await expect(
      sut.recuse(actorOf(leaving.judgeId), leaving.id, { reason: 'Asesoré a este gobierno el año pasado' }),
    ).resolves.toEqual({ assignmentId: leaving.id, status: 'RECUSED', reassigned: true });
    const after = await assignmentRows(ctx, w);
    const on = after.filter((r) => r.status === 'ACTIVE' && r.nominationId === n3.id);
    expect(on).toHaveLength(2);
    const newcomer = on.find((r) => r.judgeId !== before[1].judgeId)!;
    expect([leaving.judgeId, w.judges[2].id]).not.toContain(newcomer.judgeId);
    expect(after.find((r) => r.id === leaving.id)).toMatchObject({ status: 'RECUSED' });
    // The third free judge recuses too: nobody is left, and the nomination is reported short.
    const second = await sut.recuse(actorOf(newcomer.judgeId), newcomer.id, {
      reason: 'Conflicto personal',
    });
    expect(second.reassigned).toBe(false);
    const plan = await sut.autoAssign(w.organiser, w.track.id);
    expect(plan.created).toEqual([]);
    expect(plan.unassigned).toEqual([
      expect.objectContaining({
        nominationId: n3.id,
        assigned: 1,
        missing: 1,
        reason: 'NOT_ENOUGH_ELIGIBLE_JUDGES',
      }),
    ]);
    await expect(
      sut.assign(w.organiser, w.track.id, { nominationId: n3.id, judgeId: leaving.judgeId }),
    ).rejects.toMatchObject({ code: 'PAIR_RECUSED' });
  });

  it('unassigns a draft but not a submitted sheet, and keeps busy judges on the panel', async () => {
    const w = await newAssignedWorld(ctx);
    const judge = w.judges[1];
    const [first, second] = (await activeRows(w)).filter((r) => r.judgeId === judge.id);
    const sheets = ctx.get(ScoreSheetsService);
    await sheets.save(judge, first.id, { scores: { impacto: 4 } });
    await sheets.submit(judge, second.id, { scores: { impacto: 4, apertura: 6 } });
    await expect(sut.unassign(w.organiser, second.id)).rejects.toMatchObject({ code: 'SHEET_SUBMITTED' });
    await sut.unassign(w.organiser, first.id);
    expect(await ctx.db.read((m) => m.findOneBy(AssignmentEntity, { id: first.id }))).toBeNull();
    await expect(
      ctx.get(PanelsService).replace(w.organiser, w.track.id, {
        members: w.judges.filter((j) => j !== judge).map((j) => ({ judgeId: j.id })),
      }),
    ).rejects.toMatchObject({ code: 'JUDGE_HAS_ASSIGNMENTS' });
  });

  it('stores one plan when three automatic runs race, and one sheet when four saves race', async () => {
    const w = await newJudgingWorld(ctx);
    const track = await ctx.newTrack({ id: w.track.editionId } as EditionEntity, {
      code: TrackCode.FEDERAL_PROACTIVE,
      judgesPerNomination: 2,
    });
    const federal = await ctx.newInstitution({ stateCode: null, level: 'FEDERAL' });
    for (let i = 0; i < 5; i++) await ctx.newNomination(track, federal);
    await ctx.get(PanelsService).replace(w.organiser, track.id, {
      members: w.judges.slice(1).map((j) => ({ judgeId: j.id })),
    });
    const runs = await Promise.all([1, 2, 3].map(() => sut.autoAssign(w.organiser, track.id)));
    expect(runs.reduce((n, r) => n + r.created.length, 0)).toBe(10);
    expect(await ctx.db.read((m) => m.countBy(AssignmentEntity, { trackId: track.id }))).toBe(10);

    const judge = w.judges[1];
    const mine = await ctx.db.read((m) =>
      m.findOneByOrFail(AssignmentEntity, { trackId: track.id, judgeId: judge.id }),
    );
    const sheets = ctx.get(ScoreSheetsService);
    const saves = await Promise.all(
      [1, 2, 3, 4].map((score) => sheets.save(judge, mine.id, { scores: { impacto: score } })),
    );
    expect(new Set(saves.map((s) => s.id)).size).toBe(1);
  });
});
