import { AuthService } from '../../../src/auth/auth.service';
import { UsersService } from '../../../src/users/users.service';
import { Role, UserEntity } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';

describe(AuthService.name, () => {
  let ctx: MediumContext;
  let sut: AuthService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(AuthService);
  });

  afterAll(() => ctx?.close());

  it('signing out makes every token issued before it stop working', async () => {
    const actor = await ctx.newActor(Role.JUDGE);
    const users = ctx.get(UsersService);
    const version = (await ctx.db.read((m) => m.findOneByOrFail(UserEntity, { id: actor.id }))).tokenVersion;
    expect(await users.findForToken(actor.id, version)).not.toBeNull();
    await sut.logout(actor);
    expect(await users.findForToken(actor.id, version)).toBeNull();
  });
});
