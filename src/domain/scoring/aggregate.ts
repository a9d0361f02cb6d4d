import { calibratedAggregates } from './calibrated';
import type { SheetSet } from './sheet-set';
import { shrunkAggregates } from './shrunk';
import { mean6, median6, trimmedMean6 } from './stats';
import type { AggregationMethod } from './types';
import { zscoreAggregates } from './zscore';

/** Per-judge figures a method publishes (null where the method has none). */
export interface JudgeFigures {
  readonly mean: Float64Array | null;
  readonly sd: Float64Array | null;
  readonly keepsRaw: Uint8Array | null;
  readonly bias: Float64Array | null;
  readonly group: Int32Array | null;
}

export interface AggregationResult {
  /** Per nomination index, rounded to 6 decimals; NaN when it has no sheet in the set. */
  readonly aggregates: Float64Array;
  readonly judges: JudgeFigures;
  /** ZSCORE: m and s of the track. */
  readonly trackStatistics: { readonly mean: number; readonly sd: number } | null;
}

const NO_JUDGE_FIGURES: JudgeFigures = { mean: null, sd: null, keepsRaw: null, bias: null, group: null };

/** Aggregates every nomination of the set with one method. Normalising methods use the whole set (the track). */
export function aggregate(method: AggregationMethod, set: SheetSet, judges: number): AggregationResult {
  switch (method) {
    case 'MEAN':
      return perNomination(set, mean6);
    case 'MEDIAN':
      return perNomination(set, median6);
    case 'TRIMMED_MEAN':
      return perNomination(set, trimmedMean6);
    case 'ZSCORE': {
      const z = zscoreAggregates(set, judges);
      return {
        aggregates: z.aggregates,
        judges: { ...NO_JUDGE_FIGURES, mean: z.judgeMean, sd: z.judgeSd, keepsRaw: z.keepsRaw },
        trackStatistics: { mean: z.mean, sd: z.sd },
      };
    }
    case 'CALIBRATED':
    case 'SHRUNK': {
      const c = (method === 'CALIBRATED' ? calibratedAggregates : shrunkAggregates)(set, judges);
      return {
        aggregates: c.aggregates,
        judges: { ...NO_JUDGE_FIGURES, bias: c.bias, group: c.group },
        trackStatistics: null,
      };
    }
  }
}

function perNomination(
  set: SheetSet,
  of: (totals: Float64Array, from: number, to: number) => number,
): AggregationResult {
  const aggregates = new Float64Array(set.nominations).fill(NaN);
  for (let i = 0; i < set.nominations; i++) {
    if (set.end[i] > set.start[i]) aggregates[i] = of(set.total, set.start[i], set.end[i]);
  }
  return { aggregates, judges: NO_JUDGE_FIGURES, trackStatistics: null };
}
