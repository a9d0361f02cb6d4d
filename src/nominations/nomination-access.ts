import { EntityManager } from 'typeorm';
import { AuthUser } from '../access/auth-user';
import { notFound } from '../common/errors/common.errors';
import { findById } from '../database/find-by-id';
import { AssignmentEntity, AssignmentStatus } from '../database/schema/assignment.entity';
import { Role } from '../database/schema/user.entity';
import { NominationEntity } from '../database/schema/nomination.entity';

/**
 * Who may see a nomination: organisers and observers all of them, a nominator only its own institution's.
 * Judges reach nominations only through their active assignments (see requireNomination).
 */
export function canSeeNomination(
  actor: AuthUser,
  nomination: Pick<NominationEntity, 'nominatingInstitutionId'>,
): boolean {
  switch (actor.role) {
    case Role.ORGANISER:
    case Role.OBSERVER:
      return true;
    case Role.NOMINATOR:
      return actor.institutionId !== null && nomination.nominatingInstitutionId === actor.institutionId;
    case Role.JUDGE:
      return false;
  }
}

/** The nomination, or 404 when it does not exist or is not the actor's to see (the two look the same). */
export async function requireNomination(
  m: EntityManager,
  actor: AuthUser,
  id: string,
): Promise<NominationEntity> {
  const nomination = await findById(m, NominationEntity, id);
  if (!nomination) throw notFound();
  const judgeAssigned =
    actor.role === Role.JUDGE &&
    (await m.existsBy(AssignmentEntity, {
      nominationId: id,
      judgeId: actor.id,
      status: AssignmentStatus.ACTIVE,
    }));
  if (!judgeAssigned && !canSeeNomination(actor, nomination)) throw notFound();
  return nomination;
}
