import { CommonErrors } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { Role } from '../database/schema/user.entity';

/**
 * Everything a signed-in user may be allowed to do. Which role holds which permission is decided here
 * and nowhere else; resource-level checks (own institution, own assignment) live in each module's
 * access policy.
 */
export enum Permission {
  SELF = 'SELF',
  USER_READ = 'USER_READ',
  USER_MANAGE = 'USER_MANAGE',
  EDITION_READ = 'EDITION_READ',
  EDITION_MANAGE = 'EDITION_MANAGE',
  INSTITUTION_READ = 'INSTITUTION_READ',
  INSTITUTION_MANAGE = 'INSTITUTION_MANAGE',
  NOMINATION_CREATE = 'NOMINATION_CREATE',
  NOMINATION_READ = 'NOMINATION_READ',
  NOMINATION_EDIT = 'NOMINATION_EDIT',
  NOMINATION_REVIEW = 'NOMINATION_REVIEW',
  PANEL_READ = 'PANEL_READ',
  PANEL_MANAGE = 'PANEL_MANAGE',
  ASSIGNMENT_READ = 'ASSIGNMENT_READ',
  ASSIGNMENT_MANAGE = 'ASSIGNMENT_MANAGE',
  JUDGING = 'JUDGING',
  SCORE_SHEET_REOPEN = 'SCORE_SHEET_REOPEN',
  PROGRESS_READ = 'PROGRESS_READ',
  RESULTS_PREVIEW = 'RESULTS_PREVIEW',
  OVERRIDE_MANAGE = 'OVERRIDE_MANAGE',
  EDITION_FINALIZE = 'EDITION_FINALIZE',
  EDITION_PUBLISH = 'EDITION_PUBLISH',
  BUNDLE_EXPORT = 'BUNDLE_EXPORT',
  BUNDLE_IMPORT = 'BUNDLE_IMPORT',
  AUDIT_READ = 'AUDIT_READ',
  /** The outbox and the local mailbox: messages carry invitation and reset links, so organisers only. */
  MAIL_MANAGE = 'MAIL_MANAGE',
  /** The XLSX/CSV exports of an edition for the jury's minutes (observers pseudonymised). */
  MINUTES_EXPORT = 'MINUTES_EXPORT',
  /** Judges' feedback to nominators, read in full (with the judge's name) and released or withheld: organisers. */
  FEEDBACK_REVIEW = 'FEEDBACK_REVIEW',
  /** Closing a track's round with its shortlist (docs/judging.md, "Rounds"): organisers. */
  ROUND_MANAGE = 'ROUND_MANAGE',
  /** A nomination's deliberation (others' sheets, the discussion): organisers, observers, judges; the policy decides. */
  DELIBERATION = 'DELIBERATION',
  /** Posting in a nomination's discussion: organisers and judges (the policy decides which judges). */
  DISCUSSION_WRITE = 'DISCUSSION_WRITE',
}

/** Permissions an observer holds: every read an organiser has, no write. */
const OBSERVER_READS: Permission[] = [
  Permission.SELF,
  Permission.USER_READ,
  Permission.EDITION_READ,
  Permission.INSTITUTION_READ,
  Permission.NOMINATION_READ,
  Permission.PANEL_READ,
  Permission.ASSIGNMENT_READ,
  Permission.PROGRESS_READ,
  Permission.RESULTS_PREVIEW,
  Permission.AUDIT_READ,
  Permission.MINUTES_EXPORT,
  Permission.DELIBERATION,
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.ORGANISER]: new Set(Object.values(Permission).filter((p) => p !== Permission.JUDGING)),
  [Role.OBSERVER]: new Set(OBSERVER_READS),
  [Role.NOMINATOR]: new Set([
    Permission.SELF,
    Permission.EDITION_READ,
    Permission.INSTITUTION_READ,
    Permission.NOMINATION_CREATE,
    Permission.NOMINATION_READ,
    Permission.NOMINATION_EDIT,
  ]),
  [Role.JUDGE]: new Set([
    Permission.SELF,
    Permission.EDITION_READ,
    Permission.JUDGING,
    Permission.DELIBERATION,
    Permission.DISCUSSION_WRITE,
  ]),
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/**
 * What a service method asks first, whoever calls it (a route, a page, the CLI): the actor's role holds the
 * permission, else 403 — routes check the same with @Authenticated, so this only bites a caller that forgot.
 * A null actor is the system itself (the CLI, scheduled work). Resource-level checks stay in each module's policy.
 */
export function requireAccess(actor: { role: Role } | null, permission: Permission): void {
  if (actor && !roleCan(actor.role, permission)) throw new DomainException(CommonErrors.FORBIDDEN);
}
