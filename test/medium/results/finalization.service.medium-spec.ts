import { BundleService } from '../../../src/bundle/bundle.service';
import { toAuthUser } from '../../../src/access/auth-user';
import { AssignmentEntity } from '../../../src/database/schema/assignment.entity';
import { EditionEntity } from '../../../src/database/schema/edition.entity';
import { AuditEntryEntity } from '../../../src/database/schema/audit-entry.entity';
import { OverrideEntity } from '../../../src/database/schema/override.entity';
import { SealEntity } from '../../../src/database/schema/seal.entity';
import { Role, UserEntity } from '../../../src/database/schema/user.entity';
import { ScoreSheetsService } from '../../../src/judging/score-sheets/score-sheets.service';
import { FinalizationService } from '../../../src/results/finalization.service';
import { ResultsService } from '../../../src/results/results.service';
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
    await expect(sut.finalize(actor, edition.id, {})).rejects.toMatchObject({
      code: 'FINALIZATION_BLOCKED',
      problems: [
        expect.objectContaining({
          code: 'QUORUM_MISSING',
          message: expect.objectContaining({ en: expect.stringContaining('L-4') }),
        }),
      ],
    });
    await expect(sut.seal(actor, edition.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await ctx.db.read((m) => m.countBy(SealEntity, { editionId: edition.id }))).toBe(0);
    expect(
      (await ctx.db.read((m) => m.findOneByOrFail(EditionEntity, { id: edition.id }))).finalizedAt,
    ).toBeNull();
  });

  it('publishes only sealed results', async () => {
    const actor = await ctx.organiser();
    const edition = await ctx.get(BundleService).importBundle(actor, judgedBundle(), { asKey: 'otra' });
    ctx.clock.set(ANNOUNCEMENT);
    await expect(sut.publish(actor, edition.id)).rejects.toMatchObject({ code: 'NOT_FINALIZED' });
  });

  const audited = (action: string, entityId: string) =>
    ctx.db.read((m) => m.countBy(AuditEntryEntity, { action, entityId }));

  it('publishes sealed results before the announcement; publishing again changes nothing', async () => {
    ctx.clock.set(DELIBERATION);
    const actor = await ctx.organiser();
    const { edition } = await ctx.newJudgedEdition();
    await expect(sut.finalize(actor, edition.id, {})).resolves.toMatchObject({ public: false });
    const first = await sut.publish(actor, edition.id);
    expect(first).toMatchObject({ public: true, publishedAt: expect.any(Date) });
    const second = await sut.publish(actor, edition.id);
    expect(second.publishedAt).toEqual(first.publishedAt);
    expect(await audited('edition.publish', edition.id)).toBe(1);
  });

  it('stores exactly one seal when two organisers finalise at the same time', async () => {
    ctx.clock.set(DELIBERATION);
    const a = await ctx.organiser();
    const b = await ctx.newActor(Role.ORGANISER);
    const { edition } = await ctx.newJudgedEdition();
    const outcomes = await Promise.allSettled([
      sut.finalize(a, edition.id, {}),
      sut.finalize(b, edition.id, {}),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { code: 'EDITION_FINALIZED' },
    });
    expect(await ctx.db.read((m) => m.countBy(SealEntity, { editionId: edition.id }))).toBe(1);
    expect(await audited('edition.finalize', edition.id)).toBe(1);
  });

  it('locks score sheets and overrides once finalised', async () => {
    ctx.clock.set(DELIBERATION);
    const actor = await ctx.organiser();
    const { edition, localTrack, nominations } = await ctx.newJudgedEdition();
    await sut.finalize(actor, edition.id, {});
    const assignment = await ctx.db.read((m) =>
      m.findOneByOrFail(AssignmentEntity, { trackId: localTrack.id }),
    );
    const judge = toAuthUser(
      await ctx.db.read((m) => m.findOneByOrFail(UserEntity, { id: assignment.judgeId })),
    );
    await expect(
      ctx.get(ScoreSheetsService).save(judge, assignment.id, { scores: { impacto: 2 } }),
    ).rejects.toMatchObject({ code: 'EDITION_FINALIZED' });
    const results = ctx.get(ResultsService);
    await expect(
      results.createOverride(actor, localTrack.id, {
        nominationId: nominations.get('L-1')!.id,
        kind: 'SET_AWARD',
        award: 'SECOND',
        justification: 'Acta tardía del jurado.',
      }),
    ).rejects.toMatchObject({ code: 'EDITION_FINALIZED' });
    const exclusion = await ctx.db.read((m) => m.findOneByOrFail(OverrideEntity, { trackId: localTrack.id }));
    await expect(results.deleteOverride(actor, localTrack.id, exclusion.id)).rejects.toMatchObject({
      code: 'EDITION_FINALIZED',
    });
  });
});
