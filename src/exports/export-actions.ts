import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';

/** What a viewer may download of an edition: the minutes' exports, the whole bundle. */
export function exportsCan(actor: Pick<AuthUser, 'role'>): { exportBundle: boolean; download: boolean } {
  return {
    exportBundle: roleCan(actor.role, Permission.BUNDLE_EXPORT),
    download: roleCan(actor.role, Permission.MINUTES_EXPORT),
  };
}
