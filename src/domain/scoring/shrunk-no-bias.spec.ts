import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf, shrinkageOf } from './testing';

describe('SHRUNK when the judges’ apparent biases are within the noise', () => {
  // The cycle design of the hand-computed spec (L⁺ diagonal 2/9), with differences j1−j2: 3, −1;
  // j2−j3: 2, −2; j3−j1: −1, −1. r = (2, −1, −1), b̂ = r/3 = (0.666667, −0.333333, −0.333333).
  // Residuals ±1, ±1, 0: RSS = 8, df = 4, σ̂² = 2, se² = 2·2/9 = 0.444444 per judge.
  // Σ b̂² = 0.666667 < Σ se² = 1.333332, so τ̂² = max(0, …) = 0: no bias is corrected.
  const input = (method: 'SHRUNK' | 'MEAN' | 'CALIBRATED') =>
    makeInput({
      method,
      nominations: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
      sheets: [
        ['p1', 'j1', 71],
        ['p1', 'j2', 68],
        ['p4', 'j1', 54],
        ['p4', 'j2', 55],
        ['p2', 'j2', 62],
        ['p2', 'j3', 60],
        ['p5', 'j2', 47],
        ['p5', 'j3', 49],
        ['p3', 'j3', 58],
        ['p3', 'j1', 59],
        ['p6', 'j3', 66],
        ['p6', 'j1', 67],
      ],
    });
  const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

  it('estimates a between-judge variance of 0 and shrinks every bias to 0', () => {
    const s = shrinkageOf(input('SHRUNK'));
    expect([...s.estimate]).toEqual([0.666667, -0.333333, -0.333333]);
    expect([s.residualDf, s.residualVariance, s.biasVariance]).toEqual([4, 2, 0]);
    expect([...s.samplingVariance]).toEqual([0.444444, 0.444444, 0.444444]);
    expect([...s.shrinkage]).toEqual([0, 0, 0]);
  });

  it('gives exactly MEAN’s aggregates, where CALIBRATED moves them', () => {
    const shrunk = computeTrackResults(input('SHRUNK'));
    const mean = computeTrackResults(input('MEAN'));
    const calibrated = computeTrackResults(input('CALIBRATED'));
    const aggregates = (r: typeof mean) => ids.map((n) => rowOf(r, n).aggregate);
    expect(aggregates(shrunk)).toEqual([69.5, 61, 58.5, 54.5, 48, 66.5]);
    expect(aggregates(shrunk)).toEqual(aggregates(mean));
    expect(rowOf(calibrated, 'p1').aggregate).toBe(69.333333); // 69.5 − (2/3 − 1/3)/2
    expect(shrunk.judges.map((j) => j.bias)).toEqual([0, 0, 0]);
  });
});
