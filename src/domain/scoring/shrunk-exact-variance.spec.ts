import fc from 'fast-check';
import { additiveFit } from './calibrated';
import { factorEnvelope, reverseCuthillMcKee } from './envelope-cholesky';
import { csr, design, gauss, naive } from './least-squares.testing';
import { prepareTrack } from './prepare';
import { round6 } from './round';
import { makeInput, shrinkageOf } from './testing';

/**
 * SHRUNK's sampling variances are σ̂²·(L⁺)_jj. Checked against a definition that shares no code with the
 * solver: b̂ is linear in the totals, b̂ = W·t, so Var(b̂_j) = σ²·Σ_k W_jk², and column k of W is the naive
 * KKT solution for totals e_k (sheet k at 1, every other at 0).
 */
describe('SHRUNK’s exact sampling variance', () => {
  it('(L⁺)_jj by selected inversion equals Σ_k (∂b̂_j/∂t_k)², on random designs', () => {
    fc.assert(
      fc.property(design(), (sheets) => {
        const nominations = [...new Set(sheets.map(([n]) => n))];
        const prepared = prepareTrack(makeInput({ method: 'SHRUNK', nominations, sheets }));
        const fit = additiveFit(prepared.counted, prepared.judgeIds.length, true);
        const expected = new Map(prepared.judgeIds.map((j) => [j, 0]));
        sheets.forEach((_, k) => {
          const unit = sheets.map(([n, j], l): [string, string, number] => [n, j, l === k ? 1 : 0]);
          for (const [j, w] of naive(unit).b) expected.set(j, expected.get(j)! + w * w);
        });
        prepared.judgeIds.forEach((j, index) =>
          expect(fit.leverage![index]).toBeCloseTo(expected.get(j)!, 9),
        );
      }),
      { numRuns: 100 },
    );
  }, 60_000); // generous for a busy machine; not a timing assertion

  it('σ̂² is the residual sum of squares of the naive fit over S − N − J + groups', () => {
    fc.assert(
      fc.property(design(), (drawn) => {
        // Judge totals are rounded to 6 decimals before any method sees them.
        const sheets = drawn.map(([n, j, t]): [string, string, number] => [n, j, round6(t)]);
        const nominations = [...new Set(sheets.map(([n]) => n))];
        const s = shrinkageOf(makeInput({ method: 'SHRUNK', nominations, sheets }));
        const { q, b } = naive(sheets);
        let rss = 0;
        for (const [n, j, t] of sheets) rss += (t - q.get(n)! - b.get(j)!) ** 2;
        const groups = new Set(s.group).size;
        expect(s.residualDf).toBe(sheets.length - q.size - b.size + groups);
        if (s.residualDf === 0) expect(s.residualVariance).toBeNull();
        else expect(Math.abs(s.residualVariance! - rss / s.residualDf)).toBeLessThanOrEqual(1.5e-6);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('envelope Cholesky: diagonal of the inverse', () => {
  it('equals dense inversion on random SPD systems, in RCM order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2 ** 31 - 2 }), (n, seed) => {
        let s = seed;
        const rand = () => (s = (s * 48271) % 2147483647) / 2147483647;
        const dense = Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => (i === j ? n + 1 : 0)),
        );
        for (let i = 1; i < n; i++) {
          const j = Math.floor(rand() * i); // a random spanning tree: RCM needs a connected graph
          dense[i][j] = dense[j][i] = -rand();
        }
        for (let k = 0; k < n; k++) {
          const i = Math.floor(rand() * n);
          const j = Math.floor(rand() * n);
          if (i !== j) dense[i][j] = dense[j][i] = -rand();
        }
        const m = csr(dense);
        const diagonal = factorEnvelope(m, reverseCuthillMcKee(m)).inverseDiagonal();
        for (let c = 0; c < n; c++) {
          const unit = Array.from({ length: n }, (_, r) => (r === c ? 1 : 0));
          const column = gauss(
            dense.map((row) => [...row]),
            unit,
          );
          expect(diagonal[c]).toBeCloseTo(column[c], 10);
        }
      }),
      { numRuns: 200 },
    );
  });
});
