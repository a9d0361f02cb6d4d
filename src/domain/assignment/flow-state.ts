import type { AssignmentProblem } from './assignment-problem';

/**
 * The assignment being built, seen as a flow: source → nomination (up to its demand) → judge (one unit per
 * eligible edge) → sink (up to the judge's addable capacity). Only the added assignments are flow; existing
 * ones are constants folded into demand and baseLoad.
 */
export class FlowState {
  /** Per edge: 1 when the pair is assigned. */
  readonly flow: Uint8Array;
  /** Per nomination: judges added. */
  readonly added: Int32Array;
  /** Per judge: assignments added. */
  readonly addedLoad: Int32Array;
  /** Per nomination, maxDemand slots listing its assigned edges, so a judge's edges can be gathered quickly. */
  readonly slots: Int32Array;

  constructor(readonly problem: AssignmentProblem) {
    this.flow = new Uint8Array(problem.adjJudge.length);
    this.added = new Int32Array(problem.nominationIds.length);
    this.addedLoad = new Int32Array(problem.judgeIds.length);
    this.slots = new Int32Array(problem.nominationIds.length * problem.maxDemand);
  }

  load(judge: number): number {
    return this.problem.baseLoad[judge] + this.addedLoad[judge];
  }

  /** How many more assignments the judge may take. */
  room(judge: number): number {
    return this.problem.addable[judge] - this.addedLoad[judge];
  }

  /** How many judges the nomination still lacks. */
  deficit(nomination: number): number {
    return this.problem.demand[nomination] - this.added[nomination];
  }

  assign(edge: number, nomination: number): void {
    this.flow[edge] = 1;
    this.slots[nomination * this.problem.maxDemand + this.added[nomination]] = edge;
    this.added[nomination]++;
    this.addedLoad[this.problem.adjJudge[edge]]++;
  }

  unassign(edge: number, nomination: number): void {
    this.flow[edge] = 0;
    const first = nomination * this.problem.maxDemand;
    const last = first + this.added[nomination] - 1;
    for (let slot = first; slot <= last; slot++) {
      if (this.slots[slot] === edge) {
        this.slots[slot] = this.slots[last];
        break;
      }
    }
    this.added[nomination]--;
    this.addedLoad[this.problem.adjJudge[edge]]--;
  }

  /** The edges assigned to a nomination, in no particular order. */
  assignedEdges(nomination: number): Int32Array {
    const first = nomination * this.problem.maxDemand;
    return this.slots.subarray(first, first + this.added[nomination]);
  }
}
