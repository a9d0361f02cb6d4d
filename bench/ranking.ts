/**
 * Ranking-quality simulation: how well each aggregation method recovers the true order when judges are
 * biased. Seeded, so every run prints the same table.
 *
 *   npm run bench:ranking                    200 tracks per σ_b
 *   npm run bench:ranking -- --tracks 1000 --seed 7
 *
 * Each track: 30 nominations with true quality q ~ N(60, 12); 10 judges with bias b ~ N(0, σ_b) on the 0–100
 * total; each nomination gets k = 3 distinct judges, loads balanced (9 sheets per judge); a sheet's total is
 * q + b + e with e ~ N(0, 8), clipped to [0, 100] and kept to 2 decimals (one 0–100 criterion, so the judge total
 * is the score). Reported per method and σ_b: the share of the true top 3 found in the method's top 3, and
 * Kendall's tau-b between the aggregates and the true qualities (means over the tracks, ± one standard error),
 * and the top-3 difference from MEAN on the same tracks (paired: mean ± standard error of the differences).
 * ORACLE is not a method: the mean of the totals with each judge's true bias removed, the ceiling of any
 * additive bias correction. Then SHRUNK's own figures per σ_b: mean τ̂² and λ, and how often τ̂² = 0.
 */
import {
  AGGREGATION_METHODS,
  computeTrackResults,
  prepareTrack,
  type AggregationMethod,
  type TrackScoringInput,
} from '../src/domain/scoring';
import { shrunkAggregates } from '../src/domain/scoring/shrunk';

const NOMINATIONS = 30;
const JUDGES = 10;
const K = 3;
const SIGMAS = [0, 10, 15];

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

interface SimulatedTrack {
  readonly input: TrackScoringInput;
  readonly quality: readonly number[];
  /** Per judge index (J00, J01…), the bias the simulation drew. */
  readonly bias: readonly number[];
}

function simulate(random: () => number, sigmaBias: number): SimulatedTrack {
  const quality = Array.from({ length: NOMINATIONS }, () => 60 + 12 * normal(random));
  const bias = Array.from({ length: JUDGES }, () => sigmaBias * normal(random));
  const load = new Array<number>(JUDGES).fill(0);
  const sheets: TrackScoringInput['sheets'][number][] = [];
  for (let i = 0; i < NOMINATIONS; i++) {
    // the K least-loaded judges, ties broken at random
    const order = Array.from({ length: JUDGES }, (_, j) => ({ j, r: random() })).sort(
      (a, b) => load[a.j] - load[b.j] || a.r - b.r,
    );
    for (const { j } of order.slice(0, K)) {
      load[j]++;
      const total = Math.min(100, Math.max(0, quality[i] + bias[j] + 8 * normal(random)));
      sheets.push({
        nominationId: id(i),
        judgeId: `J${String(j).padStart(2, '0')}`,
        scores: { q: Math.round(total * 100) / 100 },
      });
    }
  }
  return {
    quality,
    bias,
    input: {
      track: {
        code: 'SIM',
        settings: { aggregation: 'MEAN', minReviews: K, places: 3, honourableMentions: 0, threshold: 0 },
        rubric: [{ key: 'q', weight: 1, min: 0, max: 100 }],
        categories: [],
      },
      nominations: Array.from({ length: NOMINATIONS }, (_, i) => ({
        id: id(i),
        categoryKey: null,
        status: 'ELIGIBLE' as const,
      })),
      sheets,
    },
  };
}

function id(i: number): string {
  return `N${String(i).padStart(2, '0')}`;
}

/** Kendall's tau-b (ties in either ranking handled). */
function kendallTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  return (
    (concordant - discordant) /
    Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY))
  );
}

interface Score {
  readonly top3: number;
  readonly tau: number;
}

function evaluateMethod(track: SimulatedTrack, method: AggregationMethod): Score {
  const input = {
    ...track.input,
    track: { ...track.input.track, settings: { ...track.input.track.settings, aggregation: method } },
  };
  const results = computeTrackResults(input, { robustness: false });
  const rows = results.categories[0].rows;
  const aggregate = new Array<number>(NOMINATIONS);
  for (const r of rows) aggregate[Number(r.nominationId.slice(1))] = r.aggregate!;
  const found = rows.slice(0, 3).filter((r) => trueTop(track).has(Number(r.nominationId.slice(1)))).length;
  return { top3: found / 3, tau: kendallTauB(aggregate, track.quality) };
}

function trueTop(track: SimulatedTrack): Set<number> {
  return new Set([...track.quality.keys()].sort((a, b) => track.quality[b] - track.quality[a]).slice(0, 3));
}

/** The mean of each nomination's totals minus the true bias of each judge; its top 3 by value, then id. */
function evaluateOracle(track: SimulatedTrack): Score {
  const sum = new Array<number>(NOMINATIONS).fill(0);
  const count = new Array<number>(NOMINATIONS).fill(0);
  for (const sheet of track.input.sheets) {
    const i = Number(sheet.nominationId.slice(1));
    sum[i] += sheet.scores.q - track.bias[Number(sheet.judgeId.slice(1))];
    count[i]++;
  }
  const aggregate = sum.map((v, i) => v / count[i]);
  const order = [...aggregate.keys()].sort((a, b) => aggregate[b] - aggregate[a] || a - b);
  const found = order.slice(0, 3).filter((i) => trueTop(track).has(i)).length;
  return { top3: found / 3, tau: kendallTauB(aggregate, track.quality) };
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function meanAndError(values: readonly number[]): string {
  const m = mean(values);
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
  return `${m.toFixed(3)} ± ${(sd / Math.sqrt(values.length)).toFixed(3)}`;
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function main(): void {
  const tracks = Number(argValue('--tracks') ?? 200);
  const seed = Number(argValue('--seed') ?? 2018);
  console.log(
    `${tracks} tracks per σ_b; ${NOMINATIONS} nominations, ${JUDGES} judges, k = ${K}; q ~ N(60, 12), noise ~ N(0, 8); seed ${seed}`,
  );
  console.log('| method | σ_b | true top 3 recovered | top 3 − MEAN (paired) | Kendall tau-b |');
  console.log('|---|---|---|---|---|');
  const shrinkage: string[] = [];
  for (const sigma of SIGMAS) {
    const random = rng(seed * 1000 + sigma);
    const simulated = Array.from({ length: tracks }, () => simulate(random, sigma));
    const baseline = simulated.map((t) => evaluateMethod(t, 'MEAN'));
    const rows: [string, Score[]][] = [
      ...AGGREGATION_METHODS.map((m): [string, Score[]] => [
        m,
        m === 'MEAN' ? baseline : simulated.map((t) => evaluateMethod(t, m)),
      ]),
      ['ORACLE', simulated.map(evaluateOracle)],
    ];
    for (const [name, scores] of rows) {
      const paired = scores.map((s, k) => s.top3 - baseline[k].top3);
      console.log(
        `| ${name} | ${sigma} | ${meanAndError(scores.map((s) => s.top3))} | ${meanAndError(paired)} | ${meanAndError(scores.map((s) => s.tau))} |`,
      );
    }
    const figures = simulated.map((t) => {
      const prepared = prepareTrack(t.input);
      return shrunkAggregates(prepared.counted, prepared.judgeIds.length);
    });
    shrinkage.push(
      `| ${sigma} | ${mean(figures.map((f) => f.biasVariance ?? 0)).toFixed(2)} | ` +
        `${mean(figures.map((f) => f.residualVariance ?? 0)).toFixed(2)} | ` +
        `${mean(figures.map((f) => mean([...f.samplingVariance]))).toFixed(2)} | ` +
        `${mean(figures.map((f) => mean([...f.shrinkage]))).toFixed(3)} | ` +
        `${mean(figures.map((f) => (f.biasVariance === 0 ? 1 : 0))).toFixed(3)} |`,
    );
  }
  console.log('');
  console.log('SHRUNK, means over the tracks:');
  console.log('| σ_b | τ̂² | σ̂² | se_j² | λ_j | share with τ̂² = 0 |');
  console.log('|---|---|---|---|---|---|');
  for (const line of shrinkage) console.log(line);
}

main();
