import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';

/** What a viewer may do with institutions: the pages show exactly these actions. */
export interface InstitutionsCan {
  create: boolean;
  edit: boolean;
  merge: boolean;
}

export function institutionsCan(actor: Pick<AuthUser, 'role'>): InstitutionsCan {
  const manage = roleCan(actor.role, Permission.INSTITUTION_MANAGE);
  return { create: manage, edit: manage, merge: manage };
}
