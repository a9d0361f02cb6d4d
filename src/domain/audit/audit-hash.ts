import { createHash } from 'node:crypto';
import { canonicalJson } from '../seal/canonical';

/** The `prevHash` of the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything an audit entry's hash covers (all of the entry but its id and its own hash). */
export interface AuditHashInput {
  readonly seq: number;
  readonly at: Date | string;
  readonly actorId: string | null;
  readonly actorRole: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly prevHash: string;
  /**
   * For an entry written before personal data left the chain: the hash it had then, which seals of that time
   * recorded. Covered by the new hash when present, absent from the hashed document otherwise.
   */
  readonly legacyHash?: string | null;
}

/**
 * hash = SHA-256, lower-case hex, of the UTF-8 bytes of the canonical JSON (RFC 8785) of
 * `{seq, at, actorId, actorRole, action, entityType, entityId, before, after, prevHash}`,
 * `at` written as an ISO 8601 UTC instant with milliseconds (`2018-04-13T15:00:00.000Z`), plus `legacyHash`
 * for the entries the personal-data cut-over re-linked (docs/audit.md).
 */
export function computeAuditHash(input: AuditHashInput): string {
  const at = typeof input.at === 'string' ? new Date(input.at) : input.at;
  const document = {
    seq: input.seq,
    at: at.toISOString(),
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: input.before ?? null,
    after: input.after ?? null,
    prevHash: input.prevHash,
    ...(input.legacyHash ? { legacyHash: input.legacyHash } : {}),
  };
  return createHash('sha256').update(canonicalJson(document), 'utf8').digest('hex');
}
