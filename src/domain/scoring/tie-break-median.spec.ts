import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf } from './testing';

describe('tie-break step 2: median of raw judge totals', () => {
  it('decides when aggregate and every criterion are equal', () => {
    // single criterion: the criterion mean equals the mean total, so step 1 cannot separate them.
    // A: 50, 60, 70 (mean 60, median 60); B: 40, 65, 75 (mean 60, median 65) → B first.
    const results = computeTrackResults(
      makeInput({
        nominations: ['A', 'B'],
        sheets: [
          ['A', 'j1', 50],
          ['A', 'j2', 60],
          ['A', 'j3', 70],
          ['B', 'j1', 40],
          ['B', 'j2', 65],
          ['B', 'j3', 75],
        ],
      }),
    );
    expect(rowOf(results, 'B').rank).toBe(1);
    expect(rowOf(results, 'A').rank).toBe(2);
    expect(rowOf(results, 'A').trace!.above).toEqual({
      nominationId: 'B',
      decidedBy: 'MEDIAN_TOTAL',
      steps: [
        { step: 'AGGREGATE', criterionKey: null, value: 60, other: 60 },
        { step: 'CRITERION', criterionKey: 'q', value: 60, other: 60 },
        { step: 'MEDIAN_TOTAL', criterionKey: null, value: 60, other: 65 },
      ],
    });
    expect(rowOf(results, 'B').trace!.explanation.en).toBe(
      'Rank 1 of 2. Ahead of A: equal aggregate (60), mean normalised score on criterion "q" (60); decided by median of judge totals (65 vs 60).',
    );
  });

  it('with an even count of sheets compares the mean of the two middle totals', () => {
    const results = computeTrackResults(
      makeInput({
        method: 'MEAN',
        nominations: ['A', 'B'],
        sheets: [
          ['A', 'j1', 10],
          ['A', 'j2', 50],
          ['A', 'j3', 60],
          ['A', 'j4', 80],
          ['B', 'j1', 30],
          ['B', 'j2', 40],
          ['B', 'j3', 50],
          ['B', 'j4', 80],
        ],
      }),
    );
    // means 50 and 50; medians (50 + 60)/2 = 55 and (40 + 50)/2 = 45
    expect(rowOf(results, 'A').rank).toBe(1);
    expect(rowOf(results, 'A').trace!.below!.steps.at(-1)).toEqual({
      step: 'MEDIAN_TOTAL',
      criterionKey: null,
      value: 55,
      other: 45,
    });
  });
});
