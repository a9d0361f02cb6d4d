import { computeTrackResults } from './compute-track-results';
import { awardSlots } from './evaluate';
import { makeInput, rowOf } from './testing';

const awardsOf = (results: ReturnType<typeof computeTrackResults>) =>
  Object.fromEntries(results.categories[0].rows.map((r) => [r.nominationId, r.computed.award]));

describe('awards', () => {
  it('gives places then honourable mentions in rank order', () => {
    expect(
      awardSlots({ aggregation: 'MEAN', minReviews: 1, places: 2, honourableMentions: 2, threshold: 0 }),
    ).toEqual(['FIRST', 'SECOND', 'HONOURABLE_MENTION', 'HONOURABLE_MENTION']);
    const results = computeTrackResults(
      makeInput({
        places: 1,
        mentions: 2,
        nominations: ['A', 'B', 'C', 'D'],
        sheets: [
          ['A', 'j1', 80],
          ['B', 'j1', 65],
          ['C', 'j1', 55],
          ['D', 'j1', 40],
        ],
      }),
    );
    expect(awardsOf(results)).toEqual({
      A: 'FIRST',
      B: 'HONOURABLE_MENTION',
      C: 'HONOURABLE_MENTION',
      D: null,
    });
  });

  it('only to aggregates ≥ threshold; a place nobody qualifies for is DESIERTO', () => {
    const results = computeTrackResults(
      makeInput({
        places: 3,
        mentions: 1,
        threshold: 65,
        nominations: ['A', 'B', 'C'],
        sheets: [
          ['A', 'j1', 80],
          ['B', 'j1', 65], // exactly the threshold: qualifies
          ['C', 'j1', 64.999999],
        ],
      }),
    );
    expect(awardsOf(results)).toEqual({ A: 'FIRST', B: 'SECOND', C: null });
    expect(rowOf(results, 'C').rank).toBe(3);
    expect(results.categories[0].desierto).toEqual({ computed: ['THIRD'], final: ['THIRD'] });
  });

  it('declares every place DESIERTO when nobody competes, and none when the track has no places', () => {
    const empty = computeTrackResults(makeInput({ places: 3, nominations: [], sheets: [] }));
    expect(empty.categories[0].desierto.computed).toEqual(['FIRST', 'SECOND', 'THIRD']);
    const none = computeTrackResults(
      makeInput({ places: 0, mentions: 2, nominations: ['A'], sheets: [['A', 'j', 90]] }),
    );
    expect(none.categories[0].desierto.computed).toEqual([]);
    expect(rowOf(none, 'A').computed.award).toBe('HONOURABLE_MENTION');
  });

  it('all below threshold: every place desierto, ranks still given', () => {
    const results = computeTrackResults(
      makeInput({
        places: 2,
        threshold: 90,
        nominations: ['A', 'B'],
        sheets: [
          ['A', 'j', 70],
          ['B', 'j', 60],
        ],
      }),
    );
    expect(awardsOf(results)).toEqual({ A: null, B: null });
    expect(results.categories[0].rows.map((r) => r.rank)).toEqual([1, 2]);
    expect(results.categories[0].desierto.computed).toEqual(['FIRST', 'SECOND']);
  });
});
