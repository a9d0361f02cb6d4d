import { canonicalJson } from './canonical';

describe(canonicalJson.name, () => {
  const sut = canonicalJson;

  it('sorts object keys recursively and writes no whitespace', () => {
    expect(sut({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('orders keys by UTF-16 code units, as RFC 8785 requires', () => {
    // RFC 8785 §3.2.3 example keys: "\u20ac" (€) sorts before "\ud83d\ude00" (😀) and after "\u00f6" (ö).
    expect(sut({ '😀': 1, '€': 2, ö: 3, a: 4, B: 5 })).toBe('{"B":5,"a":4,"ö":3,"€":2,"😀":1}');
  });

  it('writes numbers the ECMAScript way (RFC 8785 §3.2.2.3)', () => {
    expect(sut([0, -0, 1e21, 1e-7, 333333333.3333333, 5e-324, -1.5, 100])).toBe(
      '[0,0,1e+21,1e-7,333333333.3333333,5e-324,-1.5,100]',
    );
  });

  it('escapes strings minimally (RFC 8785 §3.2.2.2)', () => {
    expect(sut('\u0000\b\t\n\f\r"\\/\u001f\u007fé')).toBe('"\\u0000\\b\\t\\n\\f\\r\\"\\\\/\\u001f\u007fé"');
  });

  it('refuses non-finite numbers', () => {
    expect(() => sut({ a: Number.NaN })).toThrow(/\$\.a is not a finite number/);
  });

  it('refuses undefined, Dates and class instances instead of coercing them', () => {
    expect(() => sut({ a: undefined })).toThrow(TypeError);
    expect(() => sut([new Date(0)])).toThrow(/not a plain object/);
  });
});
