import type { Award, OverrideKind } from '../domain/scoring/types';
import {
  buildPublicResultsDocument,
  canonicalJson,
  resultMismatches,
  sha256Hex,
  verifyResultsDocument,
  type ResultMismatch,
  type ResultsDocument,
  type ResultsDocumentInput,
  type VerificationReport,
} from '../domain/seal';
import { ScoringInputError } from '../domain/scoring/errors';
import type { Aggregation, TrackCode } from '../editions/track.entity';
import type { PublicEdition, PublicNomination, PublicSnapshot, PublicTrack } from './public-snapshot';

// Pure, framework-free: the public bundle, and its verification (also what `results:verify` runs).

export const PUBLIC_BUNDLE_FORMAT = 'reconocimientos-public-bundle/1';

export interface PublicBundleTrack extends Omit<PublicTrack, never> {
  minReviews: number;
  aggregation: Aggregation;
  places: number;
  honourableMentions: number;
  threshold: number;
}

export interface PublicBundleSheet {
  trackCode: TrackCode;
  nominationKey: string;
  /** J1, J2…: numbered per track as in the results document. */
  judge: string;
  scores: Record<string, number>;
}

export interface PublicBundleOverride {
  trackCode: TrackCode;
  nominationKey: string;
  kind: OverrideKind;
  award: Award | null;
  justification: string;
}

export interface PublicBundleSeal {
  /** SHA-256 of the RFC 8785 canonical JSON of `results`. */
  sha256: string;
  auditHead: string;
  auditHeadSeq: number;
  finalizedAt: string;
  results: ResultsDocument;
}

/**
 * The public, anonymised variant of the edition bundle (DESIGN §4): the edition, tracks with rubric and
 * settings, the nominations in competition without contact data, every counted score sheet with judges as
 * J1, J2…, the overrides with their justification, and the seal. Everything needed to recompute the awards.
 */
export interface PublicBundle {
  formatVersion: typeof PUBLIC_BUNDLE_FORMAT;
  edition: Omit<PublicEdition, 'id'> & { finalizedAt: string };
  tracks: PublicBundleTrack[];
  nominations: Omit<PublicNomination, 'id'>[];
  scoreSheets: PublicBundleSheet[];
  overrides: PublicBundleOverride[];
  seal: PublicBundleSeal;
}

export interface SealRecord {
  sha256: string;
  auditHead: string;
  auditHeadSeq: number;
  finalizedAt: Date;
}

/** The public bundle from what a seal stores: the sealed document and the public snapshot. */
export function buildPublicBundle(
  document: ResultsDocument,
  snapshot: PublicSnapshot,
  seal: SealRecord,
): PublicBundle {
  const names = new Map(snapshot.tracks.map((t) => [t.code as string, t]));
  const { id: _editionId, ...edition } = snapshot.edition;
  return {
    formatVersion: PUBLIC_BUNDLE_FORMAT,
    edition: { ...edition, finalizedAt: seal.finalizedAt.toISOString() },
    tracks: document.tracks.map((t) => {
      const described = names.get(t.code);
      return {
        code: t.code as TrackCode,
        name: described?.name ?? t.code,
        eligibilityRule: described?.eligibilityRule ?? 'PARTICIPATING_STATE',
        categories: described?.categories ?? t.categories.map((key) => ({ key, name: key })),
        // The scoring half of each criterion is the sealed one; descriptions and guidance come from the track.
        rubric: t.rubric.map((c) => {
          const full = described?.rubric.find((r) => r.key === c.key);
          return {
            key: c.key,
            name: c.name ?? full?.name ?? c.key,
            description: full?.description ?? '',
            weight: c.weight,
            min: c.min,
            max: c.max,
            guidance: full?.guidance ?? [],
          };
        }),
        judgesPerNomination: described?.judgesPerNomination ?? 0,
        blind: described?.blind ?? false,
        minReviews: t.settings.minReviews,
        aggregation: t.settings.aggregation as Aggregation,
        places: t.settings.places,
        honourableMentions: t.settings.honourableMentions,
        threshold: t.settings.threshold,
      };
    }),
    nominations: snapshot.nominations.map(({ id: _id, ...n }) => n),
    scoreSheets: document.tracks.flatMap((t) =>
      t.sheets.map((s) => ({
        trackCode: t.code as TrackCode,
        nominationKey: s.nominationKey,
        judge: s.judge,
        scores: { ...s.scores },
      })),
    ),
    overrides: document.tracks.flatMap((t) =>
      t.overrides.map((o) => ({
        trackCode: t.code as TrackCode,
        nominationKey: o.nominationKey,
        kind: o.kind,
        award: o.award,
        justification: o.justification,
      })),
    ),
    seal: {
      sha256: seal.sha256,
      auditHead: seal.auditHead,
      auditHeadSeq: seal.auditHeadSeq,
      finalizedAt: seal.finalizedAt.toISOString(),
      results: document,
    },
  };
}

/** The scoring input the bundle's own data describes (public ids: nomination keys, J1…). */
export function publicBundleToInput(bundle: PublicBundle): ResultsDocumentInput {
  return {
    edition: { key: bundle.edition.key, name: bundle.edition.name },
    tracks: bundle.tracks.map((t) => ({
      track: {
        code: t.code,
        settings: {
          aggregation: t.aggregation,
          minReviews: t.minReviews,
          places: t.places,
          honourableMentions: t.honourableMentions,
          threshold: t.threshold,
        },
        rubric: t.rubric.map((c) => ({ key: c.key, name: c.name, weight: c.weight, min: c.min, max: c.max })),
        categories: t.categories.map((c) => c.key),
      },
      nominations: bundle.nominations
        .filter((n) => n.trackCode === t.code)
        .map((n) => ({
          id: n.key,
          key: n.key,
          categoryKey: n.categoryKey,
          status: n.status,
        })),
      sheets: bundle.scoreSheets
        .filter((s) => s.trackCode === t.code)
        .map((s) => ({ nominationId: s.nominationKey, judgeId: s.judge, scores: s.scores })),
      overrides: bundle.overrides
        .filter((o) => o.trackCode === t.code)
        .map((o) => ({
          nominationId: o.nominationKey,
          kind: o.kind,
          ...(o.kind === 'SET_AWARD' ? { award: o.award } : {}),
          justification: o.justification,
        })),
    })),
  };
}

export interface AwardLine {
  trackCode: string;
  categoryKey: string | null;
  award: Award;
  /** Holders of the award (final, after overrides); empty when DESIERTO. */
  nominationKeys: string[];
}

/** Final awards of a results document, place by place, DESIERTO places with no holder. */
export function finalAwards(document: ResultsDocument): AwardLine[] {
  const order: Award[] = ['FIRST', 'SECOND', 'THIRD', 'HONOURABLE_MENTION'];
  const out: AwardLine[] = [];
  for (const track of document.tracks) {
    for (const category of track.results) {
      for (const award of order) {
        const holders = category.rows
          .filter((r) => r.finalAward === award && !r.finalAwardPending)
          .map((r) => r.nominationKey);
        if (holders.length > 0 || category.desierto.final.includes(award)) {
          out.push({
            trackCode: track.code,
            categoryKey: category.categoryKey,
            award,
            nominationKeys: holders,
          });
        }
      }
    }
  }
  return out;
}

export interface PublicBundleVerification {
  /** The data recomputes to the sealed document, whose hash is the sealed one. */
  ok: boolean;
  expectedSha256: string | null;
  /** SHA-256 of the document recomputed from the bundle's tracks, nominations, sheets and overrides. */
  recomputedSha256: string | null;
  /** SHA-256 of the document the bundle carries in `seal.results`. */
  publishedSha256: string | null;
  /** The recomputed document hashes to `seal.sha256`. */
  dataMatchesSeal: boolean;
  /** The carried document recomputes to itself and hashes to `seal.sha256`. */
  documentReport: VerificationReport | null;
  /** Awards per track and category: sealed and recomputed. */
  awards: { sealed: AwardLine[]; recomputed: AwardLine[] };
  /** Rows whose rank, aggregate or awards differ between the sealed and the recomputed document. */
  mismatches: ResultMismatch[];
  /** Why the bundle could not be verified at all (malformed, or data the scoring refuses). */
  error: string | null;
}

/** Recomputes the awards from a public bundle and checks them, and the hash, against its seal. */
export function verifyPublicBundle(value: unknown): PublicBundleVerification {
  const failed = (
    error: string,
    partial: Partial<PublicBundleVerification> = {},
  ): PublicBundleVerification => ({
    ok: false,
    expectedSha256: null,
    recomputedSha256: null,
    publishedSha256: null,
    dataMatchesSeal: false,
    documentReport: null,
    awards: { sealed: [], recomputed: [] },
    mismatches: [],
    error,
    ...partial,
  });
  const shape = shapeProblem(value);
  if (shape) return failed(shape);
  const bundle = value as PublicBundle;
  const expected = bundle.seal.sha256.toLowerCase();
  let publishedSha256: string | null = null;
  let sealed: AwardLine[] = [];
  let documentReport: VerificationReport | null = null;
  try {
    publishedSha256 = sha256Hex(canonicalJson(bundle.seal.results));
    sealed = finalAwards(bundle.seal.results);
    documentReport = verifyResultsDocument(bundle.seal.results, expected);
  } catch (error) {
    return failed(`seal.results is not a results document: ${message(error)}`, { expectedSha256: expected });
  }
  let recomputed: ResultsDocument;
  try {
    recomputed = buildPublicResultsDocument(publicBundleToInput(bundle));
  } catch (error) {
    if (!(error instanceof ScoringInputError) && !(error instanceof TypeError)) throw error;
    return failed(`the bundle's data cannot be scored: ${error.message}`, {
      expectedSha256: expected,
      publishedSha256,
      documentReport,
      awards: { sealed, recomputed: [] },
    });
  }
  const recomputedSha256 = sha256Hex(canonicalJson(recomputed));
  const dataMatchesSeal = recomputedSha256 === expected;
  return {
    ok: dataMatchesSeal && documentReport.ok,
    expectedSha256: expected,
    recomputedSha256,
    publishedSha256,
    dataMatchesSeal,
    documentReport,
    awards: { sealed, recomputed: finalAwards(recomputed) },
    mismatches: resultMismatches(bundle.seal.results, recomputed),
    error: null,
  };
}

function shapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not a JSON object';
  if (value.formatVersion !== PUBLIC_BUNDLE_FORMAT) {
    return `formatVersion is ${JSON.stringify(value.formatVersion)}, expected "${PUBLIC_BUNDLE_FORMAT}"`;
  }
  for (const key of ['tracks', 'nominations', 'scoreSheets', 'overrides'] as const) {
    if (!Array.isArray(value[key])) return `${key} is not an array`;
  }
  if (!isRecord(value.edition)) return 'edition is missing';
  const seal = value.seal;
  if (!isRecord(seal)) return 'seal is missing';
  if (typeof seal.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(seal.sha256))
    return 'seal.sha256 is not a SHA-256';
  if (!isRecord(seal.results) || !Array.isArray(seal.results.tracks))
    return 'seal.results is not a results document';
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
