import { createHash } from 'node:crypto';
import { JsonValue } from './redact-secrets';

/**
 * Personal data kept out of the hash chain. An audit payload keeps, in place of each personal value, a
 * reference `{"$personal": <commitment>}`; the value itself lives in a row that can be rectified or erased.
 * The commitment is the SHA-256 of a random salt and the value, so once the row is gone the reference says
 * nothing about what it was, and while the row exists anyone holding it can check it against the chain.
 */
export const PERSONAL_REF = '$personal';

/** Keys whose string values identify or contact a person wherever they appear. */
const ALWAYS_PERSONAL = new Set(['email', 'contactName', 'contactEmail', 'contactPhone', 'phone']);

export interface PersonalValue {
  /** Lower-case hex SHA-256 of `salt:canonical JSON of value`: what the chained payload holds. */
  readonly commitment: string;
  /** Whose data it is: the id of the record it belongs to (a user, a nomination). */
  readonly subjectId: string;
  /** 32 random bytes, hex. */
  readonly salt: string;
  readonly value: string;
}

export interface SplitContext {
  /** The entry's entity: the subject of personal values not inside a record with its own id. */
  readonly entityType: string;
  readonly entityId: string;
  /** A fresh random salt (hex) per value. */
  readonly salt: () => string;
}

export function personalCommitment(salt: string, value: string): string {
  return createHash('sha256')
    .update(`${salt}:${JSON.stringify(value)}`, 'utf8')
    .digest('hex');
}

/**
 * Replaces every personal value of an audit payload by its reference and returns the values apart. A value
 * is personal when its key is always personal (e-mail addresses, contact data) or when it is the `name` of a
 * person: a record that also holds an e-mail address, or the top level of a user's entry. The subject of a
 * value is the `id` of the record holding it, else the entry's entity.
 */
export function splitPersonal(
  payload: JsonValue,
  context: SplitContext,
): { payload: JsonValue; values: PersonalValue[] } {
  const values: PersonalValue[] = [];
  const walk = (value: JsonValue, subjectId: string, top: boolean): JsonValue => {
    if (Array.isArray(value)) return value.map((v) => walk(v, subjectId, false));
    if (value === null || typeof value !== 'object') return value;
    const own = typeof value.id === 'string' ? value.id : subjectId;
    const person = 'email' in value || (top && context.entityType === 'user');
    const out: Record<string, JsonValue> = {};
    for (const [key, v] of Object.entries(value)) {
      const personal = ALWAYS_PERSONAL.has(key) || (key === 'name' && person);
      if (personal && typeof v === 'string' && v !== '') {
        const salt = context.salt();
        const commitment = personalCommitment(salt, v);
        values.push({ commitment, subjectId: own, salt, value: v });
        out[key] = { [PERSONAL_REF]: commitment };
      } else {
        out[key] = walk(v, own, false);
      }
    }
    return out;
  };
  return { payload: walk(payload, context.entityId, true), values };
}

/** The commitment of a reference, or undefined when the value is not one. */
export function personalRefOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const ref = (value as Record<string, unknown>)[PERSONAL_REF];
  return keys.length === 1 && typeof ref === 'string' ? ref : undefined;
}

/** Every commitment referenced in a payload. */
export function personalRefs(payload: unknown, into: Set<string> = new Set()): Set<string> {
  const ref = personalRefOf(payload);
  if (ref !== undefined) into.add(ref);
  else if (Array.isArray(payload)) payload.forEach((v) => personalRefs(v, into));
  else if (payload !== null && typeof payload === 'object') {
    Object.values(payload).forEach((v) => personalRefs(v, into));
  }
  return into;
}

/**
 * The payload with each reference replaced by its value, or by `erased` when the value is no longer held
 * (erased on request or by retention).
 */
export function joinPersonal(
  payload: unknown,
  lookup: (commitment: string) => string | undefined,
  erased: unknown,
): unknown {
  const ref = personalRefOf(payload);
  if (ref !== undefined) return lookup(ref) ?? erased;
  if (Array.isArray(payload)) return payload.map((v) => joinPersonal(v, lookup, erased));
  if (payload !== null && typeof payload === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(payload)) out[key] = joinPersonal(v, lookup, erased);
    return out;
  }
  return payload;
}
