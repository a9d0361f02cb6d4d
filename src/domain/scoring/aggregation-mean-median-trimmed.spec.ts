import { computeTrackResults } from './compute-track-results';
import { mean6, median6, trimmedMean6 } from './stats';
import { makeInput, rowOf } from './testing';
import type { AggregationMethod } from './types';

const f = (xs: number[]) => Float64Array.from(xs);

describe('MEAN, MEDIAN and TRIMMED_MEAN formulas', () => {
  it('MEAN is the plain mean, rounded', () => {
    expect(mean6(f([70, 80, 85]))).toBe(78.333333);
  });

  it('MEDIAN of an odd count is the middle value', () => {
    expect(median6(f([90, 10, 50]))).toBe(50);
  });

  it('MEDIAN of an even count is the mean of the two middle values', () => {
    expect(median6(f([10, 90, 40, 55]))).toBe(47.5);
  });

  it('TRIMMED_MEAN with fewer than 5 sheets is the mean', () => {
    expect(trimmedMean6(f([0, 60, 70, 100]))).toBe(57.5);
  });

  it('TRIMMED_MEAN with 5 or more sheets drops the single highest and lowest', () => {
    expect(trimmedMean6(f([0, 60, 70, 80, 100]))).toBe(70);
    // with duplicates only one of each extreme goes: [10, 10, 50, 90, 90, 90] → mean(10, 50, 90, 90) = 60
    expect(trimmedMean6(f([90, 10, 50, 90, 10, 90]))).toBe(60);
  });
});

describe('aggregates through computeTrackResults', () => {
  const sheets: [string, string, number][] = [
    ['A', 'j1', 0],
    ['A', 'j2', 60],
    ['A', 'j3', 70],
    ['A', 'j4', 80],
    ['A', 'j5', 100],
    ['B', 'j1', 10],
    ['B', 'j2', 90],
    ['B', 'j3', 40],
    ['B', 'j4', 55],
  ];
  const aggregateOf = (method: AggregationMethod, id: string) =>
    rowOf(
      computeTrackResults(makeInput({ method, nominations: ['A', 'B'], sheets }), { robustness: false }),
      id,
    ).aggregate;

  it.each([
    ['MEAN', 'A', 62],
    ['MEAN', 'B', 48.75],
    ['MEDIAN', 'A', 70],
    ['MEDIAN', 'B', 47.5],
    ['TRIMMED_MEAN', 'A', 70],
    ['TRIMMED_MEAN', 'B', 48.75],
  ] as const)('%s of %s is %p', (method, id, expected) => {
    expect(aggregateOf(method, id)).toBe(expected);
  });
});
