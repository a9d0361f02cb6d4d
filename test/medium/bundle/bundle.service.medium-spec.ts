import { BundleService } from '../../../src/bundle/bundle.service';
import { DELIBERATION, judgedBundle } from '../../support/judged-bundle';
import { MediumContext, startMedium } from '../support/medium-context';

describe(BundleService.name, () => {
  let ctx: MediumContext;
  let sut: BundleService;

  beforeAll(async () => {
    ctx = await startMedium({ now: DELIBERATION.toISOString() });
    sut = ctx.get(BundleService);
  });

  afterAll(() => ctx?.close());

  it('exports what it imported, key for key (export → import → export is stable)', async () => {
    const actor = await ctx.organiser();
    const first = await sut.importBundle(actor, judgedBundle());
    const exported = await sut.exportBundle(actor, first.id);
    const second = await sut.importBundle(actor, exported, { asKey: 'copia' });
    const again = await sut.exportBundle(actor, second.id);
    expect({ ...again, edition: { ...again.edition, key: exported.edition.key } }).toEqual(exported);
  });

  it('stores nothing from a bundle with a broken reference', async () => {
    const actor = await ctx.organiser();
    const broken = judgedBundle();
    broken.nominations[0].trackCode = 'NO_EXISTE';
    await expect(sut.importBundle(actor, broken, { asKey: 'rota' })).rejects.toMatchObject({
      code: 'BUNDLE_INVALID',
    });
  });
});
