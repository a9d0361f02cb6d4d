import { AuthUser } from '../access/auth-user';
import { Permission, requireAccess, roleCan } from '../access/permissions';

export type InstitutionAction = 'READ' | 'CREATE' | 'EDIT' | 'MERGE';

function permissionFor(action: InstitutionAction): Permission {
  switch (action) {
    case 'READ':
      return Permission.INSTITUTION_READ;
    case 'CREATE':
    case 'EDIT':
    case 'MERGE':
      return Permission.INSTITUTION_MANAGE;
  }
}

/**
 * The question every institutions service method asks before it acts. Institutions have no owner: what a role
 * may do decides (nominators pick theirs at registration through the public list, which needs no account).
 */
export function requireInstitutionAccess(actor: AuthUser, action: InstitutionAction): void {
  requireAccess(actor, permissionFor(action));
}

/** What a viewer may do with institutions: the pages show exactly these actions. */
export interface InstitutionsCan {
  create: boolean;
  edit: boolean;
  merge: boolean;
}

export function institutionsCan(actor: Pick<AuthUser, 'role'>): InstitutionsCan {
  const can = (action: InstitutionAction) => roleCan(actor.role, permissionFor(action));
  return { create: can('CREATE'), edit: can('EDIT'), merge: can('MERGE') };
}
