import { AuthUser } from '../access/auth-user';
import { Role } from '../database/schema/user.entity';
import { AuditEntryEntity } from '../database/schema/audit-entry.entity';
import { AuditEntryDto } from './dto/audit-entry.dto';

/**
 * Gives the pseudonym (J1, J2…) under which an observer sees a judge, or undefined to show the id as is.
 */
export type ActorPseudonyms = (actorId: string) => string | undefined;

export const NO_PSEUDONYMS: ActorPseudonyms = () => undefined;

const CONTACT_KEYS = new Set(['email', 'contactEmail', 'contactName', 'contactPhone']);

/**
 * What an observer sees of a payload: no contact data, and every judge id (as a value anywhere in it)
 * replaced by the judge's pseudonym; a judge user's own record loses its name too.
 */
export function observerPayload(value: unknown, pseudonyms: ActorPseudonyms): unknown {
  if (typeof value === 'string') return pseudonyms(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => observerPayload(v, pseudonyms));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const isJudge = typeof record.id === 'string' && pseudonyms(record.id) !== undefined;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(record)) {
      if (CONTACT_KEYS.has(key) || (isJudge && key === 'name')) continue;
      out[key] = observerPayload(v, pseudonyms);
    }
    return out;
  }
  return value;
}

/**
 * How an audit entry is shown to `viewer`. The one place where what a reader may see of an entry is decided.
 * Observers see judges pseudonymised (J1, J2… in order of judge id, as everywhere else) and no contact data.
 * An entry shown that way can no longer be re-hashed by its reader: observers check integrity with
 * GET /api/audit/verify.
 */
export function presentEntry(
  entry: AuditEntryEntity,
  actor: AuthUser,
  pseudonyms: ActorPseudonyms = NO_PSEUDONYMS,
): AuditEntryDto {
  const observer = actor.role === Role.OBSERVER;
  const alias = observer && entry.actorId ? pseudonyms(entry.actorId) : undefined;
  const shown = (payload: unknown) =>
    observer ? observerPayload(payload ?? null, pseudonyms) : (payload ?? null);
  return {
    seq: entry.seq,
    id: entry.id,
    at: entry.at.toISOString(),
    actorId: alias ?? entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: (observer ? pseudonyms(entry.entityId) : undefined) ?? entry.entityId,
    before: shown(entry.before),
    after: shown(entry.after),
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}
