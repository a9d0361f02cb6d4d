import { AuthUser } from '../../../src/access/auth-user';
import { EditionEntity } from '../../../src/database/schema/edition.entity';
import { InstitutionEntity } from '../../../src/database/schema/institution.entity';
import { TrackEntity } from '../../../src/database/schema/track.entity';
import { NominationQueryDto } from '../../../src/nominations/dto/nomination.dto';
import { NominationsService } from '../../../src/nominations/nominations.service';
import { DAY } from '../../support/factories';
import { MediumContext, startMedium } from '../support/medium-context';

/** The organisers' nomination search and the deadline extension. */
describe(NominationsService.name, () => {
  let ctx: MediumContext;
  let sut: NominationsService;
  let actor: AuthUser;
  let edition: EditionEntity;
  let track: TrackEntity;
  let jalisco: InstitutionEntity;
  let cdmx: InstitutionEntity;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(NominationsService);
    actor = await ctx.organiser();
    edition = await ctx.newEdition({ phase: 'JUDGING' });
    track = await ctx.newTrack(edition, {
      categories: [
        { key: 'municipal', name: 'Municipal' },
        { key: 'estatal', name: 'Estatal' },
      ],
    });
    jalisco = await ctx.newInstitution({ name: 'Gobierno de Jalisco', stateCode: '14' });
    cdmx = await ctx.newInstitution({ name: 'Gobierno de la Ciudad de México', stateCode: '09' });
    await ctx.newNomination(track, jalisco, {
      key: 'L-003',
      title: 'Participación ciudadana en Jalisco',
      categoryKey: 'estatal',
    });
    await ctx.newNomination(track, cdmx, {
      key: 'L-001',
      title: 'Datos abiertos de la capital',
      categoryKey: 'municipal',
    });
    await ctx.newNomination(track, cdmx, {
      key: 'L-002',
      categoryKey: 'estatal',
      title: 'Presupuesto abierto',
      status: 'SUBMITTED',
      submittedAt: null,
    });
    // Two more, so that a second page exists.
    await ctx.newNomination(track, jalisco, { key: 'L-004', categoryKey: 'estatal' });
    await ctx.newNomination(track, jalisco, { key: 'L-005', categoryKey: 'estatal' });
  });

  afterAll(() => ctx?.close());

  const search = (query: NominationQueryDto) => sut.list(actor, { editionId: edition.id, ...query });
  const keys = async (query: NominationQueryDto) => (await search(query)).items.map((n) => n.key);

  it('searches title, summary, key and institutions’ names, with accents and case folded', async () => {
    expect(await keys({ q: 'participacion' })).toEqual(['L-003']);
    expect(await keys({ q: 'CIUDAD DE MEXICO', sort: 'key' })).toEqual(['L-001', 'L-002']);
    expect(await keys({ q: 'l-001' })).toEqual(['L-001']);
  });

  it('filters by track, category, state, status and institution; sorts and pages', async () => {
    const inTrack = (query: NominationQueryDto) => keys({ trackId: track.id, ...query });
    expect(await inTrack({ categoryKey: 'municipal' })).toEqual(['L-001']);
    expect(await inTrack({ institutionId: cdmx.id, sort: 'key' })).toEqual(['L-001', 'L-002']);
    expect(await inTrack({ status: 'SUBMITTED' })).toEqual(['L-002']);
    expect((await inTrack({ stateCode: '14', sort: 'key' })).slice(0, 1)).toEqual(['L-003']);
    const page = await search({ trackId: track.id, sort: 'key', order: 'desc', pageSize: 2, page: 2 });
    expect(page.total).toBeGreaterThan(3);
    const all = await inTrack({ sort: 'key', order: 'desc', pageSize: 200 });
    expect(page.items.map((n) => n.key)).toEqual(all.slice(2, 4));
    const submitted = await inTrack({ sort: 'submittedAt', pageSize: 200 });
    expect(submitted[submitted.length - 1]).toBe('L-002'); // not submitted yet: last
    const searched = await search({ q: 'gobierno', sort: 'key', order: 'desc', pageSize: 1, page: 2 });
    expect(searched.items).toHaveLength(1);
  });

  it('refuses an extension that ends in the past, naming until, and grants a future one', async () => {
    const draft = await ctx.newNomination(track, jalisco, {
      status: 'DRAFT',
      submittedAt: null,
      categoryKey: 'estatal',
    });
    await expect(
      sut.extend(actor, draft.id, { until: new Date(ctx.clock.now().getTime() - 1000) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ field: 'until' })],
    });
    const until = new Date(ctx.clock.now().getTime() + 2 * DAY);
    const extended = await sut.extend(actor, draft.id, { until });
    expect(new Date(extended.extendedUntil!).toISOString()).toBe(until.toISOString());
  });
});
