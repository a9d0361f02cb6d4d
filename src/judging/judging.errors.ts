import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const JudgingErrors = defineErrors({
  DELIBERATION_OFF: {
    kind: ErrorKind.CONFLICT,
    es: 'Esta ronda no tiene deliberación: cada jurado evalúa sin ver a los demás.',
    en: 'This round has no deliberation: each judge scores without seeing the others.',
  },
  DELIBERATION_SUBMIT_FIRST: {
    kind: ErrorKind.CONFLICT,
    es: 'Envíe primero su propia hoja de evaluación de esta postulación; después verá las de los demás jurados y la discusión.',
    en: 'Submit your own score sheet for this nomination first; then you will see the other judges’ sheets and the discussion.',
  },
  CONSENSUS_CLOSED: {
    kind: ErrorKind.CONFLICT,
    es: 'La etapa de consenso no está abierta: las hojas enviadas no pueden revisarse.',
    en: 'The consensus step is not open: submitted sheets cannot be revised.',
  },
  ALREADY_REVISED: {
    kind: ErrorKind.CONFLICT,
    es: 'Esta hoja ya se revisó una vez en la etapa de consenso.',
    en: 'This sheet has already been revised once in the consensus step.',
  },
  CONSENSUS_ALREADY_OPEN: {
    kind: ErrorKind.CONFLICT,
    es: 'La etapa de consenso ya está abierta.',
    en: 'The consensus step is already open.',
  },
  CONSENSUS_NOT_OPEN: {
    kind: ErrorKind.CONFLICT,
    es: 'La etapa de consenso no está abierta.',
    en: 'The consensus step is not open.',
  },
  NOT_IN_ROUND: {
    kind: ErrorKind.CONFLICT,
    es: 'La nominación no está en la ronda que se evalúa ahora en esta categoría.',
    en: 'The nomination is not in the round this track is judging now.',
  },
  ROUND_CLOSED: {
    kind: ErrorKind.CONFLICT,
    es: 'La ronda de esta asignación ya cerró: sus hojas de evaluación ya no cambian.',
    en: "This assignment's round has closed: its score sheets no longer change.",
  },
  FEEDBACK_CLOSED: {
    kind: ErrorKind.CONFLICT,
    es: 'Los resultados ya son públicos: la retroalimentación a las instituciones ya no cambia.',
    en: 'The results are public: the feedback to the institutions no longer changes.',
  },
  NO_FEEDBACK: {
    kind: ErrorKind.CONFLICT,
    es: 'Esta hoja de evaluación no tiene retroalimentación enviada para la institución.',
    en: 'This score sheet has no submitted feedback for the institution.',
  },
  EDITION_FINALIZED: {
    kind: ErrorKind.CONFLICT,
    es: 'La edición ya fue finalizada; la evaluación está cerrada.',
    en: 'The edition has been finalised; judging is closed.',
  },
  OUTSIDE_JUDGING_WINDOW: {
    kind: ErrorKind.CONFLICT,
    es: 'Las hojas de evaluación solo pueden guardarse y enviarse entre {openEs} y {closeEs}.',
    en: 'Score sheets can only be saved and submitted between {openEn} and {closeEn}.',
  },
  SHEET_LOCKED: {
    kind: ErrorKind.CONFLICT,
    es: 'La hoja de evaluación ya fue enviada y está bloqueada; solo un organizador puede reabrirla.',
    en: 'The score sheet has been submitted and is locked; only an organiser can reopen it.',
  },
  SHEET_NOT_SUBMITTED: {
    kind: ErrorKind.CONFLICT,
    es: 'Solo puede reabrirse una hoja de evaluación enviada.',
    en: 'Only a submitted score sheet can be reopened.',
  },
  SHEET_SUBMITTED: {
    kind: ErrorKind.CONFLICT,
    es: 'La asignación ya tiene una hoja de evaluación enviada.',
    en: 'The assignment already has a submitted score sheet.',
  },
  NOMINATION_NOT_IN_COMPETITION: {
    kind: ErrorKind.CONFLICT,
    es: 'La postulación no está en competencia (estado {status}).',
    en: 'The nomination is not in competition (status {status}).',
  },
  NOMINATION_NOT_IN_TRACK: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'La postulación no pertenece a esta categoría.',
    en: 'The nomination does not belong to this track.',
  },
  NOT_A_JUDGE: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El usuario no es un jurado activo.',
    en: 'The user is not an active judge.',
  },
  NOT_ON_PANEL: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El jurado no forma parte del panel de esta categoría.',
    en: 'The judge is not on this track’s panel.',
  },
  CONFLICT_OF_INTEREST: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Conflicto de interés: {reasonsEs}.',
    en: 'Conflict of interest: {reasonsEn}.',
  },
  CAPACITY_REACHED: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El jurado ya tiene {capacity} asignaciones activas en esta categoría, su capacidad máxima.',
    en: 'The judge already has {capacity} active assignments in this track, its capacity.',
  },
  ALREADY_ASSIGNED: {
    kind: ErrorKind.CONFLICT,
    es: 'El jurado ya está asignado a esta postulación.',
    en: 'The judge is already assigned to this nomination.',
  },
  PAIR_RECUSED: {
    kind: ErrorKind.CONFLICT,
    es: 'El jurado se excusó de esta postulación; no puede asignarse de nuevo.',
    en: 'The judge recused from this nomination; it cannot be assigned again.',
  },
  ASSIGNMENT_RECUSED: {
    kind: ErrorKind.CONFLICT,
    es: 'La asignación fue excusada; permanece en el registro y no puede modificarse.',
    en: 'The assignment was recused; it stays on record and cannot change.',
  },
  JUDGE_HAS_ASSIGNMENTS: {
    kind: ErrorKind.CONFLICT,
    es: 'No puede retirarse del panel a un jurado con asignaciones activas; desasígnelo primero.',
    en: 'A judge with active assignments cannot leave the panel; unassign it first.',
  },
  UNKNOWN_INSTITUTION: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'La institución no existe.',
    en: 'The institution does not exist.',
  },
});
