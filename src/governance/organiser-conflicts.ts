import { EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain-exception';
import { conflictReasons, type ConflictReason } from '../domain/conflicts';
import { GovernanceErrors } from './governance.errors';

/** What the conflict rules need to know about a nomination decided on. */
export interface DecidedNomination {
  id: string;
  key: string;
  trackId: string;
  nominatingInstitutionId: string;
  nomineeInstitutionId: string | null;
  stateCode: string | null;
}

const REASONS: Record<ConflictReason, { es: string; en: string }> = {
  SAME_INSTITUTION_NOMINATING: {
    es: 'está afiliado a la institución postulante',
    en: 'affiliated with the nominating institution',
  },
  SAME_INSTITUTION_NOMINEE: {
    es: 'está afiliado a la institución postulada',
    en: 'affiliated with the nominee institution',
  },
  SAME_STATE: {
    es: 'está afiliado a la entidad de la postulación',
    en: 'affiliated with the nomination’s state',
  },
  DECLARED: { es: 'conflicto declarado', en: 'declared conflict' },
};

/**
 * Why `personId` (an organiser) may not decide on a nomination of `trackId`: the judges' rules, with the person's
 * own affiliations and declared conflicts, read once for the track. The rows are read by table name: they belong
 * to the judging module, which builds on the modules that ask.
 */
export async function organiserConflictsIn(
  m: EntityManager,
  personId: string,
  trackId: string,
): Promise<(nomination: Omit<DecidedNomination, 'trackId' | 'key'>) => ConflictReason[]> {
  // One after another: in a transaction they share one connection.
  const affiliations = await m
    .createQueryBuilder()
    .select('a."institutionId"', 'institutionId')
    .addSelect('a."stateCode"', 'stateCode')
    .from('judge_affiliations', 'a')
    .where('a."userId" = :personId', { personId })
    .getRawMany<{ institutionId: string | null; stateCode: string | null }>();
  const declared = await m
    .createQueryBuilder()
    .select('c."nominationId"', 'nominationId')
    .addSelect('c."institutionId"', 'institutionId')
    .from('declared_conflicts', 'c')
    .where('c."judgeId" = :personId AND c."trackId" = :trackId', { personId, trackId })
    .getRawMany<{ nominationId: string | null; institutionId: string | null }>();
  if (affiliations.length === 0 && declared.length === 0) return () => [];
  const track = await m
    .createQueryBuilder()
    .select('t.code', 'code')
    .from('tracks', 't')
    .where('t.id = :trackId', { trackId })
    .getRawOne<{ code: string }>();
  const profile = {
    id: personId,
    affiliations,
    declaredConflicts: {
      nominationIds: declared.flatMap((d) => (d.nominationId ? [d.nominationId] : [])),
      institutionIds: declared.flatMap((d) => (d.institutionId ? [d.institutionId] : [])),
    },
  };
  return (nomination) => conflictReasons(profile, nomination, track?.code ?? '');
}

/** How a conflict reason reads, in each language. */
export function conflictReasonText(reason: ConflictReason): { es: string; en: string } {
  return REASONS[reason];
}

/** 403 `ORGANISER_CONFLICT` naming the nomination and each reason, when `personId` is conflicted with it. */
export async function assertNoOrganiserConflict(
  m: EntityManager,
  personId: string,
  nomination: DecidedNomination,
): Promise<void> {
  const reasons = (await organiserConflictsIn(m, personId, nomination.trackId))(nomination);
  if (reasons.length === 0) return;
  throw new DomainException(GovernanceErrors.ORGANISER_CONFLICT, {
    key: nomination.key,
    reasonsEs: reasons.map((r) => REASONS[r].es).join('; '),
    reasonsEn: reasons.map((r) => REASONS[r].en).join('; '),
    reasons: reasons.join(','),
  });
}
