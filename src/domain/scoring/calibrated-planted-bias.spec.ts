import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf } from './testing';

describe('CALIBRATED on a judge with a planted bias', () => {
  // An incomplete, connected design: no judge sees everything. Biases sum to zero.
  const quality: Record<string, number> = { A: 62, B: 71.5, C: 52, D: 80, E: 67.25, F: 50 };
  const bias: Record<string, number> = { j1: -6, j2: -1.5, j3: 2.5, j4: 5 };
  const design: [string, string[]][] = [
    ['A', ['j1', 'j2']],
    ['B', ['j2', 'j3', 'j4']],
    ['C', ['j1', 'j3']],
    ['D', ['j3', 'j4']],
    ['E', ['j1', 'j4']],
    ['F', ['j2', 'j4']],
  ];
  const sheets = design.flatMap(([n, judges]) =>
    judges.map((j): [string, string, number] => [n, j, quality[n] + bias[j]]),
  );

  it('recovers every bias and every quality exactly on noise-free data', () => {
    const results = computeTrackResults(
      makeInput({ method: 'CALIBRATED', nominations: Object.keys(quality), sheets }),
    );
    expect(Object.fromEntries(results.judges.map((j) => [j.judgeId, j.bias]))).toEqual(bias);
    for (const [id, q] of Object.entries(quality)) expect(rowOf(results, id).aggregate).toBe(q);
    expect(results.judges.every((j) => j.group === 0)).toBe(true);
  });

  it('ranks by quality where MEAN is misled by who reviewed what', () => {
    const mean = computeTrackResults(
      makeInput({ method: 'MEAN', nominations: Object.keys(quality), sheets }),
    );
    const calibrated = computeTrackResults(
      makeInput({ method: 'CALIBRATED', nominations: Object.keys(quality), sheets }),
    );
    const order = (r: typeof mean) => r.categories[0].rows.map((row) => row.nominationId);
    expect(order(calibrated)).toEqual(['D', 'B', 'E', 'A', 'C', 'F']);
    // MEAN adds the mean bias of whoever reviewed: C = 52 − 1.75 = 50.25 (harsh j1) falls behind
    // F = 50 + 1.75 = 51.75 (lenient j4).
    expect(rowOf(mean, 'C').aggregate).toBe(50.25);
    expect(rowOf(mean, 'F').aggregate).toBe(51.75);
    expect(order(mean).slice(-2)).toEqual(['F', 'C']);
  });

  it('solves a noisy cycle by least squares (hand computed)', () => {
    // Differences implied per nomination: b1 − b2 = 10, b2 − b3 = −5, b3 − b1 = −20 (inconsistent by −15).
    // Least squares spreads the +15 evenly: b1 − b2 = 15, b2 − b3 = 0 → b = (10, −5, −5) with Σb = 0.
    const results = computeTrackResults(
      makeInput({
        method: 'CALIBRATED',
        nominations: ['n1', 'n2', 'n3', 'n4'],
        sheets: [
          ['n1', 'j1', 80],
          ['n1', 'j2', 70],
          ['n2', 'j2', 60],
          ['n2', 'j3', 65],
          ['n3', 'j3', 55],
          ['n3', 'j1', 75],
          ['n4', 'j1', 75],
        ],
      }),
    );
    expect(results.judges.map((j) => j.bias)).toEqual([10, -5, -5]);
    expect(['n1', 'n2', 'n3', 'n4'].map((id) => rowOf(results, id).aggregate)).toEqual([
      72.5, 67.5, 62.5, 65,
    ]);
  });
});
