export type ScoringInputProblem =
  | 'INVALID_RUBRIC'
  | 'INVALID_SETTINGS'
  | 'DUPLICATE_NOMINATION'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_NOMINATION'
  | 'DUPLICATE_SHEET'
  | 'INVALID_SCORE'
  | 'INVALID_OVERRIDE';

/**
 * Input the results cannot be computed from. The services validate what they store, so this only fires on
 * inconsistent data (e.g. a tampered public bundle); the results must never be computed from it silently.
 */
export class ScoringInputError extends Error {
  constructor(
    readonly problem: ScoringInputProblem,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ScoringInputError';
  }
}
