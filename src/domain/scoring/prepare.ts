import { isInCompetition } from '../intake/nomination-status';
import { ScoringInputError } from './errors';
import { assertValidRubric, assertValidSettings, judgeTotalOf, tieBreakOrder } from './rubric';
import { compareKeys } from './round';
import { makeSheetSet, type SheetSet } from './sheet-set';
import type {
  Award,
  CountedSheet,
  ScoringCriterion,
  ScoringOverride,
  ScoringSettings,
  ScoringSheet,
  TrackScoringInput,
} from './types';
import { ownScore } from '../editions/rubric-keys';

const AWARDS: readonly Award[] = ['FIRST', 'SECOND', 'THIRD', 'HONOURABLE_MENTION'];

/** What an override list means once read in order: the last override of each nomination is in force. */
export interface OverrideState {
  /** Index into the input list of the override in force, per competing nomination index (-1: none). */
  readonly inForce: Int32Array;
  /** Input indices superseded by a later override on the same nomination. */
  readonly superseded: ReadonlySet<number>;
  /** Input indices naming a nomination that does not compete (unknown ids are an input error). */
  readonly notCompeting: ReadonlySet<number>;
}

/** The validated, canonically ordered form of a track's input that every evaluation works from. */
export interface PreparedTrack {
  readonly input: TrackScoringInput;
  readonly settings: ScoringSettings;
  readonly rubric: readonly ScoringCriterion[];
  readonly tieOrder: readonly number[];
  /** Competing nominations (SUBMITTED, ELIGIBLE), sorted by id. */
  readonly nominationIds: readonly string[];
  readonly categoryOf: readonly (string | null)[];
  /** The groups awards are given in: the track's categories sorted, or [null]. */
  readonly categoryKeys: readonly (string | null)[];
  readonly excluded: Uint8Array;
  /** Judges with at least one counted sheet, sorted by id. */
  readonly judgeIds: readonly string[];
  readonly counted: SheetSet;
  readonly countedSheets: readonly CountedSheet[];
  readonly overrides: readonly ScoringOverride[];
  readonly overrideState: OverrideState;
}

export function prepareTrack(input: TrackScoringInput): PreparedTrack {
  const { track } = input;
  const { settings, rubric } = track;
  assertValidSettings(settings);
  assertValidRubric(rubric);

  const categories = new Set(track.categories);
  const statusById = new Map<string, boolean>();
  for (const n of input.nominations) {
    if (statusById.has(n.id))
      throw new ScoringInputError('DUPLICATE_NOMINATION', `Duplicate nomination ${n.id}`, { id: n.id });
    statusById.set(n.id, isInCompetition(n.status));
  }
  const competing = input.nominations
    .filter((n) => isInCompetition(n.status))
    .sort((a, b) => compareKeys(a.id, b.id));
  for (const n of competing) {
    const ok =
      categories.size === 0
        ? n.categoryKey === null
        : n.categoryKey !== null && categories.has(n.categoryKey);
    if (!ok) {
      throw new ScoringInputError(
        'UNKNOWN_CATEGORY',
        `Nomination ${n.id} has category ${String(n.categoryKey)}`,
        {
          id: n.id,
          categoryKey: n.categoryKey,
        },
      );
    }
  }
  const nominationIds = competing.map((n) => n.id);
  const index = new Map(nominationIds.map((id, i) => [id, i]));

  const overrides = input.overrides ?? [];
  const overrideState = readOverrides(overrides, index, statusById);
  const excluded = new Uint8Array(nominationIds.length);
  overrideState.inForce.forEach((o, i) => {
    if (o >= 0 && overrides[o].kind === 'EXCLUDE') excluded[i] = 1;
  });

  // Which sheets count: submitted, of a competing nomination that no override excludes. One pass reads
  // and validates every score once, into flat arrays (this is the hot loop of a large track).
  const C = rubric.length;
  const sheetsIn = input.sheets;
  const countedInput: number[] = [];
  const countedNom: number[] = [];
  const countedJudge: number[] = []; // first-appearance index, remapped to id order below
  const firstSeen = new Map<string, number>();
  const raw = new Float64Array(sheetsIn.length * C); // scores of counted sheets, in input order
  for (let k = 0; k < sheetsIn.length; k++) {
    const sheet = sheetsIn[k];
    const competes = statusById.get(sheet.nominationId);
    if (competes === undefined) {
      throw new ScoringInputError(
        'UNKNOWN_NOMINATION',
        `Sheet for unknown nomination ${sheet.nominationId}`,
        {
          nominationId: sheet.nominationId,
        },
      );
    }
    if (!competes || (sheet.status ?? 'SUBMITTED') !== 'SUBMITTED') continue;
    const nom = index.get(sheet.nominationId)!;
    if (excluded[nom]) continue;
    readScores(rubric, sheet, raw, countedInput.length * C);
    countedInput.push(k);
    countedNom.push(nom);
    let j = firstSeen.get(sheet.judgeId);
    if (j === undefined) firstSeen.set(sheet.judgeId, (j = firstSeen.size));
    countedJudge.push(j);
  }
  const judgeIds = [...firstSeen.keys()].sort(compareKeys);
  const remap = new Int32Array(judgeIds.length);
  judgeIds.forEach((id, j) => (remap[firstSeen.get(id)!] = j));
  const S = countedInput.length;
  const J = judgeIds.length;
  const cell = (t: number): number => countedNom[t] * J + remap[countedJudge[t]];
  const order = canonicalOrder(S, cell, nominationIds.length * J);
  for (let p = 1; p < S; p++) {
    if (cell(order[p]) === cell(order[p - 1])) {
      const sheet = sheetsIn[countedInput[order[p]]];
      throw new ScoringInputError('DUPLICATE_SHEET', 'Two submitted sheets of one judge for one nomination', {
        nominationId: sheet.nominationId,
        judgeId: sheet.judgeId,
      });
    }
  }

  const nom = new Int32Array(S);
  const judge = new Int32Array(S);
  const total = new Float64Array(S);
  const scores = new Float64Array(S * C);
  const countedSheets: CountedSheet[] = new Array<CountedSheet>(S);
  for (let p = 0; p < S; p++) {
    const t = order[p];
    const sheet = sheetsIn[countedInput[t]];
    nom[p] = countedNom[t];
    judge[p] = remap[countedJudge[t]];
    for (let c = 0; c < C; c++) scores[p * C + c] = raw[t * C + c];
    total[p] = judgeTotalOf(rubric, scores, p * C);
    countedSheets[p] = {
      nominationId: sheet.nominationId,
      judgeId: sheet.judgeId,
      scores: sheet.scores,
      total: total[p],
    };
  }

  return {
    input,
    settings,
    rubric,
    tieOrder: tieBreakOrder(rubric),
    nominationIds,
    categoryOf: competing.map((n) => n.categoryKey),
    categoryKeys: categories.size === 0 ? [null] : [...categories].sort(compareKeys),
    excluded,
    judgeIds,
    counted: makeSheetSet(nominationIds.length, C, nom, judge, total, scores),
    countedSheets,
    overrides,
    overrideState,
  };
}

/**
 * The permutation of 0..count−1 sorting items by an integer cell (nomination index × judges + judge index,
 * i.e. by nomination id then judge id). Packs cell and position into one double and uses the native numeric
 * sort when that is exact (< 2^53), else a comparator sort.
 */
function canonicalOrder(count: number, cell: (t: number) => number, cells: number): Int32Array {
  const order = new Int32Array(count);
  if (cells * count < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(count);
    for (let t = 0; t < count; t++) packed[t] = cell(t) * count + t;
    packed.sort();
    for (let p = 0; p < count; p++) order[p] = packed[p] % count;
    return order;
  }
  const byCell = Array.from({ length: count }, (_, t) => t).sort((a, b) => cell(a) - cell(b) || a - b);
  byCell.forEach((t, p) => (order[p] = t));
  return order;
}

/** Writes the sheet's scores in rubric order at out[at…], refusing missing, non-finite, out-of-range or unknown ones. */
function readScores(
  rubric: readonly ScoringCriterion[],
  sheet: ScoringSheet,
  out: Float64Array,
  at: number,
): void {
  const fail = (key: string, why: string): never => {
    throw new ScoringInputError(
      'INVALID_SCORE',
      `Score ${key} of judge ${sheet.judgeId} on ${sheet.nominationId}: ${why}`,
      {
        nominationId: sheet.nominationId,
        judgeId: sheet.judgeId,
        key,
      },
    );
  };
  const scores = sheet.scores;
  for (let c = 0; c < rubric.length; c++) {
    const { key, min, max } = rubric[c];
    const v = ownScore(scores, key);
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(key, 'missing or not a number');
    if (v < min || v > max) fail(key, `outside [${min}, ${max}]`);
    out[at + c] = v;
  }
  if (Object.keys(scores).length !== rubric.length) {
    const known = new Set(rubric.map((c) => c.key));
    fail(Object.keys(scores).find((k) => !known.has(k)) ?? '?', 'not a criterion of the rubric');
  }
}

function readOverrides(
  overrides: readonly ScoringOverride[],
  index: ReadonlyMap<string, number>,
  competes: ReadonlyMap<string, boolean>,
): OverrideState {
  const inForce = new Int32Array(index.size).fill(-1);
  const superseded = new Set<number>();
  const notCompeting = new Set<number>();
  overrides.forEach((o, k) => {
    const fail = (why: string): never => {
      throw new ScoringInputError('INVALID_OVERRIDE', `Override ${k} on ${o.nominationId}: ${why}`, {
        index: k,
      });
    };
    if (!competes.has(o.nominationId)) fail('unknown nomination');
    if (typeof o.justification !== 'string' || o.justification.trim() === '')
      fail('a justification is required');
    if (o.kind === 'SET_AWARD') {
      if (o.award === undefined || (o.award !== null && !AWARDS.includes(o.award)))
        fail('award must be an award or null');
    } else if (o.kind !== 'EXCLUDE') {
      fail('unknown kind');
    }
    const i = index.get(o.nominationId);
    if (i === undefined) {
      notCompeting.add(k);
      return;
    }
    if (inForce[i] >= 0) superseded.add(inForce[i]);
    inForce[i] = k;
  });
  return { inForce, superseded, notCompeting };
}
