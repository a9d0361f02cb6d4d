import { normalisedScore } from './rubric';
import { round6 } from './round';
import type { SheetSet } from './sheet-set';
import type { ScoringCriterion, StepComparison, TieBreakStep } from './types';
import { median6 } from './stats';

/**
 * The ranking order: higher aggregate; then, criterion by criterion in tie-break order, the higher mean
 * normalised score over the nomination's sheets; then the higher median of raw judge totals. Every value is
 * rounded to 6 decimals, so the order is a total preorder (equality is exact and transitive). Values past
 * the aggregate are computed only when an aggregate tie needs them.
 */
export class TieBreaker {
  private readonly criterionMeans: Float64Array;
  private readonly medians: Float64Array;

  constructor(
    private readonly rubric: readonly ScoringCriterion[],
    private readonly tieOrder: readonly number[],
    private readonly set: SheetSet,
    readonly aggregates: Float64Array,
  ) {
    this.criterionMeans = new Float64Array(set.nominations * rubric.length).fill(NaN);
    this.medians = new Float64Array(set.nominations).fill(NaN);
  }

  /** Mean over the nomination's sheets of 100·(s − min)/(max − min), rounded. */
  criterionMean(i: number, c: number): number {
    const slot = i * this.rubric.length + c;
    if (Number.isNaN(this.criterionMeans[slot])) {
      // one criterion at a time: the first criterion compared usually decides
      const { start, end, scores, criteria } = this.set;
      let sum = 0;
      for (let k = start[i]; k < end[i]; k++)
        sum += normalisedScore(this.rubric[c], scores[k * criteria + c]);
      this.criterionMeans[slot] = round6(sum / (end[i] - start[i]));
    }
    return this.criterionMeans[slot];
  }

  /** Median of the nomination's raw judge totals, rounded. */
  medianTotal(i: number): number {
    if (Number.isNaN(this.medians[i]))
      this.medians[i] = median6(this.set.total, this.set.start[i], this.set.end[i]);
    return this.medians[i];
  }

  /** Negative when a ranks before b, positive after, 0 for an unresolved tie. */
  compare(a: number, b: number): number {
    const da = this.aggregates[a];
    const db = this.aggregates[b];
    if (da !== db) return da > db ? -1 : 1;
    for (const c of this.tieOrder) {
      const ma = this.criterionMean(a, c);
      const mb = this.criterionMean(b, c);
      if (ma !== mb) return ma > mb ? -1 : 1;
    }
    const ma = this.medianTotal(a);
    const mb = this.medianTotal(b);
    return ma === mb ? 0 : ma > mb ? -1 : 1;
  }

  /** The chain walked from a's side against b: every step until the first that differs (all if none). */
  steps(a: number, b: number): { decidedBy: TieBreakStep | null; steps: StepComparison[] } {
    const steps: StepComparison[] = [];
    const push = (step: TieBreakStep, criterionKey: string | null, value: number, other: number): boolean => {
      steps.push({ step, criterionKey, value, other });
      return value !== other;
    };
    if (push('AGGREGATE', null, this.aggregates[a], this.aggregates[b]))
      return { decidedBy: 'AGGREGATE', steps };
    for (const c of this.tieOrder) {
      if (push('CRITERION', this.rubric[c].key, this.criterionMean(a, c), this.criterionMean(b, c))) {
        return { decidedBy: 'CRITERION', steps };
      }
    }
    if (push('MEDIAN_TOTAL', null, this.medianTotal(a), this.medianTotal(b)))
      return { decidedBy: 'MEDIAN_TOTAL', steps };
    return { decidedBy: null, steps };
  }
}
