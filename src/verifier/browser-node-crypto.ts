import { sha256 } from './sha256';

/**
 * What the domain code uses of `node:crypto`, for the browser bundle (esbuild maps `node:crypto` here):
 * `createHash('sha256')` only. Anything else fails loudly rather than silently.
 */
export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`createHash(${algorithm}) is not available in the browser`);
  const parts: Uint8Array[] = [];
  const hash = {
    update(data: string | Uint8Array) {
      parts.push(typeof data === 'string' ? new TextEncoder().encode(data) : data);
      return hash;
    },
    digest(encoding: 'hex') {
      if (encoding !== 'hex') throw new Error('only hex digests are available in the browser');
      const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let offset = 0;
      for (const p of parts) {
        all.set(p, offset);
        offset += p.length;
      }
      return sha256(all);
    },
  };
  return hash;
}
