import fc from 'fast-check';
import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf } from './testing';

describe('CALIBRATED with disconnected groups of judges', () => {
  const sheets: [string, string, number][] = [
    // group of j1, j2 (A, B): planted biases +4, −4
    ['A', 'j1', 64],
    ['A', 'j2', 56],
    ['B', 'j1', 74],
    ['B', 'j2', 66],
    // group of j3, j4, j5 (C, D, E): planted −3, +1, +2
    ['C', 'j3', 47],
    ['C', 'j4', 51],
    ['D', 'j4', 81],
    ['D', 'j5', 82],
    ['E', 'j5', 62],
    ['E', 'j3', 57],
    // j6 alone with F
    ['F', 'j6', 90],
  ];
  const results = computeTrackResults(
    makeInput({ method: 'CALIBRATED', nominations: ['A', 'B', 'C', 'D', 'E', 'F'], sheets }),
  );
  const judge = (id: string) => results.judges.find((j) => j.judgeId === id)!;

  it('finds three groups', () => {
    expect(results.judges.map((j) => j.group)).toEqual([0, 0, 1, 1, 1, 2]);
  });

  it('makes the biases sum to zero within each group', () => {
    expect([judge('j1').bias, judge('j2').bias]).toEqual([4, -4]);
    expect([judge('j3').bias, judge('j4').bias, judge('j5').bias]).toEqual([-3, 1, 2]);
    expect(judge('j6').bias).toBe(0);
  });

  it('recovers qualities in each group; a lone judge keeps raw totals', () => {
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => rowOf(results, id).aggregate)).toEqual([
      60, 70, 50, 80, 60, 90,
    ]);
  });

  it('biases sum to zero in every group of random designs', () => {
    fc.assert(
      fc.property(randomDesign(), (sheetsOf) => {
        const r = computeTrackResults(
          makeInput({ method: 'CALIBRATED', nominations: nominationsOf(sheetsOf), sheets: sheetsOf }),
          {
            robustness: false,
          },
        );
        const sums = new Map<number, { sum: number; n: number }>();
        for (const j of r.judges) {
          const s = sums.get(j.group!) ?? { sum: 0, n: 0 };
          sums.set(j.group!, { sum: s.sum + j.bias!, n: s.n + 1 });
        }
        // each rounded bias is within 5e-7 of the exact one
        for (const { sum, n } of sums.values()) expect(Math.abs(sum)).toBeLessThanOrEqual(n * 5e-7 + 1e-9);
      }),
      { numRuns: 150 },
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)
});

/** Random sheets: up to 10 nominations, 6 judges, 1–3 distinct judges each, integer totals. */
function randomDesign(): fc.Arbitrary<[string, string, number][]> {
  return fc
    .array(
      fc.tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((noms) =>
      noms.flatMap(([judges, totals], i) =>
        judges.map((j, k): [string, string, number] => [`N${i}`, `j${j}`, totals[k]]),
      ),
    );
}

function nominationsOf(sheets: [string, string, number][]): string[] {
  return [...new Set(sheets.map(([n]) => n))];
}
