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
});
