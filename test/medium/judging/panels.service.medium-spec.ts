import { PanelsService } from '../../../src/judging/panels/panels.service';
import { Role } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';
import { assignmentRows, JudgingWorld, newAssignedWorld, newJudgingWorld } from './judging-world';

describe(PanelsService.name, () => {
  let ctx: MediumContext;
  let sut: PanelsService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(PanelsService);
  });

  afterAll(() => ctx?.close());

  const rows = (w: JudgingWorld) => assignmentRows(ctx, w);
  const active = async (w: JudgingWorld) => (await rows(w)).filter((r) => r.status === 'ACTIVE');

  it('builds the panel from active judges only, once each, with capacities', async () => {
    const w = await newJudgingWorld(ctx);
    const notJudge = await ctx.newActor(Role.NOMINATOR);
    const replace = (members: { judgeId: string; capacity?: number }[]) =>
      sut.replace(w.organiser, w.track.id, { members });
    await expect(replace([{ judgeId: w.judges[0].id }, { judgeId: notJudge.id }])).rejects.toMatchObject({
      code: 'NOT_A_JUDGE',
      problems: [expect.objectContaining({ field: 'members.1.judgeId' })],
    });
    await expect(replace([{ judgeId: w.judges[0].id }, { judgeId: w.judges[0].id }])).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ field: 'members.1.judgeId' })],
    });
    const panel = await replace(w.judges.map((j) => ({ judgeId: j.id, capacity: 5 })));
    expect(panel.members).toHaveLength(4);
    expect(panel.members[0]).toMatchObject({ capacity: 5, activeAssignments: 0 });
    expect(
      panel.members.find((p) => 'id' in p.judge && p.judge.id === w.judges[2].id)!.affiliations,
    ).toHaveLength(2);
  });

  it('recuses and replaces the assignments a newly declared conflict hits; one target only', async () => {
    const w = await newAssignedWorld(ctx);
    const n1 = w.nominations[1];
    const target = (await active(w)).find((r) => r.nominationId === n1.id)!;
    const declared = await sut.declareConflict(w.organiser, w.track.id, {
      judgeId: target.judgeId,
      nominationId: n1.id,
      reason: 'Familiar en el equipo',
    });
    expect(declared.recused).toEqual([
      expect.objectContaining({ assignmentId: target.id, hadSubmittedSheet: false }),
    ]);
    const list = await rows(w);
    expect(list.find((r) => r.id === target.id)!.status).toBe('RECUSED');
    expect(
      list.filter((r) => r.status === 'ACTIVE' && r.nominationId === n1.id).map((r) => r.judgeId),
    ).not.toContain(target.judgeId);
    await expect(
      sut.declareConflict(w.organiser, w.track.id, {
        judgeId: target.judgeId,
        nominationId: n1.id,
        institutionId: w.govCdmx.id,
        reason: 'x'.repeat(5),
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ field: 'nominationId' })],
    });
    const panel = await sut.get(w.organiser, w.track.id);
    expect(panel.conflicts).toEqual([
      expect.objectContaining({ id: declared.conflict.id, nominationId: n1.id }),
    ]);
    await sut.removeConflict(w.organiser, w.track.id, declared.conflict.id);
    expect((await sut.get(w.organiser, w.track.id)).conflicts).toEqual([]);
  });

  it('recuses the assignments a judge’s new affiliation puts in conflict; refuses an empty or unknown one', async () => {
    const w = await newAssignedWorld(ctx);
    const judge = w.judges[3];
    const hit = (await active(w))
      .filter(
        (r) => r.judgeId === judge.id && [w.nominations[0].id, w.nominations[4].id].includes(r.nominationId),
      )
      .map((r) => r.id);
    expect(hit.length).toBeGreaterThan(0);
    const res = await sut.replaceAffiliations(w.organiser, judge.id, {
      affiliations: [{ stateCode: '02' }, { institutionId: w.govCdmx.id }],
    });
    expect(res.affiliations).toHaveLength(2);
    expect(res.recused.map((o) => o.assignmentId).sort()).toEqual(hit.sort());
    const now = await rows(w);
    for (const id of hit) expect(now.find((r) => r.id === id)!.status).toBe('RECUSED');
    expect(
      now
        .filter((r) => r.status === 'ACTIVE' && r.judgeId === judge.id)
        .every((r) => r.conflicts.length === 0),
    ).toBe(true);
    await expect(
      sut.replaceAffiliations(w.organiser, judge.id, { affiliations: [{ stateCode: '99' }] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ field: 'affiliations.0.stateCode' })],
    });
    await expect(
      sut.replaceAffiliations(w.organiser, judge.id, { affiliations: [{}] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ field: 'affiliations.0' })],
    });
    expect(await sut.getAffiliations(await ctx.newActor(Role.OBSERVER), judge.id)).toHaveLength(2);
  });
});
