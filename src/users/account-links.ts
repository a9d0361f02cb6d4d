import { Injectable, Module } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Config } from '../config/config';
import { formatInZone } from '../domain/editions/wall-clock';
import { MailOutbox, recipientOf } from '../mail/mail-outbox';
import { MailKind } from '../mail/messages';
import { Permission, roleCan } from '../access/permissions';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';
import { AccountTokenEntity, AccountTokenPurpose } from '../database/schema/account-token.entity';

/** The zone in which a link's expiry is written (no edition is involved in an account link). */
export const ACCOUNT_LINK_TIMEZONE = 'America/Mexico_City';

/** The page where a link from an invitation or reset mail is opened. */
export const SET_PASSWORD_PATH = '/contrasena/nueva';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Single-use, expiring links by mail: an invitation to set the first password, or a password reset. Issuing
 * one revokes the user's earlier links of the same purpose; only the token's hash is stored.
 */
@Injectable()
export class AccountLinks {
  constructor(
    private readonly clock: Clock,
    private readonly outbox: MailOutbox,
    private readonly config: Config,
  ) {}

  /** Issues a link and queues its mail, inside the caller's transaction. */
  async issue(
    m: EntityManager,
    user: UserEntity,
    purpose: AccountTokenPurpose,
    createdById: string | null,
  ): Promise<void> {
    const now = this.clock.now();
    await this.revoke(m, user.id, purpose);
    const token = randomBytes(32).toString('base64url');
    const ttl =
      purpose === AccountTokenPurpose.INVITATION
        ? this.config.mail.invitationTtlMs
        : this.config.mail.resetTtlMs;
    const expiresAt = new Date(now.getTime() + ttl);
    await m.insert(AccountTokenEntity, {
      id: randomUUID(),
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      expiresAt,
      usedAt: null,
      revokedAt: null,
      createdById,
      createdAt: now,
    });
    const to = recipientOf(user);
    const url = `${this.config.mail.publicBaseUrl}${SET_PASSWORD_PATH}?token=${token}`;
    const expires = formatInZone(expiresAt, ACCOUNT_LINK_TIMEZONE, to.language);
    if (purpose === AccountTokenPurpose.INVITATION) {
      await this.outbox.enqueue(m, MailKind.INVITATION, to, {
        name: user.name,
        role: user.role,
        url,
        expiresAt: expires,
      });
    } else {
      await this.outbox.enqueue(m, MailKind.PASSWORD_RESET, to, { name: user.name, url, expiresAt: expires });
    }
  }

  /** Revokes the user's outstanding links (of one purpose, or all); the number revoked. */
  async revoke(m: EntityManager, userId: string, purpose?: AccountTokenPurpose): Promise<number> {
    const result = await m.update(
      AccountTokenEntity,
      { userId, usedAt: IsNull(), revokedAt: IsNull(), ...(purpose ? { purpose } : {}) },
      { revokedAt: this.clock.now() },
    );
    return result.affected ?? 0;
  }

  /** The usable link a token names (not used, not revoked, not expired), or null. */
  async find(m: EntityManager, token: string): Promise<AccountTokenEntity | null> {
    if (!token || token.length > 200) return null;
    const link = await m.findOneBy(AccountTokenEntity, { tokenHash: hashToken(token) });
    if (!link || link.usedAt || link.revokedAt || link.expiresAt.getTime() <= this.clock.now().getTime()) {
      return null;
    }
    return link;
  }
}

@Module({ providers: [AccountLinks], exports: [AccountLinks] })
export class AccountLinksModule {}

/** What a viewer may do about an account's invitation; the accounts page shows exactly these controls. */
export function invitationCan(
  viewer: { role: Role },
  account: { passwordSet: boolean; status: string },
): { pending: boolean; resend: boolean; revoke: boolean } {
  const manage = roleCan(viewer.role, Permission.USER_MANAGE);
  const status = account.status as UserStatus;
  const pending = !account.passwordSet && status !== UserStatus.REJECTED;
  return {
    pending,
    resend: manage && pending && status !== UserStatus.PENDING,
    revoke: manage && pending && status === UserStatus.ACTIVE,
  };
}
