import { BundleService } from '../../../src/bundle/bundle.service';
import { ExportsService } from '../../../src/exports/exports.service';
import { Role } from '../../../src/database/schema/user.entity';
import { DELIBERATION, judgedBundle } from '../../support/judged-bundle';
import { MediumContext, startMedium } from '../support/medium-context';

describe(ExportsService.name, () => {
  let ctx: MediumContext;
  let sut: ExportsService;

  beforeAll(async () => {
    ctx = await startMedium({ now: DELIBERATION.toISOString() });
    sut = ctx.get(ExportsService);
  });

  afterAll(() => ctx?.close());

  it('gives organisers judges’ names and observers only J1, J2…', async () => {
    const organiser = await ctx.organiser();
    const edition = await ctx.get(BundleService).importBundle(organiser, judgedBundle());
    const mine = JSON.stringify(await sut.tables(organiser, edition.id, 'assignments'));
    const observer = await ctx.newActor(Role.OBSERVER);
    const theirs = JSON.stringify(await sut.tables(observer, edition.id, 'assignments'));
    expect(mine).toMatch(/"Ana"/);
    expect(theirs).not.toMatch(/"Ana"|"Beto"|"Carla"/);
    expect(theirs).toMatch(/"J1"/);
  });
});
