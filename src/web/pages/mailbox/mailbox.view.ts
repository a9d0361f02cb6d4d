import { pageTemplate } from '../../page-template';
import { AuthUser } from '../../../access/auth-user';
import { OUTBOX_PAGE_SIZE } from '../../../mail/dto/outbox.dto';
import { outboxMessageCan } from '../../../mail/mail.policy';
import { type OutboxPage, type OutboxSummary } from '../../../mail/mailbox.service';
import { OutboxMessageEntity, OutboxStatus } from '../../../database/schema/outbox-message.entity';

export interface MailboxRow extends OutboxSummary {
  readonly can: ReturnType<typeof outboxMessageCan>;
}

export interface MailboxView {
  readonly rows: MailboxRow[];
  readonly total: number;
  readonly counts: Record<OutboxStatus, number>;
  readonly statuses: OutboxStatus[];
  readonly status: OutboxStatus | null;
  readonly page: number;
  readonly pages: number;
  /** No SMTP server is configured: the list is the only place messages are delivered to. */
  readonly localOnly: boolean;
}

export function mailboxView(
  actor: AuthUser,
  list: OutboxPage,
  status: OutboxStatus | null,
  localOnly: boolean,
): MailboxView {
  return {
    rows: list.items.map((m) => ({ ...m, can: outboxMessageCan(actor, m) })),
    total: list.total,
    counts: list.counts,
    statuses: Object.values(OutboxStatus),
    status,
    page: list.page,
    pages: Math.max(1, Math.ceil(list.total / OUTBOX_PAGE_SIZE)),
    localOnly,
  };
}

export interface MailboxMessageView {
  readonly message: OutboxMessageEntity;
  /** The http(s) links of the plain-text body, shown as links (nothing else of the body is). */
  readonly links: string[];
  readonly can: ReturnType<typeof outboxMessageCan>;
}

export function mailboxMessageView(actor: AuthUser, message: OutboxMessageEntity): MailboxMessageView {
  return {
    message,
    links: [...new Set(message.textBody.match(/https?:\/\/\S+/g) ?? [])],
    can: outboxMessageCan(actor, message),
  };
}

export const MAILBOX_PAGE = pageTemplate<{ view: MailboxView }>(__dirname, 'mailbox');
export const MAILBOX_MESSAGE_PAGE = pageTemplate<{ view: MailboxMessageView }>(__dirname, 'mailbox-message');
