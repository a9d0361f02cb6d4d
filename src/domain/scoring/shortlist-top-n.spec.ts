import { checkShortlist, shortlistByRule, ShortlistRow } from './shortlist';

// Two categories ranked separately: A (a1 1st, a2 2nd, a3 3rd) and B (b1 1st, b2 and b3 tied 2nd), one unranked.
const rows: ShortlistRow[] = [
  { id: 'a1', rank: 1, aggregate: 90 },
  { id: 'a2', rank: 2, aggregate: 80 },
  { id: 'a3', rank: 3, aggregate: 70 },
  { id: 'b1', rank: 1, aggregate: 85 },
  { id: 'b2', rank: 2, aggregate: 60 },
  { id: 'b3', rank: 2, aggregate: 60 },
  { id: 'u', rank: null, aggregate: null },
];

describe('shortlist: top N', () => {
  it('takes the first N of each category, and the whole of a tie on the boundary', () => {
    expect(shortlistByRule(rows, { kind: 'TOP_N', size: 2 })).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
    expect(shortlistByRule(rows, { kind: 'TOP_N', size: 1 })).toEqual(['a1', 'b1']);
  });

  it('accepts exactly the computed list, in any order', () => {
    expect(checkShortlist(rows, { kind: 'TOP_N', size: 1 }, ['b1', 'a1'], null)).toEqual([]);
  });

  it('names what is missing and what should not be there', () => {
    expect(checkShortlist(rows, { kind: 'TOP_N', size: 1 }, ['a1', 'a2'], null)).toEqual([
      { code: 'MISSING', ids: ['b1'] },
      { code: 'UNEXPECTED', ids: ['a2'] },
    ]);
  });

  it('refuses a size below one and names nominations outside the round', () => {
    expect(checkShortlist(rows, { kind: 'TOP_N', size: 0 }, ['a1'], null)).toEqual([
      { code: 'RULE_INVALID', ids: [] },
    ]);
    expect(checkShortlist(rows, { kind: 'TOP_N', size: 1 }, ['a1', 'b1', 'zz'], null)).toEqual([
      { code: 'NOT_IN_ROUND', ids: ['zz'] },
    ]);
  });
});
