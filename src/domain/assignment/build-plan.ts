import type { AssignmentProblem } from './assignment-problem';
import type {
  AssignmentPlan,
  ConflictingExistingAssignment,
  JudgeLoad,
  JudgeNominationPair,
  UnassignedNomination,
} from './assignment.types';
import type { FlowState } from './flow-state';

/** Reads the solved flow back into ids, in id order. */
export function buildPlan(
  state: FlowState,
  conflictingExisting: ConflictingExistingAssignment[],
): AssignmentPlan {
  const { problem } = state;
  const newAssignments: JudgeNominationPair[] = [];
  const unassigned: UnassignedNomination[] = [];
  let filledSlots = 0;

  problem.nominationIds.forEach((nominationId, n) => {
    // Judge ranks follow id order, so sorting ranks sorts ids.
    const judges = Array.from(state.assignedEdges(n), (e) => problem.adjJudge[e]).sort((a, b) => a - b);
    for (const j of judges) newAssignments.push({ judgeId: problem.judgeIds[j], nominationId });
    const assigned = problem.existingPerNomination[n] + judges.length;
    filledSlots += Math.min(problem.k, assigned);
    if (assigned < problem.k) unassigned.push(unassignedEntry(problem, n, assigned));
  });

  const loads: JudgeLoad[] = problem.judgeIds.map((judgeId, j) => ({
    judgeId,
    existing: problem.baseLoad[j],
    added: state.addedLoad[j],
    total: state.load(j),
    capacity: problem.capacity[j],
  }));
  let minLoad = loads.length ? Infinity : 0;
  let maxLoad = 0;
  for (const load of loads) {
    minLoad = Math.min(minLoad, load.total);
    maxLoad = Math.max(maxLoad, load.total);
  }

  return {
    newAssignments,
    loads,
    unassigned,
    conflictingExisting,
    summary: {
      nominations: problem.nominationIds.length,
      judges: problem.judgeIds.length,
      requiredSlots: problem.nominationIds.length * problem.k,
      filledSlots,
      addedAssignments: newAssignments.length,
      minLoad,
      maxLoad,
    },
  };
}

function unassignedEntry(problem: AssignmentProblem, n: number, assigned: number): UnassignedNomination {
  // The most it could ever have: its existing judges plus every eligible judge not already on it.
  const reachable = problem.existingPerNomination[n] + problem.adjStart[n + 1] - problem.adjStart[n];
  return {
    nominationId: problem.nominationIds[n],
    required: problem.k,
    assigned,
    missing: problem.k - assigned,
    reason: reachable < problem.k ? 'NOT_ENOUGH_ELIGIBLE_JUDGES' : 'CAPACITY_EXHAUSTED',
    conflictFreeJudges: problem.conflictFree[n],
    eligibleJudges: problem.eligible[n],
  };
}
