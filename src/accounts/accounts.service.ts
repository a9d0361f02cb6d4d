import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { InitialPasswordFile } from '../users/initial-password-file';
import { PasswordHasher } from '../users/password-hasher';
import { UserEntity, UserStatus } from '../database/schema/user.entity';
import { UsersService } from '../users/users.service';
import { toAuthUser } from '../access/auth-user';
import { AccountLinks } from '../users/account-links';
import { AccountTokenEntity, AccountTokenPurpose } from '../database/schema/account-token.entity';
import { AccountErrors } from './accounts.errors';

export interface LinkDescription {
  readonly purpose: AccountTokenPurpose;
  readonly name: string;
  readonly email: string;
}

/** Password resets, accepting invitations, and the organisers' re-sending and revoking of invitations. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly links: AccountLinks,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly config: Config,
    private readonly initialPassword: InitialPasswordFile,
  ) {}

  /**
   * Mails a reset link when the address belongs to an account that may sign in, at most a few per hour; the
   * caller answers the same whatever happened here (no account enumeration).
   */
  async requestReset(email: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const user = await m.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
      if (!user || user.status === UserStatus.DISABLED) return;
      const hourAgo = new Date(this.clock.now().getTime() - 3600_000);
      const recent = await m.countBy(AccountTokenEntity, {
        userId: user.id,
        purpose: AccountTokenPurpose.PASSWORD_RESET,
        createdAt: MoreThan(hourAgo),
      });
      if (recent >= this.config.mail.resetPerAddressPerHour) return;
      await this.links.issue(m, user, AccountTokenPurpose.PASSWORD_RESET, null);
      await this.audit.append(
        m,
        null,
        'user.passwordResetRequest',
        { type: 'user', id: user.id },
        null,
        null,
      );
    });
  }

  /** Who a usable link is for (the set-password page greets them), or null. */
  describe(token: string): Promise<LinkDescription | null> {
    return this.db.read(async (m) => {
      const link = await this.links.find(m, token);
      const user = link && (await m.findOneBy(UserEntity, { id: link.userId }));
      if (!link || !user || user.status === UserStatus.DISABLED) return null;
      return { purpose: link.purpose, name: user.name, email: user.email };
    });
  }

  /**
   * Sets the password through a link of `purpose`: the link is spent, every other outstanding link and every
   * signed-in session of the account are revoked, and the change is audited.
   */
  async redeem(purpose: AccountTokenPurpose, token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const email = await this.db.transaction(async (m) => {
      const link = await this.links.find(m, token);
      const user = link && (await m.findOneBy(UserEntity, { id: link.userId }));
      if (!link || link.purpose !== purpose || !user || user.status === UserStatus.DISABLED) {
        throw new DomainException(AccountErrors.LINK_INVALID);
      }
      const now = this.clock.now();
      // Spent only if still unspent: two uses racing each other, one wins.
      const spent = await m.update(AccountTokenEntity, { id: link.id, usedAt: IsNull() }, { usedAt: now });
      if (spent.affected === 0) throw new DomainException(AccountErrors.LINK_INVALID);
      await m.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: now });
      await this.links.revoke(m, user.id);
      await this.users.revokeTokens(m, user.id);
      const action =
        purpose === AccountTokenPurpose.INVITATION ? 'user.acceptInvitation' : 'user.resetPassword';
      await this.audit.append(m, toAuthUser(user), action, { type: 'user', id: user.id }, null, null);
      return user.email;
    });
    this.initialPassword.forget(email);
  }

  /** Sends a new invitation (the earlier link stops working); re-opens an invitation that was revoked. */
  async resendInvitation(actor: AuthUser, userId: string): Promise<void> {
    requireAccess(actor, Permission.USER_MANAGE);
    await this.db.transaction(async (m) => {
      const invited = await m.findOneBy(UserEntity, { id: userId });
      if (!invited) throw notFound();
      if (invited.passwordHash !== null) throw new DomainException(AccountErrors.INVITATION_NOT_PENDING);
      if (invited.status === UserStatus.DISABLED) {
        await m.update(
          UserEntity,
          { id: userId },
          { status: UserStatus.ACTIVE, updatedAt: this.clock.now() },
        );
        invited.status = UserStatus.ACTIVE;
      }
      await this.links.issue(m, invited, AccountTokenPurpose.INVITATION, actor.id);
      await this.audit.append(m, actor, 'user.invitationResend', { type: 'user', id: userId }, null, null);
    });
  }

  /** Revokes a pending invitation: its link stops working and the account is disabled until re-invited. */
  async revokeInvitation(actor: AuthUser, userId: string): Promise<void> {
    requireAccess(actor, Permission.USER_MANAGE);
    await this.db.transaction(async (m) => {
      const user = await m.findOneBy(UserEntity, { id: userId });
      if (!user) throw notFound();
      if (user.passwordHash !== null) throw new DomainException(AccountErrors.INVITATION_NOT_PENDING);
      await this.links.revoke(m, userId, AccountTokenPurpose.INVITATION);
      await m.update(
        UserEntity,
        { id: userId },
        { status: UserStatus.DISABLED, updatedAt: this.clock.now() },
      );
      await this.users.revokeTokens(m, userId);
      await this.audit.append(
        m,
        actor,
        'user.invitationRevoke',
        { type: 'user', id: userId },
        { status: user.status },
        { status: UserStatus.DISABLED },
      );
    });
  }
}
