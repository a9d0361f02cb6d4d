import type { NominationStatus } from '../intake/nomination-status';
import type {
  AggregationMethod,
  Award,
  BlockerCode,
  LocalizedText,
  OverrideKind,
  ScoringCriterion,
  ScoringNomination,
  ScoringSettings,
  ScoringSheet,
  ScoringTrack,
  StepComparison,
  TieBreakStep,
  TrackScoringInput,
  UnrankedReason,
  WarningCode,
} from '../scoring/types';
import type { ShortlistRule, ShortlistRuleKind } from '../scoring/shortlist';

export const RESULTS_FORMAT_VERSION = 'reconocimientos-results/1';

// ---------------------------------------------------------------------------------------------- input

export interface SealCriterion extends ScoringCriterion {
  readonly name?: string | null;
}

export interface SealNomination extends ScoringNomination {
  /** The public key (the bundle's own key); defaults to the id. */
  readonly key?: string;
}

export interface SealTrack extends ScoringTrack {
  readonly rubric: readonly SealCriterion[];
}

/** A consensus revision of a sheet: its scores as first submitted and why the judge changed them. */
export interface SheetRevisionInput {
  readonly scores: Readonly<Record<string, number>>;
  readonly reason: string;
}

export interface SealSheet extends ScoringSheet {
  /** Present when the sheet was revised in the consensus step: its `scores` are the revised ones, which count. */
  readonly revision?: SheetRevisionInput;
}

/** A track's scoring input, with the public names the document uses. */
export interface SealTrackInput extends TrackScoringInput {
  readonly track: SealTrack;
  readonly nominations: readonly SealNomination[];
  readonly sheets: readonly SealSheet[];
  /** The closed rounds before the one awarded, in order (absent or empty: the track judged in one round). */
  readonly rounds?: readonly SealRoundInput[];
}

/**
 * A closed round: its own scoring input (settings with no places: a round before the last awards nothing), how
 * it ended, and the nominations (ids) its shortlist sent on.
 */
export interface SealRoundInput {
  readonly number: number;
  readonly input: SealTrackInput;
  readonly rule: ShortlistRule;
  readonly shortlist: readonly string[];
  readonly justification: string | null;
}

export interface EditionRef {
  readonly key: string;
  readonly name: string;
}

export interface ResultsDocumentInput {
  readonly edition: EditionRef;
  readonly tracks: readonly SealTrackInput[];
  /** Present from seal version 2 on: what this version corrects. */
  readonly correction?: CorrectionRef;
}

/**
 * A corrected seal names the version it replaces (by the SHA-256 of its document) and the published erratum.
 * Absent in version 1, whose documents are therefore byte for byte what they were before corrections existed.
 */
export interface CorrectionRef {
  /** 2, 3…: the seal version this document is. */
  readonly version: number;
  readonly previousSealSha256: string;
  /** The erratum: why the results were corrected, as published. */
  readonly erratum: string;
}

// ---------------------------------------------------------------------------------------------- document

export interface ResultsDocument {
  readonly formatVersion: typeof RESULTS_FORMAT_VERSION;
  readonly edition: EditionRef;
  /** Sorted by track code. */
  readonly tracks: readonly TrackDocument[];
  readonly correction?: CorrectionRef;
}

export interface RubricDocument {
  readonly key: string;
  readonly name: string | null;
  readonly weight: number;
  readonly min: number;
  readonly max: number;
}

export interface JudgeDocument {
  /** J1, J2…: numbered per track in the order of their first sheet (sheets by nomination key, then judge id). */
  readonly judge: string;
  readonly sheets: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly keepsRawTotals: boolean | null;
  readonly bias: number | null;
  /** CALIBRATED: connected group, numbered in the order of the judges. */
  readonly group: number | null;
}

export interface NeighbourDocument {
  readonly nominationKey: string;
  readonly decidedBy: TieBreakStep;
  readonly steps: readonly StepComparison[];
}

export interface TraceDocument {
  readonly rank: number;
  readonly above: NeighbourDocument | null;
  readonly below: NeighbourDocument | null;
  readonly tiedWith: readonly string[];
  readonly explanation: LocalizedText;
}

export interface RowDocument {
  readonly nominationKey: string;
  readonly status: NominationStatus;
  readonly sheets: number;
  readonly aggregate: number | null;
  readonly rank: number | null;
  readonly unrankedReason: UnrankedReason | null;
  readonly tie: boolean;
  readonly trace: TraceDocument | null;
  readonly computedAward: Award | null;
  readonly computedAwardPending: boolean;
  readonly finalAward: Award | null;
  readonly finalAwardPending: boolean;
  readonly overridden: boolean;
}

export interface CategoryDocument {
  readonly categoryKey: string | null;
  /** By rank then nomination key; unranked rows last, by nomination key. */
  readonly rows: readonly RowDocument[];
  readonly desierto: { readonly computed: readonly Award[]; readonly final: readonly Award[] };
}

export interface OverrideDocument {
  readonly nominationKey: string;
  readonly kind: OverrideKind;
  readonly award: Award | null;
  readonly justification: string;
  readonly applied: boolean;
}

export interface BlockerDocument {
  readonly code: BlockerCode;
  readonly nominationKeys: readonly string[];
  readonly categoryKey: string | null;
  readonly awardsAtStake: readonly (Award | null)[];
}

export interface WarningDocument {
  readonly code: WarningCode;
  readonly nominationKeys: readonly string[];
  readonly categoryKey: string | null;
  readonly award: Award | null;
}

export interface SheetDocument {
  readonly nominationKey: string;
  readonly judge: string;
  readonly scores: Readonly<Record<string, number>>;
  readonly total: number;
  /**
   * Present when the judge revised the sheet in the consensus step: `counted` says the revised version (the
   * scores above) counted; the first version and the judge's reason are kept beside it.
   */
  readonly revision?: SheetRevisionDocument;
}

export interface SheetRevisionDocument {
  readonly counted: 'REVISED';
  readonly originalScores: Readonly<Record<string, number>>;
  readonly originalTotal: number;
  readonly reason: string;
}

export interface ShortlistDocument {
  readonly rule: ShortlistRuleKind;
  /** TOP_N: how many per category. */
  readonly size: number | null;
  /** CUT: the lowest aggregate that went through. */
  readonly cut: number | null;
  /** By key. TOP_N and CUT: what the rule gives from this round's results; SELECTION: the organiser's choice. */
  readonly nominationKeys: readonly string[];
  readonly justification: string | null;
}

/** A closed round: computed like a track (judges numbered J1… within the round), awarding nothing. */
export interface RoundDocument extends Omit<
  TrackDocument,
  'code' | 'overrides' | 'blockers' | 'warnings' | 'rounds'
> {
  readonly number: number;
  readonly shortlist: ShortlistDocument;
}

export interface TrackDocument {
  readonly code: string;
  readonly method: AggregationMethod;
  readonly settings: ScoringSettings;
  readonly rubric: readonly RubricDocument[];
  /** The track's category keys (empty: awards per track). */
  readonly categories: readonly string[];
  /** ZSCORE: mean and population sd of every counted total of the track. */
  readonly statistics: { readonly mean: number; readonly sd: number } | null;
  readonly judges: readonly JudgeDocument[];
  /** Per category, sorted by category key (null when the track has none). */
  readonly results: readonly CategoryDocument[];
  /** In the order they were made (the last one per nomination is in force). */
  readonly overrides: readonly OverrideDocument[];
  readonly blockers: readonly BlockerDocument[];
  readonly warnings: readonly WarningDocument[];
  /** Every counted sheet, by nomination key then judge number. */
  readonly sheets: readonly SheetDocument[];
  /** The closed rounds before the awarded one (absent when the track judged in one round). */
  readonly rounds?: readonly RoundDocument[];
}
