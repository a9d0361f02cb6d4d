import { canonicalJson, canonicalJsonOf, sha256Hex } from './canonical';

describe('RFC 8785 canonical JSON', () => {
  it('serialises numbers, strings and literals as the RFC’s example (3.2.2)', () => {
    const value = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(value)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, recursively (RFC 8785 3.2.3)', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
      nested: { b: 1, a: [{ d: 0, c: -0 }] },
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","nested":{"a":[{"c":0,"d":0}],"b":1},"\u0080":"Control",' +
        '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face",' +
        '"\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('refuses what is not plain JSON data instead of dropping it', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson({ a: NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson([1n])).toThrow(TypeError);
  });

  it('hashes UTF-8 bytes with SHA-256 in lower-case hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('é')).toBe(sha256Hex('\u00e9'));
  });
});

describe('canonicalJsonOf', () => {
  it('writes a value as JSON has it: Dates as ISO strings, undefined members gone, undefined as null', () => {
    expect(canonicalJsonOf({ b: new Date('2026-12-04T12:00:00Z'), a: undefined, c: [1] })).toBe(
      '{"b":"2026-12-04T12:00:00.000Z","c":[1]}',
    );
    expect(canonicalJsonOf(undefined)).toBe('null');
  });
});
