import { computeTrackResults } from '../scoring/compute-track-results';
import { compareKeys } from '../scoring/round';
import type { NeighbourComparison, RankTrace, TrackResults } from '../scoring/types';
import { anonymiseTrack, judgeNumber } from './anonymise';
import {
  RESULTS_FORMAT_VERSION,
  type CategoryDocument,
  type EditionRef,
  type JudgeDocument,
  type NeighbourDocument,
  type ResultsDocument,
  type ResultsDocumentInput,
  type RoundDocument,
  type SealCriterion,
  type SealRoundInput,
  type SealTrackInput,
  type SheetDocument,
  type SheetRevisionDocument,
  type SheetRevisionInput,
  type TrackDocument,
  type TraceDocument,
} from './results-document.types';
import { ownScore } from '../editions/rubric-keys';
import { shortlistByRule } from '../scoring/shortlist';
import { judgeTotal } from '../scoring/rubric';
import { ScoringInputError } from '../scoring/errors';
import { scoreProblems } from '../judging/score-rules';

/** The results document of an edition from its private data (anonymised here). */
export function buildResultsDocument(input: ResultsDocumentInput): ResultsDocument {
  return buildPublicResultsDocument({ ...input, tracks: input.tracks.map(anonymiseTrack) });
}

/**
 * The results document from already public data (nomination ids are the keys, judges are J1, J2…), e.g.
 * what `resultsDocumentToInput` reads back from a published document or the public bundle.
 */
export function buildPublicResultsDocument(input: ResultsDocumentInput): ResultsDocument {
  const tracks = [...input.tracks].sort((a, b) => compareKeys(a.track.code, b.track.code)).map(trackDocument);
  const document: ResultsDocument = {
    formatVersion: RESULTS_FORMAT_VERSION,
    edition: editionRef(input.edition),
    tracks,
  };
  if (!input.correction) return document;
  const { version, previousSealSha256, erratum } = input.correction;
  return { ...document, correction: { version, previousSealSha256, erratum } };
}

function editionRef(edition: EditionRef): EditionRef {
  return { key: edition.key, name: edition.name };
}

/** Judge aliases in number order (J2 before J10). */
function byJudgeNumber(a: string, b: string): number {
  return judgeNumber(a) - judgeNumber(b) || compareKeys(a, b);
}

function trackDocument(input: SealTrackInput): TrackDocument {
  const document = computedTrackDocument(input);
  return input.rounds?.length ? { ...document, rounds: input.rounds.map(roundDocument) } : document;
}

/**
 * A closed round computed from its own input. The shortlist of a computed rule is what the rule gives from this
 * computation, whatever list came with the input, so a changed list cannot survive a recomputation.
 */
function roundDocument(round: SealRoundInput): RoundDocument {
  const t = computedTrackDocument(round.input);
  const rows = t.results.flatMap((c) =>
    c.rows.map((r) => ({ id: r.nominationKey, rank: r.rank, aggregate: r.aggregate })),
  );
  const { rule } = round;
  const keys = shortlistByRule(rows, rule) ?? round.shortlist;
  return {
    number: round.number,
    method: t.method,
    settings: t.settings,
    rubric: t.rubric,
    categories: t.categories,
    statistics: t.statistics,
    judges: t.judges,
    results: t.results,
    sheets: t.sheets,
    shortlist: {
      rule: rule.kind,
      size: rule.kind === 'TOP_N' ? rule.size : null,
      cut: rule.kind === 'CUT' ? rule.cut : null,
      nominationKeys: [...keys].sort(compareKeys),
      justification: round.justification,
    },
  };
}

function computedTrackDocument(input: SealTrackInput): TrackDocument {
  // The sealed document carries no robustness: it is deliberation support, not part of the result.
  const results: TrackResults = computeTrackResults(input, { robustness: false });
  const { track } = input;
  const statusOf = new Map(input.nominations.map((n) => [n.id, n.status]));

  const judges = [...results.judges].sort((a, b) => byJudgeNumber(a.judgeId, b.judgeId));
  const revisionOf = new Map(
    input.sheets.flatMap((s) =>
      s.revision ? [[`${s.nominationId}\u0000${s.judgeId}`, s.revision] as const] : [],
    ),
  );
  const groupNumber = new Map<number, number>();
  for (const j of judges)
    if (j.group !== null && !groupNumber.has(j.group)) groupNumber.set(j.group, groupNumber.size);

  return {
    code: track.code,
    method: results.method,
    settings: {
      aggregation: track.settings.aggregation,
      minReviews: track.settings.minReviews,
      places: track.settings.places,
      honourableMentions: track.settings.honourableMentions,
      threshold: track.settings.threshold,
    },
    rubric: track.rubric.map((c) => ({
      key: c.key,
      name: c.name ?? null,
      weight: c.weight,
      min: c.min,
      max: c.max,
    })),
    categories: [...track.categories].sort(compareKeys),
    statistics: results.trackStatistics && {
      mean: results.trackStatistics.mean,
      sd: results.trackStatistics.sd,
    },
    judges: judges.map((j): JudgeDocument => ({
      judge: j.judgeId,
      sheets: j.sheetCount,
      mean: j.mean,
      sd: j.sd,
      keepsRawTotals: j.keepsRawTotals,
      bias: j.bias,
      group: j.group === null ? null : groupNumber.get(j.group)!,
    })),
    results: results.categories.map((c): CategoryDocument => ({
      categoryKey: c.categoryKey,
      rows: c.rows.map((r) => ({
        nominationKey: r.nominationId,
        status: statusOf.get(r.nominationId)!,
        sheets: r.sheetCount,
        aggregate: r.aggregate,
        rank: r.rank,
        unrankedReason: r.unrankedReason,
        tie: r.tie,
        trace: r.trace && traceDocument(r.trace),
        computedAward: r.computed.award,
        computedAwardPending: r.computed.pending,
        finalAward: r.final.award,
        finalAwardPending: r.final.pending,
        overridden: r.overridden,
      })),
      desierto: { computed: [...c.desierto.computed], final: [...c.desierto.final] },
    })),
    overrides: results.overrides.map((o) => ({
      nominationKey: o.nominationId,
      kind: o.kind,
      award: o.kind === 'SET_AWARD' ? (o.award ?? null) : null,
      justification: o.justification,
      applied: o.applied,
    })),
    blockers: results.blockers.map((b) => ({
      code: b.code,
      nominationKeys: [...b.nominationIds],
      categoryKey: b.categoryKey,
      awardsAtStake: [...b.awardsAtStake],
    })),
    warnings: results.warnings.map((w) => ({
      code: w.code,
      nominationKeys: [...w.nominationIds],
      categoryKey: w.categoryKey,
      award: w.award,
    })),
    sheets: [...results.countedSheets]
      .sort((a, b) => compareKeys(a.nominationId, b.nominationId) || byJudgeNumber(a.judgeId, b.judgeId))
      .map((s) => {
        const revision = revisionOf.get(`${s.nominationId}\u0000${s.judgeId}`);
        const sheet: SheetDocument = {
          nominationKey: s.nominationId,
          judge: s.judgeId,
          // Counted sheets score every criterion (prepare.ts refuses any other).
          scores: inRubricOrder(track.rubric, s.scores),
          total: s.total,
        };
        return revision ? { ...sheet, revision: revisionDocument(track.rubric, revision) } : sheet;
      }),
  };
}

function inRubricOrder(
  rubric: readonly SealCriterion[],
  scores: Readonly<Record<string, number>>,
): Record<string, number> {
  return Object.fromEntries(rubric.map((c) => [c.key, ownScore(scores, c.key)!]));
}

/** The first version of a revised sheet, computed like any sheet (its total by the same formula). */
function revisionDocument(
  rubric: readonly SealCriterion[],
  revision: SheetRevisionInput,
): SheetRevisionDocument {
  const problems = scoreProblems(rubric, revision.scores, 'SUBMIT');
  if (problems.length)
    throw new ScoringInputError(
      'INVALID_SCORE',
      `A revised sheet's first version does not score the rubric`,
      {},
    );
  return {
    counted: 'REVISED',
    originalScores: inRubricOrder(rubric, revision.scores),
    originalTotal: judgeTotal(rubric, revision.scores),
    reason: revision.reason,
  };
}

function traceDocument(trace: RankTrace): TraceDocument {
  const neighbour = (c: NeighbourComparison | null): NeighbourDocument | null =>
    c && {
      nominationKey: c.nominationId,
      decidedBy: c.decidedBy,
      steps: c.steps.map((s) => ({
        step: s.step,
        criterionKey: s.criterionKey,
        value: s.value,
        other: s.other,
      })),
    };
  return {
    rank: trace.rank,
    above: neighbour(trace.above),
    below: neighbour(trace.below),
    tiedWith: [...trace.tiedWith],
    explanation: { es: trace.explanation.es, en: trace.explanation.en },
  };
}

/** Whether no nomination of any track has a rank: sealing it would give no award at all. */
export function nothingRanked(document: ResultsDocument): boolean {
  return document.tracks.every((t) => t.results.every((c) => c.rows.every((r) => r.rank === null)));
}
