import { ConflictIndex, conflictReasons } from '../conflicts';
import { AssignmentInputError } from './assignment-input-error';
import { type AssignmentProblem, UNLIMITED } from './assignment-problem';
import type {
  AssignmentInput,
  AssignmentNomination,
  ConflictingExistingAssignment,
  JudgeNominationPair,
  PanelJudge,
} from './assignment.types';

export interface BuiltProblem {
  readonly problem: AssignmentProblem;
  readonly conflictingExisting: ConflictingExistingAssignment[];
}

/** Validates the input and turns it into the solver's indexed form (see AssignmentProblem). */
export function buildProblem(input: AssignmentInput): BuiltProblem {
  const k = input.judgesPerNomination;
  if (!Number.isInteger(k) || k < 0) {
    throw new AssignmentInputError(`judgesPerNomination must be a whole number >= 0, got ${k}`);
  }
  // Sorting by id is what makes the plan independent of the order of the input arrays.
  const judges = sortedById(input.judges, 'judge');
  const nominations = sortedById(input.nominations, 'nomination');
  const judgeIndex = indexById(judges);
  const nominationIndex = indexById(nominations);
  const J = judges.length;
  const N = nominations.length;

  const capacity = judges.map((judge) => readCapacity(judge));
  const baseLoad = new Int32Array(J);
  const existingPerNomination = new Int32Array(N);
  const existingJudges = groupByNomination(N);
  const conflictingExisting: ConflictingExistingAssignment[] = [];

  for (const pair of distinctPairs(input.existingAssignments ?? [])) {
    const j = judgeIndex.get(pair.judgeId);
    const n = nominationIndex.get(pair.nominationId);
    if (j !== undefined) baseLoad[j]++;
    if (n === undefined) continue;
    existingPerNomination[n]++;
    if (j === undefined) continue;
    existingJudges[n].push(j);
    const reasons = conflictReasons(judges[j], nominations[n], input.trackCode);
    if (reasons.length > 0) conflictingExisting.push({ ...pair, reasons });
  }
  conflictingExisting.sort(byNominationThenJudge);

  const excludedJudges = groupByNomination(N);
  for (const pair of distinctPairs(input.excludedPairs ?? [])) {
    const j = judgeIndex.get(pair.judgeId);
    const n = nominationIndex.get(pair.nominationId);
    if (j !== undefined && n !== undefined) excludedJudges[n].push(j);
  }

  const addable = new Int32Array(J);
  for (let j = 0; j < J; j++) {
    const cap = capacity[j];
    addable[j] = cap === null ? UNLIMITED : Math.max(0, cap - baseLoad[j]);
  }

  const demand = new Int32Array(N);
  let maxDemand = 0;
  for (let n = 0; n < N; n++) {
    demand[n] = Math.max(0, k - existingPerNomination[n]);
    maxDemand = Math.max(maxDemand, demand[n]);
  }

  const graph = buildEligibleEdges(input.trackCode, judges, nominations, existingJudges, excludedJudges);
  const problem: AssignmentProblem = {
    judgeIds: judges.map((judge) => judge.id),
    nominationIds: nominations.map((nomination) => nomination.id),
    k,
    demand,
    existingPerNomination,
    baseLoad,
    addable,
    capacity,
    maxDemand,
    ...graph,
  };
  return { problem, conflictingExisting };
}

interface EligibleEdges {
  adjStart: Int32Array;
  adjJudge: Uint16Array | Int32Array;
  conflictFree: Int32Array;
  eligible: Int32Array;
}

/**
 * One pass per nomination: stamp the conflicted, excluded and already-assigned judges, then every unstamped
 * judge is an edge. Stamps hold the nomination's number + 1, so the arrays never need clearing.
 */
function buildEligibleEdges(
  trackCode: string,
  judges: readonly PanelJudge[],
  nominations: readonly AssignmentNomination[],
  existingJudges: readonly number[][],
  excludedJudges: readonly number[][],
): EligibleEdges {
  const J = judges.length;
  const N = nominations.length;
  const conflicts = new ConflictIndex(judges, trackCode);
  const conflictStamp = new Int32Array(J); // conflicted with nomination stamp - 1
  const blockedStamp = new Int32Array(J); // conflicted, excluded or already on it
  const adjStart = new Int32Array(N + 1);
  const conflictFree = new Int32Array(N);
  const eligible = new Int32Array(N);
  const wide = J > 0xffff;
  // Most pairs are eligible, so start from the full size (up to 2^27 entries) rather than grow step by step.
  let adjJudge: Uint16Array | Int32Array = allocate(wide, Math.min(N * J, 1 << 27));
  let edges = 0;

  for (let n = 0; n < N; n++) {
    const stamp = n + 1;
    let conflicted = 0;
    conflicts.forEachConflictedJudge(nominations[n], (j) => {
      if (conflictStamp[j] !== stamp) {
        conflictStamp[j] = stamp;
        blockedStamp[j] = stamp;
        conflicted++;
      }
    });
    conflictFree[n] = J - conflicted;
    let excluded = 0;
    for (const j of excludedJudges[n]) {
      if (blockedStamp[j] !== stamp) excluded++;
      blockedStamp[j] = stamp;
    }
    eligible[n] = conflictFree[n] - excluded;
    for (const j of existingJudges[n]) blockedStamp[j] = stamp;

    if (adjJudge.length - edges < J)
      adjJudge = grow(adjJudge, wide, Math.max(adjJudge.length * 2, edges + J));
    for (let j = 0; j < J; j++) {
      if (blockedStamp[j] !== stamp) adjJudge[edges++] = j;
    }
    adjStart[n + 1] = edges;
  }
  return { adjStart, adjJudge: adjJudge.subarray(0, edges), conflictFree, eligible };
}

function allocate(wide: boolean, length: number): Uint16Array | Int32Array {
  return wide ? new Int32Array(length) : new Uint16Array(length);
}

function grow(array: Uint16Array | Int32Array, wide: boolean, length: number): Uint16Array | Int32Array {
  const bigger = allocate(wide, length);
  bigger.set(array);
  return bigger;
}

function sortedById<T extends { readonly id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => compareIds(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id)
      throw new AssignmentInputError(`duplicate ${what} id ${sorted[i].id}`);
  }
  return sorted;
}

function indexById(items: readonly { readonly id: string }[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index]));
}

function readCapacity(judge: PanelJudge): number | null {
  const cap = judge.capacity;
  if (cap === undefined || cap === null) return null;
  if (!Number.isInteger(cap) || cap < 0) {
    throw new AssignmentInputError(`capacity of judge ${judge.id} must be a whole number >= 0, got ${cap}`);
  }
  return cap;
}

function groupByNomination(N: number): number[][] {
  return Array.from({ length: N }, () => []);
}

function distinctPairs(pairs: readonly JudgeNominationPair[]): JudgeNominationPair[] {
  const seen = new Set<string>();
  return pairs.filter((pair) => {
    const key = `${pair.judgeId}\u0000${pair.nominationId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Plain code-unit order: locale-independent, so every machine sorts the same way. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNominationThenJudge(a: JudgeNominationPair, b: JudgeNominationPair): number {
  return compareIds(a.nominationId, b.nominationId) || compareIds(a.judgeId, b.judgeId);
}
