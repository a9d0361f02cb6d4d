import { round6 } from './round';

/** Mean of values[from, to), summed left to right, rounded. */
export function mean6(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += values[k];
  return round6(sum / (to - from));
}

/** Sorted ascending copy of values[from, to). */
function sortedSlice(values: Float64Array, from: number, to: number): Float64Array {
  return values.slice(from, to).sort();
}

/** Median, the mean of the two middle values for an even count; rounded. */
export function median6(values: Float64Array, from = 0, to = values.length): number {
  const v = sortedSlice(values, from, to);
  const n = v.length;
  const mid = n >> 1;
  return round6(n % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
}

/** With ≥ 5 values, drop the single highest and lowest and average the rest; else the plain mean. Rounded. */
export function trimmedMean6(values: Float64Array, from = 0, to = values.length): number {
  const n = to - from;
  if (n < 5) return mean6(values, from, to);
  return mean6(sortedSlice(values, from, to), 1, n - 1);
}

/** Unrounded mean and population standard deviation (two passes: accurate for clustered scores). */
export function meanAndPopulationSd(values: ArrayLike<number>): { mean: number; sd: number } {
  const n = values.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k];
  const mean = sum / n;
  let sq = 0;
  for (let k = 0; k < n; k++) sq += (values[k] - mean) * (values[k] - mean);
  return { mean, sd: Math.sqrt(sq / n) };
}
