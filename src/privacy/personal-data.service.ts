import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AccountTokenEntity } from '../database/schema/account-token.entity';
import { AuditEntryEntity } from '../database/schema/audit-entry.entity';
import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { TransactionRunner } from '../database/transaction-runner';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { AssignmentEntity } from '../database/schema/assignment.entity';
import { DeclaredConflictEntity } from '../database/schema/declared-conflict.entity';
import { JudgeAffiliationEntity } from '../database/schema/judge-affiliation.entity';
import { ScoreSheetEntity } from '../database/schema/score-sheet.entity';
import { OutboxMessageEntity } from '../database/schema/outbox-message.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { UserEntity } from '../database/schema/user.entity';
import { ArcoRequestEntity, ArcoStatus } from '../database/schema/arco-request.entity';

/** Everything the system holds about one person (the right of access), as one JSON document. */
export interface PersonalDataExport {
  format: 'reconocimientos-personal-data/1';
  generatedAt: Date;
  /** The address the data was gathered by (the account's, or that of a request by e-mail). */
  address: string;
  /** Null for someone without an account (a request by e-mail from a nomination's contact person). */
  account: {
    id: string;
    name: string;
    email: string;
    role: string;
    status: string;
    language: string;
    institution: { id: string; name: string } | null;
    rejectionReason: string | null;
    createdAt: Date;
    updatedAt: Date;
  } | null;
  affiliations: { institution: string | null; stateCode: string | null; since: Date }[];
  declaredConflicts: {
    trackId: string;
    nominationKey: string | null;
    institution: string | null;
    reason: string;
    at: Date;
  }[];
  /** Nominations the person created, or in which the person is the contact (by e-mail). */
  nominations: {
    key: string;
    editionId: string;
    title: string;
    status: string;
    role: ('CREATOR' | 'CONTACT')[];
    contactName: string;
    contactEmail: string;
    contactPhone: string | null;
    publicationConsent: boolean;
    submittedAt: Date | null;
  }[];
  /** As a judge: the nominations assigned and the sheets written, with their scores and comments. */
  judging: {
    nominationKey: string;
    assignment: string;
    recusalReason: string | null;
    sheet: {
      status: string;
      scores: Record<string, number>;
      comment: string | null;
      submittedAt: Date | null;
    } | null;
  }[];
  /** Links sent to the person (invitations, resets): only whether they were used, never the token. */
  accountLinks: { purpose: string; createdAt: Date; expiresAt: Date; usedAt: Date | null }[];
  /** Mail addressed to the person, still in the outbox. */
  mail: { subject: string; status: string; createdAt: Date; sentAt: Date | null }[];
  /** What the person did, as the audit trail records it (action and what it concerned; the values stay there). */
  actions: { seq: number; at: Date; action: string; entityType: string; entityId: string }[];
  /** What was done to the person's account (registration, approval, changes), by whom. */
  concerning: { seq: number; at: Date; action: string; actorId: string | null }[];
}

/**
 * The right of access (docs/privacy.md): a person downloads everything held about them; organisers download
 * it for someone who asked. "Not found" and "not allowed" look the same.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async export(actor: AuthUser, userId: string): Promise<PersonalDataExport> {
    if (actor.id !== userId && !roleCan(actor.role, Permission.USER_MANAGE)) throw notFound();
    return this.db.read(async (m) => {
      const user = await m.findOneBy(UserEntity, { id: userId });
      if (!user) throw notFound();
      return this.collect(m, user);
    });
  }

  /**
   * For an ARCO request (organisers): the account's data when the request has one, else what is held under the
   * request's address (the nominations naming it as contact, the mail sent to it).
   */
  async exportForRequest(actor: AuthUser, requestId: string): Promise<PersonalDataExport> {
    if (!roleCan(actor.role, Permission.USER_MANAGE)) throw notFound();
    const request = await this.db.read((m) => m.findOneBy(ArcoRequestEntity, { id: requestId }));
    if (!request || request.status === ArcoStatus.UNCONFIRMED) throw notFound();
    if (request.userId) return this.export(actor, request.userId);
    return this.db.read(async (m) => {
      // Nobody's account: an id that matches no row, and the address of the request.
      const nobody = m.create(UserEntity, { id: request.id, email: request.email ?? '' });
      return { ...(await this.collect(m, nobody)), account: null };
    });
  }

  private async collect(m: EntityManager, user: UserEntity): Promise<PersonalDataExport> {
    const institutionName = async (ids: (string | null)[]) => {
      const wanted = [...new Set(ids.filter((x): x is string => !!x))];
      const rows = wanted.length ? await m.findBy(InstitutionEntity, { id: In(wanted) }) : [];
      return new Map(rows.map((i) => [i.id, i.name]));
    };
    const affiliations = await m.find(JudgeAffiliationEntity, {
      where: { userId: user.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const conflicts = await m.find(DeclaredConflictEntity, {
      where: { judgeId: user.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const created = await m.find(NominationEntity, { where: { createdById: user.id } });
    const contact = await m.find(NominationEntity, { where: { contactEmail: user.email } });
    const nominations = new Map<string, { n: NominationEntity; role: ('CREATOR' | 'CONTACT')[] }>();
    for (const n of created) nominations.set(n.id, { n, role: ['CREATOR'] });
    for (const n of contact) {
      const seen = nominations.get(n.id);
      if (seen) seen.role.push('CONTACT');
      else nominations.set(n.id, { n, role: ['CONTACT'] });
    }
    const assignments = await m.find(AssignmentEntity, {
      where: { judgeId: user.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const sheets = assignments.length
      ? await m.find(ScoreSheetEntity, { where: { assignmentId: In(assignments.map((a) => a.id)) } })
      : [];
    const sheetOf = new Map(sheets.map((s) => [s.assignmentId, s]));
    const keyOf = new Map(
      (
        await m.find(NominationEntity, {
          where: {
            id: In([
              ...new Set([
                ...assignments.map((a) => a.nominationId),
                ...conflicts.flatMap((c) => (c.nominationId ? [c.nominationId] : [])),
              ]),
            ]),
          },
          select: { id: true, key: true },
        })
      ).map((n) => [n.id, n.key]),
    );
    const names = await institutionName([
      user.institutionId,
      ...affiliations.map((a) => a.institutionId),
      ...conflicts.map((c) => c.institutionId),
    ]);
    const links = await m.find(AccountTokenEntity, {
      where: { userId: user.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const mail = await m.find(OutboxMessageEntity, {
      where: { toAddress: user.email },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const actions = await m.find(AuditEntryEntity, {
      where: { actorId: user.id },
      order: { seq: 'ASC' },
      select: { seq: true, at: true, action: true, entityType: true, entityId: true },
    });
    const concerning = await m.find(AuditEntryEntity, {
      where: { entityType: 'user', entityId: user.id },
      order: { seq: 'ASC' },
      select: { seq: true, at: true, action: true, actorId: true },
    });
    return {
      format: 'reconocimientos-personal-data/1',
      generatedAt: this.clock.now(),
      address: user.email,
      account: {
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        status: user.status,
        language: user.language,
        institution: user.institutionId
          ? { id: user.institutionId, name: names.get(user.institutionId) ?? '' }
          : null,
        rejectionReason: user.rejectionReason,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      },
      affiliations: affiliations.map((a) => ({
        institution: a.institutionId ? (names.get(a.institutionId) ?? a.institutionId) : null,
        stateCode: a.stateCode,
        since: a.createdAt,
      })),
      declaredConflicts: conflicts.map((c) => ({
        trackId: c.trackId,
        nominationKey: c.nominationId ? (keyOf.get(c.nominationId) ?? null) : null,
        institution: c.institutionId ? (names.get(c.institutionId) ?? c.institutionId) : null,
        reason: c.reason,
        at: c.createdAt,
      })),
      nominations: [...nominations.values()]
        .sort((a, b) => (a.n.key < b.n.key ? -1 : 1))
        .map(({ n, role }) => ({
          key: n.key,
          editionId: n.editionId,
          title: n.title,
          status: n.status,
          role,
          contactName: n.contactName,
          contactEmail: n.contactEmail,
          contactPhone: n.contactPhone,
          publicationConsent: n.publicationConsent,
          submittedAt: n.submittedAt,
        })),
      judging: assignments.map((a) => {
        const sheet = sheetOf.get(a.id);
        return {
          nominationKey: keyOf.get(a.nominationId) ?? '',
          assignment: a.status,
          recusalReason: a.recusalReason,
          sheet: sheet
            ? {
                status: sheet.status,
                scores: sheet.scores,
                comment: sheet.comment,
                submittedAt: sheet.submittedAt,
              }
            : null,
        };
      }),
      accountLinks: links.map((l) => ({
        purpose: l.purpose,
        createdAt: l.createdAt,
        expiresAt: l.expiresAt,
        usedAt: l.usedAt,
      })),
      mail: mail.map((x) => ({
        subject: x.subject,
        status: x.status,
        createdAt: x.createdAt,
        sentAt: x.sentAt,
      })),
      actions: actions.map(({ seq, at, action, entityType, entityId }) => ({
        seq,
        at,
        action,
        entityType,
        entityId,
      })),
      concerning: concerning.map(({ seq, at, action, actorId }) => ({ seq, at, action, actorId })),
    };
  }
}
