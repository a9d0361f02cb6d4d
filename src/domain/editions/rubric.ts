import { isPrototypeName } from './rubric-keys';

export interface RubricCriterion {
  readonly key: string;
  readonly weight: number;
  readonly min: number;
  readonly max: number;
  readonly guidance: readonly { readonly score: number }[];
}

export type RubricProblem =
  | { index: number; field: 'key'; rule: 'DUPLICATE' }
  | { index: number; field: 'key'; rule: 'RESERVED' }
  | { index: number; field: 'max'; rule: 'NOT_ABOVE_MIN' }
  | { index: number; field: 'guidance'; rule: 'OUT_OF_RANGE' };

/** What the DTO cannot check alone: unique keys no plain object inherits, min < max, guidance inside the scale. */
export function rubricProblems(criteria: readonly RubricCriterion[]): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const seen = new Set<string>();
  criteria.forEach((c, index) => {
    if (isPrototypeName(c.key)) problems.push({ index, field: 'key', rule: 'RESERVED' });
    if (seen.has(c.key)) problems.push({ index, field: 'key', rule: 'DUPLICATE' });
    seen.add(c.key);
    if (!(c.max > c.min)) problems.push({ index, field: 'max', rule: 'NOT_ABOVE_MIN' });
    if (c.guidance.some((g) => g.score < c.min || g.score > c.max)) {
      problems.push({ index, field: 'guidance', rule: 'OUT_OF_RANGE' });
    }
  });
  return problems;
}
