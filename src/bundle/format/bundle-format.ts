import type { EligibilityRule, InstitutionLevel } from '../../domain/intake/eligibility';
import type { NominationStatus } from '../../domain/intake/nomination-status';
import type {
  CustomFieldValues,
  FieldFileType,
  FieldOption,
  FieldType,
} from '../../domain/intake/custom-fields';
import type { InstitutionKind } from '../../database/schema/institution.entity';
import type { AssignmentSource, AssignmentStatus } from '../../database/schema/assignment.entity';
import type { FeedbackDecision, ScoreSheetStatus } from '../../database/schema/score-sheet.entity';
import type { NominationChannel, PracticeDetails } from '../../database/schema/nomination.entity';
import type { Aggregation, Category, Criterion, TrackCode } from '../../database/schema/track.entity';
import type { Role, UserStatus } from '../../database/schema/user.entity';
import type { Award, OverrideKind } from '../../domain/scoring/types';
import type { ResultsDocument } from '../../domain/seal/results-document.types';
import type { ShortlistRuleKind } from '../../domain/scoring/shortlist';

/**
 * The edition bundle, format version 1 (docs/bundle.md, docs/bundle.schema.json). Every identifier is the
 * bundle's own string key — edition key, track code, institution key, user email, nomination key — never an
 * internal id, so an export of an imported bundle is the same document. Instants are ISO 8601 strings.
 */
export const BUNDLE_FORMAT_VERSION = 2;

/**
 * The versions this code imports. Version 2 added judging in rounds (optional `round`, `rounds`, `roundReached`
 * fields); a version 1 bundle has none of them and imports as a single round, as it was made.
 */
export const BUNDLE_FORMAT_VERSIONS_READ: readonly number[] = [1, 2];

/** An ISO 8601 instant, e.g. `2018-04-13T15:00:00.000Z`. */
export type Instant = string;

export interface BundleEdition {
  key: string;
  name: string;
  year: number;
  timezone: string;
  nominationsOpenAt: Instant;
  nominationsCloseAt: Instant;
  judgingOpenAt: Instant;
  judgingCloseAt: Instant;
  announcementAt: Instant;
  participatingStates: string[];
  finalizedAt: Instant | null;
  publishedAt: Instant | null;
}

export interface BundleTrack {
  code: TrackCode;
  name: string;
  eligibilityRule: EligibilityRule;
  categories: Category[];
  rubric: Criterion[];
  judgesPerNomination: number;
  minReviews: number;
  aggregation: Aggregation;
  places: number;
  honourableMentions: number;
  threshold: number;
  blind: boolean;
  frozenAt: Instant | null;
  /** The round being judged (absent: 1); the settings above are its own. */
  round?: number;
  /** The closed rounds, in order (absent: none). */
  rounds?: BundleRound[];
  /** Deliberation in the round being judged (absent: off), and with names (absent: pseudonyms). */
  deliberation?: boolean;
  deliberationNames?: boolean;
  /** Set while the consensus step is open (absent: closed). */
  consensusOpenedAt?: Instant | null;
  /** The custom nomination fields, in order (absent: none; older bundles have none). */
  fields?: BundleTrackField[];
}

/** A closed round of a track: the settings it was judged with and the shortlist it ended with. */
export interface BundleRound {
  number: number;
  rubric: Criterion[];
  judgesPerNomination: number;
  minReviews: number;
  aggregation: Aggregation;
  blind: boolean;
  openedAt: Instant | null;
  closedAt: Instant;
  closedByEmail: string | null;
  rule: ShortlistRuleKind;
  ruleSize: number | null;
  ruleCut: number | null;
  /** Nomination keys. */
  shortlist: string[];
  justification: string | null;
  deliberation?: boolean;
  deliberationNames?: boolean;
}

/** A custom nomination field of a track (docs/domain.md, "Custom fields"); its place in the list is its order. */
export interface BundleTrackField {
  key: string;
  type: FieldType;
  labelEs: string;
  labelEn: string;
  helpEs: string | null;
  helpEn: string | null;
  required: boolean;
  categories: string[];
  options: FieldOption[];
  min: number | null;
  max: number | null;
  maxLength: number | null;
  fileTypes: FieldFileType[];
  identifying: boolean;
}

export interface BundleInstitution {
  /** The natural key: folded name + `|` + state code (institutionNaturalKey). */
  key: string;
  name: string;
  kind: InstitutionKind;
  level: InstitutionLevel;
  stateCode: string | null;
}

export interface BundleAffiliation {
  institutionKey: string | null;
  stateCode: string | null;
}

export interface BundleUser {
  /** The user's key. */
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  /** A nominator's institution. */
  institutionKey: string | null;
  /** A judge's affiliations (every one counts for conflicts of interest). */
  affiliations: BundleAffiliation[];
}

export interface BundlePanelMember {
  judgeEmail: string;
  capacity: number | null;
  /** The round this member judges (absent: 1). */
  round?: number;
}

export interface BundleDeclaredConflict {
  judgeEmail: string;
  /** Exactly one of nominationKey and institutionKey is set. */
  nominationKey: string | null;
  institutionKey: string | null;
  reason: string;
  createdAt: Instant;
}

export interface BundlePanel {
  /** One of the bundle's track codes. */
  trackCode: string;
  members: BundlePanelMember[];
  conflicts: BundleDeclaredConflict[];
}

export interface BundleAttachment {
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: Instant;
  /** The custom FILE field it answers (absent: general evidence). */
  fieldKey?: string;
}

export interface BundleNomination {
  key: string;
  /** One of the bundle's track codes. */
  trackCode: string;
  categoryKey: string | null;
  nominatingInstitutionKey: string;
  nomineeInstitutionKey: string;
  stateCode: string | null;
  title: string;
  summary: string;
  description: string;
  practiceDetails: PracticeDetails;
  evidenceUrls: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  status: NominationStatus;
  eligibilityReason: string | null;
  channel: NominationChannel;
  extendedUntil: Instant | null;
  submittedAt: Instant | null;
  receiptHash: string | null;
  withdrawnAt: Instant | null;
  /** Consent to the public practices catalogue, given at submission (absent in older bundles: false). */
  publicationConsent?: boolean;
  /** The last round it competes in (absent: 1). */
  roundReached?: number;
  /** The values of the track's custom fields by key (absent: none; older bundles have none). */
  customFields?: CustomFieldValues;
  createdByEmail: string | null;
  createdAt: Instant;
  updatedAt: Instant;
  attachments: BundleAttachment[];
}

export interface BundleAssignment {
  nominationKey: string;
  judgeEmail: string;
  /** The round (absent: 1). */
  round?: number;
  status: AssignmentStatus;
  recusalReason: string | null;
  recusedAt: Instant | null;
  source: AssignmentSource;
  createdAt: Instant;
}

export interface BundleScoreSheet {
  nominationKey: string;
  judgeEmail: string;
  /** The round of its assignment (absent: 1). */
  round?: number;
  /** Criterion key → score, in rubric order. */
  scores: Record<string, number>;
  comment: string | null;
  status: ScoreSheetStatus;
  submittedAt: Instant | null;
  reopenedAt: Instant | null;
  reopenReason: string | null;
  createdAt: Instant;
  updatedAt: Instant;
  /** For the nominating institution, and the organiser's decision on it (absent in bundles before it existed). */
  feedback?: string | null;
  feedbackDecision?: FeedbackDecision | null;
  feedbackReleasedText?: string | null;
  feedbackReason?: string | null;
  feedbackDecidedAt?: Instant | null;
  /** A consensus revision (absent: none): the first version and why it changed; `scores` are the revised ones. */
  originalScores?: Record<string, number> | null;
  originalComment?: string | null;
  originalSubmittedAt?: Instant | null;
  revisionReason?: string | null;
  revisedAt?: Instant | null;
}

/** An organiser's override of the computed awards (results module, docs/results.md). */
export interface BundleOverride {
  trackCode: TrackCode;
  nominationKey: string;
  /** Order within the track (1, 2, …): the last override of a nomination is in force. */
  seq: number;
  kind: OverrideKind;
  /** SET_AWARD: the award, or null for none; EXCLUDE: null. */
  award: Award | null;
  /** The jury's minute. */
  justification: string;
  createdByEmail: string | null;
  createdAt: Instant;
}

/** The seal of a finalised edition (results module, docs/results.md). */
export interface BundleSeal {
  /** SHA-256 of the RFC 8785 canonical JSON of `results`. */
  sha256: string;
  /** Head of the exporting installation's audit chain when the results were sealed. */
  auditHead: string;
  auditHeadSeq: number;
  finalizedAt: Instant;
  finalizedByEmail: string | null;
  /** The sealed results document. */
  results: ResultsDocument;
  /** The seal version (absent: 1). The bundle's data recomputes to this, the current version. */
  version?: number;
  /** The version it corrects (its `sha256`) and the erratum; absent or null for version 1. */
  previousSealSha256?: string | null;
  erratum?: string | null;
  /** The earlier versions, oldest first (absent: none). */
  history?: BundleSealVersion[];
}

/** An earlier seal version of a corrected edition, as sealed. */
export type BundleSealVersion = Omit<BundleSeal, 'history'>;

export interface BundleV1 {
  formatVersion: number;
  edition: BundleEdition;
  tracks: BundleTrack[];
  institutions: BundleInstitution[];
  users: BundleUser[];
  panels: BundlePanel[];
  nominations: BundleNomination[];
  assignments: BundleAssignment[];
  scoreSheets: BundleScoreSheet[];
  overrides: BundleOverride[];
  seal: BundleSeal | null;
}

/** The sections of a bundle: every property but formatVersion. */
export type SectionName = Exclude<keyof BundleV1, 'formatVersion'>;
