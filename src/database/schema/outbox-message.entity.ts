import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';

export enum OutboxStatus {
  /** Waiting for its next attempt (`nextAttemptAt`). */
  PENDING = 'PENDING',
  /** Claimed by an instance until `leaseUntil`; an expired claim is taken again (crashed instance). */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Gave up after the last allowed attempt; shown to organisers. */
  FAILED = 'FAILED',
}

/** How a sent message left: through the SMTP server, or into the local mailbox (no SMTP_URL). */
export enum MailTransportKind {
  SMTP = 'SMTP',
  LOCAL = 'LOCAL',
}

/**
 * One e-mail, written in the same transaction as the change that causes it (docs/reliability.md). Without an
 * SMTP server the sent rows are the local mailbox the organisers read at /organizacion/correo.
 */
@Entity('mail_outbox')
@Index(['status', 'nextAttemptAt'])
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** What the message is about: `invitation`, `submission.receipt`, `reminder.deadline`… */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /**
   * Unique when set: a message that must exist at most once (a reminder per recipient and slot, the results
   * notice per recipient and edition) is inserted with ON CONFLICT DO NOTHING, so restarts and several
   * instances deriving the same reminder store it once.
   */
  @Column({ type: 'varchar', length: 200, nullable: true, unique: true })
  dedupeKey: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  recipientId: string | null;

  @Column({ type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  @Column({ type: 'varchar', length: 12 })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column(instantColumn())
  nextAttemptAt: Date;

  @Column(instantColumn({ nullable: true }))
  leaseUntil: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  transport: MailTransportKind | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn({ nullable: true }))
  sentAt: Date | null;
}
