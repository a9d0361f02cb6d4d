import {
  CONFLICT_REASON_ORDER,
  type ConflictReason,
  type JudgeConflictProfile,
  type NominationConflictFacts,
} from './conflict.types';
import { stateConflictApplies } from './same-state-tracks';

/**
 * Every reason why `judge` may not score `nomination` on the track `trackCode`, in CONFLICT_REASON_ORDER, each
 * at most once; empty when the judge is free of conflict. Used to explain a refusal; the assignment solver uses
 * ConflictIndex, which implements the same rules for many pairs at once.
 */
export function conflictReasons(
  judge: JudgeConflictProfile,
  nomination: NominationConflictFacts,
  trackCode: string,
): ConflictReason[] {
  const found = new Set<ConflictReason>();
  const nominee = nomination.nomineeInstitutionId ?? null;
  const state = nomination.stateCode ?? null;
  const sameStateCounts = stateConflictApplies(trackCode) && state !== null;

  for (const affiliation of judge.affiliations) {
    const institution = affiliation.institutionId ?? null;
    if (institution !== null && institution === nomination.nominatingInstitutionId) {
      found.add('SAME_INSTITUTION_NOMINATING');
    }
    if (institution !== null && institution === nominee) found.add('SAME_INSTITUTION_NOMINEE');
    if (sameStateCounts && (affiliation.stateCode ?? null) === state) found.add('SAME_STATE');
  }

  const declared = judge.declaredConflicts;
  if (declared) {
    const declaredInstitutions = declared.institutionIds ?? [];
    if (
      (declared.nominationIds ?? []).includes(nomination.id) ||
      declaredInstitutions.includes(nomination.nominatingInstitutionId) ||
      (nominee !== null && declaredInstitutions.includes(nominee))
    ) {
      found.add('DECLARED');
    }
  }

  return CONFLICT_REASON_ORDER.filter((reason) => found.has(reason));
}

/** True when the judge may score the nomination. */
export function isConflictFree(
  judge: JudgeConflictProfile,
  nomination: NominationConflictFacts,
  trackCode: string,
): boolean {
  return conflictReasons(judge, nomination, trackCode).length === 0;
}
