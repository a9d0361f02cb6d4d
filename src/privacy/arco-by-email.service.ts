import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { MoreThan } from 'typeorm';
import { ACCOUNT_LINK_TIMEZONE, hashToken } from '../users/account-links';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock/clock';
import { Language } from '../common/i18n/language';
import { visibleText } from '../common/validation/visible-text';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { formatInZone } from '../domain/editions/wall-clock';
import { addBusinessDays } from '../domain/privacy/business-days';
import { MailOutbox } from '../mail/mail-outbox';
import { MailKind } from '../mail/messages';
import { UserEntity } from '../database/schema/user.entity';
import { ARCO_KIND_NAMES } from './arco-kind-names';
import { ArcoKind, ArcoRequestEntity, ArcoStatus } from '../database/schema/arco-request.entity';
import { FileArcoRequestByEmailDto } from './dto/arco.dto';
import { PrivacyErrors } from './privacy.errors';
import { DomainException } from '../common/errors/domain-exception';

/** The public page where the link of a confirmation mail is opened. */
export const ARCO_CONFIRM_PATH = '/solicitudes-datos/confirmar';

/**
 * ARCO requests by e-mail, for people without an account (a nomination's contact person) or who cannot sign in:
 * the public form stores the request unconfirmed and mails a single-use link to the address; following it files
 * the request (its legal term starts then). Whoever controls the address is the person the request is about.
 * The caller learns nothing about whether the address is known: the answer is always the same.
 */
@Injectable()
export class ArcoByEmailService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly config: Config,
    private readonly outbox: MailOutbox,
  ) {}

  async file(dto: FileArcoRequestByEmailDto, language: Language): Promise<void> {
    const email = dto.email.trim().toLowerCase();
    await this.db.transaction(async (m) => {
      const now = this.clock.now();
      const recent = await m.countBy(ArcoRequestEntity, {
        email,
        status: ArcoStatus.UNCONFIRMED,
        filedAt: MoreThan(new Date(now.getTime() - 3600_000)),
      });
      if (recent >= this.config.mail.resetPerAddressPerHour) return;
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + this.config.mail.resetTtlMs);
      await m.insert(ArcoRequestEntity, {
        id: randomUUID(),
        userId: null,
        kind: dto.kind,
        details: visibleText(dto.details),
        status: ArcoStatus.UNCONFIRMED,
        filedAt: now,
        dueAt: expiresAt,
        answeredById: null,
        answeredAt: null,
        answer: null,
        email,
        language,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: expiresAt,
      });
      await this.outbox.enqueue(
        m,
        MailKind.ARCO_CONFIRM,
        { id: null, email, name: '', language },
        {
          kind: ARCO_KIND_NAMES[dto.kind][language],
          url: `${this.config.mail.publicBaseUrl}${ARCO_CONFIRM_PATH}?token=${token}`,
          expiresAt: formatInZone(expiresAt, ACCOUNT_LINK_TIMEZONE, language),
          days: this.config.privacy.arcoDeadlineBusinessDays,
        },
      );
    });
  }

  /** Follows a confirmation link: the request is filed now, with its legal term; 400 when the link is not usable. */
  async confirm(token: string): Promise<{ kind: ArcoKind; dueAt: Date }> {
    return this.db.transaction(async (m) => {
      const request = await m.findOneBy(ArcoRequestEntity, { confirmTokenHash: hashToken(token) });
      const now = this.clock.now();
      if (
        !request ||
        request.status !== ArcoStatus.UNCONFIRMED ||
        !request.confirmExpiresAt ||
        request.confirmExpiresAt < now
      ) {
        throw new DomainException(PrivacyErrors.LINK_NOT_USABLE);
      }
      const account = await m.findOneBy(UserEntity, { email: request.email! });
      const filed = {
        status: ArcoStatus.OPEN,
        filedAt: now,
        dueAt: addBusinessDays(now, this.config.privacy.arcoDeadlineBusinessDays),
        userId: account?.id ?? null,
        confirmTokenHash: null,
        confirmExpiresAt: null,
      };
      await m.update(ArcoRequestEntity, { id: request.id }, filed);
      await this.audit.append(m, null, 'arco.file', { type: 'arcoRequest', id: request.id }, null, {
        kind: request.kind,
        dueAt: filed.dueAt,
        byEmail: true,
      });
      return { kind: request.kind, dueAt: filed.dueAt };
    });
  }
}
