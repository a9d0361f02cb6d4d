import { additiveFit } from './calibrated';
import { round6 } from './round';
import type { SheetSet } from './sheet-set';

export interface ShrinkageResult {
  /** Mean of the bias-corrected totals per nomination (rounded), NaN without sheets. */
  readonly aggregates: Float64Array;
  /** The shrunk bias λ_j·b̂_j actually subtracted (rounded); 0 for a judge alone in its group. */
  readonly bias: Float64Array;
  /** Connected group of each judge, as CALIBRATED; −1 without sheets. */
  readonly group: Int32Array;
  /** b̂_j: CALIBRATED's bias (rounded). */
  readonly estimate: Float64Array;
  /** se_j² = σ̂²·(L⁺)_jj (rounded); 0 where there is no estimate or no σ̂². */
  readonly samplingVariance: Float64Array;
  /** λ_j = τ̂²/(τ̂² + se_j²) (rounded); 0 where nothing is corrected. */
  readonly shrinkage: Float64Array;
  /** Residual degrees of freedom of the additive model: sheets − nominations − judges + groups. */
  readonly residualDf: number;
  /** σ̂² = RSS/residualDf (rounded); null when residualDf = 0. */
  readonly residualVariance: number | null;
  /** τ̂² (rounded); null when it cannot be estimated (no σ̂², or no group of two judges). */
  readonly biasVariance: number | null;
}

/**
 * SHRUNK: CALIBRATED's biases shrunk toward 0 by how much of their spread the track's own data say is real
 * (empirical Bayes, method of moments, closed form; docs/scoring.md "SHRUNK").
 *
 *   σ̂²    = Σ (t_ij − q̂_i − b̂_j)² / (S − N − J + C)               residual variance of the additive fit
 *   se_j² = σ̂²·(L⁺)_jj                                             exact sampling variance of b̂_j
 *   τ̂²    = max(0, Σ_j (b̂_j² − se_j²) / Σ_groups (g − 1))           between-judge variance of the biases
 *   λ_j   = τ̂² / (τ̂² + se_j²),   b̃_j = λ_j·b̂_j,   aggregate_i = mean over its sheets of (t_ij − b̃_j)
 *
 * Every figure is rounded to 6 decimals and later steps use the rounded value, so the published b̃_j give
 * each aggregate from the sheets directly. Without residual degrees of freedom or without a group of two
 * judges nothing can tell bias from noise: λ = 0 and the aggregate is the plain mean.
 */
export function shrunkAggregates(set: SheetSet, judges: number): ShrinkageResult {
  const fit = additiveFit(set, judges, true);
  const leverage = fit.leverage!;
  const estimate = new Float64Array(judges);
  for (let j = 0; j < judges; j++) estimate[j] = round6(fit.bias[j]);

  let rss = 0;
  let rated = 0;
  for (let i = 0; i < set.nominations; i++) {
    if (set.end[i] === set.start[i]) continue;
    rated++;
    const q = fit.quality(i);
    for (let k = set.start[i]; k < set.end[i]; k++) {
      const r = set.total[k] - q - fit.bias[set.judge[k]];
      rss += r * r;
    }
  }
  let scoring = 0;
  let betweenDf = 0;
  for (const m of fit.members) {
    scoring += m.length;
    betweenDf += m.length - 1;
  }
  const residualDf = set.count - rated - scoring + fit.members.length;
  const residualVariance = residualDf > 0 ? round6(rss / residualDf) : null;

  const inPair = (j: number): boolean => fit.group[j] >= 0 && fit.members[fit.group[j]].length > 1;
  const samplingVariance = new Float64Array(judges);
  let biasVariance: number | null = null;
  if (residualVariance !== null && betweenDf > 0) {
    let excess = 0;
    for (let j = 0; j < judges; j++) {
      if (!inPair(j)) continue;
      samplingVariance[j] = round6(residualVariance * leverage[j]);
      excess += estimate[j] * estimate[j] - samplingVariance[j];
    }
    biasVariance = round6(Math.max(0, excess / betweenDf));
  }

  const shrinkage = new Float64Array(judges);
  const bias = new Float64Array(judges);
  if (biasVariance !== null && biasVariance > 0) {
    for (let j = 0; j < judges; j++) {
      if (!inPair(j)) continue;
      shrinkage[j] = round6(biasVariance / (biasVariance + samplingVariance[j]));
      bias[j] = round6(shrinkage[j] * estimate[j]);
    }
  }

  const aggregates = new Float64Array(set.nominations).fill(NaN);
  for (let i = 0; i < set.nominations; i++) {
    const from = set.start[i];
    const to = set.end[i];
    if (to === from) continue;
    let B = 0;
    for (let k = from; k < to; k++) B += bias[set.judge[k]];
    aggregates[i] = round6((fit.totals[i] - B) / (to - from));
  }
  return {
    aggregates,
    bias,
    group: fit.group,
    estimate,
    samplingVariance,
    shrinkage,
    residualDf,
    residualVariance,
    biasVariance,
  };
}
