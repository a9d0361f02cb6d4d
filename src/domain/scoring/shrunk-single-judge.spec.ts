import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf, shrinkageOf } from './testing';

describe('SHRUNK with no pair of judges to compare', () => {
  it('one judge: no bias can be estimated, the aggregates are the totals', () => {
    const input = makeInput({
      method: 'SHRUNK',
      nominations: ['A', 'B', 'C'],
      sheets: [
        ['A', 'j1', 81.5],
        ['B', 'j1', 64],
        ['C', 'j1', 70.25],
      ],
    });
    const s = shrinkageOf(input);
    // df = 3 sheets − 3 nominations − 1 judge + 1 group = 0; no group of two judges either.
    expect([s.residualDf, s.residualVariance, s.biasVariance]).toEqual([0, null, null]);
    expect([...s.shrinkage]).toEqual([0]);
    const results = computeTrackResults(input);
    expect(['A', 'B', 'C'].map((n) => rowOf(results, n).aggregate)).toEqual([81.5, 64, 70.25]);
    expect(results.judges).toEqual([expect.objectContaining({ judgeId: 'j1', bias: 0, group: 0 })]);
  });

  it('judges who never share a nomination: each alone in its group, nothing corrected', () => {
    const input = makeInput({
      method: 'SHRUNK',
      nominations: ['A', 'B', 'C', 'D'],
      sheets: [
        ['A', 'j1', 90],
        ['B', 'j1', 80],
        ['C', 'j2', 40],
        ['D', 'j2', 30],
      ],
    });
    const s = shrinkageOf(input);
    expect([...s.group]).toEqual([0, 1]);
    expect(s.biasVariance).toBeNull();
    const results = computeTrackResults(input);
    expect(['A', 'B', 'C', 'D'].map((n) => rowOf(results, n).aggregate)).toEqual([90, 80, 40, 30]);
    expect(results.judges.map((j) => [j.bias, j.group])).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});
