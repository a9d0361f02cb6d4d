/**
 * Results benchmark: time of computeTrackResults (robustness off) per aggregation method.
 *
 *   npm run bench:results                     10,000 nominations × 5 judges each × 8 criteria
 *   npm run bench:results -- --panel 2000     same, with another panel size (default 500 judges)
 *   npm run bench:results -- --scale          1×, 10×, 100×, 1,000× of (100 nominations, 20 judges, k = 3, 6 criteria)
 *
 * Data are seeded (same numbers every run). Times are the median of 3 runs after one warm-up run.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  AGGREGATION_METHODS,
  computePreparedTrackResults,
  computeTrackResults,
  prepareTrack,
  type AggregationMethod,
  type TrackScoringInput,
} from '../src/domain/scoring';

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function shuffled(n: number, random: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

interface Shape {
  nominations: number;
  judges: number;
  k: number;
  criteria: number;
  /** Judges a nomination may draw from: the whole panel, or a window of panels around its block. */
  structure: 'ONE_PANEL' | 'PANELS';
}

/**
 * Balanced assignment: k distinct judges per nomination, taken from a stream of random permutations of the
 * judges it may draw from (loads differ by at most a few sheets). PANELS: block b of 100 nominations draws
 * from panels b and b+1 (20 judges each, cyclic), which keeps the whole track one connected group.
 */
function makeInput(shape: Shape, method: AggregationMethod, seed: number): TrackScoringInput {
  const random = rng(seed);
  const rubric = Array.from({ length: shape.criteria }, (_, c) => ({
    key: `c${c}`,
    weight: 10 + 5 * (c % 3),
    min: 0,
    max: 10,
  }));
  const bias = Array.from({ length: shape.judges }, () => 8 * normal(random));
  const nominations = Array.from({ length: shape.nominations }, (_, i) => ({
    id: `N${String(i).padStart(6, '0')}`,
    categoryKey: null,
    status: 'ELIGIBLE' as const,
  }));
  const sheets: { nominationId: string; judgeId: string; scores: Record<string, number> }[] = [];
  const streams = new Map<number, number[]>();
  const everyone = Array.from({ length: shape.judges }, (_, j) => j);
  const poolOf = (i: number): { key: number; judges: number[] } => {
    if (shape.structure === 'ONE_PANEL') return { key: 0, judges: everyone };
    const block = Math.floor(i / 100);
    const panels = shape.judges / 20;
    const judges = Array.from({ length: 40 }, (_, w) => (20 * block + w) % shape.judges);
    return { key: panels === 1 ? 0 : block, judges: [...new Set(judges)] };
  };
  for (let i = 0; i < shape.nominations; i++) {
    const pool = poolOf(i);
    let stream = streams.get(pool.key) ?? [];
    const chosen: number[] = [];
    const skipped: number[] = [];
    while (chosen.length < shape.k) {
      if (stream.length === 0) stream = shuffled(pool.judges.length, random).map((p) => pool.judges[p]);
      const j = stream.shift()!;
      (chosen.includes(j) ? skipped : chosen).push(j);
    }
    streams.set(pool.key, [...skipped, ...stream]);
    const quality = 60 + 12 * normal(random);
    for (const j of chosen) {
      const scores: Record<string, number> = {};
      for (const c of rubric) {
        const v = Math.round((quality + bias[j] + 8 * normal(random)) / 10);
        scores[c.key] = Math.min(10, Math.max(0, v));
      }
      sheets.push({ nominationId: nominations[i].id, judgeId: `U${String(j).padStart(6, '0')}`, scores });
    }
  }
  return {
    track: {
      code: 'BENCH',
      settings: { aggregation: method, minReviews: shape.k, places: 3, honourableMentions: 2, threshold: 50 },
      rubric,
      categories: [],
    },
    nominations,
    sheets,
  };
}

function withMethod(input: TrackScoringInput, method: AggregationMethod): TrackScoringInput {
  return { ...input, track: { ...input.track, settings: { ...input.track.settings, aggregation: method } } };
}

/**
 * Wall-clock and process CPU time (ms), each the median of the runs. CPU time includes the garbage collector's
 * helper threads, but not the time other processes take the CPU away: on a busy machine it is the steadier one.
 */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function timeMs(work: () => void, runs = 3): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { wall: median(wall), cpu: median(cpu) };
}

interface MethodTimes {
  /** One full computeTrackResults call per method (validation and preparation included each time). */
  readonly full: Record<AggregationMethod, Timing>;
  /** prepareTrack once, shared… */
  readonly prepare: Timing;
  /** …then computePreparedTrackResults per method (what the robustness what-ifs do). */
  readonly prepared: Record<AggregationMethod, Timing>;
}

function timeMethods(input: TrackScoringInput, runs = 3): MethodTimes {
  for (const m of AGGREGATION_METHODS) computeTrackResults(withMethod(input, m), { robustness: false }); // warm-up
  const full = {} as Record<AggregationMethod, Timing>;
  for (const m of AGGREGATION_METHODS) {
    const variant = withMethod(input, m);
    full[m] = timeMs(() => computeTrackResults(variant, { robustness: false }), runs);
  }
  let prepared = prepareTrack(input);
  const prepare = timeMs(() => (prepared = prepareTrack(input)), runs);
  const perMethod = {} as Record<AggregationMethod, Timing>;
  for (const m of AGGREGATION_METHODS) {
    perMethod[m] = timeMs(() => computePreparedTrackResults(prepared, m, { robustness: false }), runs);
  }
  return { full, prepare, prepared: perMethod };
}

function sum(times: Record<AggregationMethod, Timing>, extra: Timing = { wall: 0, cpu: 0 }): Timing {
  return AGGREGATION_METHODS.reduce(
    (s, m) => ({ wall: s.wall + times[m].wall, cpu: s.cpu + times[m].cpu }),
    extra,
  );
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function fmt(t: Timing): string {
  const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  return `${ms(t.wall)} (${ms(t.cpu)})`;
}

/** Other processes share the machine: the load average says how much of it the bench really had. */
function machine(): string {
  return `${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

function main(): void {
  console.log(`node ${process.version}, ${process.arch}; ${machine()}`);
  const cpu0 = process.cpuUsage();
  process.on('exit', () => {
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `process CPU time ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; at the end: ${machine()}`,
    );
  });
  if (process.argv.includes('--scale')) {
    const header = [
      'structure',
      'scale',
      'nominations',
      'judges',
      'sheets',
      'prepare',
      ...AGGREGATION_METHODS,
      'total',
    ];
    console.log(`| ${header.join(' | ')} |`);
    console.log(`|${header.map(() => '---').join('|')}|`);
    for (const structure of ['PANELS', 'ONE_PANEL'] as const) {
      for (const scale of [1, 10, 100, 1000]) {
        const shape: Shape = { nominations: 100 * scale, judges: 20 * scale, k: 3, criteria: 6, structure };
        if (structure === 'ONE_PANEL' && scale === 1000) {
          // One connected panel of 20,000 judges reviewing at random: the reduced system is dense (O(J³/6)).
          console.log(
            `| ${structure} | ${scale}× | ${shape.nominations} | ${shape.judges} | ${3 * shape.nominations} | not run: dense 20,000-judge system |`,
          );
          continue;
        }
        const input = makeInput(shape, 'MEAN', 42 + scale);
        const times = timeMethods(input, scale >= 100 ? 1 : 3);
        const total = sum(times.prepared, times.prepare);
        const cells = [structure, `${scale}×`, shape.nominations, shape.judges, input.sheets.length];
        const methodCells = AGGREGATION_METHODS.map((m) => fmt(times.prepared[m]));
        console.log(`| ${[...cells, fmt(times.prepare), ...methodCells, fmt(total)].join(' | ')} |`);
      }
    }
    console.log(
      'wall ms (CPU ms): prepareTrack once, then computePreparedTrackResults per method (robustness off); total = all of it',
    );
    return;
  }
  const judges = Number(argValue('--panel') ?? 500);
  const shape: Shape = { nominations: 10_000, judges, k: 5, criteria: 8, structure: 'ONE_PANEL' };
  const input = makeInput(shape, 'MEAN', 2018);
  console.log(
    `${shape.nominations} nominations × ${shape.k} judges each (panel of ${judges}) × ${shape.criteria} criteria = ${input.sheets.length} sheets`,
  );
  const times = timeMethods(input);
  console.log('| method | computeTrackResults, wall ms (CPU ms) | on the prepared track, wall ms (CPU ms) |');
  console.log('|---|---|---|');
  console.log(`| (prepareTrack, shared) | | ${fmt(times.prepare)} |`);
  for (const m of AGGREGATION_METHODS)
    console.log(`| ${m} | ${fmt(times.full[m])} | ${fmt(times.prepared[m])} |`);
  console.log(`| total | ${fmt(sum(times.full))} | ${fmt(sum(times.prepared, times.prepare))} |`);
}

main();
