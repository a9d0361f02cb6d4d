import type { Award, OverrideKind } from '../scoring/types';
import type { ShortlistRuleKind } from '../scoring/shortlist';
import type { ResultsDocument } from '../seal/results-document.types';
import type { PublicKeyRecord, SealSignature } from '../seal/signature';

// The public, anonymised bundle (docs/results.md): everything anyone needs to recompute and check the awards.

export const PUBLIC_BUNDLE_FORMAT = 'reconocimientos-public-bundle/3';

/** Formats the verifier reads: /2 had no rounds (every track judged in one round), which /3 reads the same. */
export const PUBLIC_BUNDLE_FORMATS_READ: readonly string[] = [
  'reconocimientos-public-bundle/2',
  PUBLIC_BUNDLE_FORMAT,
];

/**
 * A closed round of a track: its own scoring settings and sheets (judges J1… numbered within the round), and
 * the shortlist it sent on. Round 1 judged every nomination of the track; each later round, and then the
 * awarded one, judges the previous round's shortlist.
 */
export interface PublicBundleRound {
  trackCode: string;
  number: number;
  aggregation: string;
  minReviews: number;
  rubric: { key: string; name: string | null; weight: number; min: number; max: number }[];
  rule: ShortlistRuleKind;
  size: number | null;
  cut: number | null;
  /** Nomination keys. */
  shortlist: string[];
  justification: string | null;
  scoreSheets: {
    nominationKey: string;
    judge: string;
    scores: Record<string, number>;
    revision?: PublicBundleRevision;
  }[];
}

export interface PublicBundleInstitution {
  name: string;
  kind: string;
  level: string;
  stateCode: string | null;
}

export interface PublicBundleNomination {
  key: string;
  trackCode: string;
  categoryKey: string | null;
  status: string;
  title: string;
  summary: string;
  stateCode: string | null;
  nomineeInstitution: PublicBundleInstitution;
  nominatingInstitution: PublicBundleInstitution;
  evidenceUrls: string[];
  attachments: { name: string; mimeType: string; size: number; sha256: string }[];
  submittedAt: string | null;
  receiptHash: string | null;
}

export interface PublicBundleTrack {
  code: string;
  name: string;
  eligibilityRule: string;
  categories: { key: string; name: string }[];
  rubric: {
    key: string;
    name: string;
    description: string;
    weight: number;
    min: number;
    max: number;
    guidance: { score: number; text: string }[];
  }[];
  judgesPerNomination: number;
  blind: boolean;
  minReviews: number;
  aggregation: string;
  places: number;
  honourableMentions: number;
  threshold: number;
}

export interface PublicBundleSheet {
  trackCode: string;
  nominationKey: string;
  /** J1, J2…: numbered per track as in the results document. */
  judge: string;
  scores: Record<string, number>;
  /** A consensus revision: the first version's scores and the reason (the scores above, revised, count). */
  revision?: PublicBundleRevision;
}

export interface PublicBundleRevision {
  originalScores: Record<string, number>;
  reason: string;
}

export interface PublicBundleOverride {
  trackCode: string;
  nominationKey: string;
  kind: OverrideKind;
  award: Award | null;
  justification: string;
}

/** One version of the seal: the sealed document, its hash, the audit head, and the organisation's signature. */
export interface PublicBundleSeal {
  /** 1 for the first finalisation, 2, 3… for each correction. */
  version: number;
  /** SHA-256 of the RFC 8785 canonical JSON of `results`. */
  sha256: string;
  /** The version this one corrects (its `sha256`), null for version 1. */
  previousSealSha256: string | null;
  /** The published erratum of a correction, null for version 1. */
  erratum: string | null;
  auditHead: string;
  auditHeadSeq: number;
  finalizedAt: string;
  signature: SealSignature | null;
  results: ResultsDocument;
}

export interface PublicBundle {
  formatVersion: typeof PUBLIC_BUNDLE_FORMAT;
  edition: {
    key: string;
    name: string;
    year: number;
    timezone: string;
    announcementAt: string;
    participatingStates: string[];
    signatories?: { name: string; post: string }[];
    finalizedAt: string;
  };
  tracks: PublicBundleTrack[];
  nominations: PublicBundleNomination[];
  scoreSheets: PublicBundleSheet[];
  overrides: PublicBundleOverride[];
  /** The closed rounds of every track judged in more than one (absent in format /2: none). */
  rounds?: PublicBundleRound[];
  /** The current version: what `tracks`, `nominations`, `scoreSheets` and `overrides` recompute to. */
  seal: PublicBundleSeal;
  /** The earlier versions, oldest first (empty when there was no correction). */
  previousSeals: PublicBundleSeal[];
  /** The public keys that signed these seals. */
  keys: PublicKeyRecord[];
}

/** A key as the organisation lists it (`GET /api/public/keys`): with the period it signs in. */
export interface PublishedKey extends PublicKeyRecord {
  validFrom: string;
  /** Null while the key is in use; set when it was replaced (it still verifies what it signed before). */
  validTo: string | null;
}
