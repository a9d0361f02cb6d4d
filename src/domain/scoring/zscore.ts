import { round6 } from './round';
import type { SheetSet } from './sheet-set';
import { meanAndPopulationSd } from './stats';

export interface ZscoreResult {
  /** Per nomination: mean of the mapped totals (rounded), NaN without sheets. */
  readonly aggregates: Float64Array;
  /** m and s of all counted totals of the track (rounded). */
  readonly mean: number;
  readonly sd: number;
  /** Per judge (rounded): m_j, s_j, and whether the judge keeps raw totals. */
  readonly judgeMean: Float64Array;
  readonly judgeSd: Float64Array;
  readonly keepsRaw: Uint8Array;
}

/**
 * ZSCORE over the whole track: a sheet's total t becomes `m + s·(t − m_j)/s_j`; a judge with fewer than 2
 * sheets or zero spread keeps raw totals; mapped totals are not clipped. m, s, m_j and s_j are rounded to 6
 * decimals before use, as they are published: a verifier mapping the published totals with the published
 * statistics performs the same operations. "Zero spread" means s_j rounds to 0.
 */
export function zscoreAggregates(set: SheetSet, judges: number): ZscoreResult {
  const track = meanAndPopulationSd(set.total);
  const m = set.count > 0 ? round6(track.mean) : 0;
  const s = set.count > 0 ? round6(track.sd) : 0;

  const perJudge: number[][] = Array.from({ length: judges }, () => []);
  for (let k = 0; k < set.count; k++) perJudge[set.judge[k]].push(set.total[k]);
  const judgeMean = new Float64Array(judges);
  const judgeSd = new Float64Array(judges);
  const keepsRaw = new Uint8Array(judges);
  perJudge.forEach((totals, j) => {
    const stats = meanAndPopulationSd(totals);
    judgeMean[j] = totals.length > 0 ? round6(stats.mean) : 0;
    judgeSd[j] = totals.length > 0 ? round6(stats.sd) : 0;
    keepsRaw[j] = totals.length < 2 || judgeSd[j] === 0 ? 1 : 0;
  });

  const aggregates = new Float64Array(set.nominations).fill(NaN);
  for (let i = 0; i < set.nominations; i++) {
    const from = set.start[i];
    const to = set.end[i];
    if (to === from) continue;
    let sum = 0;
    for (let k = from; k < to; k++) {
      const j = set.judge[k];
      const t = set.total[k];
      sum += keepsRaw[j] ? t : m + (s * (t - judgeMean[j])) / judgeSd[j];
    }
    aggregates[i] = round6(sum / (to - from));
  }
  return { aggregates, mean: m, sd: s, judgeMean, judgeSd, keepsRaw };
}
