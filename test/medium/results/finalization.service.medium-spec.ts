import { BundleService } from '../../../src/bundle/bundle.service';
import { FinalizationService } from '../../../src/results/finalization.service';
import { ANNOUNCEMENT, DELIBERATION, judgedBundle } from '../../support/judged-bundle';
import { MediumContext, startMedium } from '../support/medium-context';

describe(FinalizationService.name, () => {
  let ctx: MediumContext;
  let sut: FinalizationService;

  beforeAll(async () => {
    ctx = await startMedium({ now: DELIBERATION.toISOString() });
    sut = ctx.get(FinalizationService);
  });

  afterAll(() => ctx?.close());

  it('refuses to seal while a nomination lacks quorum, naming it; stores nothing', async () => {
    const actor = await ctx.organiser();
    const edition = await ctx.get(BundleService).importBundle(actor, judgedBundle());
    await expect(sut.finalize(actor, edition.id, {})).rejects.toMatchObject({ code: 'FINALIZATION_BLOCKED' });
    await expect(sut.seal(actor, edition.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('publishes only sealed results', async () => {
    const actor = await ctx.organiser();
    const edition = await ctx.get(BundleService).importBundle(actor, judgedBundle(), { asKey: 'otra' });
    ctx.clock.set(ANNOUNCEMENT);
    await expect(sut.publish(actor, edition.id)).rejects.toMatchObject({ code: 'NOT_FINALIZED' });
  });
});
