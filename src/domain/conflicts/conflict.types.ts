/**
 * Why a judge may not score a nomination (docs/domain.md). A string-literal union rather than an
 * enum so that API responses, audit entries and bundles can carry the values as plain strings.
 */
export type ConflictReason =
  'SAME_INSTITUTION_NOMINATING' | 'SAME_INSTITUTION_NOMINEE' | 'SAME_STATE' | 'DECLARED';

/** The order in which reasons are reported, so that the same facts always give the same list. */
export const CONFLICT_REASON_ORDER: readonly ConflictReason[] = [
  'SAME_INSTITUTION_NOMINATING',
  'SAME_INSTITUTION_NOMINEE',
  'SAME_STATE',
  'DECLARED',
];

/**
 * One of a judge's affiliations. Every affiliation counts: a judge who works for a state government and sits on
 * a civil-society board is conflicted with both. Either part may be missing (a federal body has no state; an
 * independent expert may only be tied to a state).
 */
export interface Affiliation {
  readonly institutionId?: string | null;
  /** INEGI code of the state, e.g. '09'. */
  readonly stateCode?: string | null;
}

/** Conflicts a judge declared on top of the automatic ones. */
export interface DeclaredConflicts {
  readonly nominationIds?: readonly string[];
  /** A nomination whose nominating or nominee institution is one of these is a conflict. */
  readonly institutionIds?: readonly string[];
}

/** What conflict detection needs to know about a judge. */
export interface JudgeConflictProfile {
  readonly id: string;
  readonly affiliations: readonly Affiliation[];
  readonly declaredConflicts?: DeclaredConflicts | null;
}

/** What conflict detection needs to know about a nomination. */
export interface NominationConflictFacts {
  readonly id: string;
  readonly nominatingInstitutionId: string;
  readonly nomineeInstitutionId?: string | null;
  /** The nomination's state; only compared on tracks where the state matters (see stateConflictApplies). */
  readonly stateCode?: string | null;
}
