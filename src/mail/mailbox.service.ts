import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { OUTBOX_PAGE_SIZE, OutboxQueryDto } from './dto/outbox.dto';
import { MailErrors } from './mail.errors';
import { OutboxMessageEntity, OutboxStatus } from '../database/schema/outbox-message.entity';

export type OutboxSummary = Omit<OutboxMessageEntity, 'textBody' | 'htmlBody' | 'dedupeKey' | 'leaseUntil'>;

export interface OutboxPage {
  items: OutboxSummary[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<OutboxStatus, number>;
}

const summary = ({
  textBody: _t,
  htmlBody: _h,
  dedupeKey: _d,
  leaseUntil: _l,
  ...rest
}: OutboxMessageEntity) => rest;

/** What organisers see of the outbox: every message and its delivery state; without SMTP, the local mailbox. */
@Injectable()
export class MailboxService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, query: OutboxQueryDto): Promise<OutboxPage> {
    requireAccess(actor, Permission.MAIL_MANAGE);
    const page = query.page ?? 1;
    return this.db.read(async (m) => {
      const [rows, total] = await m.findAndCount(OutboxMessageEntity, {
        where: query.status ? { status: query.status } : {},
        order: { createdAt: 'DESC', id: 'ASC' },
        skip: (page - 1) * OUTBOX_PAGE_SIZE,
        take: OUTBOX_PAGE_SIZE,
      });
      const counts = Object.fromEntries(
        await Promise.all(
          Object.values(OutboxStatus).map(async (s) => [
            s,
            await m.countBy(OutboxMessageEntity, { status: s }),
          ]),
        ),
      ) as Record<OutboxStatus, number>;
      return { items: rows.map(summary), total, page, pageSize: OUTBOX_PAGE_SIZE, counts };
    });
  }

  async get(actor: AuthUser, id: string): Promise<OutboxMessageEntity> {
    requireAccess(actor, Permission.MAIL_MANAGE);
    const message = await this.db.read((m) => m.findOneBy(OutboxMessageEntity, { id }));
    if (!message) throw notFound();
    return { ...message, dedupeKey: null };
  }

  /** Gives a FAILED message a fresh set of attempts (e.g. after the SMTP settings were fixed). */
  async retry(actor: AuthUser, id: string): Promise<OutboxSummary> {
    requireAccess(actor, Permission.MAIL_MANAGE);
    return this.db.transaction(async (m) => {
      const message = await m.findOneBy(OutboxMessageEntity, { id });
      if (!message) throw notFound();
      if (message.status !== OutboxStatus.FAILED) throw new DomainException(MailErrors.NOT_FAILED);
      const changes = { status: OutboxStatus.PENDING, attempts: 0, nextAttemptAt: this.clock.now() };
      await m.update(OutboxMessageEntity, { id }, changes);
      await this.audit.append(
        m,
        actor,
        'mail.retry',
        { type: 'mail', id },
        { status: message.status, attempts: message.attempts },
        { status: changes.status, attempts: 0 },
      );
      return summary({ ...message, ...changes });
    });
  }
}
