import { AuthUser } from '../auth/auth-user';
import { Permission, roleCan } from '../auth/permissions';

interface EditionState {
  finalizedAt: Date | string | null;
}

/** What `actor` may do in the console, whatever the edition (observers only read). */
export function consoleActions(actor: AuthUser) {
  return { manage: roleCan(actor.role, Permission.EDITION_MANAGE) };
}

/** What `actor` may do with one edition: settings change until the seal; sealing and publishing are organisers'. */
export function editionActions(actor: AuthUser, edition: EditionState) {
  return {
    manage: roleCan(actor.role, Permission.EDITION_MANAGE) && !edition.finalizedAt,
    finalize: roleCan(actor.role, Permission.EDITION_FINALIZE) && !edition.finalizedAt,
    publish: roleCan(actor.role, Permission.EDITION_PUBLISH) && !!edition.finalizedAt,
    // A sealed edition is the usual model for the next year's.
    clone: roleCan(actor.role, Permission.EDITION_MANAGE),
    // Archiving changes nothing in the edition: sealed ones too.
    archive: roleCan(actor.role, Permission.EDITION_MANAGE),
  };
}
