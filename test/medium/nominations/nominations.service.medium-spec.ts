import { NominationsService } from '../../../src/nominations/nominations.service';
import { Role } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';

describe(NominationsService.name, () => {
  let ctx: MediumContext;
  let sut: NominationsService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(NominationsService);
  });

  afterAll(() => ctx?.close());

  const draft = (trackId: string, nomineeInstitutionId: string) => ({
    trackId,
    nomineeInstitutionId,
    nominatingInstitutionId: nomineeInstitutionId,
    stateCode: '09',
    title: 'Plan de acción local',
    summary: 'Cocreación con sociedad civil y organismo garante.',
    description: 'Descripción detallada de la práctica y de sus resultados verificables.',
    evidenceUrls: ['https://example.org/evidencia'],
    contactName: 'Persona de Contacto',
    contactEmail: 'contacto@example.org',
  });

  it('takes a submission at the deadline’s instant and refuses one a second later, naming the deadline', async () => {
    const actor = await ctx.organiser();
    const edition = await ctx.newEdition({ phase: 'NOMINATIONS', participatingStates: ['09'] });
    const track = await ctx.newTrack(edition);
    const nominee = await ctx.newInstitution({ stateCode: '09' });
    const onTime = await sut.create(actor, draft(track.id, nominee.id));
    const late = await sut.create(actor, draft(track.id, nominee.id));
    ctx.clock.set(edition.nominationsCloseAt);
    await expect(sut.submit(actor, onTime.id)).resolves.toMatchObject({ sha256: expect.any(String) });
    ctx.clock.set(new Date(edition.nominationsCloseAt.getTime() + 1000));
    await expect(sut.submit(actor, late.id)).rejects.toMatchObject({ code: 'DEADLINE_PASSED' });
  });

  it('shows a nominator of another institution nothing: not found', async () => {
    const actor = await ctx.organiser();
    ctx.clock.set(new Date('2026-01-15T12:00:00Z'));
    const track = await ctx.newTrack(
      await ctx.newEdition({ phase: 'NOMINATIONS', participatingStates: ['09'] }),
    );
    const nominee = await ctx.newInstitution({ stateCode: '09' });
    const created = await sut.create(actor, draft(track.id, nominee.id));
    const stranger = await ctx.newActor(Role.NOMINATOR, { institutionId: (await ctx.newInstitution()).id });
    await expect(sut.get(stranger, created.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
