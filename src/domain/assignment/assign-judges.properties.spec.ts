import fc from 'fast-check';
import { conflictReasons } from '../conflicts';
import { assignJudges, solveProblem } from './assign-judges';
import { buildProblem } from './build-problem';
import type { AssignmentInput, AssignmentPlan, JudgeNominationPair, PanelJudge } from './assignment.types';

// Random small instances: tiny pools of institutions and states so that conflicts are frequent, random
// capacities (often tight), existing assignments (some conflicting, some beyond k) and excluded pairs.
const institution = fc.constantFrom('i0', 'i1', 'i2', 'i3', 'i4');
const state = fc.constantFrom('01', '02', '03');

const instanceArb: fc.Arbitrary<AssignmentInput> = fc
  .record({
    trackCode: fc.constantFrom('LOCAL_OPEN_GOV', 'FEDERAL_PROACTIVE'),
    k: fc.integer({ min: 0, max: 3 }),
    nominations: fc.array(
      fc.record({
        nominatingInstitutionId: institution,
        nomineeInstitutionId: fc.option(institution, { freq: 4 }),
        stateCode: fc.option(state, { freq: 4 }),
      }),
      { minLength: 0, maxLength: 6 },
    ),
    judges: fc.array(
      fc.record({
        affiliations: fc.array(
          fc.record({ institutionId: fc.option(institution), stateCode: fc.option(state) }),
          {
            maxLength: 2,
          },
        ),
        declaredNominations: fc.array(fc.nat(5), { maxLength: 2 }),
        capacity: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 2 }),
      }),
      { minLength: 0, maxLength: 5 },
    ),
    existing: fc.array(fc.tuple(fc.nat(4), fc.nat(5)), { maxLength: 6 }),
    excluded: fc.array(fc.tuple(fc.nat(4), fc.nat(5)), { maxLength: 6 }),
  })
  .map(({ trackCode, k, nominations, judges, existing, excluded }) => {
    const nominationId = (i: number) => `n${i}`;
    const judgeId = (i: number) => `j${i}`;
    const pairs = (list: [number, number][]): JudgeNominationPair[] =>
      list.map(([j, n]) => ({ judgeId: judgeId(j), nominationId: nominationId(n) }));
    return {
      trackCode,
      judgesPerNomination: k,
      nominations: nominations.map((nomination, i) => ({ id: nominationId(i), ...nomination })),
      judges: judges.map((judge, i): PanelJudge => ({
        id: judgeId(i),
        affiliations: judge.affiliations,
        declaredConflicts: { nominationIds: judge.declaredNominations.map(nominationId) },
        capacity: judge.capacity,
      })),
      // Pairs may name judges or nominations that do not exist: the solver must cope.
      existingAssignments: pairs(existing),
      excludedPairs: pairs(excluded),
    };
  });

interface Optimum {
  /** Most (nomination, slot) pairs any valid assignment adds. */
  maxAdded: number;
  /** Among assignments adding that many: the decreasingly sorted total loads that are lexicographically least. */
  decMin: number[];
  /** And the smallest max - min of total loads. */
  minSpread: number;
}

const key = (judgeId: string, nominationId: string) => `${judgeId}|${nominationId}`;

/** Every valid assignment, by dynamic programming over nominations on the vector of judge loads. */
function bruteForce(input: AssignmentInput): Optimum {
  const judges = input.judges;
  const k = input.judgesPerNomination;
  const existing = new Set<string>();
  for (const p of input.existingAssignments ?? []) existing.add(key(p.judgeId, p.nominationId));
  const excluded = new Set((input.excludedPairs ?? []).map((p) => key(p.judgeId, p.nominationId)));
  const base = judges.map((j) => [...existing].filter((e) => e.startsWith(`${j.id}|`)).length);

  let reachable = new Map<string, number[]>([[base.join(','), base]]);
  for (const nomination of input.nominations) {
    const onIt = [...existing].filter((e) => e.endsWith(`|${nomination.id}`)).length;
    const demand = Math.max(0, k - onIt);
    const candidates = judges
      .map((judge, index) => ({ judge, index }))
      .filter(
        ({ judge }) =>
          conflictReasons(judge, nomination, input.trackCode).length === 0 &&
          !excluded.has(key(judge.id, nomination.id)) &&
          !existing.has(key(judge.id, nomination.id)),
      )
      .map(({ index }) => index);
    const next = new Map<string, number[]>();
    for (const loads of reachable.values()) {
      for (let mask = 0; mask < 1 << candidates.length; mask++) {
        const chosen = candidates.filter((_, bit) => mask & (1 << bit));
        if (chosen.length > demand) continue;
        const after = [...loads];
        for (const j of chosen) after[j]++;
        if (chosen.some((j) => judges[j].capacity != null && after[j] > judges[j].capacity)) continue;
        next.set(after.join(','), after);
      }
    }
    reachable = next;
  }

  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  const baseSum = sum(base);
  let maxAdded = 0;
  for (const loads of reachable.values()) maxAdded = Math.max(maxAdded, sum(loads) - baseSum);
  const best = [...reachable.values()].filter((loads) => sum(loads) - baseSum === maxAdded);
  const sortedDesc = (v: number[]) => [...v].sort((a, b) => b - a);
  const decMin = best.map(sortedDesc).sort(compareLex)[0] ?? [];
  const minSpread = Math.min(...best.map((v) => (v.length ? Math.max(...v) - Math.min(...v) : 0)));
  return { maxAdded, decMin, minSpread };
}

function compareLex(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

const totals = (plan: AssignmentPlan) => plan.loads.map((load) => load.total);

/** Fisher–Yates with a seeded generator, for reordering inputs. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let s = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const RUNS = { numRuns: 300 };

describe(`${assignJudges.name} on random small instances`, () => {
  it('never assigns a conflicted, excluded, duplicate or already existing pair', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const plan = assignJudges(input);
        const excluded = new Set((input.excludedPairs ?? []).map((p) => key(p.judgeId, p.nominationId)));
        const existing = new Set(
          (input.existingAssignments ?? []).map((p) => key(p.judgeId, p.nominationId)),
        );
        const seen = new Set<string>();
        for (const pair of plan.newAssignments) {
          const judge = input.judges.find((j) => j.id === pair.judgeId)!;
          const nomination = input.nominations.find((n) => n.id === pair.nominationId)!;
          expect(conflictReasons(judge, nomination, input.trackCode)).toEqual([]);
          expect(excluded.has(key(pair.judgeId, pair.nominationId))).toBe(false);
          expect(existing.has(key(pair.judgeId, pair.nominationId))).toBe(false);
          expect(seen.has(key(pair.judgeId, pair.nominationId))).toBe(false);
          seen.add(key(pair.judgeId, pair.nominationId));
        }
      }),
      RUNS,
    );
  });

  it('respects capacities, keeps existing assignments in the loads and never exceeds k', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const plan = assignJudges(input);
        const existing = new Set(
          (input.existingAssignments ?? []).map((p) => key(p.judgeId, p.nominationId)),
        );
        for (const load of plan.loads) {
          const judge = input.judges.find((j) => j.id === load.judgeId)!;
          const mine = [...existing].filter((e) => e.startsWith(`${judge.id}|`)).length;
          expect(load.existing).toBe(mine);
          expect(load.added).toBe(plan.newAssignments.filter((p) => p.judgeId === judge.id).length);
          expect(load.total).toBe(load.existing + load.added);
          if (judge.capacity != null) expect(load.added === 0 || load.total <= judge.capacity).toBe(true);
        }
        for (const nomination of input.nominations) {
          const before = [...existing].filter((e) => e.endsWith(`|${nomination.id}`)).length;
          const added = plan.newAssignments.filter((p) => p.nominationId === nomination.id).length;
          expect(added).toBeLessThanOrEqual(Math.max(0, input.judgesPerNomination - before));
        }
      }),
      RUNS,
    );
  });

  it('fills the most slots possible: every nomination gets k judges whenever some assignment can do it', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const plan = assignJudges(input);
        const optimum = bruteForce(input);
        expect(plan.newAssignments).toHaveLength(optimum.maxAdded);
      }),
      RUNS,
    );
  });

  it('balances loads lexicographically: max - min <= 1 whenever a balanced maximum assignment exists', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const plan = assignJudges(input);
        const optimum = bruteForce(input);
        const loads = totals(plan);
        const spread = loads.length ? Math.max(...loads) - Math.min(...loads) : 0;
        expect(spread).toBe(optimum.minSpread);
        if (optimum.minSpread <= 1) expect(spread).toBeLessThanOrEqual(1);
        expect([...loads].sort((a, b) => b - a)).toEqual(optimum.decMin);
      }),
      RUNS,
    );
  });

  it('reaches the same optimum without the greedy warm start (exactness does not depend on it)', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const { problem } = buildProblem(input);
        const state = solveProblem(problem, { warmStart: false });
        const optimum = bruteForce(input);
        const loads = problem.judgeIds.map((_, j) => state.load(j));
        expect(loads.reduce((a, b) => a + b, 0) - problem.baseLoad.reduce((a, b) => a + b, 0)).toBe(
          optimum.maxAdded,
        );
        expect(loads.sort((a, b) => b - a)).toEqual(optimum.decMin);
      }),
      RUNS,
    );
  });

  it('reports exactly the nominations left short, with the right reason', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const plan = assignJudges(input);
        const k = input.judgesPerNomination;
        const existing = new Set(
          (input.existingAssignments ?? []).map((p) => key(p.judgeId, p.nominationId)),
        );
        const excluded = new Set((input.excludedPairs ?? []).map((p) => key(p.judgeId, p.nominationId)));
        const expectedShort = input.nominations
          .map((nomination) => {
            const onIt = [...existing].filter((e) => e.endsWith(`|${nomination.id}`)).length;
            const added = plan.newAssignments.filter((p) => p.nominationId === nomination.id).length;
            const free = input.judges.filter(
              (j) => conflictReasons(j, nomination, input.trackCode).length === 0,
            );
            const eligible = free.filter((j) => !excluded.has(key(j.id, nomination.id)));
            const addable = eligible.filter((j) => !existing.has(key(j.id, nomination.id))).length;
            return {
              nominationId: nomination.id,
              required: k,
              assigned: onIt + added,
              missing: k - onIt - added,
              reason: onIt + addable < k ? 'NOT_ENOUGH_ELIGIBLE_JUDGES' : 'CAPACITY_EXHAUSTED',
              conflictFreeJudges: free.length,
              eligibleJudges: eligible.length,
            };
          })
          .filter((entry) => entry.missing > 0)
          .sort((a, b) => (a.nominationId < b.nominationId ? -1 : 1));
        expect(plan.unassigned).toEqual(expectedShort);
        expect(plan.summary.filledSlots).toBe(input.nominations.length * k - sumMissing(plan));
      }),
      RUNS,
    );
  });

  it('gives the same plan for the same input, whatever the order of its arrays', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer(), (input, seed) => {
        const reordered: AssignmentInput = {
          ...input,
          nominations: shuffled(input.nominations, seed),
          judges: shuffled(input.judges, seed + 1).map((judge) => ({
            ...judge,
            affiliations: shuffled(judge.affiliations, seed + 2),
          })),
          existingAssignments: shuffled(input.existingAssignments ?? [], seed + 3),
          excludedPairs: shuffled(input.excludedPairs ?? [], seed + 4),
        };
        expect(assignJudges(reordered)).toEqual(assignJudges(input));
      }),
      RUNS,
    );
  });
});

function sumMissing(plan: AssignmentPlan): number {
  return plan.unassigned.reduce((total, entry) => total + entry.missing, 0);
}
