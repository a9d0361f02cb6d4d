import { computeTrackResults } from './compute-track-results';
import { makeInput, plantedSheets, rowOf, shrinkageOf } from './testing';

describe('SHRUNK in degenerate designs (deterministic fallbacks)', () => {
  it('no residual degrees of freedom: bias cannot be told from noise, so MEAN', () => {
    // n1 {j1 80, j2 70}, n2 {j2 60}, n3 {j1 60}: df = 4 − 3 − 2 + 1 = 0. CALIBRATED reads the 10-point gap on
    // n1 as bias (b = ±5: n2 65, n3 55); with no residual to measure the noise SHRUNK corrects nothing.
    const input = (method: 'SHRUNK' | 'CALIBRATED') =>
      makeInput({
        method,
        nominations: ['n1', 'n2', 'n3'],
        sheets: [
          ['n1', 'j1', 80],
          ['n1', 'j2', 70],
          ['n2', 'j2', 60],
          ['n3', 'j1', 60],
        ],
      });
    const s = shrinkageOf(input('SHRUNK'));
    expect([...s.estimate]).toEqual([5, -5]);
    expect([s.residualDf, s.residualVariance, s.biasVariance]).toEqual([0, null, null]);
    const aggregates = (method: 'SHRUNK' | 'CALIBRATED') => {
      const r = computeTrackResults(input(method));
      return ['n1', 'n2', 'n3'].map((n) => rowOf(r, n).aggregate);
    };
    expect(aggregates('SHRUNK')).toEqual([75, 60, 60]);
    expect(aggregates('CALIBRATED')).toEqual([75, 65, 55]);
  });

  it('a perfect additive fit (σ̂² = 0): every estimate is exact, λ = 1, the same as CALIBRATED', () => {
    const quality = { A: 62, B: 71.5, C: 52, D: 80 };
    const bias = { j1: -6, j2: -1.5, j3: 7.5 };
    const input = (method: 'SHRUNK' | 'CALIBRATED') =>
      makeInput({ method, nominations: Object.keys(quality), sheets: plantedSheets(quality, bias) });
    const s = shrinkageOf(input('SHRUNK'));
    expect([s.residualDf, s.residualVariance]).toEqual([6, 0]);
    expect(s.biasVariance).toBe(47.25); // (36 + 2.25 + 56.25)/2, no sampling variance
    expect([...s.shrinkage]).toEqual([1, 1, 1]);
    const shrunk = computeTrackResults(input('SHRUNK'));
    const calibrated = computeTrackResults(input('CALIBRATED'));
    expect(shrunk.judges.map((j) => j.bias)).toEqual([-6, -1.5, 7.5]);
    expect(shrunk.categories).toEqual(calibrated.categories);
  });

  it('zero spread and no noise (identical totals): τ̂² = 0 and σ̂² = 0 give λ = 0, not 0/0', () => {
    const input = makeInput({
      method: 'SHRUNK',
      nominations: ['A', 'B'],
      sheets: plantedSheets({ A: 70, B: 55 }, { j1: 0, j2: 0 }),
    });
    const s = shrinkageOf(input);
    expect([s.residualVariance, s.biasVariance]).toEqual([0, 0]);
    expect([...s.shrinkage]).toEqual([0, 0]);
    const results = computeTrackResults(input);
    expect([rowOf(results, 'A').aggregate, rowOf(results, 'B').aggregate]).toEqual([70, 55]);
  });
});
