/**
 * Judge-assignment benchmark (`npm run bench:assign`, or `npm run bench:assign -- --scale`).
 * Prints figures; it is not a test and asserts nothing about time.
 *
 * generateInstance() is exported so that other benchmarks can reuse the same seeded instances.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { assignJudges, type AssignmentInput, type PanelJudge } from '../src/domain/assignment';
import { solveProblem } from '../src/domain/assignment/assign-judges';
import { buildProblem } from '../src/domain/assignment/build-problem';

export interface InstanceOptions {
  readonly nominations: number;
  readonly judges: number;
  /** judgesPerNomination. */
  readonly k: number;
  /** When given, a rubric with this many weighted criteria (0–10) is generated too, for scoring benchmarks. */
  readonly criteria?: number;
  readonly seed: number;
  /** Number of states (INEGI-like codes '01'…); default 32. */
  readonly states?: number;
  /** Share of nominations each judge declares a conflict with; default 0.05. */
  readonly declaredShare?: number;
}

export interface GeneratedCriterion {
  readonly key: string;
  readonly weight: number;
  readonly min: number;
  readonly max: number;
}

export interface GeneratedInstance {
  readonly input: AssignmentInput;
  readonly institutions: readonly { readonly id: string; readonly stateCode: string }[];
  readonly rubric: readonly GeneratedCriterion[];
}

/** mulberry32: tiny, fast and good enough for benchmark data; the same seed always gives the same instance. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A local-track instance: institutions spread over the states, nominations between two institutions of one
 * state, judges affiliated with 1–2 institutions (and so their states), each declaring a conflict with about
 * `declaredShare` of the nominations. About 10% of all pairs end up conflicted.
 */
export function generateInstance(options: InstanceOptions): GeneratedInstance {
  const random = seededRandom(options.seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const pad = (i: number, width: number): string => String(i).padStart(width, '0');
  const stateCount = options.states ?? 32;
  const declaredShare = options.declaredShare ?? 0.05;

  const institutionCount = Math.max(stateCount * 2, Math.ceil(options.nominations / 8));
  const institutions = Array.from({ length: institutionCount }, (_, i) => ({
    id: `inst-${pad(i, 6)}`,
    stateCode: pad((i % stateCount) + 1, 2),
  }));
  const byState = new Map<string, string[]>();
  for (const inst of institutions)
    byState.set(inst.stateCode, [...(byState.get(inst.stateCode) ?? []), inst.id]);

  const nominations = Array.from({ length: options.nominations }, (_, i) => {
    const stateCode = pad(pick(stateCount) + 1, 2);
    const local = byState.get(stateCode) ?? [];
    return {
      id: `nom-${pad(i, 7)}`,
      nominatingInstitutionId: local[pick(local.length)],
      nomineeInstitutionId: local[pick(local.length)],
      stateCode,
    };
  });

  const judges: PanelJudge[] = Array.from({ length: options.judges }, (_, i) => {
    const affiliations = Array.from({ length: 1 + pick(2) }, () => {
      const inst = institutions[pick(institutions.length)];
      return { institutionId: inst.id, stateCode: inst.stateCode };
    });
    const nominationIds: string[] = [];
    for (const nomination of nominations) if (random() < declaredShare) nominationIds.push(nomination.id);
    return { id: `judge-${pad(i, 6)}`, affiliations, declaredConflicts: { nominationIds } };
  });

  const rubric = Array.from({ length: options.criteria ?? 0 }, (_, i) => ({
    key: `c${i + 1}`,
    weight: 5 + 5 * pick(4),
    min: 0,
    max: 10,
  }));

  return {
    input: { trackCode: 'LOCAL_OPEN_GOV', judgesPerNomination: options.k, nominations, judges },
    institutions,
    rubric,
  };
}

interface Figures {
  nominations: number;
  judges: number;
  edges: number;
  buildMs: number;
  solveMs: number;
  totalMs: number;
  /** CPU time of build + solve: less disturbed than wall time when other jobs share the machine. */
  cpuMs: number;
  pairs: number;
  unassigned: number;
  minLoad: number;
  maxLoad: number;
}

/** Builds and solves (the stages assignJudges runs, minus turning the result into id objects), timing each. */
function measure(input: AssignmentInput): Figures {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { problem } = buildProblem(input);
  const t1 = performance.now();
  const state = solveProblem(problem);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  let pairs = 0;
  let minLoad = Infinity;
  let maxLoad = -Infinity;
  for (let j = 0; j < problem.judgeIds.length; j++) {
    pairs += state.addedLoad[j];
    minLoad = Math.min(minLoad, state.load(j));
    maxLoad = Math.max(maxLoad, state.load(j));
  }
  let unassigned = 0;
  for (let n = 0; n < problem.nominationIds.length; n++) {
    if (problem.existingPerNomination[n] + state.added[n] < problem.k) unassigned++;
  }
  return {
    nominations: problem.nominationIds.length,
    judges: problem.judgeIds.length,
    edges: problem.adjJudge.length,
    buildMs: t1 - t0,
    solveMs: t2 - t1,
    totalMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    pairs,
    unassigned,
    minLoad,
    maxLoad,
  };
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** The headline instance: 5,000 nominations × 300 judges × k = 3. The first run is cold (JIT not warmed up). */
function single(): void {
  const options = { nominations: 5000, judges: 300, k: 3, seed: 2018 };
  const [instance, generateMs] = timed(() => generateInstance(options));
  const runs = Array.from({ length: 5 }, () => measure(instance.input));
  const cold = runs[0];
  const warm = runs.slice(1);
  const [plan, publicMs] = timed(() => assignJudges(instance.input));
  console.log(
    `instance: ${cold.nominations} nominations × ${cold.judges} judges, k = ${options.k}, seed ${options.seed}`,
  );
  console.log(`eligible pairs (edges): ${cold.edges.toLocaleString('en')}   generated in ${ms(generateMs)}`);
  console.log(
    `cold run:  build ${ms(cold.buildMs)}   solve ${ms(cold.solveMs)}   total ${ms(cold.totalMs)}` +
      `   (cpu ${ms(cold.cpuMs)})`,
  );
  console.log(
    `warm (median of ${warm.length}):  build ${ms(median(warm.map((f) => f.buildMs)))}   ` +
      `solve ${ms(median(warm.map((f) => f.solveMs)))}   total ${ms(median(warm.map((f) => f.totalMs)))}` +
      `   (cpu ${ms(median(warm.map((f) => f.cpuMs)))})`,
  );
  console.log(`assignJudges() end to end, plan objects included: ${ms(publicMs)}`);
  console.log(`pairs assigned: ${cold.pairs}   unassigned nominations: ${cold.unassigned}`);
  console.log(`load min/max: ${cold.minLoad}/${cold.maxLoad}   spread: ${cold.maxLoad - cold.minLoad}`);
  console.log(
    `machine: ${os.cpus().length} cpus, load average ${os.loadavg()[0].toFixed(1)} (wall times inflate under load)`,
  );
  if (plan.newAssignments.length !== cold.pairs) throw new Error('the staged and the public runs disagree');
}

/**
 * Multiples of (100 nominations, 20 judges, k = 3). The eligible-pair graph is dense (about 90% of all pairs)
 * and held in memory, so the panel is capped to keep nominations × judges within BENCH_MAX_PAIRS (default
 * 100 million): 1,000× would otherwise be 100,000 × 20,000 = 2 billion pairs. The table shows what ran.
 */
function scale(): void {
  const maxPairs = Number(process.env.BENCH_MAX_PAIRS ?? 100_000_000);
  console.log(
    `scale table: multiples of 100 nominations × 20 judges, k = 3; ` +
      `judges capped so that nominations × judges <= ${maxPairs.toLocaleString('en')}`,
  );
  const rows: Record<string, string | number>[] = [];
  for (const factor of [1, 10, 100, 1000]) {
    const nominations = 100 * factor;
    const wanted = 20 * factor;
    const judges = Math.min(wanted, Math.floor(maxPairs / nominations));
    const [instance, generateMs] = timed(() =>
      generateInstance({ nominations, judges, k: 3, seed: 2018 + factor }),
    );
    const f = measure(instance.input);
    rows.push({
      scale: `${factor}×`,
      nominations: f.nominations,
      judges: judges < wanted ? `${judges} (of ${wanted})` : judges,
      edges: f.edges,
      'generate ms': Math.round(generateMs),
      'build ms': Math.round(f.buildMs),
      'solve ms': Math.round(f.solveMs),
      'total ms': Math.round(f.totalMs),
      'cpu ms': Math.round(f.cpuMs),
      pairs: f.pairs,
      unassigned: f.unassigned,
      'min/max load': `${f.minLoad}/${f.maxLoad}`,
    });
  }
  console.table(rows);
}

if (require.main === module) {
  if (process.argv.includes('--scale')) scale();
  else single();
}
