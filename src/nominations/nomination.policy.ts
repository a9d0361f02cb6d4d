import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { EditionPhase } from '../domain/editions/phase';
import { effectiveDeadline, submissionWindow } from '../domain/intake/deadline';
import { nominationAllows, NominationStatus } from '../domain/intake/nomination-status';
import { Role } from '../database/schema/user.entity';
import { NominationChannel } from '../database/schema/nomination.entity';

const DECIDABLE: readonly NominationStatus[] = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE'];

interface EditionFacts {
  phase?: EditionPhase;
  finalizedAt: Date | string | null;
  nominationsOpenAt: Date;
  nominationsCloseAt: Date;
}

interface NominationFacts {
  status: NominationStatus;
  extendedUntil: Date | null;
}

/** An eligibility decision can be recorded (or changed) by an organiser, on a submitted nomination, before the seal. */
export function mayDecideEligibility(
  actor: AuthUser,
  nomination: { status: NominationStatus },
  edition: { finalizedAt: Date | string | null },
): boolean {
  return (
    roleCan(actor.role, Permission.NOMINATION_REVIEW) &&
    DECIDABLE.includes(nomination.status) &&
    !edition.finalizedAt
  );
}

/** Organisers record paper and mail nominations on an institution's behalf (they choose it, and the channel). */
export function recordsOnBehalf(actor: AuthUser): boolean {
  return roleCan(actor.role, Permission.NOMINATION_REVIEW);
}

/** New nominations in this edition: organisers until the seal, nominators while the call is open. */
export function mayNominateIn(actor: AuthUser, edition: EditionFacts): boolean {
  if (!roleCan(actor.role, Permission.NOMINATION_CREATE) || edition.finalizedAt) return false;
  return recordsOnBehalf(actor) || edition.phase === 'NOMINATIONS';
}

/** Why a draft cannot be changed now, for the page to say so (null when it can, or is not a draft). */
export type NominationLock = 'FINALIZED' | 'DEADLINE_PASSED' | 'NOT_OPEN_YET' | null;

/**
 * What `actor` may do with a nomination (or, with `nomination` null, the new-nomination form) at `now`, by the
 * same rules the service enforces: drafts change and take files only inside the (possibly extended) window,
 * files may come before it opens; nothing changes after the seal.
 */
export function nominationActions(
  actor: AuthUser,
  nomination: NominationFacts | null,
  edition: EditionFacts,
  now: Date,
) {
  const writer = roleCan(actor.role, Permission.NOMINATION_EDIT);
  const finalized = !!edition.finalizedAt;
  const deadline = effectiveDeadline(edition.nominationsCloseAt, nomination?.extendedUntil ?? null);
  const window = submissionWindow(now, edition.nominationsOpenAt, deadline);
  const draft = nomination === null || nominationAllows(nomination.status, 'EDIT');
  const open = nomination === null ? mayNominateIn(actor, edition) || window === 'OPEN' : window === 'OPEN';
  const edit = writer && draft && !finalized && open;
  const lock: NominationLock =
    !writer || !draft
      ? null
      : finalized
        ? 'FINALIZED'
        : edit
          ? null
          : window === 'CLOSED'
            ? 'DEADLINE_PASSED'
            : 'NOT_OPEN_YET';
  return {
    edit,
    upload: writer && draft && nomination !== null && !finalized && window !== 'CLOSED',
    submit: edit && nomination !== null && nomination.status === 'DRAFT',
    withdraw: writer && nomination !== null && nominationAllows(nomination.status, 'WITHDRAW') && !finalized,
    review: nomination !== null && mayDecideEligibility(actor, nomination, edition),
    recordOnBehalf: recordsOnBehalf(actor),
    lock,
    deadline,
  };
}

/** The new-nomination form's first values: a nominator's own institution and contact data. */
export function newNominationDefaults(actor: AuthUser): Record<string, unknown> {
  const nominator = actor.role === Role.NOMINATOR;
  return {
    nomineeInstitutionId: actor.institutionId ?? '',
    nominatingInstitutionId: actor.institutionId ?? '',
    contactName: nominator ? actor.name : '',
    contactEmail: nominator ? actor.email : '',
    channel: NominationChannel.PAPER,
  };
}
