import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';

/**
 * What `actor` may do on a track's results page: overrides only by organisers, only before the seal or while a
 * correction is open.
 */
export function resultsActions(
  actor: AuthUser,
  edition: { finalizedAt: Date | string | null; correctionOpenedAt?: Date | string | null },
) {
  return {
    manageOverrides:
      roleCan(actor.role, Permission.OVERRIDE_MANAGE) &&
      (!edition.finalizedAt || !!edition.correctionOpenedAt),
    // The judges' feedback to the institutions, with the judges' names: organisers only.
    reviewFeedback: roleCan(actor.role, Permission.FEEDBACK_REVIEW),
  };
}

/** What `actor` may do on a track's rounds page: close the round being judged, by organisers, before the seal. */
export function roundsActions(actor: AuthUser, edition: { finalizedAt: Date | string | null }) {
  return { closeRound: roleCan(actor.role, Permission.ROUND_MANAGE) && !edition.finalizedAt };
}
