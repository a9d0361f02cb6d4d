// Small builders for the specs (and anyone writing examples): a track input from compact literals.
import { prepareTrack } from './prepare';
import { shrunkAggregates, type ShrinkageResult } from './shrunk';
import type {
  AggregationMethod,
  ResultRow,
  ScoringCriterion,
  ScoringNomination,
  ScoringOverride,
  TrackResults,
  TrackScoringInput,
} from './types';

/** One criterion on 0–100 with weight 1: the judge total equals the score. */
export const PLAIN_RUBRIC: readonly ScoringCriterion[] = [{ key: 'q', weight: 1, min: 0, max: 100 }];

export interface InputSpec {
  readonly method?: AggregationMethod;
  readonly minReviews?: number;
  readonly places?: number;
  readonly mentions?: number;
  readonly threshold?: number;
  readonly rubric?: readonly ScoringCriterion[];
  readonly categories?: readonly string[];
  /** A bare id is an ELIGIBLE nomination without category. */
  readonly nominations: readonly (string | ScoringNomination)[];
  /** [nomination, judge, scores]; a number is the score of the plain rubric's single criterion. */
  readonly sheets: readonly (readonly [string, string, number | Record<string, number>])[];
  readonly overrides?: readonly ScoringOverride[];
}

export function makeInput(spec: InputSpec): TrackScoringInput {
  return {
    track: {
      code: 'TRACK',
      settings: {
        aggregation: spec.method ?? 'MEAN',
        minReviews: spec.minReviews ?? 1,
        places: spec.places ?? 3,
        honourableMentions: spec.mentions ?? 0,
        threshold: spec.threshold ?? 0,
      },
      rubric: spec.rubric ?? PLAIN_RUBRIC,
      categories: spec.categories ?? [],
    },
    nominations: spec.nominations.map((n) =>
      typeof n === 'string' ? { id: n, categoryKey: null, status: 'ELIGIBLE' as const } : n,
    ),
    sheets: spec.sheets.map(([nominationId, judgeId, scores]) => ({
      nominationId,
      judgeId,
      scores: typeof scores === 'number' ? { q: scores } : scores,
    })),
    overrides: spec.overrides ?? [],
  };
}

/** The row of a nomination, wherever its category. */
export function rowOf(results: TrackResults, nominationId: string): ResultRow {
  for (const c of results.categories) {
    const row = c.rows.find((r) => r.nominationId === nominationId);
    if (row) return row;
  }
  throw new Error(`no row for ${nominationId}`);
}

/** Full-panel sheets: every judge scores every nomination with quality[i] + bias[j] (plain rubric). */
export function plantedSheets(
  quality: Readonly<Record<string, number>>,
  bias: Readonly<Record<string, number>>,
): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const [n, q] of Object.entries(quality))
    for (const [j, b] of Object.entries(bias)) out.push([n, j, q + b]);
  return out;
}

/** SHRUNK's intermediate figures for an input (judges in id order). */
export function shrinkageOf(input: TrackScoringInput): ShrinkageResult {
  const prepared = prepareTrack(input);
  return shrunkAggregates(prepared.counted, prepared.judgeIds.length);
}
