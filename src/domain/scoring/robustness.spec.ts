import { computeTrackResults } from './compute-track-results';
import { robustnessScenarios } from './robustness';
import { makeInput, rowOf } from './testing';

describe('robustness', () => {
  it('lists each other method, then each judge left out', () => {
    expect(robustnessScenarios('MEAN', ['j1', 'j2'])).toEqual([
      { kind: 'METHOD', method: 'MEDIAN' },
      { kind: 'METHOD', method: 'TRIMMED_MEAN' },
      { kind: 'METHOD', method: 'ZSCORE' },
      { kind: 'METHOD', method: 'CALIBRATED' },
      { kind: 'METHOD', method: 'SHRUNK' },
      { kind: 'WITHOUT_JUDGE', judgeId: 'j1' },
      { kind: 'WITHOUT_JUDGE', judgeId: 'j2' },
    ]);
  });

  it('flags a winner that another method or leaving out one judge would change', () => {
    // A: 100, 60, 61 (mean 73.67, median 61); B: 70, 70, 71 (mean 70.33, median 70).
    // MEAN/TRIMMED/CALIBRATED/SHRUNK (full panel) → A; MEDIAN → B; ZSCORE: j1 rates A +1 sd, j2 and j3 −1 sd → B.
    // Without j1: A 60.5 < B 70.5 → B; without j2 or j3, A keeps it.
    const results = computeTrackResults(
      makeInput({
        places: 1,
        minReviews: 3,
        nominations: ['A', 'B'],
        sheets: [
          ['A', 'j1', 100],
          ['A', 'j2', 60],
          ['A', 'j3', 61],
          ['B', 'j1', 70],
          ['B', 'j2', 70],
          ['B', 'j3', 71],
        ],
      }),
    );
    const a = rowOf(results, 'A');
    expect(a.computed.award).toBe('FIRST');
    expect(a.robustness!.fragile).toBe(true);
    expect(a.robustness!.changes).toEqual([
      { scenario: { kind: 'METHOD', method: 'MEDIAN' }, outcome: { award: null, pending: false } },
      { scenario: { kind: 'METHOD', method: 'ZSCORE' }, outcome: { award: null, pending: false } },
      { scenario: { kind: 'WITHOUT_JUDGE', judgeId: 'j1' }, outcome: { award: null, pending: false } },
    ]);
    expect(rowOf(results, 'B').robustness).toBeNull(); // only award holders are assessed
    expect(results.robustnessComputed).toBe(true);
  });

  it('does not flag a clear winner', () => {
    const results = computeTrackResults(
      makeInput({
        places: 1,
        minReviews: 2,
        nominations: ['A', 'B', 'C'],
        sheets: [
          ['A', 'j1', 95],
          ['A', 'j2', 90],
          ['B', 'j2', 50],
          ['B', 'j3', 55],
          ['C', 'j3', 40],
          ['C', 'j1', 45],
        ],
      }),
    );
    expect(rowOf(results, 'A').robustness).toEqual({ fragile: false, changes: [] });
  });

  it('does not apply quorum in the what-ifs: a nomination left with one sheet keeps competing', () => {
    const results = computeTrackResults(
      makeInput({
        places: 1,
        minReviews: 2,
        nominations: ['A', 'B'],
        sheets: [
          ['A', 'j1', 90],
          ['A', 'j2', 80],
          ['B', 'j1', 70],
          ['B', 'j2', 60],
        ],
      }),
    );
    // without j1 A has one sheet (80) against B's 60: still FIRST, so not fragile
    expect(rowOf(results, 'A').robustness).toEqual({ fragile: false, changes: [] });
  });

  it('can be switched off', () => {
    const results = computeTrackResults(makeInput({ nominations: ['A'], sheets: [['A', 'j1', 90]] }), {
      robustness: false,
    });
    expect(rowOf(results, 'A').robustness).toBeNull();
    expect(results.robustnessComputed).toBe(false);
  });
});
