import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';

/** What `actor` may do with a pending proposal: anyone deciding may reject; only someone else may confirm. */
export function proposalActions(actor: AuthUser, proposal: { proposedBy: { id: string } }) {
  const decide = roleCan(actor.role, Permission.OVERRIDE_MANAGE);
  return { confirm: decide && proposal.proposedBy.id !== actor.id, reject: decide };
}
