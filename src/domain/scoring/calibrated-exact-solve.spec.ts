import fc from 'fast-check';
import { computeTrackResults } from './compute-track-results';
import { reverseCuthillMcKee, solveEnvelope } from './envelope-cholesky';
import { csr, design, gauss, naive } from './least-squares.testing';
import { makeInput, rowOf } from './testing';

/**
 * CALIBRATED against an independent, naive solution of the same least-squares problem: the full KKT system
 * (q and b unknowns, one sum-to-zero constraint per group) by Gaussian elimination with partial pivoting.
 */
describe('CALIBRATED equals the exact constrained least-squares solution', () => {
  it('on random designs (connected or not)', () => {
    fc.assert(
      fc.property(design(), (sheets) => {
        const nominations = [...new Set(sheets.map(([n]) => n))];
        const results = computeTrackResults(makeInput({ method: 'CALIBRATED', nominations, sheets }), {
          robustness: false,
        });
        const { q, b } = naive(sheets);
        for (const [n, v] of q)
          expect(Math.abs(rowOf(results, n).aggregate! - v)).toBeLessThanOrEqual(1.5e-6);
        for (const j of results.judges)
          expect(Math.abs(j.bias! - b.get(j.judgeId)!)).toBeLessThanOrEqual(1.5e-6);
      }),
      { numRuns: 200 },
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)
});

describe('envelope Cholesky', () => {
  it('solves random SPD systems like dense elimination, in any RCM order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2 ** 31 - 2 }), (n, seed) => {
        let s = seed;
        const rand = () => ((s = (s * 48271) % 2147483647) / 2147483647) * 2 - 1;
        // A = Laplacian of a random connected graph + I (SPD), sparse
        const dense = Array.from({ length: n }, () => new Array<number>(n).fill(0));
        const link = (i: number, j: number, w: number) => {
          dense[i][j] -= w;
          dense[j][i] -= w;
          dense[i][i] += w;
          dense[j][j] += w;
        };
        for (let i = 1; i < n; i++) link(i, Math.floor(Math.abs(rand()) * i) % i, 1 + Math.abs(rand()));
        for (let k = 0; k < n; k++) {
          const i = Math.floor(Math.abs(rand()) * n);
          const j = Math.floor(Math.abs(rand()) * n);
          if (i !== j) link(i, j, Math.abs(rand()));
        }
        for (let i = 0; i < n; i++) dense[i][i] += 1;
        const rhs = Float64Array.from({ length: n }, () => rand() * 10);
        const m = csr(dense);
        const x = solveEnvelope(m, rhs, reverseCuthillMcKee(m));
        const expected = gauss(
          dense.map((row) => [...row]),
          [...rhs],
        );
        x.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
      }),
      { numRuns: 200 },
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)
});
