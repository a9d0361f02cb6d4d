import { aggregate, type AggregationResult } from './aggregate';
import type { PreparedTrack } from './prepare';
import type { SheetSet } from './sheet-set';
import { TieBreaker } from './tie-break';
import { PLACES, type AggregationMethod, type Award, type AwardOutcome, type ScoringSettings } from './types';

/** Nominations that compare equal at every step share one group (and one rank). */
export interface RankGroup {
  /** Nomination indices, by id (presentation only: the rank is shared). */
  readonly members: readonly number[];
  readonly rank: number;
  /** 0-based position of the group's first member in the category's order. */
  readonly position: number;
  readonly outcome: AwardOutcome;
  /** When the tie splits awards: what each of its positions would receive. */
  readonly awardsAtStake: readonly (Award | null)[] | null;
}

export interface CategoryEvaluation {
  readonly categoryKey: string | null;
  readonly groups: readonly RankGroup[];
  readonly desierto: readonly Award[];
}

export interface Evaluation {
  readonly aggregation: AggregationResult;
  readonly tieBreaker: TieBreaker;
  readonly ranked: Uint8Array;
  /** Computed award outcome per nomination index (none for unranked ones). */
  readonly outcome: readonly AwardOutcome[];
  readonly categories: readonly CategoryEvaluation[];
}

const NONE: AwardOutcome = { award: null, pending: false };
const PENDING: AwardOutcome = { award: null, pending: true };

/** The award sequence of a track by position: places, then mentions. */
export function awardSlots(settings: ScoringSettings): Award[] {
  return [
    ...PLACES.slice(0, settings.places),
    ...Array.from({ length: settings.honourableMentions }, (): Award => 'HONOURABLE_MENTION'),
  ];
}

/**
 * Aggregates over the whole set (normalisation is per track), then ranks and awards each category among the
 * candidates (the nominations allowed to rank that have at least one sheet in the set).
 */
export function evaluate(
  prep: PreparedTrack,
  method: AggregationMethod,
  set: SheetSet,
  candidates: Uint8Array,
): Evaluation {
  const aggregation = aggregate(method, set, prep.judgeIds.length);
  const tieBreaker = new TieBreaker(prep.rubric, prep.tieOrder, set, aggregation.aggregates);
  const N = prep.nominationIds.length;
  const ranked = new Uint8Array(N);
  for (let i = 0; i < N; i++) ranked[i] = candidates[i] && set.end[i] > set.start[i] ? 1 : 0;

  const byCategory = new Map<string | null, number[]>(prep.categoryKeys.map((k) => [k, []]));
  for (let i = 0; i < N; i++) if (ranked[i]) byCategory.get(prep.categoryOf[i])!.push(i);

  const outcome: AwardOutcome[] = new Array<AwardOutcome>(N).fill(NONE);
  const slots = awardSlots(prep.settings);
  const categories = prep.categoryKeys.map((categoryKey): CategoryEvaluation => {
    // Indices are in id order already (the prepared track sorts by id), so the stable sort lists tied rows
    // by id; the comparator itself never looks at ids.
    const order = byCategory.get(categoryKey)!;
    order.sort((a, b) => tieBreaker.compare(a, b));
    const groups: RankGroup[] = [];
    const desierto: Award[] = [];
    for (let start = 0; start < order.length;) {
      let end = start + 1;
      while (end < order.length && tieBreaker.compare(order[start], order[end]) === 0) end++;
      const members = order.slice(start, end);
      const qualifies = aggregation.aggregates[members[0]] >= prep.settings.threshold;
      const slotAt = (p: number): Award | null => (qualifies && p < slots.length ? slots[p] : null);
      let splits = false;
      for (let p = start + 1; p < end; p++) if (slotAt(p) !== slotAt(start)) splits = true;
      const stake = splits ? members.map((_, k) => slotAt(start + k)) : null;
      const first = slotAt(start);
      const groupOutcome: AwardOutcome = splits
        ? PENDING
        : first === null
          ? NONE
          : { award: first, pending: false };
      for (const i of members) outcome[i] = groupOutcome;
      groups.push({
        members,
        rank: start + 1,
        position: start,
        outcome: groupOutcome,
        awardsAtStake: stake,
      });
      start = end;
    }
    // A place is desierto when its position is empty or below the threshold; a pending place is not.
    for (let p = 0; p < prep.settings.places; p++) {
      const group = groups.find((g) => p >= g.position && p < g.position + g.members.length);
      if (!group || (!group.outcome.pending && group.outcome.award !== PLACES[p])) desierto.push(PLACES[p]);
    }
    return { categoryKey, groups, desierto };
  });
  return { aggregation, tieBreaker, ranked, outcome, categories };
}
