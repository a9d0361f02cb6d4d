import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { UserStatus } from '../database/schema/user.entity';

/** What a viewer may do with one account: the pages show exactly these actions. */
export interface UserCan {
  approve: boolean;
  reject: boolean;
  disable: boolean;
  enable: boolean;
  /** Download everything held about the person (an access request). */
  exportData: boolean;
  /** Correct their name or address (a rectification). */
  rectify: boolean;
  /** Erase their personal data (a cancellation); never one's own account. */
  erase: boolean;
}

/**
 * The account actions the service would accept from `viewer` on `user` (by its status): approve or reject a
 * pending nominator, disable an active or pending account other than one's own, re-enable a disabled one.
 * The last-organiser rule is checked when acting (it needs the database).
 */
export function userActions(
  actor: Pick<AuthUser, 'id' | 'role'>,
  user: { id: string; status: string },
): UserCan {
  const manage = roleCan(actor.role, Permission.USER_MANAGE);
  const status = user.status as UserStatus;
  const pending = status === UserStatus.PENDING;
  return {
    approve: manage && pending,
    reject: manage && pending,
    disable: manage && user.id !== actor.id && (status === UserStatus.ACTIVE || pending),
    enable: manage && status === UserStatus.DISABLED,
    // The right of access: organisers answer a person's request with everything held about them.
    exportData: manage,
    rectify: manage,
    erase: manage && user.id !== actor.id,
  };
}

/** What a viewer may do on the accounts page as a whole. */
export function accountsCan(actor: Pick<AuthUser, 'role'>): { create: boolean; seeEmails: boolean } {
  return {
    create: roleCan(actor.role, Permission.USER_MANAGE),
    seeEmails: roleCan(actor.role, Permission.USER_MANAGE),
  };
}
