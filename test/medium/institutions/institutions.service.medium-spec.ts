import { InstitutionKind } from '../../../src/database/schema/institution.entity';
import { InstitutionsService } from '../../../src/institutions/institutions.service';
import { MediumContext, startMedium } from '../support/medium-context';

describe(InstitutionsService.name, () => {
  let ctx: MediumContext;
  let sut: InstitutionsService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(InstitutionsService);
  });

  afterAll(() => ctx?.close());

  it('creates an institution and refuses a second one with the same name in the same state', async () => {
    const actor = await ctx.organiser();
    const dto = {
      name: 'Gobierno de Zacatecas',
      kind: InstitutionKind.STATE_GOVERNMENT,
      level: 'STATE' as const,
      stateCode: '32',
    };
    await expect(sut.create(actor, dto)).resolves.toMatchObject({ name: 'Gobierno de Zacatecas' });
    await expect(sut.create(actor, { ...dto, name: 'GOBIERNO DE ZACATECAS' })).rejects.toMatchObject({
      code: 'DUPLICATE',
    });
  });

  it('lists with text search (accents and case folded) and filters by kind, level and state', async () => {
    const actor = await ctx.organiser();
    const jalisco = await ctx.newInstitution({ name: 'Gobierno de Jalisco', stateCode: '14' });
    const cdmx = await ctx.newInstitution({ name: 'Gobierno de la Ciudad de México', stateCode: '09' });
    expect((await sut.list(actor, { q: 'MEXICO' })).map((i) => i.id)).toEqual([cdmx.id]);
    const byState = await sut.list(actor, {
      stateCode: '14',
      level: 'STATE',
      kind: InstitutionKind.STATE_GOVERNMENT,
    });
    expect(byState.map((i) => i.id)).toContain(jalisco.id);
    expect(byState.every((i) => i.stateCode === '14')).toBe(true);
  });
});
