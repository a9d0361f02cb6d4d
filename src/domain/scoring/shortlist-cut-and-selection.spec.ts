import { checkShortlist, shortlistByRule, ShortlistRow } from './shortlist';

const rows: ShortlistRow[] = [
  { id: 'n1', rank: 1, aggregate: 75.5 },
  { id: 'n2', rank: 2, aggregate: 70 },
  { id: 'n3', rank: 3, aggregate: 69.999999 },
  { id: 'n4', rank: null, aggregate: null },
];

describe('shortlist: cut and selection', () => {
  it('a cut takes every ranked row at or above it', () => {
    expect(shortlistByRule(rows, { kind: 'CUT', cut: 70 })).toEqual(['n1', 'n2']);
    expect(shortlistByRule(rows, { kind: 'CUT', cut: 100 })).toEqual([]);
  });

  it('an empty list is refused', () => {
    expect(checkShortlist(rows, { kind: 'CUT', cut: 100 }, [], null)).toEqual([{ code: 'EMPTY', ids: [] }]);
  });

  it('a selection needs a justification and nominations of the round, once each', () => {
    expect(shortlistByRule(rows, { kind: 'SELECTION' })).toBeNull();
    expect(checkShortlist(rows, { kind: 'SELECTION' }, ['n3', 'n4'], 'Acta del jurado, punto 3')).toEqual([]);
    expect(checkShortlist(rows, { kind: 'SELECTION' }, ['n3', 'n3', 'x'], '  ')).toEqual([
      { code: 'DUPLICATE', ids: ['n3'] },
      { code: 'NOT_IN_ROUND', ids: ['x'] },
      { code: 'JUSTIFICATION_MISSING', ids: [] },
    ]);
  });
});
