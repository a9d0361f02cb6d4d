import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { In } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { OutboxMessageEntity, OutboxStatus } from '../database/schema/outbox-message.entity';
import { mailStartupNotice } from './startup-notice';
import { createMailTransport, describeError, MailTransport } from './transports';

/** Longest wait between two attempts, whatever the backoff says. */
const MAX_BACKOFF_MS = 6 * 3600_000;

/**
 * Sends what the outbox holds. Every instance runs one; each round claims due rows in a transaction
 * (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so two instances never claim the same row; SQLite: one process),
 * marks them SENDING with a lease, sends them outside the transaction, then records each outcome. A claim whose
 * lease ran out (its instance crashed) is claimed again: a crash between sending and recording repeats that one
 * message, and nothing is ever lost (docs/reliability.md).
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transport!: MailTransport;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<number> | null = null;
  private stopped = false;
  /** Messages this instance handed over since it started (the reliability suite reports the split). */
  sentByThisInstance = 0;

  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    this.transport = createMailTransport(this.config.mail, this.logger);
    const notice = mailStartupNotice(this.config.mail, this.config.app.nodeEnv);
    this.logger[notice.level](notice.message);
    this.schedule(0);
  }

  /** Before the database closes: the round in flight finishes recording its outcomes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.round?.catch(() => undefined);
    this.transport?.close();
  }

  /** Sends every due message (rounds until none is left); the number sent. Tests call it to avoid waiting. */
  async deliverDue(): Promise<number> {
    // One round at a time per instance: a timer round and a caller's round never claim in parallel.
    while (this.round) await this.round.catch(() => undefined);
    this.round = this.drain();
    try {
      return await this.round;
    } finally {
      this.round = null;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.deliverDue()
        .catch((error: unknown) =>
          this.logger.error(`Delivery round failed: ${describeError(error, this.config.mail)}`),
        )
        .finally(() => this.schedule(this.config.mail.pollIntervalMs));
    }, delay);
    this.timer.unref();
  }

  private async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      if (this.stopped) return sent;
      const batch = await this.claim();
      if (batch.length === 0) return sent;
      const outcomes = await Promise.allSettled(batch.map((message) => this.transport.send(message)));
      await this.db.transaction(async (m) => {
        for (const [i, outcome] of outcomes.entries()) {
          const message = batch[i];
          if (outcome.status === 'fulfilled') {
            sent++;
            this.sentByThisInstance++;
            await m.update(
              OutboxMessageEntity,
              { id: message.id },
              {
                status: OutboxStatus.SENT,
                sentAt: this.clock.now(),
                transport: outcome.value.transport,
                messageId: outcome.value.messageId,
                leaseUntil: null,
                lastError: null,
              },
            );
          } else {
            await m.update(OutboxMessageEntity, { id: message.id }, this.failure(message, outcome.reason));
          }
        }
      });
      if (batch.length < this.config.mail.batchSize) return sent;
    }
  }

  /** Retry later with exponential backoff, or give up: after the last attempt, or on a permanent refusal (5xx). */
  private failure(message: OutboxMessageEntity, reason: unknown): Partial<OutboxMessageEntity> {
    const permanent = Number((reason as { responseCode?: number }).responseCode) >= 500;
    const lastError = describeError(reason, this.config.mail);
    if (permanent || message.attempts >= this.config.mail.maxAttempts) {
      this.logger.warn(`Message ${message.id} (${message.kind}) FAILED after ${message.attempts} attempt(s)`);
      return { status: OutboxStatus.FAILED, leaseUntil: null, lastError };
    }
    const backoff = Math.min(this.config.mail.retryBaseMs * 2 ** (message.attempts - 1), MAX_BACKOFF_MS);
    return {
      status: OutboxStatus.PENDING,
      leaseUntil: null,
      lastError,
      nextAttemptAt: new Date(this.clock.now().getTime() + backoff),
    };
  }

  /** Takes up to batchSize due rows (pending and due, or claimed by an instance whose lease ran out). */
  private claim(): Promise<OutboxMessageEntity[]> {
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const due = m
        .createQueryBuilder(OutboxMessageEntity, 'o')
        .select('o.id', 'id')
        .where('(o.status = :pending AND o.nextAttemptAt <= :now)', { pending: OutboxStatus.PENDING, now })
        .orWhere('(o.status = :sending AND o.leaseUntil < :now)', { sending: OutboxStatus.SENDING })
        .orderBy('o.nextAttemptAt', 'ASC')
        .limit(this.config.mail.batchSize);
      if (this.db.dialect === 'postgres') due.setLock('pessimistic_write').setOnLocked('skip_locked');
      const ids = (await due.getRawMany<{ id: string }>()).map((r) => r.id);
      if (ids.length === 0) return [];
      await m
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({
          status: OutboxStatus.SENDING,
          leaseUntil: new Date(now.getTime() + this.config.mail.leaseMs),
          attempts: () => 'attempts + 1',
        })
        .whereInIds(ids)
        .execute();
      return m.find(OutboxMessageEntity, { where: { id: In(ids) }, order: { nextAttemptAt: 'ASC' } });
    });
  }
}
