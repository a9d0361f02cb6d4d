import type { AssignmentProblem } from './assignment-problem';
import type { AssignmentInput, AssignmentPlan } from './assignment.types';
import { AugmentingPaths } from './augmenting-paths';
import { balanceLoads } from './balance-loads';
import { buildPlan } from './build-plan';
import { buildProblem } from './build-problem';
import { FlowState } from './flow-state';
import { greedyStart } from './greedy-start';
import { maximiseFill } from './maximise-fill';

/**
 * Chooses the judges to add so that (in this order of priority)
 * 1. no pair is conflicted, excluded, or already assigned, and no judge exceeds its capacity;
 * 2. the number of filled (nomination, slot) pairs is maximum, so every nomination gets k judges whenever some
 *    assignment can do it, and the ones that cannot are reported with the reason;
 * 3. the judges' total loads are decreasingly minimal (lexicographically balanced): max - min is as small as any
 *    maximum assignment allows, in particular at most 1 whenever such an assignment exists.
 * Exact (max flow, then exchange-optimal balancing; see docs/assignment.md) and deterministic: ids are sorted
 * first and every later choice follows those ranks, so shuffled input arrays give the same plan.
 */
export function assignJudges(input: AssignmentInput): AssignmentPlan {
  const { problem, conflictingExisting } = buildProblem(input);
  return buildPlan(solveProblem(problem), conflictingExisting);
}

export interface SolveOptions {
  /**
   * Start from the greedy assignment (default). Only a speed-up: the exact stages reach an optimum from any
   * start, and the tests switch it off to check exactly that.
   */
  readonly warmStart?: boolean;
}

/** The solving stages on an already built problem (separate so the benchmark can time building and solving). */
export function solveProblem(problem: AssignmentProblem, options: SolveOptions = {}): FlowState {
  const state = new FlowState(problem);
  if (options.warmStart ?? true) greedyStart(state);
  const paths = new AugmentingPaths(state);
  maximiseFill(state, paths);
  balanceLoads(state, paths);
  return state;
}
