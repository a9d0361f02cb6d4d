import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const UserErrors = defineErrors({
  EMAIL_TAKEN: {
    kind: ErrorKind.CONFLICT,
    es: 'Ya existe una cuenta con ese correo electrónico.',
    en: 'An account with that email address already exists.',
  },
  INSTITUTION_REQUIRED: {
    kind: ErrorKind.BAD_INPUT,
    es: 'Indique la institución: institutionId de una existente o los datos de una nueva en institution.',
    en: 'Give the institution: institutionId of an existing one, or a new one in institution.',
  },
  INSTITUTION_NOT_FOUND: {
    kind: ErrorKind.BAD_INPUT,
    es: 'La institución indicada no existe.',
    en: 'The institution given does not exist.',
  },
  NOT_PENDING: {
    kind: ErrorKind.CONFLICT,
    es: 'La cuenta no está pendiente de aprobación.',
    en: 'The account is not waiting for approval.',
  },
  LAST_ORGANISER: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Es la última cuenta de organización activa: nadie más podría administrar el sistema.',
    en: 'This is the last active organiser account: nobody else could administer the system.',
  },
  NOT_YOURSELF: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'No puede deshabilitar ni eliminar su propia cuenta; pídaselo a otra persona de la organización.',
    en: 'You cannot disable or erase your own account; ask another organiser.',
  },
  WRONG_PASSWORD: {
    kind: ErrorKind.BAD_INPUT,
    es: 'La contraseña actual no es correcta.',
    en: 'The current password is wrong.',
  },
  NOT_DISABLED: {
    kind: ErrorKind.CONFLICT,
    es: 'La cuenta no está deshabilitada.',
    en: 'The account is not disabled.',
  },
});
