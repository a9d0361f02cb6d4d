import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';

/**
 * What `actor` may do on a track's panel and assignments pages: organisers change them until the seal,
 * observers only read (and see judges as J1, J2…, without their accounts).
 */
export function trackJudgingActions(actor: AuthUser, edition: { finalizedAt: Date | string | null }) {
  const open = !edition.finalizedAt;
  return {
    managePanel: roleCan(actor.role, Permission.PANEL_MANAGE) && open,
    manageAssignments: roleCan(actor.role, Permission.ASSIGNMENT_MANAGE) && open,
    reopen: roleCan(actor.role, Permission.SCORE_SHEET_REOPEN) && open,
    /** Judges' accounts (names, affiliations) may be listed. */
    seeJudgeAccounts: roleCan(actor.role, Permission.PANEL_MANAGE),
  };
}
