import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Permission, requireAccess, roleCan } from '../access/permissions';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { visibleText } from '../common/validation/visible-text';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { addBusinessDays } from '../domain/privacy/business-days';
import { UserAdminService } from '../users/user-admin.service';
import { UserEntity } from '../database/schema/user.entity';
import { CommonErrors } from '../common/errors/common.errors';
import { ArcoKind, ArcoRequestEntity, ArcoStatus } from '../database/schema/arco-request.entity';
import { AnswerArcoRequestDto, FileArcoRequestDto } from './dto/arco.dto';
import { ACCOUNT_LINK_TIMEZONE } from '../users/account-links';
import { formatInZone } from '../domain/editions/wall-clock';
import { MailOutbox } from '../mail/mail-outbox';
import { MailKind } from '../mail/messages';
import { ARCO_KIND_NAMES } from './arco-kind-names';
import { ErasureService } from './erasure.service';
import { PrivacyErrors } from './privacy.errors';

export interface ArcoRequestView {
  id: string;
  kind: ArcoKind;
  details: string;
  status: ArcoStatus;
  filedAt: Date;
  dueAt: Date;
  /** Past its legal term without an answer. */
  overdue: boolean;
  /** The account (null for a request by e-mail from someone without one), and the address answers go to. */
  person: { id: string | null; name: string; email: string };
  /** Filed from the public form and confirmed from the mailed link. */
  byEmail: boolean;
  /** What answering it can carry out by itself (docs/privacy.md); null when nothing. */
  carryOut: CarryOut | null;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: { id: string; name: string } | null;
}

/**
 * Requests to exercise the ARCO rights (docs/privacy.md): a signed-in person files one; organisers see the queue
 * with each legal term and answer. The audit trail records that a request was filed and answered (kind and
 * status), never its text: that is personal.
 */
@Injectable()
export class ArcoService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly config: Config,
    private readonly erasure: ErasureService,
    private readonly userAdmin: UserAdminService,
    private readonly outbox: MailOutbox,
  ) {}

  async file(actor: AuthUser, dto: FileArcoRequestDto): Promise<ArcoRequestView> {
    requireAccess(actor, Permission.SELF);
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const request = m.create(ArcoRequestEntity, {
        id: randomUUID(),
        userId: actor.id,
        kind: dto.kind,
        details: visibleText(dto.details),
        status: ArcoStatus.OPEN,
        filedAt: now,
        dueAt: addBusinessDays(now, this.config.privacy.arcoDeadlineBusinessDays),
        answeredById: null,
        answeredAt: null,
        answer: null,
        email: null,
        language: 'es',
        confirmTokenHash: null,
        confirmExpiresAt: null,
      });
      await m.insert(ArcoRequestEntity, request);
      await this.audit.append(m, actor, 'arco.file', { type: 'arcoRequest', id: request.id }, null, {
        kind: request.kind,
        dueAt: request.dueAt,
      });
      return (await this.present(m, [request]))[0];
    });
  }

  /** Organisers: every request (open first, by due date); anyone else: their own. */
  async list(actor: AuthUser, status?: ArcoStatus): Promise<ArcoRequestView[]> {
    const all = roleCan(actor.role, Permission.USER_MANAGE);
    return this.db.read(async (m) =>
      this.present(
        m,
        await m.find(ArcoRequestEntity, {
          where: {
            ...(all ? {} : { userId: actor.id }),
            // Requests by e-mail enter the queue only once their address is confirmed.
            status:
              status && status !== ArcoStatus.UNCONFIRMED
                ? status
                : In([ArcoStatus.OPEN, ArcoStatus.ANSWERED]),
          },
          order: { status: 'DESC', dueAt: 'ASC', id: 'ASC' },
        }),
      ),
    );
  }

  async answer(actor: AuthUser, id: string, dto: AnswerArcoRequestDto): Promise<ArcoRequestView> {
    const view = await this.db.transaction(async (m) => {
      const request = await m.findOneBy(ArcoRequestEntity, { id });
      if (!request) throw notFound();
      if (request.status === ArcoStatus.UNCONFIRMED) throw notFound();
      if (request.status !== ArcoStatus.OPEN) throw new DomainException(PrivacyErrors.ALREADY_ANSWERED);
      if (dto.carryOut) await this.carryOut(m, actor, request, dto);
      const erased = dto.carryOut === true && request.kind === ArcoKind.CANCELLATION;
      const now = this.clock.now();
      const answered = {
        status: ArcoStatus.ANSWERED,
        answer: visibleText(dto.answer),
        answeredAt: now,
        answeredById: actor.id,
      };
      await m.update(ArcoRequestEntity, { id }, answered);
      await this.audit.append(
        m,
        actor,
        'arco.answer',
        { type: 'arcoRequest', id },
        { status: ArcoStatus.OPEN },
        { status: ArcoStatus.ANSWERED, withinTerm: now <= request.dueAt, carriedOut: dto.carryOut === true },
      );
      const stored = await m.findOneByOrFail(ArcoRequestEntity, { id });
      // Someone without an account reads the answer in their mail; after an erasure their address is gone.
      if (stored.email && !erased) {
        await this.outbox.enqueue(
          m,
          MailKind.ARCO_ANSWERED,
          { id: null, email: stored.email, name: '', language: stored.language },
          {
            kind: ARCO_KIND_NAMES[stored.kind][stored.language],
            filedAt: formatInZone(stored.filedAt, ACCOUNT_LINK_TIMEZONE, stored.language),
            answer: answered.answer,
          },
        );
      }
      return (await this.present(m, [stored]))[0];
    });
    if (dto.carryOut && view.kind === ArcoKind.CANCELLATION) await this.db.compact();
    return view;
  }

  /** Carries the request out as `carriedOutAs` says: the erasure (ErasureService) or the rectification. */
  private async carryOut(
    m: EntityManager,
    actor: AuthUser,
    request: ArcoRequestEntity,
    dto: AnswerArcoRequestDto,
  ): Promise<void> {
    switch (carriedOutAs(request.kind)) {
      case 'ERASE':
        if (request.userId) await this.erasure.eraseIn(m, actor, request.userId);
        else await this.erasure.eraseAddress(m, actor, request.email!, request.id);
        return;
      case 'RECTIFY':
        if (!dto.rectification || (dto.rectification.name ?? dto.rectification.email) === undefined) {
          throw invalid('rectification', 'required', {
            es: 'rectification: indique el nombre o el correo corregidos',
            en: 'rectification: give the corrected name or e-mail address',
          });
        }
        if (request.userId) await this.userAdmin.rectifyIn(m, actor, request.userId, dto.rectification);
        else await this.erasure.rectifyContact(m, actor, request.email!, dto.rectification);
        return;
      case null:
        throw invalid('carryOut', 'notApplicable', {
          es: 'carryOut: solo se ejecutan rectificaciones y cancelaciones; el acceso se atiende con la descarga',
          en: 'carryOut: only rectifications and cancellations are carried out; access is met by the download',
        });
    }
  }

  private async present(m: EntityManager, rows: ArcoRequestEntity[]): Promise<ArcoRequestView[]> {
    const ids = [
      ...new Set(
        rows.flatMap((r) => [...(r.userId ? [r.userId] : []), ...(r.answeredById ? [r.answeredById] : [])]),
      ),
    ];
    const users = new Map(
      (ids.length ? await m.findBy(UserEntity, { id: In(ids) }) : []).map((u) => [u.id, u]),
    );
    const now = this.clock.now();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      details: r.details,
      status: r.status,
      filedAt: r.filedAt,
      dueAt: r.dueAt,
      overdue: r.status === ArcoStatus.OPEN && now > r.dueAt,
      person: {
        id: r.userId,
        name: (r.userId && users.get(r.userId)?.name) || '',
        email: r.email ?? (r.userId && users.get(r.userId)?.email) ?? '',
      },
      byEmail: r.email !== null,
      carryOut: carriedOutAs(r.kind),
      answer: r.answer,
      answeredAt: r.answeredAt,
      answeredBy: r.answeredById ? { id: r.answeredById, name: users.get(r.answeredById)?.name ?? '' } : null,
    }));
  }
}

export type CarryOut = 'ERASE' | 'RECTIFY';

/**
 * What the system does itself when an answer carries a request out: a cancellation erases the person, a
 * rectification applies the corrected data. Access is met by the download and opposition by the person's own
 * consent, so neither has anything to carry out. The queue offers the box from this, the answer acts on it.
 */
export function carriedOutAs(kind: ArcoKind): CarryOut | null {
  switch (kind) {
    case ArcoKind.CANCELLATION:
      return 'ERASE';
    case ArcoKind.RECTIFICATION:
      return 'RECTIFY';
    case ArcoKind.ACCESS:
    case ArcoKind.OPPOSITION:
      return null;
  }
}

function invalid(field: string, code: string, message: { es: string; en: string }): DomainException {
  return new DomainException(CommonErrors.VALIDATION_FAILED, {}, [{ field, code, message }]);
}
