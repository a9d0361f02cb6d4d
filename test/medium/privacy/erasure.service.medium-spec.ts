import { AuditPersonalValueEntity } from '../../../src/database/schema/audit-personal-value.entity';
import { AuditService } from '../../../src/audit/audit.service';
import { NominationEntity } from '../../../src/database/schema/nomination.entity';
import { ErasureService } from '../../../src/privacy/erasure.service';
import { UserAdminService } from '../../../src/users/user-admin.service';
import { Role, UserEntity, UserStatus } from '../../../src/database/schema/user.entity';
import { FACTORY_PASSWORD } from '../../support/factories';
import { MediumContext, startMedium } from '../support/medium-context';

describe(ErasureService.name, () => {
  let ctx: MediumContext;
  let sut: ErasureService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(ErasureService);
  });

  afterAll(() => ctx?.close());

  it('anonymises the account, erases the contact data it is the contact of and its audit values', async () => {
    const organiser = await ctx.organiser();
    // With a password, so that erasing it is seen.
    const person = await ctx.newActor(Role.NOMINATOR, {
      name: 'Ulises Borrable',
      email: 'ulises@example.org',
      password: FACTORY_PASSWORD,
    });
    await ctx.get(UserAdminService).rectify(organiser, person.id, { name: 'Ulises Borrable Ruiz' });
    const edition = await ctx.newEdition();
    const track = await ctx.newTrack(edition);
    const nomination = await ctx.newNomination(track, await ctx.newInstitution(), {
      contactName: 'Ulises Borrable',
      contactEmail: 'ULISES@example.org',
    });
    const report = await sut.erase(organiser, person.id);
    expect(report).toMatchObject({ userId: person.id, nominations: 1 });
    expect(report.auditValues).toBeGreaterThanOrEqual(2);
    const user = await ctx.db.read((m) => m.findOneByOrFail(UserEntity, { id: person.id }));
    expect(user).toMatchObject({ name: 'Cuenta suprimida', status: UserStatus.DISABLED, passwordHash: null });
    expect(
      await ctx.db.read((m) => m.findOneByOrFail(NominationEntity, { id: nomination.id })),
    ).toMatchObject({
      contactName: 'Dato suprimido',
      contactEmail: 'suprimido@invalid.invalid',
    });
    expect(await ctx.db.read((m) => m.countBy(AuditPersonalValueEntity, { subjectId: person.id }))).toBe(0);
    expect((await ctx.get(AuditService).verify(organiser)).ok).toBe(true);
  });

  it('refuses one’s own account; erases another organiser’s', async () => {
    const organiser = await ctx.organiser();
    await expect(sut.erase(organiser, organiser.id)).rejects.toMatchObject({ code: 'NOT_YOURSELF' });
    const other = await ctx.newActor(Role.ORGANISER);
    await expect(sut.erase(organiser, other.id)).resolves.toMatchObject({ userId: other.id, nominations: 0 });
  });
});
