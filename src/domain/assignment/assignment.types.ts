import type { ConflictReason, JudgeConflictProfile, NominationConflictFacts } from '../conflicts';

/** A nomination to staff with judges; its institutions and state decide the conflicts. */
export type AssignmentNomination = NominationConflictFacts;

/** A member of the track's panel. */
export interface PanelJudge extends JudgeConflictProfile {
  /** Maximum total load (existing active assignments included); absent or null: unlimited. */
  readonly capacity?: number | null;
}

/** One judge × nomination pair. */
export interface JudgeNominationPair {
  readonly judgeId: string;
  readonly nominationId: string;
}

export interface AssignmentInput {
  readonly trackCode: string;
  /** k: the number of active judges every nomination must end up with. */
  readonly judgesPerNomination: number;
  readonly nominations: readonly AssignmentNomination[];
  readonly judges: readonly PanelJudge[];
  /**
   * Active assignments already made. They are kept as they are and count toward each nomination's k and each
   * panel judge's load (also when their nomination is not in `nominations`: the judge still has that work).
   */
  readonly existingAssignments?: readonly JudgeNominationPair[];
  /** Pairs that must never be (re)assigned, e.g. a judge who recused from that nomination. */
  readonly excludedPairs?: readonly JudgeNominationPair[];
}

/** A judge's load once the plan is applied. */
export interface JudgeLoad {
  readonly judgeId: string;
  /** Active assignments the judge already had. */
  readonly existing: number;
  /** Assignments the plan adds. */
  readonly added: number;
  readonly total: number;
  readonly capacity: number | null;
}

/**
 * Why a nomination ends with fewer than k judges.
 * - NOT_ENOUGH_ELIGIBLE_JUDGES: even with unlimited capacities it could not get k judges: fewer than k panel
 *   judges are free of conflict and not excluded from it.
 * - CAPACITY_EXHAUSTED: enough judges may score it, but every one of them not already on it is at capacity in
 *   every assignment that fills the most slots (the solver maximises the filled slots over all nominations).
 */
export type UnassignedReason = 'NOT_ENOUGH_ELIGIBLE_JUDGES' | 'CAPACITY_EXHAUSTED';

export interface UnassignedNomination {
  readonly nominationId: string;
  /** k. */
  readonly required: number;
  /** Active judges after the plan (existing + added). */
  readonly assigned: number;
  readonly missing: number;
  readonly reason: UnassignedReason;
  /** Panel judges with no conflict of interest with this nomination. */
  readonly conflictFreeJudges: number;
  /** Of those, the ones not excluded from it (a recusal excludes a judge). */
  readonly eligibleJudges: number;
}

/** An existing assignment that the conflict rules would now refuse; kept, but shown to the organiser. */
export interface ConflictingExistingAssignment extends JudgeNominationPair {
  readonly reasons: ConflictReason[];
}

export interface AssignmentSummary {
  readonly nominations: number;
  readonly judges: number;
  /** nominations × k. */
  readonly requiredSlots: number;
  /** Slots filled after the plan, existing assignments included (at most k per nomination). */
  readonly filledSlots: number;
  readonly addedAssignments: number;
  /** Smallest and largest total load over the panel (0 for an empty panel). */
  readonly minLoad: number;
  readonly maxLoad: number;
}

export interface AssignmentPlan {
  /** Pairs to add, sorted by nomination id then judge id. */
  readonly newAssignments: JudgeNominationPair[];
  /** Every panel judge, sorted by id. */
  readonly loads: JudgeLoad[];
  /** Every nomination left with fewer than k judges, sorted by id. Empty when all are fully staffed. */
  readonly unassigned: UnassignedNomination[];
  readonly conflictingExisting: ConflictingExistingAssignment[];
  readonly summary: AssignmentSummary;
}
