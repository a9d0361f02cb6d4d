import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { EditionPhase } from '../domain/editions/phase';

interface EditionState {
  finalizedAt: Date | string | null;
  correctionOpenedAt?: Date | string | null;
  phase: EditionPhase;
}

/** What `actor` may do in the console, whatever the edition (observers only read). */
export function consoleActions(actor: AuthUser) {
  return { manage: roleCan(actor.role, Permission.EDITION_MANAGE) };
}

/**
 * What `actor` may do with one edition: settings change until the seal; sealing and publishing are organisers'.
 * Sealing waits for judging to close (judges may still submit until then); the organiser may close it early.
 * Sealed results change only through a correction: opened with its erratum, sealed again as the next version.
 */
export function editionActions(actor: AuthUser, edition: EditionState) {
  const manage = roleCan(actor.role, Permission.EDITION_MANAGE) && !edition.finalizedAt;
  return {
    manage,
    // The first seal once judging has closed; a correction's seal while it is open.
    finalize:
      roleCan(actor.role, Permission.EDITION_FINALIZE) &&
      ((!edition.finalizedAt && edition.phase === 'DELIBERATION') || !!edition.correctionOpenedAt),
    correct:
      roleCan(actor.role, Permission.EDITION_FINALIZE) &&
      !!edition.finalizedAt &&
      !edition.correctionOpenedAt,
    closeJudging: manage && edition.phase === 'JUDGING',
    // A sealed edition is part of the public record: archived, never deleted.
    delete: manage,
    publish: roleCan(actor.role, Permission.EDITION_PUBLISH) && !!edition.finalizedAt,
    // A sealed edition is the usual model for the next year's.
    clone: roleCan(actor.role, Permission.EDITION_MANAGE),
    // Archiving changes nothing in the edition: sealed ones too.
    archive: roleCan(actor.role, Permission.EDITION_MANAGE),
  };
}
