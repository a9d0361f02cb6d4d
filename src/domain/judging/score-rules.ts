import { ownScore } from '../editions/rubric-keys';

/** The part of a rubric criterion that scoring rules need. */
export interface ScoreScale {
  readonly key: string;
  readonly min: number;
  readonly max: number;
}

export type ScoreProblemRule = 'UNKNOWN_CRITERION' | 'NOT_A_NUMBER' | 'OUT_OF_RANGE' | 'MISSING';

export interface ScoreProblem {
  readonly key: string;
  readonly rule: ScoreProblemRule;
  readonly min?: number;
  readonly max?: number;
}

/**
 * What is wrong with a set of scores against a rubric. Every score present must be a finite number inside its
 * criterion's [min, max] and name a criterion of the rubric; a draft may leave criteria out, a submission
 * may not. Problems come in rubric order, then unknown keys in the order given.
 */
export function scoreProblems(
  rubric: readonly ScoreScale[],
  scores: Readonly<Record<string, unknown>>,
  mode: 'DRAFT' | 'SUBMIT',
): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  const known = new Set(rubric.map((c) => c.key));
  for (const c of rubric) {
    const value = ownScore(scores, c.key);
    if (value === undefined || value === null) {
      if (mode === 'SUBMIT') problems.push({ key: c.key, rule: 'MISSING', min: c.min, max: c.max });
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ key: c.key, rule: 'NOT_A_NUMBER', min: c.min, max: c.max });
    } else if (value < c.min || value > c.max) {
      problems.push({ key: c.key, rule: 'OUT_OF_RANGE', min: c.min, max: c.max });
    }
  }
  for (const key of Object.keys(scores)) {
    if (!known.has(key)) problems.push({ key, rule: 'UNKNOWN_CRITERION' });
  }
  return problems;
}

/** The scores in rubric order, without null entries (a draft's cleared criteria). */
export function normaliseScores(
  rubric: readonly ScoreScale[],
  scores: Readonly<Record<string, unknown>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of rubric) {
    const value = ownScore(scores, c.key);
    if (typeof value === 'number') out[c.key] = value;
  }
  return out;
}

/** Whether every criterion of the rubric has a score. */
export function isComplete(
  rubric: readonly ScoreScale[],
  scores: Readonly<Record<string, unknown>>,
): boolean {
  return rubric.every((c) => typeof ownScore(scores, c.key) === 'number');
}
