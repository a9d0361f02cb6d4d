import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { Role, UserStatus } from '../database/schema/user.entity';

/** Roles an account may have, in the order the accounts page lists them. */
export const ACCOUNT_ROLES: readonly Role[] = Object.values(Role);

/** The role the account form starts with: organisers mostly create judges. */
export const DEFAULT_NEW_ACCOUNT_ROLE = Role.JUDGE;

/** What `actor` may do on the accounts page: observers read, without contact data (see presentUser). */
export function accountActions(actor: AuthUser) {
  return {
    manage: roleCan(actor.role, Permission.USER_MANAGE),
    seeEmails: actor.role !== Role.OBSERVER,
  };
}

/** The judges who may join a panel, and every judge (names in an assignment report). */
export const ACTIVE_JUDGES = { role: Role.JUDGE, status: UserStatus.ACTIVE };
export const ALL_JUDGES = { role: Role.JUDGE };
/** Organisers have affiliations and declared conflicts too (docs/governance.md). */
export const ACTIVE_ORGANISERS = { role: Role.ORGANISER, status: UserStatus.ACTIVE };
