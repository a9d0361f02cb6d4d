/**
 * The counted sheets of a track in flat typed arrays, sorted by nomination index then judge index (so every
 * sum runs in one canonical order whatever order the input came in). Nominations and judges are indices into
 * the id-sorted lists of the prepared track.
 */
export interface SheetSet {
  readonly count: number;
  readonly nominations: number;
  readonly criteria: number;
  readonly nom: Int32Array;
  readonly judge: Int32Array;
  /** Judge totals, rounded to 6 decimals. */
  readonly total: Float64Array;
  /** Raw scores, `criteria` per sheet, in rubric order. */
  readonly scores: Float64Array;
  /** Sheets of nomination i are [start[i], end[i]). */
  readonly start: Int32Array;
  readonly end: Int32Array;
}

export function makeSheetSet(
  nominations: number,
  criteria: number,
  nom: Int32Array,
  judge: Int32Array,
  total: Float64Array,
  scores: Float64Array,
): SheetSet {
  const start = new Int32Array(nominations);
  const end = new Int32Array(nominations);
  let s = 0;
  for (let i = 0; i < nominations; i++) {
    start[i] = s;
    while (s < nom.length && nom[s] === i) s++;
    end[i] = s;
  }
  return { count: nom.length, nominations, criteria, nom, judge, total, scores, start, end };
}

/** The same set without one judge's sheets (a robustness what-if). */
export function withoutJudge(set: SheetSet, judge: number): SheetSet {
  let kept = 0;
  for (let s = 0; s < set.count; s++) if (set.judge[s] !== judge) kept++;
  const nom = new Int32Array(kept);
  const jdg = new Int32Array(kept);
  const total = new Float64Array(kept);
  const scores = new Float64Array(kept * set.criteria);
  let k = 0;
  for (let s = 0; s < set.count; s++) {
    if (set.judge[s] === judge) continue;
    nom[k] = set.nom[s];
    jdg[k] = set.judge[s];
    total[k] = set.total[s];
    scores.set(set.scores.subarray(s * set.criteria, (s + 1) * set.criteria), k * set.criteria);
    k++;
  }
  return makeSheetSet(set.nominations, set.criteria, nom, jdg, total, scores);
}
