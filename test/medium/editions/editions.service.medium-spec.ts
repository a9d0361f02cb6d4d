import { EditionsService } from '../../../src/editions/editions.service';
import { TrackEntity } from '../../../src/database/schema/track.entity';
import { ProposalsService } from '../../../src/governance/proposals.service';
import { Role } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';

describe(EditionsService.name, () => {
  let ctx: MediumContext;
  let sut: EditionsService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(EditionsService);
  });

  afterAll(() => ctx?.close());

  const stored = (id: string) => ctx.db.read((m) => m.findOneByOrFail(TrackEntity, { id }));

  it('changes scoring settings at once before the call opens, even under four eyes', async () => {
    const actor = await ctx.organiser();
    const track = await ctx.newTrack(await ctx.newEdition({ phase: 'SETUP', fourEyes: true }));
    const done = await sut.updateTrack(actor, track.id, { judgesPerNomination: 4 });
    expect('proposal' in done).toBe(false);
    expect((await stored(track.id)).judgesPerNomination).toBe(4);
  });

  it('under four eyes, once nominations opened, a scoring setting is a proposal another organiser confirms', async () => {
    const actor = await ctx.organiser();
    const edition = await ctx.newEdition({ phase: 'NOMINATIONS', fourEyes: true });
    const track = await ctx.newTrack(edition, { judgesPerNomination: 3 });
    const done = await sut.updateTrack(actor, track.id, { judgesPerNomination: 5, name: 'Otra' });
    expect(done).toMatchObject({ proposal: { kind: 'SCORING_SETTINGS', status: 'PENDING' } });
    expect((await stored(track.id)).judgesPerNomination).toBe(3);
    const proposals = ctx.get(ProposalsService);
    const id = 'proposal' in done ? done.proposal.id : '';
    await expect(proposals.confirm(actor, id)).rejects.toMatchObject({ code: 'OWN_PROPOSAL' });
    await proposals.confirm(await ctx.newActor(Role.ORGANISER), id);
    expect(await stored(track.id)).toMatchObject({ judgesPerNomination: 5, name: 'Otra' });
  });

  it('changes a setting that does not score at once', async () => {
    const actor = await ctx.organiser();
    const track = await ctx.newTrack(await ctx.newEdition({ phase: 'NOMINATIONS', fourEyes: true }));
    const done = await sut.updateTrack(actor, track.id, { name: 'Nombre nuevo' });
    expect(done).toMatchObject({ name: 'Nombre nuevo' });
  });

  // Issue 19, class 8: a rubric key named after a JavaScript member would shadow it in a plain object.
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'])(
    'refuses the rubric key “%s”, naming it, and changes nothing',
    async (key) => {
      const actor = await ctx.organiser();
      const track = await ctx.newTrack(await ctx.newEdition({ phase: 'SETUP' }));
      const criterion = (k: string) => ({
        key: k,
        name: `Criterio ${k}`,
        description: '',
        weight: 1,
        min: 0,
        max: 10,
        guidance: [],
      });
      await expect(
        sut.updateTrack(actor, track.id, { rubric: [criterion('impacto'), criterion(key)] }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        problems: [expect.objectContaining({ field: 'rubric.1.key', code: 'RESERVED' })],
      });
      expect((await stored(track.id)).rubric).toEqual(track.rubric);
    },
  );
});
