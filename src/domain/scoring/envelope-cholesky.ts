/**
 * Exact direct solver for the symmetric positive definite systems of CALIBRATED: Cholesky factorisation in
 * envelope (profile) storage after a reverse Cuthill–McKee ordering. Fill-in never leaves the envelope, so
 * judge graphs made of panels (banded after RCM) factor in O(n·b²) while a graph where everyone reviews
 * with everyone degrades gracefully to the dense O(n³/6). No iteration, no tolerance: the answer is the
 * one elimination gives, in a fixed operation order (the same bits on every machine).
 */

/** A symmetric matrix: its diagonal, and its off-diagonal entries in CSR form (both triangles, columns ascending). */
export interface SymmetricCsr {
  readonly size: number;
  readonly diag: Float64Array;
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  readonly val: Float64Array;
}

/**
 * Reverse Cuthill–McKee order of a connected graph, started from a pseudo-peripheral node (George–Liu);
 * ties go to the lower degree, then the lower index, so the order is deterministic.
 */
export function reverseCuthillMcKee(m: SymmetricCsr): number[] {
  const n = m.size;
  if (n === 0) return [];
  const { rowPtr, col } = m;
  const degree = (v: number): number => rowPtr[v + 1] - rowPtr[v];
  const byDegree = (a: number, b: number): number => degree(a) - degree(b) || a - b;

  const lastLevel = (root: number): { depth: number; last: number[] } => {
    const seen = new Uint8Array(n);
    seen[root] = 1;
    let level = [root];
    let depth = 1;
    for (;;) {
      const next: number[] = [];
      for (const v of level) {
        for (let e = rowPtr[v]; e < rowPtr[v + 1]; e++) {
          const w = col[e];
          if (!seen[w]) {
            seen[w] = 1;
            next.push(w);
          }
        }
      }
      if (next.length === 0) return { depth, last: level };
      level = next;
      depth++;
    }
  };

  let root = 0;
  for (let v = 1; v < n; v++) if (byDegree(v, root) < 0) root = v;
  let structure = lastLevel(root);
  for (let round = 0; round < 8; round++) {
    const candidate = structure.last.reduce((best, v) => (byDegree(v, best) < 0 ? v : best));
    const candidateStructure = lastLevel(candidate);
    if (candidateStructure.depth <= structure.depth) break;
    root = candidate;
    structure = candidateStructure;
  }

  const order: number[] = [root];
  const placed = new Uint8Array(n);
  placed[root] = 1;
  for (let head = 0; head < order.length; head++) {
    const v = order[head];
    const fresh: number[] = [];
    for (let e = rowPtr[v]; e < rowPtr[v + 1]; e++) if (!placed[col[e]]) fresh.push(col[e]);
    fresh.sort(byDegree);
    for (const w of fresh) {
      placed[w] = 1;
      order.push(w);
    }
  }
  if (order.length !== n) throw new Error('reverseCuthillMcKee: the graph is not connected');
  return order.reverse();
}

/** A Cholesky factor A = L·Lᵀ over the ordered unknowns, kept to solve several right-hand sides. */
export interface EnvelopeFactor {
  /** x with A x = rhs, every unknown outside the order fixed at 0; in the matrix's own numbering. */
  solve(rhs: Float64Array): Float64Array;
  /**
   * The diagonal of A⁻¹ over the ordered unknowns (0 for the others), by selected inversion (Takahashi):
   * only the entries of A⁻¹ inside the envelope are formed, which is enough because the envelope of L is
   * closed under the recurrence. Cost Σ_p |column p of L|², about twice the factorisation.
   */
  inverseDiagonal(): Float64Array;
}

/**
 * Solves A x = rhs for the unknowns listed in `order` (elimination order), every other unknown being fixed
 * at 0 (how CALIBRATED grounds one judge). The submatrix of the ordered unknowns must be positive definite:
 * a non-positive pivot throws.
 */
export function solveEnvelope(m: SymmetricCsr, rhs: Float64Array, order: readonly number[]): Float64Array {
  return factorEnvelope(m, order).solve(rhs);
}

/** Factors the submatrix of the ordered unknowns (see solveEnvelope); a non-positive pivot throws. */
export function factorEnvelope(m: SymmetricCsr, order: readonly number[]): EnvelopeFactor {
  const n = order.length;
  const position = new Int32Array(m.size).fill(-1);
  order.forEach((v, p) => (position[v] = p));
  const { rowPtr, col, val } = m;

  // Envelope: row p keeps columns first[p]..p; base[p] + c is the slot of column c of row p.
  const first = new Int32Array(n);
  const base = new Int32Array(n);
  let size = 0;
  for (let p = 0; p < n; p++) {
    const v = order[p];
    let f = p;
    for (let e = rowPtr[v]; e < rowPtr[v + 1]; e++) {
      const q = position[col[e]];
      if (q >= 0 && q < f) f = q;
    }
    first[p] = f;
    base[p] = size - f;
    size += p - f + 1;
    if (size > 0x7fffffff) throw new RangeError('solveEnvelope: system too large');
  }
  const value = new Float64Array(size);
  for (let p = 0; p < n; p++) {
    const v = order[p];
    value[base[p] + p] = m.diag[v];
    for (let e = rowPtr[v]; e < rowPtr[v + 1]; e++) {
      const q = position[col[e]];
      if (q >= 0 && q < p) value[base[p] + q] = val[e];
    }
  }

  for (let p = 0; p < n; p++) {
    const fp = first[p];
    const bp = base[p];
    for (let c = fp; c < p; c++) {
      const bc = base[c];
      value[bp + c] = (value[bp + c] - dot(value, bp, bc, fp > first[c] ? fp : first[c], c)) / value[bc + c];
    }
    const d = value[bp + p] - dot(value, bp, bp, fp, p);
    if (!(d > 0)) throw new Error('solveEnvelope: matrix is not positive definite');
    value[bp + p] = Math.sqrt(d);
  }

  return {
    solve(rhs: Float64Array): Float64Array {
      // L y = b (forward), then Lᵀ x = y (backward, sweeping the columns of the row-stored L).
      const x = new Float64Array(n);
      for (let p = 0; p < n; p++) {
        let s = rhs[order[p]];
        for (let k = first[p]; k < p; k++) s -= value[base[p] + k] * x[k];
        x[p] = s / value[base[p] + p];
      }
      for (let p = n - 1; p >= 0; p--) {
        x[p] /= value[base[p] + p];
        const xp = x[p];
        for (let k = first[p]; k < p; k++) x[k] -= value[base[p] + k] * xp;
      }
      const out = new Float64Array(m.size);
      for (let p = 0; p < n; p++) out[order[p]] = x[p];
      return out;
    },
    inverseDiagonal(): Float64Array {
      return selectedInverseDiagonal(value, first, base, n, order, m.size);
    },
  };
}

/**
 * Takahashi's recurrence for Z = A⁻¹ = L⁻ᵀL⁻¹, from the last row up: with S_p = {k > p : L_kp in the
 * envelope}, Z_qp = −Σ_{k∈S_p} L_kp·Z_kq / L_pp for q ∈ S_p, then Z_pp = (1/L_pp − Σ_{k∈S_p} L_kp·Z_kp) / L_pp.
 * Every Z_kq needed (k, q ∈ S_p) lies in the envelope (first[max(k,q)] ≤ p < min(k,q)), so Z is stored in
 * the same slots as L.
 */
function selectedInverseDiagonal(
  value: Float64Array,
  first: Int32Array,
  base: Int32Array,
  n: number,
  order: readonly number[],
  size: number,
): Float64Array {
  // Column lists of the strictly lower envelope, rows ascending.
  const colPtr = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) for (let c = first[k]; c < k; c++) colPtr[c + 1]++;
  for (let c = 0; c < n; c++) colPtr[c + 1] += colPtr[c];
  const rows = new Int32Array(colPtr[n]);
  const fill = colPtr.slice(0, n);
  for (let k = 0; k < n; k++) for (let c = first[k]; c < k; c++) rows[fill[c]++] = k;

  const z = new Float64Array(value.length);
  const at = (r: number, c: number): number => (r >= c ? base[r] + c : base[c] + r);
  for (let p = n - 1; p >= 0; p--) {
    const lpp = value[base[p] + p];
    const from = colPtr[p];
    const to = colPtr[p + 1];
    for (let a = from; a < to; a++) {
      const q = rows[a];
      let s = 0;
      for (let b = from; b < to; b++) s += value[base[rows[b]] + p] * z[at(rows[b], q)];
      z[base[q] + p] = -s / lpp;
    }
    let s = 0;
    for (let b = from; b < to; b++) s += value[base[rows[b]] + p] * z[base[rows[b]] + p];
    z[base[p] + p] = (1 / lpp - s) / lpp;
  }
  const out = new Float64Array(size);
  for (let p = 0; p < n; p++) out[order[p]] = z[base[p] + p];
  return out;
}

/**
 * Σ_{k∈[from,to)} v[a+k]·v[b+k] with four running sums (fixed grouping: k mod 4), which removes the
 * add-latency chain of a single accumulator; the operation order is still fixed, hence deterministic.
 */
function dot(v: Float64Array, a: number, b: number, from: number, to: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = from;
  for (; k + 3 < to; k += 4) {
    s0 += v[a + k] * v[b + k];
    s1 += v[a + k + 1] * v[b + k + 1];
    s2 += v[a + k + 2] * v[b + k + 2];
    s3 += v[a + k + 3] * v[b + k + 3];
  }
  for (; k < to; k++) s0 += v[a + k] * v[b + k];
  return s0 + s1 + (s2 + s3);
}
