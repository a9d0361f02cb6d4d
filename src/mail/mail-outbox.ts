import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { insertRow } from '../database/plain-writes';
import { Language } from '../common/i18n/language';
import { composeMail, MailKind, MailParams } from './messages';
import { OutboxMessageEntity, OutboxStatus } from '../database/schema/outbox-message.entity';
import { renderMail } from './render';
import { UserEntity } from '../database/schema/user.entity';

/** Who receives a message: an account (its address and language) or a bare address. */
export interface Recipient {
  readonly id: string | null;
  readonly email: string;
  readonly name: string;
  readonly language: Language;
}

export function recipientOf(user: {
  id: string;
  email: string;
  name: string;
  language?: string | null;
}): Recipient {
  return { id: user.id, email: user.email, name: user.name, language: user.language === 'en' ? 'en' : 'es' };
}

/**
 * Writes messages into the outbox inside the caller's transaction: the message exists exactly when the change
 * that caused it committed. The delivery worker sends it afterwards.
 */
@Injectable()
export class MailOutbox {
  constructor(private readonly clock: Clock) {}

  /**
   * Stores one message to `to`, rendered in its language. With a `dedupeKey` a second message with the same
   * key is silently not stored (returns false): reminders and results notices derived by every instance.
   */
  async enqueue<K extends MailKind>(
    manager: EntityManager,
    kind: K,
    to: Recipient,
    params: MailParams[K],
    dedupeKey: string | null = null,
  ): Promise<boolean> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('MailOutbox.enqueue must be called inside db.transaction(…)');
    }
    const rendered = renderMail(composeMail(kind, params, to.language), to.language);
    const now = this.clock.now();
    const row: OutboxMessageEntity = {
      id: randomUUID(),
      kind,
      dedupeKey,
      recipientId: to.id,
      toAddress: to.email,
      language: to.language,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      status: OutboxStatus.PENDING,
      attempts: 0,
      nextAttemptAt: now,
      leaseUntil: null,
      lastError: null,
      transport: null,
      messageId: null,
      createdAt: now,
      sentAt: null,
    };
    if (!dedupeKey) {
      // Receipts are written on the submission path: the plain prepared INSERT (docs/performance.md).
      await insertRow(manager, OutboxMessageEntity, row);
      return true;
    }
    // ON CONFLICT DO NOTHING (PostgreSQL) / INSERT OR IGNORE (SQLite): the unique dedupeKey decides.
    await manager.createQueryBuilder().insert().into(OutboxMessageEntity).values(row).orIgnore().execute();
    return manager.existsBy(OutboxMessageEntity, { id: row.id });
  }

  /**
   * One message of `kind` to each user, at most once per `dedupeKey(user)`; the number newly stored. For the
   * messages every instance derives again on each tick (reminders, digests, results notices).
   */
  async enqueueOnce<K extends MailKind>(
    manager: EntityManager,
    kind: K,
    users: readonly UserEntity[],
    params: (user: UserEntity, to: Recipient) => MailParams[K],
    dedupeKey: (user: UserEntity) => string,
  ): Promise<number> {
    let stored = 0;
    for (const user of users) {
      const to = recipientOf(user);
      if (await this.enqueue(manager, kind, to, params(user, to), dedupeKey(user))) stored++;
    }
    return stored;
  }
}
