import { Global, Module } from '@nestjs/common';
import { DeliveryWorker } from './delivery-worker';
import { MailOutbox } from './mail-outbox';
import { MailScheduler } from './mail-scheduler';
import { MailboxController } from './mailbox.controller';
import { MailboxService } from './mailbox.service';
import { Notifications } from './notifications';
import { ResultsNotices } from './results-notices';

/**
 * E-mail through a transactional outbox (docs/mail.md): messages are rows written with the change that causes
 * them; the delivery worker sends them; the scheduler derives reminders and digests from the database. Global so
 * that any module can queue a message in its own transaction.
 */
@Global()
@Module({
  controllers: [MailboxController],
  providers: [MailOutbox, DeliveryWorker, MailScheduler, Notifications, ResultsNotices, MailboxService],
  exports: [MailOutbox, DeliveryWorker, MailScheduler, MailboxService],
})
export class MailModule {}
