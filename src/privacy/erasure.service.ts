import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { CommonErrors } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { OutboxMessageEntity } from '../database/schema/outbox-message.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { assertAccountMayLeave } from '../users/organiser-guard';
import { UserEntity, UserStatus } from '../database/schema/user.entity';
import { ArcoRequestEntity } from '../database/schema/arco-request.entity';
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
    const report = await this.eraseHeld(m, { email: user.email, userId, names: [user.name] });
    await anonymiseAccount(m, user, this.clock.now());
    await this.audit.append(
      m,
      actor,
      'user.erase',
      { type: 'user', id: userId },
      { status: user.status },
      { ...report, status: UserStatus.DISABLED },
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
    const account = await m.findOneBy(UserEntity, { email: address.toLowerCase() });
    if (account) return this.eraseIn(m, actor, account.id);
    const report = await this.eraseHeld(m, { email: address, userId: null });
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
    const nominations = await contactOf(m, address);
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
   * What is held under an address (and its account, when there is one): the contact data of the nominations
   * naming it, mail, the text of ARCO requests and the personal values the audit trail refers to. `names`, the
   * names mails may mention, default to the contact names those nominations give.
   */
  private async eraseHeld(
    m: EntityManager,
    subject: { email: string; userId: string | null; names?: string[] },
  ): Promise<ErasureReport> {
    const email = subject.email.toLowerCase();
    const nominations = await contactOf(m, email);
    const nominationIds = nominations.map((n) => n.id);
    const names = subject.names ?? nominations.map((n) => n.contactName);
    const mail = await eraseMail(m, subject.userId, email, names);
    await eraseContacts(m, nominationIds);
    const requests = await eraseRequests(m, subject.userId, email);
    const auditValues = await this.audit.erasePersonalValues(m, [
      ...(subject.userId ? [subject.userId] : []),
      ...nominationIds,
    ]);
    return {
      userId: subject.userId,
      nominations: nominationIds.length,
      mailsRemoved: mail.removed,
      mailsRewritten: mail.rewritten,
      auditValues,
      requests,
    };
  }
}

/** The nominations whose contact address is this one, whatever its case. */
function contactOf(m: EntityManager, address: string): Promise<NominationEntity[]> {
  return m
    .createQueryBuilder(NominationEntity, 'n')
    .where('LOWER(n.contactEmail) = :email', { email: address.toLowerCase() })
    .getMany();
}

/**
 * Mails to them go; mails to others that name them (an organiser told of their registration) keep their place in
 * the outbox with the names and address replaced.
 */
async function eraseMail(m: EntityManager, userId: string | null, email: string, names: string[]) {
  const toThem = m
    .createQueryBuilder(OutboxMessageEntity, 'o')
    .select('o.id', 'id')
    .where('LOWER(o.toAddress) = :email', { email });
  if (userId) toThem.orWhere('o.recipientId = :userId', { userId });
  const ids = (await toThem.getRawMany<{ id: string }>()).map((r) => r.id);
  if (ids.length) await m.delete(OutboxMessageEntity, { id: In(ids) });
  const named = names.filter((n) => n !== '');
  const naming = m
    .createQueryBuilder(OutboxMessageEntity, 'o')
    .where('LOWER(o.textBody) LIKE :email OR LOWER(o.htmlBody) LIKE :email OR LOWER(o.subject) LIKE :email', {
      email: `%${likeEscaped(email)}%`,
    });
  named.forEach((name, i) =>
    naming.orWhere(`o.textBody LIKE :n${i} OR o.htmlBody LIKE :n${i} OR o.subject LIKE :n${i}`, {
      [`n${i}`]: `%${likeEscaped(name)}%`,
    }),
  );
  const messages = await naming.getMany();
  const scrub = (text: string) =>
    replaceAll(
      named.reduce((t, name) => replaceAll(t, name, ERASED_NAME), text),
      email,
      ERASED_CONTACT,
      true,
    );
  for (const message of messages) {
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
  return { removed: ids.length, rewritten: messages.length };
}

/**
 * The text of the person's ARCO requests, and the address of those filed by e-mail; the requests, their dates and
 * answers stay: they show the right was met.
 */
async function eraseRequests(m: EntityManager, userId: string | null, email: string): Promise<number> {
  const query = m
    .createQueryBuilder(ArcoRequestEntity, 'r')
    .select('r.id', 'id')
    .where('LOWER(r.email) = :email', { email });
  if (userId) query.orWhere('r.userId = :userId', { userId });
  const ids = (await query.getRawMany<{ id: string }>()).map((r) => r.id);
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
