import { EntityManager, In } from 'typeorm';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';

/** The active nominator accounts of institutions: who hears about their nominations. */
export function nominatorsOf(m: EntityManager, institutionIds: readonly string[]): Promise<UserEntity[]> {
  if (institutionIds.length === 0) return Promise.resolve([]);
  return m.find(UserEntity, {
    where: {
      role: Role.NOMINATOR,
      status: UserStatus.ACTIVE,
      institutionId: In([...new Set(institutionIds)]),
    },
    order: { email: 'ASC' },
  });
}

/** Active accounts with these ids (judges of assignments, …). */
export function activeUsers(m: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return m.find(UserEntity, { where: { id: In([...new Set(ids)]), status: UserStatus.ACTIVE } });
}

export function activeOrganisers(m: EntityManager): Promise<UserEntity[]> {
  return m.find(UserEntity, {
    where: { role: Role.ORGANISER, status: UserStatus.ACTIVE },
    order: { email: 'ASC' },
  });
}
