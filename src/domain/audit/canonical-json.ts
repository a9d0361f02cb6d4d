/**
 * Deterministic JSON for hashing: RFC 8785 (JSON Canonicalization Scheme) for the values the application
 * hashes, i.e. plain JSON data (strings, finite numbers, booleans, null, arrays and plain objects).
 *
 * - Object keys are sorted by their UTF-16 code units (JavaScript's default string order, as JCS requires),
 *   recursively; no whitespace.
 * - Strings and numbers are written by `JSON.stringify`, whose escaping (ES2019 well-formed stringify) and
 *   number format (ECMAScript Number::toString, `-0` as `0`) are exactly the ones JCS prescribes.
 * - Anything that is not plain JSON data (undefined, functions, symbols, bigint, NaN/Infinity, Dates, class
 *   instances with toJSON) is refused rather than silently coerced: callers normalise first
 *   (see `toAuditPayload`), so what is hashed is exactly what is stored.
 *
 * Framework-free; a drop-in JCS library (e.g. `canonicalize`) produces the same output for these values.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => write(v, `${path}[${i}]`)).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new TypeError(`canonicalJson: ${path} is not a plain object`);
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: ${path} is ${typeof value}, not JSON data`);
  }
}
