import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf } from './testing';

describe('which sheets count, and quorum', () => {
  it('a nomination below minReviews is unranked and blocks finalisation', () => {
    const results = computeTrackResults(
      makeInput({
        minReviews: 3,
        nominations: ['A', 'B'],
        sheets: [
          ['A', 'j1', 60],
          ['A', 'j2', 70],
          ['A', 'j3', 80],
          ['B', 'j1', 90],
          ['B', 'j2', 95],
        ],
      }),
    );
    expect(rowOf(results, 'A').rank).toBe(1);
    expect(rowOf(results, 'A').computed.award).toBe('FIRST');
    const b = rowOf(results, 'B');
    expect([b.rank, b.unrankedReason, b.aggregate, b.trace, b.computed.award]).toEqual([
      null,
      'QUORUM_MISSING',
      92.5,
      null,
      null,
    ]);
    expect(results.blockers).toEqual([
      { code: 'QUORUM_MISSING', nominationIds: ['B'], categoryKey: null, awardsAtStake: [] },
    ]);
    expect(results.finalisable).toBe(false);
    // unranked rows come after the ranked ones
    expect(results.categories[0].rows.map((r) => r.nominationId)).toEqual(['A', 'B']);
  });

  it('below-quorum sheets still count for normalisation over the track', () => {
    const spec = {
      method: 'ZSCORE' as const,
      minReviews: 2,
      nominations: ['A', 'B'],
      sheets: [
        ['A', 'j1', 60],
        ['A', 'j2', 70],
        ['B', 'j1', 90],
      ] as [string, string, number][],
    };
    expect(computeTrackResults(makeInput(spec)).trackStatistics!.mean).toBe(73.333333);
  });

  it('a nomination without sheets is never ranked, even with minReviews 0', () => {
    const results = computeTrackResults(
      makeInput({ minReviews: 0, nominations: ['A', 'B'], sheets: [['A', 'j1', 60]] }),
    );
    expect(rowOf(results, 'B').unrankedReason).toBe('QUORUM_MISSING');
    expect(rowOf(results, 'B').aggregate).toBeNull();
    expect(results.blockers[0].nominationIds).toEqual(['B']);
  });

  it('counts only submitted sheets of SUBMITTED or ELIGIBLE nominations', () => {
    const input = makeInput({
      nominations: [
        'A',
        { id: 'S', categoryKey: null, status: 'SUBMITTED' },
        { id: 'W', categoryKey: null, status: 'WITHDRAWN' },
        { id: 'I', categoryKey: null, status: 'INELIGIBLE' },
        { id: 'D', categoryKey: null, status: 'DRAFT' },
      ],
      sheets: [
        ['A', 'j1', 60],
        ['S', 'j1', 50],
        ['W', 'j1', 99],
        ['I', 'j1', 99],
        ['D', 'j1', 99],
      ],
    });
    const results = computeTrackResults({
      ...input,
      sheets: [...input.sheets, { nominationId: 'A', judgeId: 'j2', scores: { q: 0 }, status: 'DRAFT' }],
    });
    expect(results.countedSheets.map((s) => [s.nominationId, s.judgeId])).toEqual([
      ['A', 'j1'],
      ['S', 'j1'],
    ]);
    expect(results.categories[0].rows.map((r) => r.nominationId)).toEqual(['A', 'S']);
    expect(rowOf(results, 'A').aggregate).toBe(60);
  });

  it('an EXCLUDE override resolves the blocker and removes the sheets from normalisation', () => {
    const sheets: [string, string, number][] = [
      ['A', 'j1', 60],
      ['A', 'j2', 70],
      ['B', 'j1', 90],
    ];
    const results = computeTrackResults(
      makeInput({
        method: 'ZSCORE',
        minReviews: 2,
        nominations: ['A', 'B'],
        sheets,
        overrides: [
          { nominationId: 'B', kind: 'EXCLUDE', justification: 'No third judge available (acta 2)' },
        ],
      }),
    );
    expect(results.blockers).toEqual([]);
    expect(rowOf(results, 'B')).toMatchObject({
      rank: null,
      unrankedReason: 'EXCLUDED',
      aggregate: null,
      sheetCount: 0,
    });
    expect(results.trackStatistics!.mean).toBe(65);
    expect(results.countedSheets).toHaveLength(2);
    expect(results.overrides[0].applied).toBe(true);
  });
});
