import { compareKeys } from '../domain/scoring/round';
import type {
  AwardOutcome,
  NeighbourComparison,
  RankTrace,
  RobustnessScenario,
  TrackResults,
} from '../domain/scoring/types';
import type { SealTrackInput } from '../domain/seal';
import type { JudgeRef } from '../judging/judging.presenter';
import type { NominationEntity } from '../database/schema/nomination.entity';
import type { OverrideEntity } from '../database/schema/override.entity';

/**
 * The public alias (J1, J2…, as in the sealed document) → judge id, recovered from the two forms of the input:
 * the anonymised sheets are sorted by nomination key then judge id, as the private ones sorted the same way.
 */
export function judgeIdsOfAliases(input: SealTrackInput, anonymised: SealTrackInput): Map<string, string> {
  const keyOf = new Map(input.nominations.map((n) => [n.id, n.key ?? n.id]));
  const judgesByKey = new Map<string, string[]>();
  for (const s of input.sheets) {
    if (s.status === 'DRAFT') continue;
    const key = keyOf.get(s.nominationId)!;
    const list = judgesByKey.get(key) ?? [];
    list.push(s.judgeId);
    judgesByKey.set(key, list);
  }
  for (const list of judgesByKey.values()) list.sort(compareKeys);
  const position = new Map<string, number>();
  const out = new Map<string, string>();
  for (const s of anonymised.sheets) {
    const i = position.get(s.nominationId) ?? 0;
    position.set(s.nominationId, i + 1);
    const judgeId = judgesByKey.get(s.nominationId)?.[i];
    if (judgeId === undefined || (out.has(s.judgeId) && out.get(s.judgeId) !== judgeId)) {
      throw new Error(`Results preview: cannot map judge alias ${s.judgeId} back to a judge`);
    }
    out.set(s.judgeId, judgeId);
  }
  return out;
}

export interface NominationRef {
  id: string;
  key: string;
  title: string;
  categoryKey: string | null;
  status: NominationEntity['status'];
  nomineeInstitution: { id: string; name: string } | null;
}

export interface TrackViewContext {
  /** Nomination rows by key. */
  readonly byKey: ReadonlyMap<string, NominationRef>;
  /** Nomination rows by id (every nomination of the track). */
  readonly byId: ReadonlyMap<string, NominationRef>;
  /** The judge as the viewer sees it, from the public alias. */
  judge(alias: string): JudgeRef & { publicAlias: string };
  readonly overrides: readonly OverrideEntity[];
  /** Overrides passed to the computation (on nominations in competition), in order. */
  readonly computedOverrides: readonly OverrideEntity[];
}

/** The results of a track as organisers and observers see them, with ids and names instead of public keys. */
export function presentTrackResults(results: TrackResults, ctx: TrackViewContext) {
  const ref = (key: string): NominationRef =>
    ctx.byKey.get(key) ?? {
      id: key,
      key,
      title: '',
      categoryKey: null,
      status: 'SUBMITTED',
      nomineeInstitution: null,
    };
  const neighbour = (c: NeighbourComparison | null) =>
    c && { nomination: brief(ref(c.nominationId)), decidedBy: c.decidedBy, steps: c.steps };
  const trace = (t: RankTrace | null) =>
    t && {
      rank: t.rank,
      above: neighbour(t.above),
      below: neighbour(t.below),
      tiedWith: t.tiedWith.map((k) => brief(ref(k))),
      explanation: t.explanation,
    };
  const scenario = (s: RobustnessScenario) =>
    s.kind === 'METHOD' ? s : { kind: s.kind, judge: ctx.judge(s.judgeId) };
  const outcome = (o: AwardOutcome) => ({ award: o.award, pending: o.pending });
  const applied = results.overrides.map((o) => o.applied);
  const appliedById = new Map(ctx.computedOverrides.map((o, i) => [o.id, applied[i] ?? false]));

  return {
    method: results.method,
    settings: results.settings,
    statistics: results.trackStatistics,
    categories: results.categories.map((c) => ({
      categoryKey: c.categoryKey,
      rows: c.rows.map((r) => ({
        nomination: ref(r.nominationId),
        sheetCount: r.sheetCount,
        aggregate: r.aggregate,
        rank: r.rank,
        unrankedReason: r.unrankedReason,
        tie: r.tie,
        trace: trace(r.trace),
        computedAward: outcome(r.computed),
        finalAward: outcome(r.final),
        overridden: r.overridden,
        robustness: r.robustness && {
          fragile: r.robustness.fragile,
          changes: r.robustness.changes.map((ch) => ({
            scenario: scenario(ch.scenario),
            outcome: outcome(ch.outcome),
          })),
        },
      })),
      desierto: c.desierto,
    })),
    judges: results.judges.map((j) => ({
      judge: ctx.judge(j.judgeId),
      sheetCount: j.sheetCount,
      mean: j.mean,
      sd: j.sd,
      keepsRawTotals: j.keepsRawTotals,
      bias: j.bias,
      group: j.group,
    })),
    sheets: results.countedSheets.map((s) => ({
      nomination: brief(ref(s.nominationId)),
      judge: ctx.judge(s.judgeId),
      scores: s.scores,
      total: s.total,
    })),
    overrides: ctx.overrides.map((o) => ({
      id: o.id,
      seq: o.seq,
      nomination: brief(ctx.byId.get(o.nominationId) ?? ref(o.nominationId)),
      kind: o.kind,
      award: o.award,
      justification: o.justification,
      createdAt: o.createdAt,
      /** In force: not superseded by a later override, and applicable (SET_AWARD needs a ranked nomination). */
      applied: appliedById.get(o.id) ?? false,
    })),
    blockers: results.blockers.map((b) => ({
      code: b.code,
      categoryKey: b.categoryKey,
      nominations: b.nominationIds.map((k) => brief(ref(k))),
      awardsAtStake: b.awardsAtStake,
    })),
    warnings: results.warnings.map((w) => ({
      code: w.code,
      categoryKey: w.categoryKey,
      award: w.award,
      nominations: w.nominationIds.map((k) => brief(ref(k))),
    })),
    finalisable: results.finalisable,
  };
}

function brief(n: NominationRef) {
  return { id: n.id, key: n.key, title: n.title };
}
