import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const InstitutionErrors = defineErrors({
  DUPLICATE: {
    kind: ErrorKind.CONFLICT,
    es: 'Ya existe una institución con ese nombre en esa entidad.',
    en: 'An institution with that name already exists in that state.',
  },
  STATE_REQUIRED: {
    kind: ErrorKind.BAD_INPUT,
    es: 'Las instituciones estatales y municipales deben indicar su entidad federativa.',
    en: 'State and municipal institutions must give their state.',
  },
  MERGE_SEALED: {
    kind: ErrorKind.CONFLICT,
    es: 'La institución tiene postulaciones en ediciones finalizadas ({editions}); sus datos sellados no cambian, así que no puede fusionarse.',
    en: 'The institution has nominations in finalised editions ({editions}); their sealed data cannot change, so it cannot be merged.',
  },
  MERGE_CREATES_CONFLICTS: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'La fusión dejaría {count} asignaciones activas en conflicto de interés; retire esas asignaciones primero.',
    en: 'The merge would leave {count} active assignments in a conflict of interest; unassign them first.',
  },
});
