import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const ResultsErrors = defineErrors({
  ROUND_INCOMPLETE: {
    kind: ErrorKind.CONFLICT,
    es: 'La ronda no puede cerrarse por regla: {count} postulación(es) sin quórum de evaluaciones ({nominations}). Reúna las evaluaciones o cierre por selección del jurado.',
    en: 'The round cannot close by rule: {count} nomination(s) without a quorum of reviews ({nominations}). Collect the reviews or close by the jury’s selection.',
  },
  SHORTLIST_INVALID: {
    kind: ErrorKind.BAD_INPUT,
    es: 'La lista de finalistas no es válida (ver errors).',
    en: 'The shortlist is not valid (see errors).',
  },
  EDITION_FINALIZED: {
    kind: ErrorKind.CONFLICT,
    es: 'La edición ya fue finalizada; sus resultados están sellados y no pueden cambiar.',
    en: 'The edition has been finalised; its results are sealed and cannot change.',
  },
  NOT_FINALIZED: {
    kind: ErrorKind.CONFLICT,
    es: 'La edición aún no ha sido finalizada; solo pueden publicarse resultados sellados.',
    en: 'The edition has not been finalised yet; only sealed results can be published.',
  },
  CORRECTION_OPEN: {
    kind: ErrorKind.CONFLICT,
    es: 'Ya hay una corrección abierta de los resultados de esta edición; finalícela antes de abrir otra.',
    en: 'A correction of this edition’s results is already open; finalise it before opening another.',
  },
  FINALIZATION_BLOCKED: {
    kind: ErrorKind.CONFLICT,
    es: 'No puede finalizarse la edición: {count} impedimento(s) pendiente(s) (ver errors).',
    en: 'The edition cannot be finalised: {count} blocker(s) to resolve (see errors).',
  },
  JUDGING_OPEN: {
    kind: ErrorKind.CONFLICT,
    es: 'La evaluación sigue abierta hasta {closesAt}; los jurados aún pueden enviar hojas. Espere al cierre o cierre la evaluación antes de tiempo (queda en la bitácora) y selle después.',
    en: 'Judging is still open until {closesAt}; judges may still submit sheets. Wait for it to close, or close judging early (recorded in the audit trail), then seal.',
  },
  NOTHING_RANKED: {
    kind: ErrorKind.CONFLICT,
    es: 'Ninguna postulación de ninguna categoría tiene lugar en la clasificación: sellar ahora publicaría resultados sin reconocimientos. Para sellar de todos modos, confírmelo expresamente (acknowledgeNothingRanked).',
    en: 'No nomination of any track is ranked: sealing now would publish results without awards. To seal anyway, acknowledge it explicitly (acknowledgeNothingRanked).',
  },
  NOMINATION_NOT_IN_TRACK: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'La postulación no pertenece a esta categoría de reconocimiento.',
    en: 'The nomination does not belong to this track.',
  },
  NOMINATION_NOT_IN_COMPETITION: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'La postulación no está en competencia (estado {status}); no admite decisiones sobre premios.',
    en: 'The nomination is not in competition (status {status}); it takes no award decisions.',
  },
  SEAL_MISMATCH: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El sello no corresponde a los datos de la edición: {detail}',
    en: 'The seal does not match the edition’s data: {detail}',
  },
  INCONSISTENT_DATA: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Los datos de evaluación no permiten calcular los resultados: {detail}',
    en: 'The results cannot be computed from the judging data: {detail}',
  },
});

/** The field problems of a blocked finalisation, one per blocker. */
export const BLOCKER_MESSAGES = {
  QUORUM_MISSING: {
    es: '{track}: sin quórum de evaluaciones ({minReviews} requeridas): {nominations}. Reúna más evaluaciones o excluya la postulación con una decisión del jurado.',
    en: '{track}: quorum of reviews missing ({minReviews} required): {nominations}. Collect more reviews or exclude the nomination by a jury decision.',
  },
  TIE_SPLITS_AWARD: {
    es: '{track}{category}: empate sin resolver que reparte premios distintos ({awards}): {nominations}. Resuélvalo con una decisión del jurado.',
    en: '{track}{category}: unresolved tie splitting different awards ({awards}): {nominations}. Settle it by a jury decision.',
  },
} as const;

/** The field problems of a refused shortlist, one per problem (docs/judging.md, "Rounds"). */
export const SHORTLIST_MESSAGES = {
  RULE_INVALID: { es: 'La regla no es válida.', en: 'The rule is not valid.' },
  EMPTY: {
    es: 'Ninguna postulación pasaría a la siguiente ronda.',
    en: 'No nomination would go on to the next round.',
  },
  NOT_IN_ROUND: {
    es: 'No compiten en esta ronda: {nominations}.',
    en: 'Not competing in this round: {nominations}.',
  },
  DUPLICATE: { es: 'Repetidas: {nominations}.', en: 'Repeated: {nominations}.' },
  MISSING: { es: 'Faltan según la regla: {nominations}.', en: 'Missing by the rule: {nominations}.' },
  UNEXPECTED: { es: 'Sobran según la regla: {nominations}.', en: 'Not given by the rule: {nominations}.' },
  JUSTIFICATION_MISSING: {
    es: 'Una selección del jurado necesita su justificación.',
    en: 'A jury selection needs its justification.',
  },
} as const;
