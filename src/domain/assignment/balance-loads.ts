import type { AugmentingPaths } from './augmenting-paths';
import type { FlowState } from './flow-state';

/** Bulk rounds are only a speed-up (see below); past this many the exact rounds take over anyway. */
const MAX_BULK_ROUNDS = 64;

/**
 * Moves work from busier to less busy judges, keeping the number of filled slots, until the load vector is
 * decreasingly minimal ("dec-min") among all maximum assignments. Every move follows a residual path, so it keeps
 * every constraint (conflicts, exclusions, capacities, k).
 *
 * Theory (Frank & Murota, "Discrete decreasing minimization"): the load vectors of the maximum assignments form
 * an M-convex set, and a vector of such a set is dec-min exactly when no single move from a judge s to a judge t
 * with load(s) >= load(t) + 2 is possible. Dec-min vectors minimise the largest load, maximise the smallest and
 * minimise the sum of squares at the same time, so their spread max - min is the least possible.
 *
 * 1. Bulk rounds (speed only): with top M and bottom m, judges above mid = floor((M + m) / 2) send their excess
 *    towards judges below mid in one max flow. Each moved unit lowers the sum of squared loads. They stop when a
 *    round moves nothing, the gap is small, or after MAX_BULK_ROUNDS; they matter when the start is far off.
 * 2. Exact rounds, with top load M over judges not yet frozen: every judge at M offers one unit, every judge at
 *    M - 2 or less that can still receive takes up to M - 1 - load units, and a max flow moves as many as
 *    possible. Judges at M that sent nothing, and every node they still reach, are frozen: that set has no
 *    residual arc leaving it, so no later path can use it, and inside it every judge that can receive has load
 *    >= M - 1, so no improving move involves it now or later. The other judges are now at M - 1 or below, so M
 *    drops every round. The rounds stop when no unfrozen judge that can receive is two or more below the top:
 *    then no improving move exists anywhere, which is the dec-min condition above.
 */
export function balanceLoads(state: FlowState, paths: AugmentingPaths): void {
  const receivable = eligibleEdgesPerJudge(state);
  const balancer = new Balancer(state, paths, receivable);
  balancer.bulkRounds();
  balancer.exactRounds();
}

function eligibleEdgesPerJudge(state: FlowState): Int32Array {
  const { adjJudge } = state.problem;
  const count = new Int32Array(state.problem.judgeIds.length);
  for (let e = 0; e < adjJudge.length; e++) count[adjJudge[e]]++;
  return count;
}

class Balancer {
  private readonly J: number;
  private readonly nodes: number;
  private readonly frozen: Uint8Array;
  private readonly supply: Int32Array;
  private readonly sinkCapacity: Int32Array;

  constructor(
    private readonly state: FlowState,
    private readonly paths: AugmentingPaths,
    private readonly eligibleEdges: Int32Array,
  ) {
    this.J = state.problem.judgeIds.length;
    this.nodes = this.J + state.problem.nominationIds.length + 1;
    this.frozen = new Uint8Array(this.nodes);
    this.supply = new Int32Array(this.nodes);
    this.sinkCapacity = new Int32Array(this.J);
  }

  /**
   * How many more units judge j could take: none when frozen, at capacity, or when every pair it is eligible
   * for is already its own (it has no arc to arrive by, now or in any later round, since it never gives then).
   */
  private intake(j: number): number {
    if (this.frozen[j]) return 0;
    return Math.min(this.state.room(j), this.eligibleEdges[j] - this.state.addedLoad[j]);
  }

  bulkRounds(): void {
    const { J, state } = this;
    for (let round = 0; round < MAX_BULK_ROUNDS; round++) {
      let top = -1;
      let bottom = Infinity;
      for (let j = 0; j < J; j++) {
        if (state.addedLoad[j] > 0) top = Math.max(top, state.load(j));
        if (this.intake(j) > 0) bottom = Math.min(bottom, state.load(j));
      }
      if (top - bottom <= 2) return;
      const mid = Math.floor((top + bottom) / 2);
      const givers: number[] = [];
      for (let j = 0; j < J; j++) {
        const load = state.load(j);
        this.sinkCapacity[j] = load < mid ? Math.min(this.intake(j), mid - load) : 0;
        if (load > mid && state.addedLoad[j] > 0) {
          givers.push(j);
          this.supply[j] = Math.min(load - mid, state.addedLoad[j]);
        }
      }
      const moved = this.paths.run({
        sources: givers,
        supply: this.supply,
        sinkCapacity: this.sinkCapacity,
        blocked: this.frozen,
      });
      for (const j of givers) this.supply[j] = 0;
      if (moved === 0) return;
    }
  }

  exactRounds(): void {
    const { J, nodes, state, frozen } = this;
    for (;;) {
      let top = -1;
      for (let j = 0; j < J; j++) if (!frozen[j]) top = Math.max(top, state.load(j));
      if (top < 0) return;

      let anyTaker = false;
      for (let j = 0; j < J; j++) {
        const load = state.load(j);
        this.sinkCapacity[j] = load <= top - 2 ? Math.max(0, Math.min(this.intake(j), top - 1 - load)) : 0;
        if (this.sinkCapacity[j] > 0) anyTaker = true;
      }
      if (!anyTaker) return;

      const givers: number[] = [];
      for (let j = 0; j < J; j++) {
        if (!frozen[j] && state.load(j) === top) {
          givers.push(j);
          this.supply[j] = 1;
        }
      }
      this.paths.run({
        sources: givers,
        supply: this.supply,
        sinkCapacity: this.sinkCapacity,
        blocked: frozen,
      });
      // The last search started from the givers that sent nothing: what it reached is closed. Freeze it.
      for (let v = 0; v < nodes; v++) if (this.paths.reached(v)) frozen[v] = 1;
      for (const j of givers) this.supply[j] = 0;
    }
  }
}
