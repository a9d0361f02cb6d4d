import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value, by the `canonicalize` library (2.x: the
 * last CommonJS line without a Node ≥ 22 requirement). The library silently drops `undefined` members and
 * calls `toJSON`; a sealed document must be exactly what was computed, so anything that is not plain JSON
 * data is refused here first.
 */
export function canonicalJson(value: unknown): string {
  assertJsonData(value, '$');
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: nothing to serialise');
  return text;
}

/**
 * The canonical text of a value as JSON has it (Dates as ISO strings, undefined as null, class instances as
 * their data): what fingerprints of stored rows hash, e.g. the basis a four-eyes proposal is decided on.
 */
export function canonicalJsonOf(value: unknown): string {
  const json = value === undefined ? undefined : JSON.stringify(value);
  return canonicalJson(json === undefined ? null : (JSON.parse(json) as unknown));
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of a text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Lower-case hex SHA-256 of bytes. */
export function sha256HexOfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function assertJsonData(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertJsonData(v, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(`canonicalJson: ${path} is not a plain object`);
    for (const [k, v] of Object.entries(value)) assertJsonData(v, `${path}.${k}`);
    return;
  }
  throw new TypeError(`canonicalJson: ${path} is ${typeof value}, not JSON data`);
}
