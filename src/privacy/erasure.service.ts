import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
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
  userId: string;
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
    const requests = await m.update(ArcoRequestEntity, { userId }, { details: ERASED_TEXT });
    const auditValues = await this.audit.erasePersonalValues(m, [userId, ...nominationIds]);
    const report: ErasureReport = {
      userId,
      nominations: nominationIds.length,
      mailsRemoved: removed,
      mailsRewritten: rewritten,
      auditValues,
      requests: requests.affected ?? 0,
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
   * Mails to them go; mails to others that name them (an organiser told of their registration) keep their
   * place in the outbox with the name and address replaced.
   */
  private async eraseMail(m: EntityManager, userId: string, email: string, name: string) {
    const mine = await m.find(OutboxMessageEntity, {
      select: { id: true, toAddress: true, recipientId: true },
    });
    const ids = mine
      .filter((x) => x.recipientId === userId || x.toAddress.toLowerCase() === email)
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
      .orWhere('o.textBody LIKE :name OR o.htmlBody LIKE :name OR o.subject LIKE :name', {
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

function likeEscaped(text: string): string {
  return text.replace(/[%_]/g, '_');
}

function replaceAll(text: string, find: string, by: string, caseless = false): string {
  if (find === '') return text;
  const pattern = new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), caseless ? 'gi' : 'g');
  return text.replace(pattern, by);
}
