import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf, shrinkageOf } from './testing';

describe('SHRUNK, computed by hand', () => {
  it('a cycle of three judges, each pair sharing two nominations (equal leverage)', () => {
    // Differences within each nomination (first judge − second): j1−j2: 9, 3; j2−j3: 7, 5; j3−j1: −10, −14.
    // L has L_jj = 4·½ = 2 and L_jj' = −2·½ = −1: L = 3P (P the centring), L⁺ = P/3, (L⁺)_jj = 2/9.
    // r = (12/2 + 24/2, −12/2 + 12/2, −12/2 − 24/2) = (18, 0, −18), b̂ = L⁺r = (6, 0, −6).
    // Residuals ±(d − Δb̂)/2: ±1.5 (j1–j2), ±0.5 (j2–j3), ±1 (j3–j1); RSS = 2·(2·2.25 + 2·0.25 + 2·1) = 14.
    // df = 12 sheets − 6 nominations − 3 judges + 1 group = 4: σ̂² = 3.5; se² = 3.5·2/9 = 0.777778.
    // τ̂² = (36 + 0 + 36 − 3·0.777778)/(3 − 1) = 34.833333; λ = 34.833333/35.611111 = 0.978159.
    // b̃ = (5.868954, 0, −5.868954); n1 = (76 + 67 − 5.868954)/2 = 68.565523.
    const input = makeInput({
      method: 'SHRUNK',
      nominations: ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'],
      sheets: [
        ['n1', 'j1', 76],
        ['n1', 'j2', 67],
        ['n4', 'j1', 58],
        ['n4', 'j2', 55],
        ['n2', 'j2', 66],
        ['n2', 'j3', 59],
        ['n5', 'j2', 49],
        ['n5', 'j3', 44],
        ['n3', 'j3', 55],
        ['n3', 'j1', 65],
        ['n6', 'j3', 67],
        ['n6', 'j1', 81],
      ],
    });
    const s = shrinkageOf(input);
    expect([...s.estimate]).toEqual([6, 0, -6]);
    expect(s.residualDf).toBe(4);
    expect(s.residualVariance).toBe(3.5);
    expect([...s.samplingVariance]).toEqual([0.777778, 0.777778, 0.777778]);
    expect(s.biasVariance).toBe(34.833333);
    expect([...s.shrinkage]).toEqual([0.978159, 0.978159, 0.978159]);

    const results = computeTrackResults(input);
    expect(results.method).toBe('SHRUNK');
    expect(results.judges.map((j) => [j.judgeId, j.bias, j.group])).toEqual([
      ['j1', 5.868954, 0],
      ['j2', 0, 0],
      ['j3', -5.868954, 0],
    ]);
    expect(['n1', 'n2', 'n3', 'n4', 'n5', 'n6'].map((n) => rowOf(results, n).aggregate)).toEqual([
      68.565523, // (76 + 67 − 5.868954 − 0)/2
      65.434477, // (66 + 59 − 0 + 5.868954)/2
      60, // (55 + 65 + 5.868954 − 5.868954)/2
      53.565523,
      49.434477,
      74,
    ]);
  });

  it('a path j1 – j2 – j3: the judge linked to both is estimated better, so shrunk less', () => {
    // j1−j2: 10, 6 (mean 8); j2−j3: 3, 1 (mean 2). L = [[1,−1,0],[−1,2,−1],[0,−1,1]], whose pseudo-inverse
    // (eigenvalues 1 on (1,0,−1)/√2 and 3 on (1,−2,1)/√6) has diagonal (1/2 + 1/18, 4/18, 1/2 + 1/18)
    // = (5/9, 2/9, 5/9). b̂: b1 − b2 = 8, b2 − b3 = 2, Σ = 0 → (6, −2, −4).
    // Residuals ±1 (j1–j2), ±0.5 (j2–j3): RSS = 4·1 + 4·0.25 = 5; df = 8 − 4 − 3 + 1 = 2; σ̂² = 2.5.
    // se² = 2.5·5/9 = 1.388889 and 2.5·2/9 = 0.555556; τ̂² = (36 + 4 + 16 − 3.333334)/2 = 26.333333.
    // λ = 26.333333/27.722222 = 0.9499 and 26.333333/26.888889 = 0.979339; b̃ = (5.6994, −1.958678, −3.7996).
    const input = makeInput({
      method: 'SHRUNK',
      nominations: ['m1', 'm2', 'm3', 'm4'],
      sheets: [
        ['m1', 'j1', 70],
        ['m1', 'j2', 60],
        ['m2', 'j1', 62],
        ['m2', 'j2', 56],
        ['m3', 'j2', 50],
        ['m3', 'j3', 47],
        ['m4', 'j2', 45],
        ['m4', 'j3', 44],
      ],
    });
    const s = shrinkageOf(input);
    expect([...s.estimate]).toEqual([6, -2, -4]);
    expect([s.residualDf, s.residualVariance, s.biasVariance]).toEqual([2, 2.5, 26.333333]);
    expect([...s.samplingVariance]).toEqual([1.388889, 0.555556, 1.388889]);
    expect([...s.shrinkage]).toEqual([0.9499, 0.979339, 0.9499]);

    const results = computeTrackResults(input);
    expect(results.judges.map((j) => j.bias)).toEqual([5.6994, -1.958678, -3.7996]);
    // m1 = (70 + 60 − 5.6994 + 1.958678)/2; MEAN 65, CALIBRATED 63: SHRUNK lies between, near CALIBRATED.
    expect(['m1', 'm2', 'm3', 'm4'].map((n) => rowOf(results, n).aggregate)).toEqual([
      63.129639, 57.129639, 51.379139, 47.379139,
    ]);
  });
});
