import { AuthUser } from '../auth/auth-user';
import { Role } from '../users/user.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryDto } from './dto/audit-entry.dto';

/**
 * Gives the pseudonym (J1, J2…) under which an observer sees a judge, or undefined to show the id as is.
 */
export type ActorPseudonyms = (actorId: string) => string | undefined;

export const NO_PSEUDONYMS: ActorPseudonyms = () => undefined;

/**
 * How an audit entry is shown to `viewer`. The one place where what a reader may see of an entry is decided.
 *
 * HOOK (not built yet): observers must see judges pseudonymised (DESIGN §3: "J1, J2…", no contact data).
 * AuditService.list passes NO_PSEUDONYMS today; once judges and panels exist, it must build an
 * ActorPseudonyms for OBSERVER viewers (same numbering as the results document) and payloads must be
 * filtered the same way (judge ids and contact data inside `before`/`after`). Note that an entry shown with
 * a pseudonym can no longer be re-hashed by its reader: observers check integrity with GET /api/audit/verify.
 */
export function presentEntry(
  entry: AuditEntryEntity,
  viewer: AuthUser,
  pseudonyms: ActorPseudonyms = NO_PSEUDONYMS,
): AuditEntryDto {
  const alias = viewer.role === Role.OBSERVER && entry.actorId ? pseudonyms(entry.actorId) : undefined;
  return {
    seq: entry.seq,
    id: entry.id,
    at: entry.at.toISOString(),
    actorId: alias ?? entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}
