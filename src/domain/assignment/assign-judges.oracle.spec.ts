import fc from 'fast-check';
import { conflictReasons } from '../conflicts';
import { assignJudges, solveProblem } from './assign-judges';
import { buildProblem } from './build-problem';
import type { AssignmentInput, PanelJudge } from './assignment.types';

// Medium instances, too big for brute force, checked against a textbook min-cost flow: each unit through a
// nomination earns -BIG (so the flow is maximum first), and a judge's u-th unit costs (base+u)^2 - (base+u-1)^2,
// so the cost is the sum of squared loads. On the load vectors of maximum flows (an M-convex set) the least sum
// of squares is attained exactly by the decreasingly minimal vectors, so the sorted loads must match.
const instanceArb: fc.Arbitrary<AssignmentInput> = fc
  .record({
    k: fc.integer({ min: 1, max: 4 }),
    nominationCount: fc.integer({ min: 5, max: 25 }),
    judgeCount: fc.integer({ min: 2, max: 8 }),
    seedPairs: fc.array(
      fc.tuple(fc.nat(7), fc.nat(24), fc.constantFrom('conflict', 'existing', 'excluded')),
      {
        maxLength: 60,
      },
    ),
    capacities: fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { freq: 2 }), {
      minLength: 8,
      maxLength: 8,
    }),
  })
  .map(({ k, nominationCount, judgeCount, seedPairs, capacities }) => {
    const declared = new Map<number, string[]>();
    const existing: { judgeId: string; nominationId: string }[] = [];
    const excluded: { judgeId: string; nominationId: string }[] = [];
    for (const [j, n, kind] of seedPairs) {
      if (j >= judgeCount || n >= nominationCount) continue;
      const pair = { judgeId: `j${j}`, nominationId: `n${n}` };
      if (kind === 'conflict') declared.set(j, [...(declared.get(j) ?? []), pair.nominationId]);
      else if (kind === 'existing') existing.push(pair);
      else excluded.push(pair);
    }
    const judges = Array.from({ length: judgeCount }, (_, j): PanelJudge => ({
      id: `j${j}`,
      affiliations: [{ institutionId: `i${j % 3}` }],
      declaredConflicts: { nominationIds: declared.get(j) ?? [] },
      capacity: capacities[j],
    }));
    return {
      trackCode: 'FEDERAL_PROACTIVE',
      judgesPerNomination: k,
      nominations: Array.from({ length: nominationCount }, (_, n) => ({
        id: `n${n}`,
        nominatingInstitutionId: `i${n % 7}`,
      })),
      judges,
      existingAssignments: existing,
      excludedPairs: excluded,
    };
  });

interface Arc {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

/** Successive shortest paths (queue-based Bellman–Ford, costs may be negative). Returns the judges' total loads. */
function minCostOracle(input: AssignmentInput): { added: number; loads: number[] } {
  const BIG = 1_000_000;
  const J = input.judges.length;
  const N = input.nominations.length;
  const s = 0;
  const t = 1 + N + J;
  const graph: Arc[][] = Array.from({ length: t + 1 }, () => []);
  const addArc = (from: number, to: number, cap: number, cost: number) => {
    graph[from].push({ to, cap, cost, rev: graph[to].length });
    graph[to].push({ to: from, cap: 0, cost: -cost, rev: graph[from].length - 1 });
  };
  const pair = (j: string, n: string) => `${j}|${n}`;
  const existing = new Set((input.existingAssignments ?? []).map((p) => pair(p.judgeId, p.nominationId)));
  const excluded = new Set((input.excludedPairs ?? []).map((p) => pair(p.judgeId, p.nominationId)));
  const base = input.judges.map((judge) => [...existing].filter((e) => e.startsWith(`${judge.id}|`)).length);

  let totalDemand = 0;
  input.nominations.forEach((nomination, n) => {
    const onIt = [...existing].filter((e) => e.endsWith(`|${nomination.id}`)).length;
    const demand = Math.max(0, input.judgesPerNomination - onIt);
    totalDemand += demand;
    addArc(s, 1 + n, demand, -BIG);
    input.judges.forEach((judge, j) => {
      const key = pair(judge.id, nomination.id);
      if (
        conflictReasons(judge, nomination, input.trackCode).length > 0 ||
        excluded.has(key) ||
        existing.has(key)
      ) {
        return;
      }
      addArc(1 + n, 1 + N + j, 1, 0);
    });
  });
  input.judges.forEach((judge, j) => {
    const room = judge.capacity == null ? totalDemand : Math.max(0, judge.capacity - base[j]);
    for (let u = 1; u <= Math.min(room, totalDemand); u++) {
      const load = base[j] + u;
      addArc(1 + N + j, t, 1, load * load - (load - 1) * (load - 1));
    }
  });

  let added = 0;
  for (;;) {
    const dist = new Array<number>(t + 1).fill(Infinity);
    const inQueue = new Array<boolean>(t + 1).fill(false);
    const via: [number, number][] = new Array(t + 1);
    dist[s] = 0;
    const queue = [s];
    while (queue.length) {
      const u = queue.shift()!;
      inQueue[u] = false;
      graph[u].forEach((arc, i) => {
        if (arc.cap > 0 && dist[u] + arc.cost < dist[arc.to]) {
          dist[arc.to] = dist[u] + arc.cost;
          via[arc.to] = [u, i];
          if (!inQueue[arc.to]) {
            inQueue[arc.to] = true;
            queue.push(arc.to);
          }
        }
      });
    }
    if (dist[t] >= 0) break;
    for (let v = t; v !== s;) {
      const [u, i] = via[v];
      graph[u][i].cap--;
      graph[v][graph[u][i].rev].cap++;
      v = u;
    }
    added++;
  }
  const loads = input.judges.map(
    (_, j) => base[j] + graph[1 + N + j].filter((a) => a.to === t && a.cap === 0).length,
  );
  return { added, loads };
}

describe(`${assignJudges.name} against a min-cost-flow oracle`, () => {
  it('fills as many slots and reaches the same sorted loads (least sum of squares)', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const plan = assignJudges(input);
        const oracle = minCostOracle(input);
        expect(plan.newAssignments).toHaveLength(oracle.added);
        const sortedDesc = (v: number[]) => [...v].sort((a, b) => b - a);
        expect(sortedDesc(plan.loads.map((l) => l.total))).toEqual(sortedDesc(oracle.loads));
      }),
      { numRuns: 150 },
    );
  });

  it('gets there without the greedy warm start too', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const { problem } = buildProblem(input);
        const state = solveProblem(problem, { warmStart: false });
        const oracle = minCostOracle(input);
        const sortedDesc = (v: number[]) => [...v].sort((a, b) => b - a);
        expect(sortedDesc(problem.judgeIds.map((_, j) => state.load(j)))).toEqual(sortedDesc(oracle.loads));
      }),
      { numRuns: 150 },
    );
  });
});
