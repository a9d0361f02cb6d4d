import { AuditService } from '../../../src/audit/audit.service';
import { UserAdminService } from '../../../src/users/user-admin.service';
import { AuditEntryEntity } from '../../../src/database/schema/audit-entry.entity';
import { Role, UserEntity, UserStatus } from '../../../src/database/schema/user.entity';
import { UsersService } from '../../../src/users/users.service';
import { FACTORY_PASSWORD } from '../../support/factories';
import { MediumContext, startMedium } from '../support/medium-context';

describe(UserAdminService.name, () => {
  let ctx: MediumContext;
  let sut: UserAdminService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(UserAdminService);
  });

  afterAll(() => ctx?.close());

  it('rectifies a name and an address (lower-cased), audited with the former values kept apart', async () => {
    const actor = await ctx.organiser();
    const person = await ctx.newActor(Role.JUDGE, { name: 'Wenceslao Mal', email: 'wen@example.org' });
    const view = await sut.rectify(actor, person.id, {
      name: 'Wenceslao Bien',
      email: 'WEN.BIEN@example.org',
    });
    expect(view).toMatchObject({ name: 'Wenceslao Bien', email: 'wen.bien@example.org' });
    const page = await ctx.get(AuditService).list(actor, { action: 'user.rectify', entityId: person.id });
    expect(page.items[0]).toMatchObject({
      before: { name: 'Wenceslao Mal', email: 'wen@example.org' },
      after: { name: 'Wenceslao Bien', email: 'wen.bien@example.org' },
    });
  });

  it('refuses an address another account has, and records nothing when nothing changes', async () => {
    const actor = await ctx.organiser();
    const taken = await ctx.newActor(Role.JUDGE);
    const person = await ctx.newActor(Role.JUDGE);
    await expect(sut.rectify(actor, person.id, { email: taken.email })).rejects.toMatchObject({
      code: 'EMAIL_TAKEN',
    });
    const before = (await ctx.get(AuditService).list(actor, { entityId: person.id })).total;
    await sut.rectify(actor, person.id, { name: person.name });
    expect((await ctx.get(AuditService).list(actor, { entityId: person.id })).total).toBe(before);
  });

  /** Whether a token issued now would still be accepted later, and whether the password still signs in. */
  const tokenVersion = async (id: string) =>
    (await ctx.db.read((m) => m.findOneByOrFail(UserEntity, { id }))).tokenVersion;
  const accepts = (id: string, version: number) => ctx.get(UsersService).findForToken(id, version);
  const signsIn = (email: string) => ctx.get(UsersService).verifyCredentials(email, FACTORY_PASSWORD);

  it('rejects a pending nominator with a reason (stored, audited); it can no longer sign in', async () => {
    const actor = await ctx.organiser();
    const institution = await ctx.newInstitution({ stateCode: '14' });
    const pending = await ctx.newActor(Role.NOMINATOR, {
      password: FACTORY_PASSWORD,
      status: UserStatus.PENDING,
      institutionId: institution.id,
      name: 'Solicitante Dudoso',
    });
    const version = await tokenVersion(pending.id);
    expect(await accepts(pending.id, version)).not.toBeNull();
    await expect(
      sut.reject(actor, pending.id, { reason: 'No acreditó su vínculo con la institución' }),
    ).resolves.toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'No acreditó su vínculo con la institución',
    });
    expect(await accepts(pending.id, version)).toBeNull();
    expect(await signsIn(pending.email)).toBeNull();
    const entry = await ctx.db.read((m) =>
      m.findOneByOrFail(AuditEntryEntity, { action: 'user.reject', entityId: pending.id }),
    );
    expect(entry.after).toMatchObject({ status: 'REJECTED', rejectionReason: expect.any(String) });
    await expect(sut.reject(actor, pending.id, { reason: 'Otra vez' })).rejects.toMatchObject({
      code: 'NOT_PENDING',
    });
  });

  it('disables (tokens refused at once) and re-enables an account; an organiser cannot disable itself', async () => {
    const actor = await ctx.organiser();
    const someone = await ctx.newActor(Role.JUDGE, { password: FACTORY_PASSWORD });
    const version = await tokenVersion(someone.id);
    expect(await accepts(someone.id, version)).not.toBeNull();
    await sut.disable(actor, someone.id);
    expect(await accepts(someone.id, version)).toBeNull();
    expect(await signsIn(someone.email)).toBeNull();
    await expect(sut.enable(actor, someone.id)).resolves.toMatchObject({ status: 'ACTIVE' });
    expect(await accepts(someone.id, version)).toBeNull(); // revoked tokens stay revoked
    expect(await signsIn(someone.email)).not.toBeNull();
    expect(await accepts(someone.id, await tokenVersion(someone.id))).not.toBeNull();
    await expect(sut.enable(actor, someone.id)).rejects.toMatchObject({ code: 'NOT_DISABLED' });
    await expect(sut.disable(actor, actor.id)).rejects.toMatchObject({ code: 'NOT_YOURSELF' });
  });

  it('searches accounts by text, role and status; observers search what they see (pseudonyms, no e-mail)', async () => {
    const actor = await ctx.organiser();
    const ana = await ctx.newJudge([], { name: 'Ana Jurado' });
    await ctx.newJudge([], { name: 'Beto Jurado' });
    const names = async (query: Parameters<UserAdminService['list']>[1], who = actor) =>
      (await sut.list(who, query)).map((u) => u.name).sort();
    expect(await names({ q: 'jurado', role: Role.JUDGE })).toEqual(['Ana Jurado', 'Beto Jurado']);
    expect((await sut.list(actor, { q: ana.email })).map((u) => u.id)).toEqual([ana.id]);
    const observer = await ctx.newActor(Role.OBSERVER);
    expect(await names({ q: 'jurado', role: Role.JUDGE }, observer)).toEqual([]);
    await ctx.newActor(Role.NOMINATOR, { status: UserStatus.REJECTED });
    const rejected = await sut.list(actor, { status: UserStatus.REJECTED });
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((u) => u.status === 'REJECTED')).toBe(true);
  });
});
