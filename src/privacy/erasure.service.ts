import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock/clock';
import { CommonErrors } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { NominationEntity } from '../nominations/nomination.entity';
import { assertAccountMayLeave } from '../users/organiser-guard';
import { UserEntity, UserStatus } from '../users/user.entity';
import { ArcoRequestEntity } from './arco-request.entity';
import { anonymiseAccount, ERASED_CONTACT, ERASED_NAME, ERASED_TEXT, eraseContacts } from './anonymise';

/** What erasing a person did: counts only (they are what the audit trail records). */
export interface ErasureReport {
  /** The account erased; null when the person had none (a request by e-mail). */
  userId: string | null;
  /** Nominations whose contact person they were: contact data erased. */
  nominations: number;
  /** Mails addressed to them removed; mails to others that named them, rewritten. */
  mailsRemoved: number;
  mailsRewritten: number;
  /** Personal values the audit trail referred to, erased (the entries and their hashes stay). */
  auditValues: number;
  /** Their ARCO requests whose text was erased (the requests, dates and answers stay). */
  requests: number;
}

const notFound = () => new DomainException(CommonErrors.NOT_FOUND);

/**
 * Cancellation (the C of ARCO): a person's data is erased where it can be and anonymised where a record must
 * remain (docs/privacy.md). The account keeps its id, so sealed results, assignments and score sheets that
 * refer to it stay exactly as sealed; its name and address are replaced, its password and links removed, the
 * contact data of nominations they were the contact person of erased, mails to them deleted, and the personal
 * values the audit trail refers to deleted, which leaves every hash of the chain valid.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async erase(actor: AuthUser, userId: string): Promise<ErasureReport> {
    const report = await this.db.transaction((m) => this.eraseIn(m, actor, userId));
    await this.db.compact();
    return report;
  }

  /** The erasure inside the caller's transaction (an ARCO answer carries it out with the answer). */
  async eraseIn(m: EntityManager, actor: AuthUser, userId: string): Promise<ErasureReport> {
    const user = await m.findOneBy(UserEntity, { id: userId });
    if (!user) throw notFound();
    await assertAccountMayLeave(this.db, m, actor, user, 'ERASE');
    const name = user.name;
    const email = user.email.toLowerCase();
    const nominations = (await m.find(NominationEntity, { select: { id: true, contactEmail: true } })).filter(
      (n) => n.contactEmail.toLowerCase() === email,
    );
    const nominationIds = nominations.map((n) => n.id);
    await eraseContacts(m, nominationIds);
    await anonymiseAccount(m, user, this.clock.now());
    const { removed, rewritten } = await this.eraseMail(m, userId, email, name);
    const requests = await eraseRequests(m, { userId }, email);
    const auditValues = await this.audit.erasePersonalValues(m, [userId, ...nominationIds]);
    const report: ErasureReport = {
      userId,
      nominations: nominationIds.length,
      mailsRemoved: removed,
      mailsRewritten: rewritten,
      auditValues,
      requests,
    };
    await this.audit.append(
      m,
      actor,
      'user.erase',
      { type: 'user', id: userId },
      { status: user.status },
      {
        ...report,
        status: UserStatus.DISABLED,
      },
    );
    return report;
  }

  /**
   * Cancellation asked by e-mail by someone without an account (a nomination's contact person), or with one:
   * everything held under the address goes, as for an account. Audited on the request, with counts only.
   */
  async eraseAddress(
    m: EntityManager,
    actor: AuthUser,
    address: string,
    requestId: string,
  ): Promise<ErasureReport> {
    const email = address.toLowerCase();
    const account = await m.findOneBy(UserEntity, { email });
    if (account) return this.eraseIn(m, actor, account.id);
    const nominations = (
      await m.find(NominationEntity, { select: { id: true, contactEmail: true, contactName: true } })
    ).filter((n) => n.contactEmail.toLowerCase() === email);
    const nominationIds = nominations.map((n) => n.id);
    let removed = 0;
    let rewritten = 0;
    for (const name of new Set([...nominations.map((n) => n.contactName), ''])) {
      const done = await this.eraseMail(m, null, email, name);
      removed += done.removed;
      rewritten += done.rewritten;
    }
    await eraseContacts(m, nominationIds);
    const requests = await eraseRequests(m, { email }, email);
    const auditValues = await this.audit.erasePersonalValues(m, nominationIds);
    const report: ErasureReport = {
      userId: null,
      nominations: nominationIds.length,
      mailsRemoved: removed,
      mailsRewritten: rewritten,
      auditValues,
      requests,
    };
    await this.audit.append(m, actor, 'contact.erase', { type: 'arcoRequest', id: requestId }, null, report);
    return report;
  }

  /** Rectification asked by e-mail by a nomination's contact person: their name or address on those nominations. */
  async rectifyContact(
    m: EntityManager,
    actor: AuthUser,
    address: string,
    dto: { name?: string; email?: string },
  ): Promise<number> {
    const email = address.toLowerCase();
    const nominations = (await m.find(NominationEntity)).filter(
      (n) => n.contactEmail.toLowerCase() === email,
    );
    for (const n of nominations) {
      const changes = {
        ...(dto.name !== undefined ? { contactName: dto.name.trim() } : {}),
        ...(dto.email !== undefined ? { contactEmail: dto.email.trim().toLowerCase() } : {}),
      };
      await m.update(NominationEntity, { id: n.id }, changes);
      const before = { contactName: n.contactName, contactEmail: n.contactEmail };
      await this.audit.append(
        m,
        actor,
        'nomination.rectifyContact',
        { type: 'nomination', id: n.id },
        before,
        changes,
      );
    }
    return nominations.length;
  }

  /**
   * Mails to them go; mails to others that name them (an organiser told of their registration) keep their
   * place in the outbox with the name and address replaced.
   */
  private async eraseMail(m: EntityManager, userId: string | null, email: string, name: string) {
    const mine = await m.find(OutboxMessageEntity, {
      select: { id: true, toAddress: true, recipientId: true },
    });
    const ids = mine
      .filter((x) => (userId !== null && x.recipientId === userId) || x.toAddress.toLowerCase() === email)
      .map((x) => x.id);
    if (ids.length) await m.delete(OutboxMessageEntity, { id: In(ids) });
    const naming = await m
      .createQueryBuilder(OutboxMessageEntity, 'o')
      .where(
        'LOWER(o.textBody) LIKE :email OR LOWER(o.htmlBody) LIKE :email OR LOWER(o.subject) LIKE :email',
        {
          email: `%${likeEscaped(email)}%`,
        },
      )
      .orWhere(name ? 'o.textBody LIKE :name OR o.htmlBody LIKE :name OR o.subject LIKE :name' : '1 = 0', {
        name: `%${likeEscaped(name)}%`,
      })
      .getMany();
    const scrub = (text: string) =>
      replaceAll(replaceAll(text, name, ERASED_NAME), email, ERASED_CONTACT, true);
    for (const message of naming) {
      await m.update(
        OutboxMessageEntity,
        { id: message.id },
        {
          subject: scrub(message.subject),
          textBody: scrub(message.textBody),
          htmlBody: scrub(message.htmlBody),
        },
      );
    }
    return { removed: ids.length, rewritten: naming.length };
  }
}

/**
 * The text of the person's ARCO requests, and the address of those filed by e-mail; the requests, their dates and
 * answers stay: they show the right was met.
 */
async function eraseRequests(
  m: EntityManager,
  where: { userId: string } | { email: string },
  email: string,
): Promise<number> {
  const rows = await m.find(ArcoRequestEntity, { select: { id: true, userId: true, email: true } });
  const ids = rows
    .filter((r) => ('userId' in where && r.userId === where.userId) || r.email?.toLowerCase() === email)
    .map((r) => r.id);
  if (ids.length === 0) return 0;
  await m.update(ArcoRequestEntity, { id: In(ids) }, { details: ERASED_TEXT });
  await m.update(ArcoRequestEntity, { id: In(ids), email: Not(IsNull()) }, { email: ERASED_CONTACT });
  return ids.length;
}

function likeEscaped(text: string): string {
  return text.replace(/[%_]/g, '_');
}

function replaceAll(text: string, find: string, by: string, caseless = false): string {
  if (find === '') return text;
  const pattern = new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), caseless ? 'gi' : 'g');
  return text.replace(pattern, by);
}
