/** Capacity used for a judge without one: larger than any load the solver can reach, and still an int32. */
export const UNLIMITED = 0x3fffffff;

/**
 * The instance the solver works on: ids replaced by their rank in id order (so the result cannot depend on the
 * order of the input arrays) and the eligible pairs stored as a CSR adjacency list in typed arrays, because the
 * full-size instance has about 1.5 million of them.
 *
 * Judge j is judges' rank j; nomination n is nominations' rank n. Edge e (adjStart[n] <= e < adjStart[n + 1])
 * says judge adjJudge[e] may be added to nomination n: no conflict, not excluded, not already on it.
 */
export interface AssignmentProblem {
  readonly judgeIds: readonly string[];
  readonly nominationIds: readonly string[];
  readonly k: number;
  /** Per nomination: how many judges to add, k minus its existing active judges (never below 0). */
  readonly demand: Int32Array;
  /** Per nomination: existing active judges, panel or not. */
  readonly existingPerNomination: Int32Array;
  /** Per judge: existing active assignments. */
  readonly baseLoad: Int32Array;
  /** Per judge: how many assignments may still be added (UNLIMITED when it has no capacity). */
  readonly addable: Int32Array;
  /** Per judge: the capacity as given. */
  readonly capacity: readonly (number | null)[];
  readonly adjStart: Int32Array;
  /** Uint16 while the panel has fewer than 65,536 judges: half the memory and better cache use. */
  readonly adjJudge: Uint16Array | Int32Array;
  /** Per nomination: panel judges free of conflict with it (for the unassigned report). */
  readonly conflictFree: Int32Array;
  /** Per nomination: of those, the ones not excluded from it. */
  readonly eligible: Int32Array;
  /** The largest demand: the solver keeps this many edge slots per nomination. */
  readonly maxDemand: number;
}

export function judgeCount(problem: AssignmentProblem): number {
  return problem.judgeIds.length;
}

export function nominationCount(problem: AssignmentProblem): number {
  return problem.nominationIds.length;
}
