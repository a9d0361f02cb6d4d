import { AuthUser } from '../access/auth-user';
import { Permission, roleCan } from '../access/permissions';
import { OutboxStatus } from '../database/schema/outbox-message.entity';

/** What a viewer may do with one outbox message; pages show the controls this allows, and nothing else. */
export function outboxMessageCan(actor: Pick<AuthUser, 'role'>, message: { status: OutboxStatus }) {
  const manage = roleCan(actor.role, Permission.MAIL_MANAGE);
  return { read: manage, retry: manage && message.status === OutboxStatus.FAILED };
}
