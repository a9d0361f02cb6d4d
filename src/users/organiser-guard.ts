import { EntityManager } from 'typeorm';
import { AuthUser } from '../access/auth-user';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';
import { UserErrors } from './users.errors';
import { Locks } from '../database/locks';

/** Changes that take an account out of administration. */
export type AccountRemoval = 'DISABLE' | 'DEMOTE' | 'ERASE';

/**
 * Refuses, inside the caller's transaction, a change that would leave the system without an active organiser
 * (then nobody could administer it but with the CLI), and anyone disabling or erasing their own account.
 * Every route that disables, demotes or erases an account calls it before writing. The lock makes two
 * organisers disabling each other at the same time a queue: the second sees the first's change.
 */
export async function assertAccountMayLeave(
  db: TransactionRunner,
  m: EntityManager,
  actor: Pick<AuthUser, 'id'> | null,
  target: UserEntity,
  removal: AccountRemoval,
): Promise<void> {
  if (actor && actor.id === target.id && removal !== 'DEMOTE') {
    throw new DomainException(UserErrors.NOT_YOURSELF);
  }
  if (target.role !== Role.ORGANISER || target.status !== UserStatus.ACTIVE) return;
  await db.lock(m, Locks.activeOrganisers);
  const active = await m.countBy(UserEntity, { role: Role.ORGANISER, status: UserStatus.ACTIVE });
  if (active <= 1) throw new DomainException(UserErrors.LAST_ORGANISER);
}
