import { evaluate, type Evaluation } from './evaluate';
import { prepareTrack, type PreparedTrack } from './prepare';
import { computeRobustness } from './robustness';
import { categoryTraces } from './trace';
import { ScoringInputError } from './errors';
import {
  AGGREGATION_METHODS,
  PLACES,
  type AggregationMethod,
  type AppliedOverride,
  type Award,
  type AwardOutcome,
  type CategoryResults,
  type ComputeOptions,
  type FinalisationBlocker,
  type JudgeStatistics,
  type RankTrace,
  type ResultRow,
  type ResultWarning,
  type RowRobustness,
  type TrackResults,
  type TrackScoringInput,
} from './types';

/**
 * The results of one track: counted sheets, aggregates, ranks with their traces, computed and final awards,
 * DESIERTO places, blockers, warnings and (optionally) robustness. Pure and deterministic: the same input in
 * any order gives the same output, because everything is sorted by id before any arithmetic.
 */
export function computeTrackResults(input: TrackScoringInput, options: ComputeOptions = {}): TrackResults {
  const prepared = prepareTrack(input);
  return computePreparedTrackResults(prepared, prepared.settings.aggregation, options);
}

/**
 * The results of an already prepared (validated, sorted) track under a given method — for comparing
 * methods on the same data without preparing it again (`prepareTrack` is the larger part of the cost).
 */
export function computePreparedTrackResults(
  prepared: PreparedTrack,
  method: AggregationMethod,
  options: ComputeOptions = {},
): TrackResults {
  if (!AGGREGATION_METHODS.includes(method)) {
    throw new ScoringInputError('INVALID_SETTINGS', `Unknown aggregation method ${String(method)}`, {
      field: 'aggregation',
    });
  }
  return resultsOf(prepared, method, options);
}

/** The effective quorum: a nomination needs at least one sheet to have an aggregate at all. */
export function effectiveQuorum(minReviews: number): number {
  return Math.max(1, minReviews);
}

function resultsOf(prep: PreparedTrack, method: AggregationMethod, options: ComputeOptions): TrackResults {
  const { nominationIds: ids, counted, overrides, overrideState } = prep;
  const settings = { ...prep.settings, aggregation: method };
  const N = ids.length;
  const quorum = effectiveQuorum(settings.minReviews);
  const sheetCount = (i: number): number => counted.end[i] - counted.start[i];

  const candidates = new Uint8Array(N);
  for (let i = 0; i < N; i++) candidates[i] = !prep.excluded[i] && sheetCount(i) >= quorum ? 1 : 0;
  const base = evaluate(prep, method, counted, candidates);
  const traces = new Map<number, RankTrace>();
  for (const category of base.categories) {
    for (const [i, trace] of categoryTraces(prep, base, category.groups)) traces.set(i, trace);
  }

  // Overrides: the last one of each nomination is in force; SET_AWARD applies to ranked nominations only.
  const warnings: ResultWarning[] = [];
  const warn = (
    code: ResultWarning['code'],
    nominationIds: string[],
    categoryKey: string | null,
    award: Award | null,
  ) => warnings.push({ code, nominationIds, categoryKey, award });
  const setAward = new Map<number, Award | null>();
  const applied = new Set<number>();
  overrideState.inForce.forEach((k, i) => {
    if (k < 0) return;
    const o = overrides[k];
    if (o.kind === 'EXCLUDE') {
      applied.add(k);
    } else if (base.ranked[i]) {
      applied.add(k);
      setAward.set(i, o.award ?? null);
      if (o.award && !awardConfigured(o.award, settings.places, settings.honourableMentions)) {
        warn('AWARD_NOT_CONFIGURED', [ids[i]], prep.categoryOf[i], o.award);
      }
    } else {
      warn('OVERRIDE_NOT_APPLICABLE', [ids[i]], prep.categoryOf[i], o.award ?? null);
    }
  });
  overrides.forEach((o, k) => {
    if (overrideState.notCompeting.has(k))
      warn('OVERRIDE_NOT_APPLICABLE', [o.nominationId], null, o.award ?? null);
    if (overrideState.superseded.has(k)) warn('OVERRIDE_SUPERSEDED', [o.nominationId], null, o.award ?? null);
  });
  const finalOutcome = (i: number): AwardOutcome =>
    setAward.has(i) ? { award: setAward.get(i)!, pending: false } : base.outcome[i];

  const blockers: FinalisationBlocker[] = [];
  const belowQuorum = ids.filter((_, i) => !prep.excluded[i] && sheetCount(i) < quorum);
  if (belowQuorum.length > 0) {
    blockers.push({
      code: 'QUORUM_MISSING',
      nominationIds: belowQuorum,
      categoryKey: null,
      awardsAtStake: [],
    });
  }
  for (const category of base.categories) {
    for (const group of category.groups) {
      if (group.awardsAtStake && !group.members.every((i) => setAward.has(i))) {
        blockers.push({
          code: 'TIE_SPLITS_AWARD',
          nominationIds: group.members.map((i) => ids[i]),
          categoryKey: category.categoryKey,
          awardsAtStake: group.awardsAtStake,
        });
      }
    }
  }

  const robustness = options.robustness === false ? null : computeRobustness(prep, method, base);

  const categories = base.categories.map((category): CategoryResults => {
    const rows: ResultRow[] = [];
    const row = (i: number, rank: number | null, tie: boolean): ResultRow => ({
      nominationId: ids[i],
      categoryKey: prep.categoryOf[i],
      sheetCount: sheetCount(i),
      aggregate: prep.excluded[i] || sheetCount(i) === 0 ? null : base.aggregation.aggregates[i],
      rank,
      unrankedReason: rank !== null ? null : prep.excluded[i] ? 'EXCLUDED' : 'QUORUM_MISSING',
      tie,
      trace: traces.get(i) ?? null,
      computed: base.outcome[i],
      final: finalOutcome(i),
      overridden: setAward.has(i),
      robustness: robustnessOf(robustness, i),
    });
    for (const group of category.groups) {
      for (const i of group.members) rows.push(row(i, group.rank, group.members.length > 1));
    }
    for (let i = 0; i < N; i++) {
      if (!base.ranked[i] && prep.categoryOf[i] === category.categoryKey) rows.push(row(i, null, false));
    }
    const finalDesierto = PLACES.slice(0, settings.places).filter(
      (place) =>
        !rows.some((r) => r.final.award === place) &&
        !category.groups.some(
          (g) => g.awardsAtStake?.includes(place) && g.members.some((i) => !setAward.has(i)),
        ),
    );
    for (const place of PLACES) {
      const holders = rows.filter((r) => r.final.award === place).map((r) => r.nominationId);
      if (holders.length > 1) warn('DUPLICATE_PLACE', holders, category.categoryKey, place);
    }
    return {
      categoryKey: category.categoryKey,
      rows,
      desierto: { computed: category.desierto, final: finalDesierto },
    };
  });

  return {
    trackCode: prep.input.track.code,
    method,
    settings,
    trackStatistics: base.aggregation.trackStatistics,
    categories,
    judges: judgeStatistics(prep, base),
    countedSheets: prep.countedSheets,
    overrides: overrides.map((o, k): AppliedOverride => ({ ...o, applied: applied.has(k) })),
    blockers,
    warnings,
    finalisable: blockers.length === 0,
    robustnessComputed: robustness !== null,
  };
}

function robustnessOf(robustness: Map<number, RowRobustness> | null, i: number): RowRobustness | null {
  return robustness?.get(i) ?? null;
}

function awardConfigured(award: Award, places: number, mentions: number): boolean {
  return award === 'HONOURABLE_MENTION' ? mentions > 0 : PLACES.indexOf(award) < places;
}

function judgeStatistics(prep: PreparedTrack, base: Evaluation): JudgeStatistics[] {
  const sheets = new Int32Array(prep.judgeIds.length);
  for (let k = 0; k < prep.counted.count; k++) sheets[prep.counted.judge[k]]++;
  const f = base.aggregation.judges;
  return prep.judgeIds.map((judgeId, j) => ({
    judgeId,
    sheetCount: sheets[j],
    mean: f.mean ? f.mean[j] : null,
    sd: f.sd ? f.sd[j] : null,
    keepsRawTotals: f.keepsRaw ? f.keepsRaw[j] === 1 : null,
    bias: f.bias ? f.bias[j] : null,
    group: f.group ? f.group[j] : null,
  }));
}
