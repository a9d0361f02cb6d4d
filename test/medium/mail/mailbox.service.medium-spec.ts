import { MailOutbox } from '../../../src/mail/mail-outbox';
import { MailboxService } from '../../../src/mail/mailbox.service';
import { MailKind } from '../../../src/mail/messages';
import { OutboxMessageEntity, OutboxStatus } from '../../../src/database/schema/outbox-message.entity';
import { Role } from '../../../src/database/schema/user.entity';
import { MediumContext, startMedium } from '../support/medium-context';

describe(MailboxService.name, () => {
  let ctx: MediumContext;
  let sut: MailboxService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(MailboxService);
  });

  afterAll(() => ctx?.close());

  it('retries a failed message only', async () => {
    const actor = await ctx.organiser();
    const to = { id: null, email: 'buzon@example.org', name: 'Buzón', language: 'es' as const };
    await ctx.db.transaction((m) =>
      ctx.get(MailOutbox).enqueue(m, MailKind.REGISTRATION_RECEIVED, to, { name: 'Buzón', institution: '—' }),
    );
    const message = await ctx.db.read((m) => m.findOneByOrFail(OutboxMessageEntity, { toAddress: to.email }));
    await expect(sut.retry(actor, message.id)).rejects.toMatchObject({ code: 'NOT_FAILED' });
    await ctx.db.transaction((m) =>
      m.update(OutboxMessageEntity, { id: message.id }, { status: OutboxStatus.FAILED, attempts: 5 }),
    );
    await expect(sut.retry(actor, message.id)).resolves.toMatchObject({ status: OutboxStatus.PENDING });
  });

  it('asks its policy whoever calls it: a judge reads no outbox', async () => {
    const judge = await ctx.newActor(Role.JUDGE);
    await expect(sut.list(judge, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
