import {
  factorEnvelope,
  reverseCuthillMcKee,
  type EnvelopeFactor,
  type SymmetricCsr,
} from './envelope-cholesky';
import { round6 } from './round';
import type { SheetSet } from './sheet-set';

export interface CalibrationResult {
  /** q_i per nomination (rounded), NaN without sheets. */
  readonly aggregates: Float64Array;
  /** b_j per judge (rounded); 0 for a judge alone in its group. */
  readonly bias: Float64Array;
  /** Connected group of each judge, numbered in order of the groups' lowest judge index; −1 without sheets. */
  readonly group: Int32Array;
}

/**
 * CALIBRATED: least squares fit of t_ij = q_i + b_j, the biases summing to zero in each connected group of
 * judges and nominations, solved exactly.
 *
 * Normal equations: for a nomination, q_i = (T_i − Σ_{j∈J(i)} b_j)/n_i. Substituting it into the judges'
 * equations leaves, per group, a system in the biases alone (the Schur complement, size = judges):
 *   L_jj  = Σ_{i∈I(j)} (1 − 1/n_i),   L_jj' = −Σ_{i∈I(j)∩I(j')} 1/n_i,   r_j = Σ_{i∈I(j)} (t_ij − T_i/n_i),
 * a weighted graph Laplacian (singular: adding c to every q and −c to every b of a group changes nothing).
 * The sum-to-zero constraint only picks one point on that line (its Lagrange multiplier is 0, the objective
 * being flat along it), so we ground one judge (b = 0: the grounded Laplacian of a connected graph is
 * positive definite and keeps the sparsity), solve directly, then shift the group's biases to sum to 0.
 * Biases are published rounded; q_i uses the unrounded biases and is then rounded.
 */
export function calibratedAggregates(set: SheetSet, judges: number): CalibrationResult {
  const fit = additiveFit(set, judges, false);
  const aggregates = new Float64Array(set.nominations).fill(NaN);
  for (let i = 0; i < set.nominations; i++) {
    const q = fit.quality(i);
    if (!Number.isNaN(q)) aggregates[i] = round6(q);
  }
  const bias = new Float64Array(judges);
  for (let j = 0; j < judges; j++) bias[j] = round6(fit.bias[j]);
  return { aggregates, bias, group: fit.group };
}

/** The unrounded least squares fit of t_ij = q_i + b_j (CALIBRATED), with what SHRUNK needs besides. */
export interface AdditiveFit {
  /** b_j, unrounded, summing to 0 in each group; 0 for a judge alone in its group or without sheets. */
  readonly bias: Float64Array;
  readonly group: Int32Array;
  /** The judges of each group, ascending. */
  readonly members: readonly (readonly number[])[];
  /** T_i: the sum of the nomination's totals, in sheet order. */
  readonly totals: Float64Array;
  /**
   * With `leverage` asked: diag(L⁺) per judge, L⁺ the pseudo-inverse of its group's reduced matrix (so
   * Var(b_j) = σ²·leverage_j under the model); 0 for a judge alone in its group or without sheets.
   */
  readonly leverage: Float64Array | null;
  /** q_i = (T_i − Σ_{j∈J(i)} b_j)/n_i, unrounded; NaN without sheets. */
  quality(i: number): number;
}

/** Solves CALIBRATED's normal equations exactly (see calibratedAggregates); optionally diag(L⁺) too. */
export function additiveFit(set: SheetSet, judges: number, leverage: boolean): AdditiveFit {
  const group = groupsOf(set, judges);
  const { laplacian, rhs, totals } = reducedSystem(set, judges);

  const raw = new Float64Array(judges);
  const diag = leverage ? new Float64Array(judges) : null;
  const members: number[][] = [];
  for (let j = 0; j < judges; j++) if (group[j] >= 0) (members[group[j]] ??= []).push(j);
  const local = new Int32Array(judges).fill(-1);
  for (const judgesOfGroup of members) {
    if (judgesOfGroup.length < 2) continue; // one judge: its bias is 0 by the constraint
    judgesOfGroup.forEach((j, l) => (local[j] = l));
    const m = subsystem(laplacian, judgesOfGroup, local);
    const order = reverseCuthillMcKee(m);
    // Ground the last node of the RCM order: the envelope of the others stays as it is.
    const factor = factorEnvelope(m, order.slice(0, -1));
    const b = factor.solve(Float64Array.from(judgesOfGroup, (j) => rhs[j]));
    let mean = 0;
    for (const v of b) mean += v;
    mean /= b.length;
    judgesOfGroup.forEach((j, l) => (raw[j] = b[l] - mean));
    if (diag) {
      const d = pseudoInverseDiagonal(factor, judgesOfGroup.length);
      judgesOfGroup.forEach((j, l) => (diag[j] = d[l]));
    }
  }

  return {
    bias: raw,
    group,
    members,
    totals,
    leverage: diag,
    quality(i: number): number {
      const from = set.start[i];
      const to = set.end[i];
      if (to === from) return NaN;
      let B = 0;
      for (let k = from; k < to; k++) B += raw[set.judge[k]];
      return (totals[i] - B) / (to - from);
    },
  };
}

/**
 * diag(L⁺) of a connected group from the factor of its grounded matrix. G = the grounded inverse (zero row
 * and column at the grounded judge) is a generalised inverse of L with G·L·G = G, and L⁺ = P·G·P with
 * P = I − 11ᵀ/g (the centring, whose range is L's), hence (L⁺)_jj = G_jj − 2·(G1)_j/g + 1ᵀG1/g².
 */
function pseudoInverseDiagonal(factor: EnvelopeFactor, g: number): Float64Array {
  const gDiag = factor.inverseDiagonal();
  const gOnes = factor.solve(new Float64Array(g).fill(1));
  let sum = 0;
  for (const v of gOnes) sum += v;
  const out = new Float64Array(g);
  for (let l = 0; l < g; l++) out[l] = gDiag[l] - (2 * gOnes[l]) / g + sum / (g * g);
  return out;
}

/** L (as CSR, duplicates summed), r, and every nomination's T_i, accumulated in sheet order. */
function reducedSystem(
  set: SheetSet,
  judges: number,
): { laplacian: SymmetricCsr; rhs: Float64Array; totals: Float64Array } {
  const N = set.nominations;
  const diag = new Float64Array(judges);
  const rhs = new Float64Array(judges);
  const totals = new Float64Array(N);
  const count = new Int32Array(judges + 1);
  for (let i = 0; i < N; i++) {
    const from = set.start[i];
    const to = set.end[i];
    const n = to - from;
    let T = 0;
    for (let k = from; k < to; k++) T += set.total[k];
    totals[i] = T;
    if (n < 2) continue; // a single-review nomination says nothing about its judge's bias
    const meanT = T / n;
    for (let k = from; k < to; k++) {
      const j = set.judge[k];
      diag[j] += 1 - 1 / n;
      rhs[j] += set.total[k] - meanT;
      count[j + 1] += n - 1;
    }
  }
  for (let j = 0; j < judges; j++) count[j + 1] += count[j];
  const fill = count.slice(0, judges);
  const rawCol = new Int32Array(count[judges]);
  const rawVal = new Float64Array(count[judges]);
  for (let i = 0; i < N; i++) {
    const from = set.start[i];
    const to = set.end[i];
    if (to - from < 2) continue;
    const w = -1 / (to - from);
    for (let k = from; k < to; k++) {
      const j = set.judge[k];
      for (let l = from; l < to; l++) {
        if (l === k) continue;
        rawCol[fill[j]] = set.judge[l];
        rawVal[fill[j]++] = w;
      }
    }
  }
  // Merge the duplicates of each row (pairs of judges sharing several nominations), columns ascending.
  const rowPtr = new Int32Array(judges + 1);
  const col = new Int32Array(rawCol.length);
  const val = new Float64Array(rawCol.length);
  const acc = new Float64Array(judges);
  const mark = new Int32Array(judges).fill(-1);
  let out = 0;
  for (let j = 0; j < judges; j++) {
    const rowStart = out;
    for (let e = count[j]; e < count[j + 1]; e++) {
      const c = rawCol[e];
      if (mark[c] !== j) {
        mark[c] = j;
        acc[c] = 0;
        col[out++] = c;
      }
      acc[c] += rawVal[e];
    }
    col.subarray(rowStart, out).sort(); // typed-array sort: numeric
    for (let e = rowStart; e < out; e++) val[e] = acc[col[e]];
    rowPtr[j + 1] = out;
  }
  return {
    laplacian: { size: judges, diag, rowPtr, col: col.slice(0, out), val: val.slice(0, out) },
    rhs,
    totals,
  };
}

/** The rows and columns of one connected group, renumbered 0..g−1 in judge order. */
function subsystem(m: SymmetricCsr, judgesOfGroup: readonly number[], local: Int32Array): SymmetricCsr {
  const g = judgesOfGroup.length;
  const rowPtr = new Int32Array(g + 1);
  judgesOfGroup.forEach((j, l) => (rowPtr[l + 1] = rowPtr[l] + (m.rowPtr[j + 1] - m.rowPtr[j])));
  const col = new Int32Array(rowPtr[g]);
  const val = new Float64Array(rowPtr[g]);
  judgesOfGroup.forEach((j, l) => {
    for (let e = m.rowPtr[j], o = rowPtr[l]; e < m.rowPtr[j + 1]; e++, o++) {
      col[o] = local[m.col[e]]; // a neighbour is always in the same group; the map keeps column order
      val[o] = m.val[e];
    }
  });
  return { size: g, diag: Float64Array.from(judgesOfGroup, (j) => m.diag[j]), rowPtr, col, val };
}

/** Connected groups of the judge–nomination graph (union–find), as a group index per judge (−1: no sheet). */
function groupsOf(set: SheetSet, judges: number): Int32Array {
  const parent = Int32Array.from({ length: set.nominations + judges }, (_, v) => v);
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  };
  for (let k = 0; k < set.count; k++) {
    const a = find(set.nom[k]);
    const b = find(set.nominations + set.judge[k]);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const hasSheet = new Uint8Array(judges);
  for (let k = 0; k < set.count; k++) hasSheet[set.judge[k]] = 1;
  const group = new Int32Array(judges).fill(-1);
  const byRoot = new Map<number, number>();
  for (let j = 0; j < judges; j++) {
    if (!hasSheet[j]) continue;
    const root = find(set.nominations + j);
    let g = byRoot.get(root);
    if (g === undefined) byRoot.set(root, (g = byRoot.size));
    group[j] = g;
  }
  return group;
}
