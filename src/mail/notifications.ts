import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type AuditEvent, AuditService } from '../audit/audit.service';
import { Config } from '../config/config';
import { formatInZone } from '../domain/editions/wall-clock';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { AssignmentEntity } from '../database/schema/assignment.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { findAllBy, findEachById } from '../database/find-by-id';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';
import { MailOutbox, recipientOf } from './mail-outbox';
import { MailKind } from './messages';
import { activeUsers } from './recipients';
import { ResultsNotices } from './results-notices';

type Handler = (m: EntityManager, event: AuditEvent) => Promise<void>;

const record = (value: unknown) => (value ?? {}) as Record<string, unknown>;
const text = (value: unknown, fallback = '') =>
  typeof value === 'string' && value.trim() ? value : fallback;

/**
 * Turns audited changes into messages, in the change's own transaction (AuditService.onAppend): a message is
 * stored exactly when its change commits. The audit action is the event; this table says who hears of it.
 */
@Injectable()
export class Notifications implements OnModuleInit {
  private readonly handlers: Record<string, Handler> = {
    'user.register': (m, e) => this.registration(m, e.entity.id, MailKind.REGISTRATION_RECEIVED),
    'user.approve': (m, e) => this.registration(m, e.entity.id, MailKind.REGISTRATION_APPROVED),
    'user.reject': (m, e) => this.registration(m, e.entity.id, MailKind.REGISTRATION_REJECTED, e.after),
    'nomination.submit': (m, e) => this.receipt(m, e.entity.id),
    'nomination.eligibility': (m, e) => this.eligibility(m, e.entity.id),
    'assignment.autoAssign': (m, e) =>
      this.assignments(m, record(e.after).created as { judgeId: string; id: string }[]),
    'assignment.create': (m, e) => this.assignments(m, [record(e.after) as { judgeId: string; id: string }]),
    'scoreSheet.reopen': (m, e) => this.reopened(m, record(e.after)),
    'edition.publish': async (m, e) => {
      const edition = await m.findOneBy(EditionEntity, { id: e.entity.id });
      if (edition) await this.results.enqueue(m, edition);
    },
  };

  constructor(
    private readonly audit: AuditService,
    private readonly outbox: MailOutbox,
    private readonly results: ResultsNotices,
    private readonly config: Config,
  ) {}

  onModuleInit(): void {
    this.audit.onAppend((m, event) => this.handlers[event.action]?.(m, event) ?? Promise.resolve());
  }

  private url(path: string): string {
    return `${this.config.mail.publicBaseUrl}${path}`;
  }

  private async registration(
    m: EntityManager,
    userId: string,
    kind: MailKind.REGISTRATION_RECEIVED | MailKind.REGISTRATION_APPROVED | MailKind.REGISTRATION_REJECTED,
    after?: unknown,
  ): Promise<void> {
    const user = await m.findOneBy(UserEntity, { id: userId });
    if (!user) return;
    const institution = user.institutionId
      ? ((await m.findOneBy(InstitutionEntity, { id: user.institutionId }))?.name ?? '')
      : '';
    const base = { name: user.name, institution };
    const to = recipientOf(user);
    switch (kind) {
      case MailKind.REGISTRATION_RECEIVED:
        return void (await this.outbox.enqueue(m, kind, to, base));
      case MailKind.REGISTRATION_APPROVED:
        return void (await this.outbox.enqueue(m, kind, to, { ...base, url: this.url('/entrar') }));
      case MailKind.REGISTRATION_REJECTED: {
        const reason = text(record(after).reason, text(record(after).rejectionReason, '—'));
        return void (await this.outbox.enqueue(m, kind, to, { ...base, reason }));
      }
    }
  }

  /** On the submission path (a peak of the year): plain statements rather than the query builder. */
  private async nominationContext(m: EntityManager, nominationId: string) {
    const [nomination, edition] = await findEachById(
      m,
      [NominationEntity, nominationId],
      [EditionEntity, { of: 0, column: 'editionId' }],
    );
    if (!nomination || !edition) return null;
    const recipients = (await findAllBy(m, UserEntity, 'institutionId', nomination.nominatingInstitutionId))
      .filter((u) => u.role === Role.NOMINATOR && u.status === UserStatus.ACTIVE)
      .sort((a, b) => a.email.localeCompare(b.email));
    return { nomination, edition, recipients };
  }

  private async receipt(m: EntityManager, nominationId: string): Promise<void> {
    const context = await this.nominationContext(m, nominationId);
    if (!context?.nomination.submittedAt || !context.nomination.receiptHash) return;
    const { nomination, edition } = context;
    for (const user of context.recipients) {
      await this.outbox.enqueue(m, MailKind.SUBMISSION_RECEIPT, recipientOf(user), {
        name: user.name,
        key: nomination.key,
        title: nomination.title,
        submittedAt: formatInZone(nomination.submittedAt!, edition.timezone, recipientOf(user).language),
        sha256: nomination.receiptHash!,
        url: this.url(`/postulaciones/${nomination.id}/acuse`),
      });
    }
  }

  private async eligibility(m: EntityManager, nominationId: string): Promise<void> {
    const context = await this.nominationContext(m, nominationId);
    if (!context) return;
    const { nomination } = context;
    for (const user of context.recipients) {
      await this.outbox.enqueue(m, MailKind.ELIGIBILITY_DECIDED, recipientOf(user), {
        name: user.name,
        key: nomination.key,
        title: nomination.title,
        eligible: nomination.status === 'ELIGIBLE',
        reason: nomination.eligibilityReason,
        url: this.url(`/postulaciones/${nomination.id}`),
      });
    }
  }

  /** One message per judge, however many nominations the change gave them. */
  private async assignments(
    m: EntityManager,
    created: readonly { judgeId: string; id: string }[],
  ): Promise<void> {
    if (!created?.length) return;
    const first = await m.findOneBy(AssignmentEntity, { id: created[0].id });
    const track = first && (await m.findOneBy(TrackEntity, { id: first.trackId }));
    const edition = track && (await m.findOneBy(EditionEntity, { id: track.editionId }));
    if (!edition) return;
    const counts = new Map<string, number>();
    for (const a of created) counts.set(a.judgeId, (counts.get(a.judgeId) ?? 0) + 1);
    for (const judge of await activeUsers(m, [...counts.keys()])) {
      const to = recipientOf(judge);
      await this.outbox.enqueue(m, MailKind.ASSIGNMENTS_NEW, to, {
        name: judge.name,
        count: counts.get(judge.id)!,
        edition: edition.name,
        closeAt: formatInZone(edition.judgingCloseAt, edition.timezone, to.language),
        url: this.url('/jurado'),
      });
    }
  }

  private async reopened(m: EntityManager, sheet: Record<string, unknown>): Promise<void> {
    const assignment = await m.findOneBy(AssignmentEntity, { id: String(sheet.assignmentId) });
    const nomination = assignment && (await m.findOneBy(NominationEntity, { id: assignment.nominationId }));
    const edition = nomination && (await m.findOneBy(EditionEntity, { id: nomination.editionId }));
    const [judge] = assignment ? await activeUsers(m, [assignment.judgeId]) : [];
    if (!assignment || !nomination || !edition || !judge) return;
    const to = recipientOf(judge);
    await this.outbox.enqueue(m, MailKind.SHEET_REOPENED, to, {
      name: judge.name,
      key: nomination.key,
      reason: text(sheet.reopenReason),
      closeAt: formatInZone(edition.judgingCloseAt, edition.timezone, to.language),
      url: this.url(`/jurado/asignaciones/${assignment.id}`),
    });
  }
}
