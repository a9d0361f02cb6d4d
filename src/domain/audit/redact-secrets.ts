/** Plain JSON data, as stored in an audit entry's `before` / `after`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Keys whose values must never reach the audit trail (or any other record meant to be read by people):
 * passwords and their hashes, tokens and token versions, secrets, keys, credentials. Compared after
 * lower-casing and dropping `_` and `-`, so `password_hash`, `PasswordHash` and `password-hash` all match.
 */
const SECRET_KEY = /(password|passwd|secret|token|apikey|privatekey|credential)/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[_-]/g, ''));
}

/**
 * A deep copy of plain JSON data without any secret-looking key, at any depth (inside arrays too).
 * Pure: the input is not modified. Values that are not arrays or plain objects are returned as they are.
 */
export function redactSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => redactSecrets(v)) as T;
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (!isSecretKey(key)) out[key] = redactSecrets(v);
    }
    return out as T;
  }
  return value;
}

/**
 * What an audit entry stores as `before` / `after`: the value as JSON data (Dates become ISO strings,
 * undefined properties disappear, entity instances become plain objects), without secrets.
 */
export function toAuditPayload(value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(value) as string | undefined; // undefined for a function or a symbol
  return json === undefined ? null : redactSecrets(JSON.parse(json) as JsonValue);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
