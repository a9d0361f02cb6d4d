import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf } from './testing';

describe('categories', () => {
  const nominations = [
    { id: 'A', categoryKey: 'STL', status: 'ELIGIBLE' as const },
    { id: 'B', categoryKey: 'STL', status: 'ELIGIBLE' as const },
    { id: 'C', categoryKey: 'PLAN', status: 'ELIGIBLE' as const },
    { id: 'D', categoryKey: 'PLAN', status: 'ELIGIBLE' as const },
  ];
  const sheets: [string, string, number][] = [
    ['A', 'j1', 80],
    ['B', 'j1', 60],
    ['C', 'j2', 40],
    ['D', 'j2', 20],
    ['A', 'j2', 70],
    ['C', 'j1', 50],
  ];

  it('ranks and awards per category, categories sorted by key', () => {
    const results = computeTrackResults(
      makeInput({ places: 1, categories: ['STL', 'PLAN'], nominations, sheets }),
    );
    expect(results.categories.map((c) => c.categoryKey)).toEqual(['PLAN', 'STL']);
    expect(
      results.categories.map((c) => c.rows.map((r) => [r.nominationId, r.rank, r.computed.award])),
    ).toEqual([
      [
        ['C', 1, 'FIRST'],
        ['D', 2, null],
      ],
      [
        ['A', 1, 'FIRST'],
        ['B', 2, null],
      ],
    ]);
  });

  it('normalises over the whole track, not per category', () => {
    const results = computeTrackResults(
      makeInput({ method: 'ZSCORE', places: 1, categories: ['STL', 'PLAN'], nominations, sheets }),
    );
    // m = mean of all six totals = 320/6
    expect(results.trackStatistics!.mean).toBe(53.333333);
    // j1 rates 80, 60, 50 (mean 63.333333); j2 rates 40, 20, 70 (mean 43.333333)
    expect(results.judges.map((j) => j.mean)).toEqual([63.333333, 43.333333]);
    expect(rowOf(results, 'C').rank).toBe(1);
  });

  it('refuses a nomination outside the track’s categories', () => {
    expect(() =>
      computeTrackResults(
        makeInput({
          categories: ['STL'],
          nominations: [{ id: 'X', categoryKey: 'OTHER', status: 'ELIGIBLE' }],
          sheets: [],
        }),
      ),
    ).toThrow('category');
  });
});
