import fc from 'fast-check';
import { computeTrackResults } from './compute-track-results';
import { reverseCuthillMcKee, solveEnvelope, type SymmetricCsr } from './envelope-cholesky';
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

function design(): fc.Arbitrary<[string, string, number][]> {
  return fc
    .array(
      fc.tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((noms) =>
      noms.flatMap(([judges, totals], i) =>
        judges.map((j, k): [string, string, number] => [
          `N${String(i).padStart(2, '0')}`,
          `j${j}`,
          totals[k],
        ]),
      ),
    );
}

function naive(sheets: [string, string, number][]): { q: Map<string, number>; b: Map<string, number> } {
  const noms = [...new Set(sheets.map(([n]) => n))].sort();
  const judges = [...new Set(sheets.map(([, j]) => j))].sort();
  // groups by union-find
  const parent = new Map<string, string>();
  const find = (v: string): string => (parent.get(v) === v ? v : find(parent.get(v)!));
  for (const v of [...noms, ...judges.map((j) => `#${j}`)]) parent.set(v, v);
  for (const [n, j] of sheets) parent.set(find(n), find(`#${j}`));
  const roots = [...new Set(judges.map((j) => find(`#${j}`)))];
  const N = noms.length;
  const J = judges.length;
  const size = N + J + roots.length;
  const A = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const rhs = new Array<number>(size).fill(0);
  for (const [n, j, t] of sheets) {
    const i = noms.indexOf(n);
    const k = N + judges.indexOf(j);
    A[i][i] += 1;
    A[k][k] += 1;
    A[i][k] += 1;
    A[k][i] += 1;
    rhs[i] += t;
    rhs[k] += t;
  }
  roots.forEach((root, g) => {
    judges.forEach((j, k) => {
      if (find(`#${j}`) === root) {
        A[N + J + g][N + k] = 1;
        A[N + k][N + J + g] = 1;
      }
    });
  });
  const x = gauss(A, rhs);
  return {
    q: new Map(noms.map((n, i) => [n, x[i]])),
    b: new Map(judges.map((j, k) => [j, x[N + k]])),
  };
}

function gauss(A: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]];
    [b[c], b[p]] = [b[p], b[c]];
    for (let r = c + 1; r < n; r++) {
      const f = A[r][c] / A[c][c];
      if (f === 0) continue;
      for (let k = c; k < n; k++) A[r][k] -= f * A[c][k];
      b[r] -= f * b[c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < n; k++) s -= A[r][k] * x[k];
    x[r] = s / A[r][r];
  }
  return x;
}

function csr(dense: number[][]): SymmetricCsr {
  const n = dense.length;
  const rowPtr = new Int32Array(n + 1);
  const col: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j !== i && dense[i][j] !== 0) {
        col.push(j);
        val.push(dense[i][j]);
      }
    }
    rowPtr[i + 1] = col.length;
  }
  return {
    size: n,
    diag: Float64Array.from(dense, (row, i) => row[i]),
    rowPtr,
    col: Int32Array.from(col),
    val: Float64Array.from(val),
  };
}
