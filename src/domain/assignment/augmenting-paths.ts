import type { FlowState } from './flow-state';

/** What one max-flow run pushes from where to where, on the residual graph of the current assignment. */
export interface FlowRequest {
  /** Nodes that supply units, tried in this order (deterministic). */
  readonly sources: readonly number[];
  /** Per node: units it may still send; decremented as paths are found. */
  readonly supply: Int32Array;
  /** Per judge: units it may still receive; decremented as paths are found. */
  readonly sinkCapacity: Int32Array;
  /** Per node: 1 when paths must not enter it. */
  readonly blocked: Uint8Array;
}

/**
 * Dinic's max-flow algorithm on the residual graph of a FlowState, without materialising that graph.
 *
 * Nodes: judges 0..J-1, nominations J..J+N-1, and the source node J+N (the "nomination supply"). Residual arcs:
 * - nomination → judge over an unassigned eligible edge (assign it);
 * - judge → nomination over an assigned edge (unassign it);
 * - source → nomination while the nomination lacks judges; nomination → source while it has added judges.
 * A path from a supplying node to a judge with sink capacity moves one unit: the judges in the middle keep
 * their load, the first node loses one unit (a judge's load, or the source's unfilled demand) and the last
 * judge gains one. Every path carries exactly one unit because edges have capacity 1.
 *
 * Each phase builds BFS levels from the supplying nodes up to the nearest judge with sink capacity, then finds a
 * blocking flow by depth-first search with per-node arc pointers, as in Dinic: the number of phases is bounded
 * by the longest shortest path, and each phase is linear in the edges, which is what makes 1.5 million edges
 * affordable. After run() returns, reached() tells which nodes the last (fruitless) search reached from the
 * supplies that could not be sent: that set has no residual arc leaving it.
 */
export class AugmentingPaths {
  private readonly J: number;
  private readonly N: number;
  private readonly source: number;
  private readonly level: Int32Array;
  private readonly pointer: Int32Array;
  private readonly queue: Int32Array;
  private readonly pathNodes: Int32Array;
  private readonly pathEdges: Int32Array;
  // A judge's assigned edges, gathered once per phase (counting sort of the nominations' slots).
  private readonly judgeStart: Int32Array;
  private readonly judgeEdge: Int32Array;
  private readonly judgeNomination: Int32Array;

  constructor(private readonly state: FlowState) {
    const { problem } = state;
    this.J = problem.judgeIds.length;
    this.N = problem.nominationIds.length;
    this.source = this.J + this.N;
    const nodes = this.J + this.N + 1;
    this.level = new Int32Array(nodes).fill(-1);
    this.pointer = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.pathNodes = new Int32Array(nodes + 1);
    this.pathEdges = new Int32Array(nodes + 1);
    this.judgeStart = new Int32Array(this.J + 1);
    let totalDemand = 0;
    for (let n = 0; n < this.N; n++) totalDemand += problem.demand[n];
    this.judgeEdge = new Int32Array(totalDemand);
    this.judgeNomination = new Int32Array(totalDemand);
  }

  get sourceNode(): number {
    return this.source;
  }

  /** Pushes as many units as possible; returns how many. */
  run(request: FlowRequest): number {
    let moved = 0;
    for (;;) {
      this.gatherJudgeEdges();
      const targetLevel = this.buildLevels(request);
      if (targetLevel < 0) return moved;
      this.resetPointers();
      for (const node of request.sources) {
        while (
          request.supply[node] > 0 &&
          this.level[node] === 0 &&
          this.pushOnePath(node, targetLevel, request)
        ) {
          moved++;
        }
      }
    }
  }

  /** Whether the last search reached the node (meaningful after run()). */
  reached(node: number): boolean {
    return this.level[node] >= 0;
  }

  private gatherJudgeEdges(): void {
    const { J, N, state, judgeStart } = this;
    const adjJudge = state.problem.adjJudge;
    judgeStart.fill(0);
    for (let n = 0; n < N; n++) {
      for (const e of state.assignedEdges(n)) judgeStart[adjJudge[e] + 1]++;
    }
    for (let j = 0; j < J; j++) judgeStart[j + 1] += judgeStart[j];
    const cursor = judgeStart.slice(0, J);
    for (let n = 0; n < N; n++) {
      for (const e of state.assignedEdges(n)) {
        const at = cursor[adjJudge[e]]++;
        this.judgeEdge[at] = e;
        this.judgeNomination[at] = n;
      }
    }
  }

  /** BFS from the supplying nodes; returns the level of the nearest judge with sink capacity, or -1. */
  private buildLevels(request: FlowRequest): number {
    const { J, N, source, level, queue, state } = this;
    const { flow } = state;
    const { adjStart, adjJudge } = state.problem;
    const { blocked, sinkCapacity } = request;
    level.fill(-1);
    let head = 0;
    let tail = 0;
    for (const node of request.sources) {
      if (request.supply[node] > 0 && !blocked[node] && level[node] < 0) {
        level[node] = 0;
        queue[tail++] = node;
      }
    }
    let targetLevel = -1;
    while (head < tail) {
      const u = queue[head++];
      const next = level[u] + 1;
      // Nodes come out in level order: nothing at or beyond the target level needs expanding.
      if (targetLevel >= 0 && next > targetLevel) break;
      if (u < J) {
        for (let p = this.judgeStart[u]; p < this.judgeStart[u + 1]; p++) {
          const v = J + this.judgeNomination[p];
          if (flow[this.judgeEdge[p]] === 1 && level[v] < 0 && !blocked[v]) {
            level[v] = next;
            queue[tail++] = v;
          }
        }
      } else if (u < source) {
        const n = u - J;
        for (let e = adjStart[n]; e < adjStart[n + 1]; e++) {
          const j = adjJudge[e];
          if (flow[e] === 0 && level[j] < 0 && !blocked[j]) {
            level[j] = next;
            queue[tail++] = j;
            if (targetLevel < 0 && sinkCapacity[j] > 0) targetLevel = next;
          }
        }
        if (state.added[n] > 0 && level[source] < 0 && !blocked[source]) {
          level[source] = next;
          queue[tail++] = source;
        }
      } else {
        for (let n = 0; n < N; n++) {
          const v = J + n;
          if (state.deficit(n) > 0 && level[v] < 0 && !blocked[v]) {
            level[v] = next;
            queue[tail++] = v;
          }
        }
      }
    }
    return targetLevel;
  }

  private resetPointers(): void {
    const { J, N, pointer } = this;
    const adjStart = this.state.problem.adjStart;
    for (let j = 0; j < J; j++) pointer[j] = this.judgeStart[j];
    for (let n = 0; n < N; n++) pointer[J + n] = adjStart[n];
    pointer[this.source] = 0;
  }

  /** Depth-first search in the level graph for one path from `start`; applies it and returns true if found. */
  private pushOnePath(start: number, targetLevel: number, request: FlowRequest): boolean {
    const { J, level, pathNodes, pointer } = this;
    pathNodes[0] = start;
    let depth = 0;
    for (;;) {
      const u = pathNodes[depth];
      if (depth > 0 && u < J && level[u] === targetLevel && request.sinkCapacity[u] > 0) {
        this.applyPath(depth);
        request.supply[start]--;
        request.sinkCapacity[u]--;
        return true;
      }
      const v = level[u] < targetLevel ? this.nextArc(u, depth) : -1;
      if (v >= 0) {
        pathNodes[++depth] = v;
        continue;
      }
      level[u] = -1; // dead end for the rest of this phase
      if (depth === 0) return false;
      depth--;
      pointer[pathNodes[depth]]++;
    }
  }

  /** The next admissible arc out of u from its pointer on: records its edge and returns its head, or -1. */
  private nextArc(u: number, depth: number): number {
    const { J, N, source, level, pointer, pathEdges, state } = this;
    const { flow } = state;
    const want = level[u] + 1;
    if (u < J) {
      const end = this.judgeStart[u + 1];
      for (let p = pointer[u]; p < end; p++) {
        const v = J + this.judgeNomination[p];
        if (level[v] === want && flow[this.judgeEdge[p]] === 1) {
          pointer[u] = p;
          pathEdges[depth] = this.judgeEdge[p];
          return v;
        }
      }
      pointer[u] = end;
      return -1;
    }
    if (u < source) {
      const n = u - J;
      const { adjStart, adjJudge } = state.problem;
      const end = adjStart[n + 1];
      let p = pointer[u];
      for (; p < end; p++) {
        if (flow[p] === 0 && level[adjJudge[p]] === want) {
          pointer[u] = p;
          pathEdges[depth] = p;
          return adjJudge[p];
        }
      }
      // Position `end` stands for the arc back to the source.
      if (p === end && state.added[n] > 0 && level[source] === want) {
        pointer[u] = end;
        pathEdges[depth] = -1;
        return source;
      }
      pointer[u] = end + 1;
      return -1;
    }
    for (let n = pointer[u]; n < N; n++) {
      if (level[J + n] === want && state.deficit(n) > 0) {
        pointer[u] = n;
        pathEdges[depth] = -1;
        return J + n;
      }
    }
    pointer[u] = N;
    return -1;
  }

  private applyPath(length: number): void {
    const { J, source, pathNodes, pathEdges, state } = this;
    for (let i = 0; i < length; i++) {
      const u = pathNodes[i];
      const v = pathNodes[i + 1];
      if (u < J) state.unassign(pathEdges[i], v - J);
      else if (u < source && v < J) state.assign(pathEdges[i], u - J);
      // Arcs to and from the source change no edge: the nomination's count follows its edges.
    }
  }
}
