import { BundleService } from '../../../src/bundle/bundle.service';
import { EditionEntity } from '../../../src/database/schema/edition.entity';
import { TrackCode, TrackEntity } from '../../../src/database/schema/track.entity';
import { ProposalsService } from '../../../src/governance/proposals.service';
import { NominationEntity } from '../../../src/database/schema/nomination.entity';
import { FinalizationService } from '../../../src/results/finalization.service';
import { ResultsService } from '../../../src/results/results.service';
import { Role } from '../../../src/database/schema/user.entity';
import { DELIBERATION, judgedBundle } from '../../support/judged-bundle';
import { MediumContext, startMedium } from '../support/medium-context';

describe(ProposalsService.name, () => {
  let ctx: MediumContext;
  let sut: ProposalsService;

  beforeAll(async () => {
    ctx = await startMedium({ now: DELIBERATION.toISOString() });
    sut = ctx.get(ProposalsService);
  });

  afterAll(() => ctx?.close());

  it('lets the proposer withdraw (reject) its own proposal, which then cannot be confirmed', async () => {
    const a = await ctx.organiser();
    const b = await ctx.newActor(Role.ORGANISER);
    const edition = await ctx.get(BundleService).importBundle(a, judgedBundle());
    // L-4 is one sheet short of quorum: the jury excludes it while four eyes is still off, then it goes on.
    const track = await ctx.db.read((m) =>
      m.findOneByOrFail(TrackEntity, { editionId: edition.id, code: TrackCode.LOCAL_OPEN_GOV }),
    );
    const l4 = await ctx.db.read((m) =>
      m.findOneByOrFail(NominationEntity, { editionId: edition.id, key: 'L-4' }),
    );
    await ctx.get(ResultsService).createOverride(a, track.id, {
      nominationId: l4.id,
      kind: 'EXCLUDE',
      justification: 'Acta 1: sin quórum.',
    });
    await ctx.db.transaction((m) => m.update(EditionEntity, { id: edition.id }, { fourEyes: true }));
    const done = await ctx.get(FinalizationService).finalize(a, edition.id, {});
    const id = 'proposal' in done ? done.proposal.id : '';
    await expect(sut.reject(a, id, { reason: 'Falta el acta.' })).resolves.toMatchObject({
      status: 'REJECTED',
    });
    await expect(sut.confirm(b, id)).rejects.toMatchObject({ code: 'PROPOSAL_DECIDED' });
    expect(await sut.pending(a)).toEqual([]);
  });
});
