/**
 * How a round ends (docs/judging.md, "Rounds"): the nominations that go on to the next round. TOP_N and CUT are
 * computed from the round's ranking, so anyone can check them against the round's sheets; SELECTION is the
 * organiser's choice, which must name nominations of the round and carry the jury's justification.
 */
export type ShortlistRuleKind = 'TOP_N' | 'CUT' | 'SELECTION';

export const SHORTLIST_RULES: readonly ShortlistRuleKind[] = ['TOP_N', 'CUT', 'SELECTION'];

export type ShortlistRule =
  | { readonly kind: 'TOP_N'; readonly size: number }
  | { readonly kind: 'CUT'; readonly cut: number }
  | { readonly kind: 'SELECTION' };

/** A row of a round's results, as ranked per category (rank null: not ranked). */
export interface ShortlistRow {
  readonly id: string;
  readonly rank: number | null;
  readonly aggregate: number | null;
}

/**
 * The shortlist a computed rule gives, in the order of the rows: TOP_N takes every ranked row whose rank is at
 * most N within its category (ranks are per category, and a tie the rules cannot break shares its rank, so all
 * of it goes through); CUT every ranked row whose aggregate is at least the cut. SELECTION has none (null).
 */
export function shortlistByRule(rows: readonly ShortlistRow[], rule: ShortlistRule): string[] | null {
  switch (rule.kind) {
    case 'TOP_N':
      return rows.filter((r) => r.rank !== null && r.rank <= rule.size).map((r) => r.id);
    case 'CUT':
      return rows
        .filter((r) => r.rank !== null && r.aggregate !== null && r.aggregate >= rule.cut)
        .map((r) => r.id);
    case 'SELECTION':
      return null;
  }
}

export type ShortlistProblemCode =
  | 'RULE_INVALID'
  | 'EMPTY'
  | 'NOT_IN_ROUND'
  | 'DUPLICATE'
  | 'MISSING'
  | 'UNEXPECTED'
  | 'JUSTIFICATION_MISSING';

export interface ShortlistProblem {
  readonly code: ShortlistProblemCode;
  /** The nominations concerned (empty for a problem of the whole list). */
  readonly ids: readonly string[];
}

/**
 * Checks a shortlist against its round: a computed rule must give exactly the listed nominations; a selection
 * must list nominations of the round, once each, with a justification. Every list must name at least one.
 */
export function checkShortlist(
  rows: readonly ShortlistRow[],
  rule: ShortlistRule,
  listed: readonly string[],
  justification: string | null,
): ShortlistProblem[] {
  const problems: ShortlistProblem[] = [];
  if (
    (rule.kind === 'TOP_N' && !(Number.isInteger(rule.size) && rule.size >= 1)) ||
    (rule.kind === 'CUT' && !Number.isFinite(rule.cut))
  )
    return [{ code: 'RULE_INVALID', ids: [] }];
  const seen = new Set<string>();
  const duplicates = listed.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  if (duplicates.length) problems.push({ code: 'DUPLICATE', ids: [...new Set(duplicates)] });
  if (listed.length === 0) problems.push({ code: 'EMPTY', ids: [] });
  const inRound = new Set(rows.map((r) => r.id));
  const outside = [...seen].filter((id) => !inRound.has(id));
  if (outside.length) problems.push({ code: 'NOT_IN_ROUND', ids: outside });
  const expected = shortlistByRule(rows, rule);
  if (expected === null) {
    if (!justification?.trim()) problems.push({ code: 'JUSTIFICATION_MISSING', ids: [] });
    return problems;
  }
  const wanted = new Set(expected);
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length) problems.push({ code: 'MISSING', ids: missing });
  const unexpected = [...seen].filter((id) => inRound.has(id) && !wanted.has(id));
  if (unexpected.length) problems.push({ code: 'UNEXPECTED', ids: unexpected });
  return problems;
}
