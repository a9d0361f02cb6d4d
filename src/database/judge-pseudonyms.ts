import type { EntityManager } from 'typeorm';
import { judgePseudonyms } from '../domain/judging/pseudonyms';
import { Role, UserEntity } from './schema/user.entity';

/**
 * The labels under which observers see judges: J1, J2… numbered over every judge account by id, so that a judge
 * is the same Jn on every page and in every answer (accounts, panels, progress, assignments, results, exports,
 * audit trail), whatever the track or the filter.
 */
export async function observerJudgePseudonyms(m: EntityManager): Promise<Map<string, string>> {
  const judges = await m.find(UserEntity, { where: { role: Role.JUDGE }, select: { id: true } });
  return judgePseudonyms(judges.map((j) => j.id));
}
