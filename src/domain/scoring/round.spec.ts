import fc from 'fast-check';
import { decimalUnits, formatRounded, round6 } from './round';

describe('round6', () => {
  it.each([
    [1.0000005, 1.000001],
    [-1.0000005, -1.000001],
    [2.6750005, 2.675001],
    [2.675, 2.675],
    [1.0000004999, 1.0],
    [0.1 + 0.2, 0.3],
    [72.4999995, 72.5],
    [99.9999995, 100],
    [1.2345675, 1.234568],
    [-1.2345675, -1.234568],
    [0.0000005, 0.000001],
    [0.00000049, 0],
    [33.333333333333336, 33.333333],
    [66.66666666666667, 66.666667],
    [123456.0000005, 123456.000001],
    [0, 0],
  ])('rounds %p to %p', (x, expected) => {
    expect(round6(x)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(round6(-0.0000001), 0)).toBe(true);
    expect(Object.is(round6(-0), 0)).toBe(true);
  });

  it('refuses NaN and infinities', () => {
    expect(() => round6(NaN)).toThrow(RangeError);
    expect(() => round6(Infinity)).toThrow(RangeError);
  });

  it('reads the decimal that was meant: 70.0000015 is stored as 70.000001499999996… and still rounds up', () => {
    expect((70.0000015).toPrecision(17)).toBe('70.000001499999996');
    expect(round6(70.0000015)).toBe(70.000002);
  });

  it('absorbs accumulated float error: 59.9375529 + 21.6616936 is 81.5992465, not 81.59924649999999', () => {
    const sum = 59.9375529 + 21.6616936;
    expect(String(sum)).toBe('81.59924649999999');
    expect(Math.round(sum * 1e6) / 1e6).toBe(81.599246); // naive scaling rounds down
    expect(round6(sum)).toBe(81.599247);
  });

  it('the fast path agrees with the decimal definition everywhere', () => {
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), (x) => {
        const units = decimalUnits(Math.abs(x));
        const expected = units / 1e6;
        expect(round6(x)).toBe(x < 0 && expected !== 0 ? -expected : expected);
      }),
      { numRuns: 3000 },
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)

  it('agrees on values constructed next to a half', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: -3, max: 3 }),
        (units, ulps) => {
          let x = (units + 0.5) / 1e6;
          for (let k = 0; k < Math.abs(ulps); k++) x = ulps > 0 ? nextUp(x) : nextDown(x);
          expect(round6(x)).toBe(decimalUnits(x) / 1e6);
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)

  it('is idempotent and odd', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(round6(round6(x))).toBe(round6(x));
        expect(round6(-x)).toBe(round6(x) === 0 ? 0 : -round6(x));
      }),
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)
});

function nextUp(x: number): number {
  const b = new Float64Array([x]);
  const i = new BigInt64Array(b.buffer);
  i[0] += x >= 0 ? 1n : -1n;
  return b[0];
}

function nextDown(x: number): number {
  const b = new Float64Array([x]);
  const i = new BigInt64Array(b.buffer);
  i[0] += x > 0 ? -1n : 1n;
  return b[0];
}

describe('formatRounded', () => {
  it('prints a rounded value exactly as String() does', () => {
    fc.assert(
      fc.property(fc.double({ min: -2e9, max: 2e9, noNaN: true }), (x) => {
        const r = round6(x);
        expect(formatRounded(r)).toBe(String(r));
      }),
      { numRuns: 3000 },
    );
    for (const x of [0, 0.000001, -0.000001, 0.1, 72.5, 100, 62.857143, 1e9, -999999999.999999]) {
      expect(formatRounded(x)).toBe(String(x));
    }
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)
});
