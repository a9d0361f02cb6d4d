import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { nominationAllows, NominationStatus } from '../domain/intake/nomination-status';

/** What an organiser may do with one nomination from the console: the pages show exactly these actions. */
export interface NominationConsoleCan {
  /** Grant or change its own deadline (drafts of an edition not finalised). */
  extend: boolean;
  /** Decide its eligibility. */
  review: boolean;
}

export function nominationConsoleCan(
  actor: Pick<AuthUser, 'role'>,
  nomination: { status: NominationStatus },
  edition: { finalizedAt: Date | null },
): NominationConsoleCan {
  const open = edition.finalizedAt === null;
  return {
    extend:
      open &&
      roleCan(actor.role, Permission.NOMINATION_REVIEW) &&
      nominationAllows(nomination.status, 'EDIT'),
    review:
      open &&
      roleCan(actor.role, Permission.NOMINATION_REVIEW) &&
      nominationAllows(nomination.status, 'DECIDE_ELIGIBILITY'),
  };
}

/** Whether the viewer may record a paper or mail nomination on an institution's behalf. */
export function mayRecordOnBehalf(actor: Pick<AuthUser, 'role'>): boolean {
  return (
    roleCan(actor.role, Permission.NOMINATION_REVIEW) && roleCan(actor.role, Permission.NOMINATION_CREATE)
  );
}
