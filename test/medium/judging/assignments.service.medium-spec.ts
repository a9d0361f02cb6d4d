import { AssignmentsService } from '../../../src/judging/assignments/assignments.service';
import { PanelsService } from '../../../src/judging/panels/panels.service';
import { Role } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';

describe(AssignmentsService.name, () => {
  let ctx: MediumContext;
  let sut: AssignmentsService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(AssignmentsService);
  });

  afterAll(() => ctx?.close());

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
});
