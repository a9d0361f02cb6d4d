import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';

/** What a viewer may do with the audit trail: the pages show exactly these actions. */
export function auditCan(actor: Pick<AuthUser, 'role'>): { verify: boolean } {
  return { verify: roleCan(actor.role, Permission.AUDIT_READ) };
}
