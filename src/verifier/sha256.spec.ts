import { createHash, randomBytes } from 'node:crypto';
import { createHash as browserHash } from './browser-node-crypto';
import { sha256 } from './sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('the browser verifier’s SHA-256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto on every length around the block boundaries and on random data', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = randomBytes(n);
      expect(sha256(bytes)).toBe(node(bytes));
    }
    const big = randomBytes(300_000);
    expect(sha256(big)).toBe(node(big));
  });

  it('hashes text as UTF-8, like the domain’s sha256Hex', () => {
    const text = 'Mención honorífica — UTC−06:00 ✓ 𝄞';
    expect(browserHash('sha256').update(text).digest('hex')).toBe(
      createHash('sha256').update(text, 'utf8').digest('hex'),
    );
  });
});
