import { AuthUser } from '../../../src/access/auth-user';
import { InstitutionKind } from '../../../src/database/schema/institution.entity';
import { InstitutionsService } from '../../../src/institutions/institutions.service';
import { UserAdminService } from '../../../src/users/user-admin.service';
import { tableCounts } from '../../support/table-counts';
import { MediumContext, startMedium } from '../support/medium-context';

/** Issue 19, class 7: institution names that look alike to a person are the same name. */
let ctx: MediumContext;
let actor: AuthUser;

beforeAll(async () => {
  ctx = await startMedium();
  actor = await ctx.organiser();
  await ctx.get(InstitutionsService).create(actor, jaliscoLike('Gobierno de Jalisco'));
});

afterAll(() => ctx?.close());

function jaliscoLike(name: string) {
  return { name, kind: InstitutionKind.STATE_GOVERNMENT, level: 'STATE' as const, stateCode: '14' };
}

describe(InstitutionsService.name, () => {
  let sut: InstitutionsService;

  beforeAll(() => {
    sut = ctx.get(InstitutionsService);
  });

  it.each([
    ['a zero-width space', 'Gobierno\u200B de Jalisco'],
    ['a word joiner and a soft hyphen', 'Gobier\u2060no de Ja\u00ADlisco'],
    ['full-width letters', 'Ｇｏｂｉｅｒｎｏ de Jalisco'],
    ['doubled and non-breaking spaces', 'Gobierno  de\u00A0Jalisco '],
    ['a right-to-left mark', '\u200FGobierno de Jalisco'],
  ])('%s is the same name: refused, nothing stored', async (_label, name) => {
    const before = await tableCounts(ctx);
    await expect(sut.create(actor, jaliscoLike(name))).rejects.toMatchObject({ code: 'DUPLICATE' });
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('stores the name as a person reads it, and refuses a rename to a look-alike', async () => {
    const created = await sut.create(actor, jaliscoLike('Ｍｕｎｉｃｉｐｉｏ\u200B de  Zapopan'));
    expect(created.name).toBe('Municipio de Zapopan');
    await expect(sut.update(actor, created.id, { name: 'Gobierno\u200D de Jalisco' })).rejects.toMatchObject({
      code: 'DUPLICATE',
    });
  });

  it('flags a name mixing scripts (Cyrillic “о”) when created, listed and read', async () => {
    const created = await sut.create(actor, jaliscoLike('Gobiern\u043E de Jalisco'));
    expect(created.mixedScript).toBe(true);
    const flags = Object.fromEntries((await sut.list(actor)).map((i) => [i.name, i.mixedScript]));
    expect(flags['Gobiern\u043E de Jalisco']).toBe(true);
    expect(flags['Gobierno de Jalisco']).toBe(false);
    expect((await sut.get(actor, created.id)).mixedScript).toBe(true);
  });
});

describe(UserAdminService.name, () => {
  let sut: UserAdminService;

  beforeAll(() => {
    sut = ctx.get(UserAdminService);
  });

  it('keeps a self-registered institution off the public list until an organiser approves its nominator', async () => {
    const name = 'Gobierno de Jalisc\u043E';
    const registered = await sut.register({
      email: 'imitadora@example.org',
      name: 'Persona Imitadora',
      password: 'Imitadora-2018',
      institution: jaliscoLike(name),
    });
    const institutions = ctx.get(InstitutionsService);
    const publicNames = async () => (await institutions.list(null)).map((i) => i.name);
    expect(await publicNames()).not.toContain(name);
    expect(await publicNames()).toContain('Gobierno de Jalisco');
    expect(await institutions.list(actor)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name, listedAt: null })]),
    );
    await sut.approve(actor, registered.id);
    expect(await publicNames()).toContain(name);
  });
});
