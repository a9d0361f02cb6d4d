import type { ConflictReason } from '../domain/conflicts';
import { Bilingual } from '../common/i18n/language';

const REASONS: Record<ConflictReason, Bilingual> = {
  SAME_INSTITUTION_NOMINATING: {
    es: 'el jurado está afiliado a la institución postulante',
    en: 'the judge is affiliated with the nominating institution',
  },
  SAME_INSTITUTION_NOMINEE: {
    es: 'el jurado está afiliado a la institución postulada',
    en: 'the judge is affiliated with the nominee institution',
  },
  SAME_STATE: {
    es: 'el jurado está afiliado al mismo estado que la postulación',
    en: 'the judge is affiliated with the nomination’s state',
  },
  DECLARED: { es: 'conflicto declarado', en: 'declared conflict' },
};

/** The reasons as error parameters: `{reasonsEs}` / `{reasonsEn}` (see JudgingErrors.CONFLICT_OF_INTEREST). */
export function conflictParams(reasons: readonly ConflictReason[]): Record<string, string> {
  return {
    reasonsEs: reasons.map((r) => REASONS[r].es).join('; '),
    reasonsEn: reasons.map((r) => REASONS[r].en).join('; '),
    reasons: reasons.join(','),
  };
}
