import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const AccessErrors = defineErrors({
  INVALID_CREDENTIALS: {
    kind: ErrorKind.UNAUTHENTICATED,
    es: 'Correo electrónico o contraseña incorrectos.',
    en: 'Wrong email or password.',
  },
  TOKEN_INVALID: {
    kind: ErrorKind.UNAUTHENTICATED,
    es: 'La sesión no es válida o ha expirado. Inicie sesión de nuevo.',
    en: 'The session is invalid or has expired. Sign in again.',
  },
  ACCOUNT_PENDING: {
    kind: ErrorKind.FORBIDDEN,
    es: 'Su cuenta espera la aprobación de un organizador.',
    en: 'Your account is waiting for an organiser’s approval.',
  },
  ROUTE_NOT_DECLARED: {
    kind: ErrorKind.FORBIDDEN,
    es: 'Acceso denegado.',
    en: 'Access denied.',
  },
});
