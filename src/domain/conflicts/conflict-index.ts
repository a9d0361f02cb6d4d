import type { JudgeConflictProfile, NominationConflictFacts } from './conflict.types';
import { stateConflictApplies } from './same-state-tracks';

/**
 * The conflict rules of conflictReasons, indexed for many nominations at once: the assignment solver checks
 * millions of judge × nomination pairs, and asking conflictReasons for each one would allocate a list per pair.
 * Instead every institution, state and declared nomination points at the judges it conflicts, so one
 * nomination's conflicted judges cost a few map look-ups. A property test keeps both implementations in step.
 */
export class ConflictIndex {
  private readonly byInstitution = new Map<string, number[]>();
  private readonly byState = new Map<string, number[]>();
  private readonly byDeclaredNomination = new Map<string, number[]>();
  private readonly sameStateCounts: boolean;

  /** Judges are referred to by their position in `judges`. */
  constructor(judges: readonly JudgeConflictProfile[], trackCode: string) {
    this.sameStateCounts = stateConflictApplies(trackCode);
    judges.forEach((judge, index) => {
      for (const affiliation of judge.affiliations) {
        if (affiliation.institutionId != null) push(this.byInstitution, affiliation.institutionId, index);
        if (affiliation.stateCode != null) push(this.byState, affiliation.stateCode, index);
      }
      // A declared institution conflicts exactly like an affiliation with it; only the reason differs.
      for (const institution of judge.declaredConflicts?.institutionIds ?? []) {
        push(this.byInstitution, institution, index);
      }
      for (const nomination of judge.declaredConflicts?.nominationIds ?? []) {
        push(this.byDeclaredNomination, nomination, index);
      }
    });
  }

  /** Calls `visit` with the index of every judge in conflict with `nomination`; a judge may be visited twice. */
  forEachConflictedJudge(nomination: NominationConflictFacts, visit: (judgeIndex: number) => void): void {
    visitAll(this.byInstitution.get(nomination.nominatingInstitutionId), visit);
    if (nomination.nomineeInstitutionId != null) {
      visitAll(this.byInstitution.get(nomination.nomineeInstitutionId), visit);
    }
    if (this.sameStateCounts && nomination.stateCode != null) {
      visitAll(this.byState.get(nomination.stateCode), visit);
    }
    visitAll(this.byDeclaredNomination.get(nomination.id), visit);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function visitAll(list: readonly number[] | undefined, visit: (judgeIndex: number) => void): void {
  if (!list) return;
  for (const judgeIndex of list) visit(judgeIndex);
}
