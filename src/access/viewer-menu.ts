import { Role, UserStatus } from '../database/schema/user.entity';
import { AuthUser } from './auth-user';
import { Permission, roleCan } from './permissions';

/** The areas a visitor may reach, for the menu of every page (pages show links, never decide access). */
export interface ViewerMenu {
  /** The organiser console (organisers, observers). */
  console: boolean;
  accounts: boolean;
  /** The outbox / local mailbox (organisers: messages carry live links). */
  mail: boolean;
  nominations: boolean;
  /** The nominations are the visitor's institution's own ("Mis postulaciones"). */
  ownNominations: boolean;
  judging: boolean;
  /** Console areas beside the editions: institutions, the audit trail, importing a bundle. */
  institutions: boolean;
  audit: boolean;
  importBundles: boolean;
  /** The minutes' exports of each edition. */
  exports: boolean;
}

export function viewerMenu(user: AuthUser | null): ViewerMenu {
  const active = !!user && user.status === UserStatus.ACTIVE;
  const may = (permission: Permission) => active && roleCan(user.role, permission);
  return {
    console: may(Permission.PROGRESS_READ),
    accounts: may(Permission.USER_READ),
    mail: may(Permission.MAIL_MANAGE),
    nominations: may(Permission.NOMINATION_READ),
    ownNominations: active && user.role === Role.NOMINATOR,
    judging: may(Permission.JUDGING),
    institutions: may(Permission.PROGRESS_READ) && may(Permission.INSTITUTION_READ),
    audit: may(Permission.AUDIT_READ),
    importBundles: may(Permission.BUNDLE_IMPORT),
    exports: may(Permission.MINUTES_EXPORT),
  };
}

/** Where each role starts after signing in. */
export function startPageOf(role: Role): string {
  switch (role) {
    case Role.ORGANISER:
    case Role.OBSERVER:
      return '/organizacion';
    case Role.NOMINATOR:
      return '/postulaciones';
    case Role.JUDGE:
      return '/jurado';
  }
}
