import { ScoringInputError } from './errors';
import { round6 } from './round';
import type { ScoringCriterion, ScoringSettings } from './types';
import { AGGREGATION_METHODS } from './types';
import { ownScore } from '../editions/rubric-keys';

/**
 * Judge total of one sheet, 0–100: `100 × Σ w_c·(s_c − min_c)/(max_c − min_c) / Σ w_c`, rounded to 6
 * decimals. Summed in rubric order so the floating-point operations are the same on every machine.
 */
export function judgeTotal(
  rubric: readonly ScoringCriterion[],
  scores: Readonly<Record<string, number>>,
): number {
  return judgeTotalOf(
    rubric,
    rubric.map((c) => ownScore(scores, c.key) ?? Number.NaN),
    0,
  );
}

/** The same formula over scores stored in rubric order from `offset` (the flat arrays of a prepared track). */
export function judgeTotalOf(
  rubric: readonly ScoringCriterion[],
  scores: ArrayLike<number>,
  offset: number,
): number {
  let sum = 0;
  let weights = 0;
  for (let c = 0; c < rubric.length; c++) {
    const { weight, min, max } = rubric[c];
    sum += (weight * (scores[offset + c] - min)) / (max - min);
    weights += weight;
  }
  return round6((100 * sum) / weights);
}

/** One score on the common 0–100 scale: `100·(s − min)/(max − min)` (unrounded: callers round what they compare). */
export function normalisedScore(criterion: ScoringCriterion, score: number): number {
  return (100 * (score - criterion.min)) / (criterion.max - criterion.min);
}

/**
 * Criterion indices in tie-break order: descending weight, rubric order among equal weights (a stable sort
 * keeps rubric order).
 */
export function tieBreakOrder(rubric: readonly ScoringCriterion[]): number[] {
  return rubric.map((_, i) => i).sort((a, b) => rubric[b].weight - rubric[a].weight || a - b);
}

export function assertValidRubric(rubric: readonly ScoringCriterion[]): void {
  if (rubric.length === 0) throw new ScoringInputError('INVALID_RUBRIC', 'The rubric has no criteria');
  const keys = new Set<string>();
  let weights = 0;
  for (const c of rubric) {
    if (keys.has(c.key))
      throw new ScoringInputError('INVALID_RUBRIC', `Duplicate criterion ${c.key}`, { key: c.key });
    keys.add(c.key);
    const finite = [c.weight, c.min, c.max].every((v) => Number.isFinite(v));
    if (!finite || c.weight < 0 || !(c.max > c.min)) {
      throw new ScoringInputError('INVALID_RUBRIC', `Criterion ${c.key} needs weight ≥ 0 and min < max`, {
        key: c.key,
      });
    }
    weights += c.weight;
  }
  if (!(weights > 0)) throw new ScoringInputError('INVALID_RUBRIC', 'The weights of the rubric sum to zero');
}

export function assertValidSettings(settings: ScoringSettings): void {
  const fail = (field: string): never => {
    throw new ScoringInputError('INVALID_SETTINGS', `Invalid scoring setting ${field}`, { field });
  };
  if (!AGGREGATION_METHODS.includes(settings.aggregation)) fail('aggregation');
  if (!Number.isInteger(settings.minReviews) || settings.minReviews < 0) fail('minReviews');
  if (!Number.isInteger(settings.places) || settings.places < 0 || settings.places > 3) fail('places');
  if (!Number.isInteger(settings.honourableMentions) || settings.honourableMentions < 0)
    fail('honourableMentions');
  if (!Number.isFinite(settings.threshold) || settings.threshold < 0 || settings.threshold > 100)
    fail('threshold');
}
