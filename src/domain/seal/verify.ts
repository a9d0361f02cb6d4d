import { ScoringInputError } from '../scoring/errors';
import { compareKeys } from '../scoring/round';
import { judgeNumber } from './anonymise';
import { canonicalJson, sha256Hex } from './canonical';
import { buildPublicResultsDocument } from './results-document';
import { checkShortlist, type ShortlistRule } from '../scoring/shortlist';
import type {
  ResultsDocument,
  ResultsDocumentInput,
  SealRoundInput,
  SealTrackInput,
  SheetDocument,
  ShortlistDocument,
  TrackDocument,
} from './results-document.types';

/** The scoring input a published document was computed from (public ids: nomination keys, J1…). */
export function resultsDocumentToInput(document: ResultsDocument): ResultsDocumentInput {
  return {
    edition: document.edition,
    tracks: document.tracks.map((t) => ({
      ...documentToTrackInput(t, t.code, t.overrides),
      ...(t.rounds?.length
        ? {
            rounds: t.rounds.map((r): SealRoundInput => ({
              number: r.number,
              input: documentToTrackInput(r, t.code, []),
              rule: ruleOf(r.shortlist),
              shortlist: r.shortlist.nominationKeys,
              justification: r.shortlist.justification,
            })),
          }
        : {}),
    })),
    ...(document.correction ? { correction: document.correction } : {}),
  };
}

type ComputedPart = Pick<TrackDocument, 'settings' | 'rubric' | 'categories' | 'results' | 'sheets'>;

function documentToTrackInput(
  t: ComputedPart,
  code: string,
  overrides: TrackDocument['overrides'],
): SealTrackInput {
  return {
    track: {
      code,
      settings: t.settings,
      rubric: t.rubric.map((c) => ({ key: c.key, name: c.name, weight: c.weight, min: c.min, max: c.max })),
      categories: t.categories,
    },
    nominations: t.results.flatMap((c) =>
      c.rows.map((r) => ({
        id: r.nominationKey,
        key: r.nominationKey,
        categoryKey: c.categoryKey,
        status: r.status,
      })),
    ),
    sheets: t.sheets.map((s) => ({
      nominationId: s.nominationKey,
      judgeId: s.judge,
      scores: s.scores,
      ...(s.revision ? { revision: { scores: s.revision.originalScores, reason: s.revision.reason } } : {}),
    })),
    overrides: overrides.map((o) => ({
      nominationId: o.nominationKey,
      kind: o.kind,
      ...(o.kind === 'SET_AWARD' ? { award: o.award } : {}),
      justification: o.justification,
    })),
  };
}

function ruleOf(shortlist: ShortlistDocument): ShortlistRule {
  switch (shortlist.rule) {
    case 'TOP_N':
      return { kind: 'TOP_N', size: shortlist.size ?? NaN };
    case 'CUT':
      return { kind: 'CUT', cut: shortlist.cut ?? NaN };
    case 'SELECTION':
      return { kind: 'SELECTION' };
  }
}

/**
 * What the rounds of a published document must hold beyond recomputing: each shortlist is valid for its round
 * (a selection names nominations of the round, once each, with a justification; a computed rule gives exactly
 * the listed nominations), and each round after the first, the awarded one included, judges exactly the
 * nominations the previous shortlist named. One line per problem (empty: none).
 */
export function roundProblems(document: ResultsDocument): string[] {
  const out: string[] = [];
  for (const t of document.tracks) {
    const rounds = t.rounds ?? [];
    const keysOf = (part: ComputedPart): string[] =>
      part.results.flatMap((c) => c.rows.map((r) => r.nominationKey)).sort(compareKeys);
    rounds.forEach((r, i) => {
      const rows = r.results.flatMap((c) =>
        c.rows.map((row) => ({ id: row.nominationKey, rank: row.rank, aggregate: row.aggregate })),
      );
      for (const p of checkShortlist(
        rows,
        ruleOf(r.shortlist),
        r.shortlist.nominationKeys,
        r.shortlist.justification,
      ))
        out.push(
          `${t.code} round ${r.number}: shortlist ${p.code}${p.ids.length ? ` (${p.ids.join(', ')})` : ''}`,
        );
      if (r.number !== i + 1) out.push(`${t.code}: round ${r.number} where round ${i + 1} was expected`);
      // A shortlisted nomination may drop out later (withdrawn, ruled ineligible); none may come in.
      const listed = new Set(r.shortlist.nominationKeys);
      const intruders = (i + 1 < rounds.length ? keysOf(rounds[i + 1]) : keysOf(t)).filter(
        (k) => !listed.has(k),
      );
      if (intruders.length)
        out.push(`${t.code} round ${i + 2}: not on round ${r.number}'s shortlist (${intruders.join(', ')})`);
    });
  }
  return out;
}

export interface DocumentDifference {
  readonly path: string;
  readonly published: unknown;
  readonly recomputed: unknown;
}

/** A row whose rank, aggregate or awards differ between the published and the recomputed document. */
export interface ResultMismatch {
  readonly trackCode: string;
  readonly categoryKey: string | null;
  readonly nominationKey: string;
  readonly field: 'missing' | 'rank' | 'aggregate' | 'computedAward' | 'finalAward';
  readonly published: unknown;
  readonly recomputed: unknown;
}

export interface VerificationReport {
  /** Everything checks: the document recomputes to itself, numbering is valid, and the hash matches (if given). */
  readonly ok: boolean;
  /** SHA-256 of the canonical published document. */
  readonly publishedSha256: string;
  /** SHA-256 of the canonical recomputed document (null when it could not be recomputed). */
  readonly recomputedSha256: string | null;
  readonly expectedSha256: string | null;
  /** The recomputed hash equals the expected one (null when no expected hash was given). */
  readonly hashMatches: boolean | null;
  readonly documentMatches: boolean;
  /** Judges are numbered J1, J2… in order of first sheet (as far as the public data can show). */
  readonly judgeNumberingValid: boolean;
  readonly resultMismatches: readonly ResultMismatch[];
  /** The first differences found (at most 100), by JSON path. */
  readonly differences: readonly DocumentDifference[];
  /** Shortlists that break their rule or rounds judging what no shortlist sent on (roundProblems). */
  readonly roundProblems: readonly string[];
  /** Why the document could not be recomputed, if it could not. */
  readonly error: string | null;
}

/**
 * Recomputes a published results document from its own public data (settings, rubric, nominations, counted
 * sheets, overrides) and checks that it reproduces, byte for byte in canonical form, and that its SHA-256 is
 * the sealed one. This is what anyone can run against the published results.
 */
export function verifyResultsDocument(
  published: ResultsDocument,
  expectedSha256?: string,
): VerificationReport {
  const publishedCanonical = canonicalJson(published);
  const publishedSha256 = sha256Hex(publishedCanonical);
  const expected = expectedSha256?.toLowerCase() ?? null;
  const judgeNumberingValid = published.tracks.every(
    (t) => judgeNumberingIsValid(t.sheets) && (t.rounds ?? []).every((r) => judgeNumberingIsValid(r.sheets)),
  );
  let recomputed: ResultsDocument;
  try {
    recomputed = buildPublicResultsDocument(resultsDocumentToInput(published));
  } catch (e) {
    if (!(e instanceof ScoringInputError) && !(e instanceof TypeError)) throw e;
    return {
      ok: false,
      publishedSha256,
      recomputedSha256: null,
      expectedSha256: expected,
      hashMatches: expected === null ? null : false,
      documentMatches: false,
      judgeNumberingValid,
      resultMismatches: [],
      differences: [],
      roundProblems: [],
      error: e.message,
    };
  }
  const recomputedCanonical = canonicalJson(recomputed);
  const recomputedSha256 = sha256Hex(recomputedCanonical);
  const documentMatches = recomputedCanonical === publishedCanonical;
  const hashMatches = expected === null ? null : expected === recomputedSha256;
  const rounds = roundProblems(published);
  return {
    ok: documentMatches && judgeNumberingValid && hashMatches !== false && rounds.length === 0,
    publishedSha256,
    recomputedSha256,
    expectedSha256: expected,
    hashMatches,
    documentMatches,
    judgeNumberingValid,
    resultMismatches: documentMatches ? [] : resultMismatches(published, recomputed),
    differences: documentMatches ? [] : differences(published, recomputed),
    roundProblems: rounds,
    error: null,
  };
}

/** The rows whose results differ (by track, category and nomination key). */
export function resultMismatches(published: ResultsDocument, recomputed: ResultsDocument): ResultMismatch[] {
  const out: ResultMismatch[] = [];
  const index = new Map<string, TrackDocument>(recomputed.tracks.map((t) => [t.code, t]));
  for (const track of published.tracks) {
    const other = index.get(track.code);
    for (const category of track.results) {
      const rows = new Map(
        other?.results
          .find((c) => c.categoryKey === category.categoryKey)
          ?.rows.map((r) => [r.nominationKey, r]) ?? [],
      );
      for (const row of category.rows) {
        const base = {
          trackCode: track.code,
          categoryKey: category.categoryKey,
          nominationKey: row.nominationKey,
        };
        const again = rows.get(row.nominationKey);
        if (!again) {
          out.push({ ...base, field: 'missing', published: row.nominationKey, recomputed: null });
          continue;
        }
        if (row.rank !== again.rank)
          out.push({ ...base, field: 'rank', published: row.rank, recomputed: again.rank });
        if (row.aggregate !== again.aggregate) {
          out.push({ ...base, field: 'aggregate', published: row.aggregate, recomputed: again.aggregate });
        }
        const award = (a: string | null, pending: boolean): string | null => (pending ? 'PENDING' : a);
        const [pc, rc] = [
          award(row.computedAward, row.computedAwardPending),
          award(again.computedAward, again.computedAwardPending),
        ];
        if (pc !== rc) out.push({ ...base, field: 'computedAward', published: pc, recomputed: rc });
        const [pf, rf] = [
          award(row.finalAward, row.finalAwardPending),
          award(again.finalAward, again.finalAwardPending),
        ];
        if (pf !== rf) out.push({ ...base, field: 'finalAward', published: pf, recomputed: rf });
      }
    }
  }
  return out;
}

/**
 * Judges must be numbered in the order of their first sheet when sheets are sorted by nomination key then
 * judge id. Judge ids are private, so what can be checked is that the judges first seen at each nomination
 * are exactly the next numbers.
 */
export function judgeNumberingIsValid(sheets: readonly SheetDocument[]): boolean {
  const byNomination = new Map<string, number[]>();
  for (const s of sheets) {
    const n = judgeNumber(s.judge);
    if (Number.isNaN(n)) return false;
    const list = byNomination.get(s.nominationKey) ?? [];
    list.push(n);
    byNomination.set(s.nominationKey, list);
  }
  const seen = new Set<number>();
  for (const key of [...byNomination.keys()].sort(compareKeys)) {
    const fresh = [...new Set(byNomination.get(key)!.filter((n) => !seen.has(n)))].sort((a, b) => a - b);
    for (const n of fresh) {
      if (n !== seen.size + 1) return false;
      seen.add(n);
    }
  }
  return true;
}

/** Structural JSON differences, depth first, at most `limit`. */
export function differences(published: unknown, recomputed: unknown, limit = 100): DocumentDifference[] {
  const out: DocumentDifference[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length)
        out.push({ path: `${path}.length`, published: a.length, recomputed: b.length });
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`);
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareKeys)) {
        walk(a[k], b[k], `${path}.${k}`);
      }
      return;
    }
    if (a !== b) out.push({ path, published: a, recomputed: b });
  };
  walk(published, recomputed, '$');
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
