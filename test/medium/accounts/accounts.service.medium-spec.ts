import { AccountsService } from '../../../src/accounts/accounts.service';
import { OutboxMessageEntity } from '../../../src/database/schema/outbox-message.entity';
import { Role } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';

describe(AccountsService.name, () => {
  let ctx: MediumContext;
  let sut: AccountsService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(AccountsService);
  });

  afterAll(() => ctx?.close());

  it('mails a reset link to a known address only, and the link works once', async () => {
    const person = await ctx.newActor(Role.JUDGE, { email: 'olvido@example.org' });
    await sut.requestReset('nadie@example.org');
    await sut.requestReset('OLVIDO@example.org');
    const mails = await ctx.db.read((m) => m.find(OutboxMessageEntity));
    expect(mails.map((x) => x.toAddress)).toEqual(['olvido@example.org']);
    const token = /token=([\w-]+)/.exec(mails[0].textBody)![1];
    await expect(sut.describe(token)).resolves.toMatchObject({ email: person.email });
    await sut.redeem('PASSWORD_RESET' as never, token, 'Nueva-Clave-2026');
    await expect(sut.redeem('PASSWORD_RESET' as never, token, 'Otra-Clave-2026')).rejects.toMatchObject({
      code: 'LINK_INVALID',
    });
  });
});
