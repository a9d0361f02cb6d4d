// Reference implementations for the specs of CALIBRATED and SHRUNK: naive dense algebra, independent of the
// envelope solver, and a generator of random judging designs.
import fc from 'fast-check';
import type { SymmetricCsr } from './envelope-cholesky';

/** Random designs: up to 12 nominations, each scored by 1–4 of 7 judges (connected or not), totals 0–100. */
export function design(): fc.Arbitrary<[string, string, number][]> {
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

/** CALIBRATED by the full KKT system (q and b unknowns, one sum-to-zero row per group), dense. */
export function naive(sheets: [string, string, number][]): {
  q: Map<string, number>;
  b: Map<string, number>;
} {
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

/** Gaussian elimination with partial pivoting (A and b are overwritten). */
export function gauss(A: number[][], b: number[]): number[] {
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

/** A dense symmetric matrix in the solver's CSR form. */
export function csr(dense: number[][]): SymmetricCsr {
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
