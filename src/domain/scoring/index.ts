// The results of a track (docs/domain.md): pure, framework-free, deterministic.
export { computeTrackResults, computePreparedTrackResults, effectiveQuorum } from './compute-track-results';
export { prepareTrack, type PreparedTrack } from './prepare';
export { round6, compareKeys } from './round';
export { judgeTotal, normalisedScore, tieBreakOrder } from './rubric';
export { mean6, median6, trimmedMean6 } from './stats';
export { awardSlots } from './evaluate';
export { robustnessScenarios } from './robustness';
export { ScoringInputError, type ScoringInputProblem } from './errors';
export * from './types';
export * from './shortlist';
