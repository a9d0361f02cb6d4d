import { AuditService } from '../../../src/audit/audit.service';
import { UserAdminService } from '../../../src/users/user-admin.service';
import { Role } from '../../../src/database/schema/user.entity';
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
});
