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
});
