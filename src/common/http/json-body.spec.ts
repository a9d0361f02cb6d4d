import { MAX_JSON_DEPTH, NestingScanner, nestsDeeperThan } from './json-body';

describe('nestsDeeperThan', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('accepts the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
  });

  it('counts objects and arrays alike', () => {
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ a: '[[[[{{{{', b: 'x\\"[[[[' }), 1)).toBe(false);
  });

  it('stops at the first level too many of an unterminated body', () => {
    expect(nestsDeeperThan('['.repeat(1_000_000), 64)).toBe(true);
  });

  it('counts siblings, not their sum', () => {
    expect(nestsDeeperThan(`[${Array.from({ length: 1000 }, () => '[[1]]').join(',')}]`, 3)).toBe(false);
  });
});

describe('NestingScanner', () => {
  it('follows the nesting across pieces, strings and escapes included', () => {
    const sut = new NestingScanner(3);
    expect(sut.feed(Buffer.from('{"a":"[[[\\'))).toBe(false);
    expect(sut.feed(Buffer.from('"[[[[","b":[['))).toBe(false);
    expect(sut.feed(Buffer.from('['))).toBe(true);
  });

  it('reads bytes of multi-byte UTF-8 characters without mistaking them for brackets', () => {
    const sut = new NestingScanner(1);
    expect(sut.feed(Buffer.from('["añó 🎉 [[[ ", "ø"]'))).toBe(false);
  });
});
