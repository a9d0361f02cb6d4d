/**
 * Rounding to 6 decimals, half away from zero, defined on the decimal value a person reads rather than on
 * the binary double that happens to carry it.
 *
 * Definition (machine-independent, easy to re-implement when verifying a seal):
 *   1. write |x| with 15 significant digits (ECMAScript `toExponential(14)`, correctly rounded);
 *   2. round that decimal to 6 decimals, half away from zero, in exact integer arithmetic;
 *   3. put the sign back (never producing -0).
 *
 * Why 15 digits: every decimal with at most 15 significant digits survives a round trip through a double
 * (DBL_DIG = 15), so step 1 recovers the decimal that was meant when the double only carries representation
 * or accumulated error below half a unit of the 15th digit. `1.0000005` is stored as 1.00000049999999996…
 * and still rounds to 1.000001; `0.1 + 0.2` rounds to 0.3. The quantities rounded here are scores on
 * 0–100 (biases, z-mapped totals), so 15 digits resolve ~1e-13, far below the 1e-6 kept.
 */
export function round6(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`round6: ${x} is not a finite number`);
  const ax = Math.abs(x);
  let units: number;
  if (ax < FAST_LIMIT) {
    // Fast path, same result as the definition. y carries at most ~6e-8 of error (half an ulp of a number
    // below 1e9) and step 1 moves |x| by at most 5e-13 (5e-7 in units of 1e-6) for |x| < 1000. So when the
    // fraction of y is further than TIE_WINDOW = 1e-6 from one half, both the exact rounding of the double
    // and the definition agree with the obvious answer; only near a half do we pay for the decimal path.
    const y = ax * 1e6;
    const floor = Math.floor(y);
    const frac = y - floor; // exact: y < 2^30
    units = Math.abs(frac - 0.5) > TIE_WINDOW ? (frac > 0.5 ? floor + 1 : floor) : decimalUnits(ax);
  } else {
    units = decimalUnits(ax);
  }
  const r = units / 1e6; // the double nearest to the decimal units × 10^-6, so it prints as that decimal
  return x < 0 && r !== 0 ? -r : r;
}

const FAST_LIMIT = 1000;
const TIE_WINDOW = 1e-6;

/** The definition, steps 1–2: |x| rounded to an integer number of millionths (or |x| itself when huge). */
export function decimalUnits(ax: number): number {
  const s = ax.toExponential(14); // "d.dddddddddddddde±x": 15 significant digits
  const e = s.indexOf('e');
  const digits = Number(s.slice(0, 1) + s.slice(2, e)); // integer < 1e15 < 2^53: exact
  const shift = Number(s.slice(e + 1)) - 8; // |x| in millionths = digits × 10^shift
  if (shift >= 0) return digits * 10 ** shift; // ≥ 1e9: no decimals beyond the 6th to round away
  if (shift < -15) return 0; // below 1e-7 in value: less than 0.1 millionth
  const p = 10 ** -shift; // exact power of ten (≤ 1e15)
  const rest = digits % p; // exact integer arithmetic
  const q = (digits - rest) / p;
  return 2 * rest >= p ? q + 1 : q;
}

/** Code-unit order (what JCS and `Array.prototype.sort` use), never the locale's: results must not vary by machine. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `String(x)` for a value already rounded to 6 decimals, without the generic shortest-double conversion
 * (about 20 times slower, and explanations print four numbers per ranked row). Below 1e9 the 6-decimal
 * form is the shortest one that reads back as x, so the text is identical; anything else falls back.
 */
export function formatRounded(x: number): string {
  const ax = Math.abs(x);
  if (!(ax < 1e9)) return String(x);
  const units = Math.round(ax * 1e6);
  if (units / 1e6 !== ax) return String(x);
  const whole = Math.floor(units / 1e6);
  let frac = units - whole * 1e6;
  let text = String(whole);
  if (frac !== 0) {
    let digits = 6;
    while (frac % 10 === 0) {
      frac /= 10;
      digits--;
    }
    text += '.' + String(frac).padStart(digits, '0');
  }
  return x < 0 && units !== 0 ? '-' + text : text;
}
