import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const EditionErrors = defineErrors({
  TIMELINE_ORDER: {
    kind: ErrorKind.BAD_INPUT,
    es: 'Las fechas deben seguir el orden: apertura ≤ cierre de postulaciones ≤ inicio de evaluación ≤ fin de evaluación ≤ anuncio.',
    en: 'Dates must follow the order: nominations open ≤ close ≤ judging open ≤ judging close ≤ announcement.',
  },
  NO_PARTICIPATING_STATES: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Sin entidades participantes nadie podría postular en la convocatoria local. Elija las entidades, o confirme que la edición se crea sin ellas (allowNoParticipatingStates).',
    en: 'Without participating states nobody could nominate in the local track. Choose the states, or confirm the edition is created without them (allowNoParticipatingStates).',
  },
  EDITION_FINALIZED: {
    kind: ErrorKind.CONFLICT,
    es: 'La edición ya fue finalizada; no puede modificarse.',
    en: 'The edition has been finalised; it can no longer change.',
  },
  ALREADY_ARCHIVED: {
    kind: ErrorKind.CONFLICT,
    es: 'La edición ya está archivada.',
    en: 'The edition is already archived.',
  },
  NOT_ARCHIVED: {
    kind: ErrorKind.CONFLICT,
    es: 'La edición no está archivada.',
    en: 'The edition is not archived.',
  },
  JUDGING_NOT_OPEN: {
    kind: ErrorKind.CONFLICT,
    es: 'La evaluación no está abierta en este momento; solo puede cerrarse antes de tiempo mientras está abierta.',
    en: 'Judging is not open now; it can only be closed early while it is open.',
  },
  TRACK_FROZEN: {
    kind: ErrorKind.CONFLICT,
    es: 'La rúbrica y la configuración de puntuación de esta categoría están congeladas desde que se envió la primera hoja de evaluación.',
    en: 'The rubric and scoring settings of this track are frozen since the first score sheet was submitted.',
  },
});
