import { computeTrackResults } from './compute-track-results';
import { makeInput, plantedSheets, rowOf } from './testing';

describe('ZSCORE', () => {
  it('maps each total to m + s·(t − m_j)/s_j over the whole track (hand computed)', () => {
    // j1 scores A 60, B 80 (m=70, s=10); j2 scores A 40, B 80 (m=60, s=20).
    // Track totals 60, 80, 40, 80: m = 65, s = sqrt((25+225+625+225)/4) = sqrt(275) = 16.583124
    // A: j1 → 65 + 16.583124·(−1) = 48.416876; j2 → same; aggregate 48.416876. B: 81.583124.
    const results = computeTrackResults(
      makeInput({
        method: 'ZSCORE',
        nominations: ['A', 'B'],
        sheets: [
          ['A', 'j1', 60],
          ['B', 'j1', 80],
          ['A', 'j2', 40],
          ['B', 'j2', 80],
        ],
      }),
    );
    expect(results.trackStatistics).toEqual({ mean: 65, sd: 16.583124 });
    expect(rowOf(results, 'A').aggregate).toBe(48.416876);
    expect(rowOf(results, 'B').aggregate).toBe(81.583124);
    expect(results.judges.map((j) => [j.judgeId, j.mean, j.sd, j.keepsRawTotals])).toEqual([
      ['j1', 70, 10, false],
      ['j2', 60, 20, false],
    ]);
  });

  it('removes a planted additive bias when every judge sees the same nominations', () => {
    const quality = { A: 50, B: 60, C: 70, D: 80 };
    const results = computeTrackResults(
      makeInput({
        method: 'ZSCORE',
        nominations: Object.keys(quality),
        sheets: plantedSheets(quality, { j1: -10, j2: 0, j3: 10 }),
      }),
    );
    // Each judge's totals are q + b_j: m_j = 65 + b_j and s_j = sd(q) = sqrt(125) = 11.18034 for all, so
    // every judge maps a nomination to the same value m + s·(q − 65)/11.18034: the bias is gone entirely.
    // Track: m = 65, s = sqrt(125 + 200/3) = 13.844373. A: 65 − 13.844373·15/11.18034 = 46.425825.
    expect(results.judges.map((j) => j.mean)).toEqual([55, 65, 75]);
    expect(results.trackStatistics).toEqual({ mean: 65, sd: 13.844373 });
    expect(['A', 'B', 'C', 'D'].map((id) => rowOf(results, id).aggregate)).toEqual([
      46.425825, 58.808608, 71.191392, 83.574175,
    ]);
  });

  it('corrects a harsh judge that MEAN punishes', () => {
    // j3 (bias −20) reviews only A and B; j1 and j2 are fair and review everything.
    const sheets: [string, string, number][] = [
      ['A', 'j1', 70],
      ['A', 'j2', 70],
      ['A', 'j3', 50],
      ['B', 'j1', 60],
      ['B', 'j2', 60],
      ['B', 'j3', 40],
      ['C', 'j1', 66],
      ['C', 'j2', 66],
    ];
    const mean = computeTrackResults(makeInput({ method: 'MEAN', nominations: ['A', 'B', 'C'], sheets }));
    const z = computeTrackResults(makeInput({ method: 'ZSCORE', nominations: ['A', 'B', 'C'], sheets }));
    expect(rowOf(mean, 'C').rank).toBe(1);
    expect(rowOf(z, 'A').rank).toBe(1);
  });

  it('keeps raw totals for a judge with fewer than 2 sheets or zero spread; mapped totals are not clipped', () => {
    const results = computeTrackResults(
      makeInput({
        method: 'ZSCORE',
        nominations: ['A', 'B', 'C'],
        sheets: [
          ['A', 'single', 33],
          ['B', 'flat', 50],
          ['C', 'flat', 50],
          ['B', 'wide', 0],
          ['C', 'wide', 100],
        ],
      }),
    );
    const judges = Object.fromEntries(results.judges.map((j) => [j.judgeId, j.keepsRawTotals]));
    expect(judges).toEqual({ flat: true, single: true, wide: false });
    expect(rowOf(results, 'A').aggregate).toBe(33);
    // totals 33, 50, 50, 0, 100: m = 46.6, s = sqrt((13.6² + 3.4² + 3.4² + 46.6² + 53.4²)/5) = sqrt(1046.24)
    // = 32.345633; wide: m_j = 50, s_j = 50 → C: 46.6 + 32.345633 = 78.945633; B: 46.6 − 32.345633 = 14.254367.
    // C = (50 + 78.945633)/2 = 64.4728165 → 64.472817; B = (50 + 14.254367)/2 = 32.1271835 → 32.127184.
    expect(results.trackStatistics).toEqual({ mean: 46.6, sd: 32.345633 });
    expect(rowOf(results, 'C').aggregate).toBe(64.472817);
    expect(rowOf(results, 'B').aggregate).toBe(32.127184);
  });

  it('does not clip mapped totals outside 0–100', () => {
    const results = computeTrackResults(
      makeInput({
        method: 'ZSCORE',
        nominations: ['A', 'B', 'C'],
        sheets: [
          ['A', 'narrow', 99],
          ['B', 'narrow', 100],
          ['A', 'wide', 0],
          ['C', 'wide', 100],
        ],
      }),
    );
    // track m = 74.75, s = 43.17…; narrow: m_j 99.5, s_j 0.5 → B: 74.75 + s = 117.9…
    expect(rowOf(results, 'B').aggregate!).toBeGreaterThan(100);
  });
});
