import type { NominationStatus } from '../intake/nomination-status';

/** How a nomination's sheets become one aggregate score (docs/domain.md). */
export type AggregationMethod = 'MEAN' | 'MEDIAN' | 'TRIMMED_MEAN' | 'ZSCORE' | 'CALIBRATED' | 'SHRUNK';

/** Every method, in the order the design lists them (robustness scenarios follow this order). */
export const AGGREGATION_METHODS: readonly AggregationMethod[] = [
  'MEAN',
  'MEDIAN',
  'TRIMMED_MEAN',
  'ZSCORE',
  'CALIBRATED',
  'SHRUNK',
];

export type Award = 'FIRST' | 'SECOND' | 'THIRD' | 'HONOURABLE_MENTION';

/** The places in order; a track awards the first `places` of them. */
export const PLACES: readonly Award[] = ['FIRST', 'SECOND', 'THIRD'];

/** One rubric criterion, as far as scoring needs it. */
export interface ScoringCriterion {
  readonly key: string;
  readonly weight: number;
  readonly min: number;
  readonly max: number;
}

/** The track's frozen scoring settings. */
export interface ScoringSettings {
  readonly aggregation: AggregationMethod;
  /** Quorum: fewer counted sheets than this and the nomination is not ranked (at least 1 is always needed). */
  readonly minReviews: number;
  /** 0–3 places (FIRST, SECOND, THIRD). */
  readonly places: number;
  readonly honourableMentions: number;
  /** Minimum aggregate (0–100) to receive any award. */
  readonly threshold: number;
}

export interface ScoringTrack {
  readonly code: string;
  readonly settings: ScoringSettings;
  /** In rubric order: that order breaks ties between criteria of equal weight. */
  readonly rubric: readonly ScoringCriterion[];
  /** Category keys; empty when the track gives its awards per track (rows then have categoryKey null). */
  readonly categories: readonly string[];
}

export interface ScoringNomination {
  readonly id: string;
  readonly categoryKey: string | null;
  /** Only SUBMITTED and ELIGIBLE nominations compete; the others and their sheets are ignored. */
  readonly status: NominationStatus;
}

export interface ScoringSheet {
  readonly nominationId: string;
  readonly judgeId: string;
  /** One finite score per rubric criterion, inside [min, max]. */
  readonly scores: Readonly<Record<string, number>>;
  /** Drafts never count. Absent means SUBMITTED (the public data only carries submitted sheets). */
  readonly status?: 'DRAFT' | 'SUBMITTED';
}

export type OverrideKind = 'SET_AWARD' | 'EXCLUDE';

/** An organiser's decision over the computed awards; in the order they were made (a later one wins). */
export interface ScoringOverride {
  readonly nominationId: string;
  readonly kind: OverrideKind;
  /** SET_AWARD only: the award to give, or null for none. */
  readonly award?: Award | null;
  /** The jury's minute; mandatory, published. */
  readonly justification: string;
}

export interface TrackScoringInput {
  readonly track: ScoringTrack;
  readonly nominations: readonly ScoringNomination[];
  readonly sheets: readonly ScoringSheet[];
  readonly overrides?: readonly ScoringOverride[];
}

export interface ComputeOptions {
  /** Compute the what-if scenarios (each other method, each judge left out). Default true. */
  readonly robustness?: boolean;
}

// ---------------------------------------------------------------------------------------------- results

/** One step of the tie-break chain: the aggregate, then criteria, then the median of raw totals. */
export type TieBreakStep = 'AGGREGATE' | 'CRITERION' | 'MEDIAN_TOTAL';

/** The two values compared at one step: this row's and the neighbour's (both rounded to 6 decimals). */
export interface StepComparison {
  readonly step: TieBreakStep;
  /** The criterion compared, for CRITERION steps; else null. */
  readonly criterionKey: string | null;
  readonly value: number;
  readonly other: number;
}

/** How this row's position against one neighbouring rank was decided. */
export interface NeighbourComparison {
  /** A nomination of the neighbouring rank (all its members compare equally; the lowest id is named). */
  readonly nominationId: string;
  /** The step whose values differed. */
  readonly decidedBy: TieBreakStep;
  /** Every step evaluated, equal ones first, the deciding one last. */
  readonly steps: readonly StepComparison[];
}

export interface LocalizedText {
  readonly es: string;
  readonly en: string;
}

export interface RankTrace {
  readonly rank: number;
  /** Against the nearest rank above (null for rank 1). */
  readonly above: NeighbourComparison | null;
  /** Against the nearest rank below (null for the last rank). */
  readonly below: NeighbourComparison | null;
  /** The other members of an unresolved tie (every step equal), sorted; empty when none. */
  readonly tiedWith: readonly string[];
  readonly explanation: LocalizedText;
}

export type UnrankedReason = 'QUORUM_MISSING' | 'EXCLUDED';

/** A what-if: another aggregation method, or the chosen one without one judge's sheets. */
export type RobustnessScenario =
  | { readonly kind: 'METHOD'; readonly method: AggregationMethod }
  | { readonly kind: 'WITHOUT_JUDGE'; readonly judgeId: string };

/** An award outcome: decided (an award or none) or pending (in an unresolved tie that splits awards). */
export interface AwardOutcome {
  readonly award: Award | null;
  readonly pending: boolean;
}

export interface RobustnessChange {
  readonly scenario: RobustnessScenario;
  readonly outcome: AwardOutcome;
}

export interface RowRobustness {
  /** True when any scenario gives this holder a different outcome. */
  readonly fragile: boolean;
  readonly changes: readonly RobustnessChange[];
}

export interface ResultRow {
  readonly nominationId: string;
  readonly categoryKey: string | null;
  /** Counted sheets. */
  readonly sheetCount: number;
  /** Null when there is no counted sheet (or the nomination is excluded). */
  readonly aggregate: number | null;
  /** Competition rank (1, 1, 3) within the category; null when unranked. */
  readonly rank: number | null;
  readonly unrankedReason: UnrankedReason | null;
  /** Member of an unresolved tie. */
  readonly tie: boolean;
  readonly trace: RankTrace | null;
  readonly computed: AwardOutcome;
  readonly final: AwardOutcome;
  /** A SET_AWARD override decided the final award. */
  readonly overridden: boolean;
  /** Only for rows holding (or pending) a computed award, when robustness was computed; else null. */
  readonly robustness: RowRobustness | null;
}

export interface DesiertoPlaces {
  /** Places no nomination qualified for (pending places are not desierto). */
  readonly computed: readonly Award[];
  /** Places nobody holds after the overrides (and not pending). */
  readonly final: readonly Award[];
}

export interface CategoryResults {
  readonly categoryKey: string | null;
  /** Ranked rows by rank then id, then unranked rows by id. */
  readonly rows: readonly ResultRow[];
  readonly desierto: DesiertoPlaces;
}

export interface JudgeStatistics {
  readonly judgeId: string;
  /** Counted sheets of this judge. */
  readonly sheetCount: number;
  /** ZSCORE: the judge's mean and population sd of totals; else null. */
  readonly mean: number | null;
  readonly sd: number | null;
  /** ZSCORE: the judge keeps raw totals (fewer than 2 sheets or zero spread); else null. */
  readonly keepsRawTotals: boolean | null;
  /**
   * CALIBRATED: estimated additive bias b_j (sums to zero in each connected group); SHRUNK: the shrunk bias
   * λ_j·b_j subtracted from the judge's totals; else null.
   */
  readonly bias: number | null;
  /** CALIBRATED, SHRUNK: index of the connected group of judges and nominations (0-based, by lowest judge id); else null. */
  readonly group: number | null;
}

export type BlockerCode = 'QUORUM_MISSING' | 'TIE_SPLITS_AWARD';

export interface FinalisationBlocker {
  readonly code: BlockerCode;
  readonly nominationIds: readonly string[];
  /** TIE_SPLITS_AWARD: the category and the outcomes the tied positions would receive. */
  readonly categoryKey: string | null;
  readonly awardsAtStake: readonly (Award | null)[];
}

export type WarningCode =
  | 'OVERRIDE_NOT_APPLICABLE' // SET_AWARD on a nomination that is not ranked (or not in competition)
  | 'OVERRIDE_SUPERSEDED' // a later override on the same nomination replaced it
  | 'AWARD_NOT_CONFIGURED' // a SET_AWARD gives a place or mention the track does not award
  | 'DUPLICATE_PLACE'; // after overrides, one place (FIRST…) is held by more than one nomination

export interface ResultWarning {
  readonly code: WarningCode;
  readonly nominationIds: readonly string[];
  readonly categoryKey: string | null;
  readonly award: Award | null;
}

export interface AppliedOverride extends ScoringOverride {
  /** Whether it is in force (not superseded, applicable). */
  readonly applied: boolean;
}

export interface ZscoreTrackStatistics {
  readonly mean: number;
  readonly sd: number;
}

export interface TrackResults {
  readonly trackCode: string;
  readonly method: AggregationMethod;
  readonly settings: ScoringSettings;
  /** ZSCORE only: m and s of all counted totals of the track. */
  readonly trackStatistics: ZscoreTrackStatistics | null;
  readonly categories: readonly CategoryResults[];
  readonly judges: readonly JudgeStatistics[];
  /** The sheets that count, sorted by nomination id then judge id, with their judge totals. */
  readonly countedSheets: readonly CountedSheet[];
  readonly overrides: readonly AppliedOverride[];
  readonly blockers: readonly FinalisationBlocker[];
  readonly warnings: readonly ResultWarning[];
  readonly finalisable: boolean;
  readonly robustnessComputed: boolean;
}

export interface CountedSheet {
  readonly nominationId: string;
  readonly judgeId: string;
  readonly scores: Readonly<Record<string, number>>;
  /** The judge total, 0–100, rounded to 6 decimals. */
  readonly total: number;
}
