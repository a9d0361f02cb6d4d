import { defineErrors, DomainException, ErrorKind } from './domain-exception';

export const CommonErrors = defineErrors({
  VALIDATION_FAILED: {
    kind: ErrorKind.BAD_INPUT,
    es: 'La solicitud tiene datos no válidos.',
    en: 'The request has invalid data.',
  },
  MALFORMED_BODY: {
    kind: ErrorKind.BAD_INPUT,
    es: 'El cuerpo de la solicitud no es JSON válido.',
    en: 'The request body is not valid JSON.',
  },
  MALFORMED_REQUEST: {
    kind: ErrorKind.BAD_INPUT,
    es: 'La solicitud HTTP no es válida (encabezados contradictorios o mal formados).',
    en: 'The HTTP request is not valid (conflicting or malformed headers).',
  },
  HEADERS_TOO_LARGE: {
    kind: ErrorKind.BAD_INPUT,
    es: 'Los encabezados de la solicitud son demasiado grandes.',
    en: 'The request headers are too large.',
  },
  NESTING_TOO_DEEP: {
    kind: ErrorKind.BAD_INPUT,
    es: 'El cuerpo de la solicitud anida más de {limit} niveles.',
    en: 'The request body nests more than {limit} levels.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    kind: ErrorKind.BAD_INPUT,
    es: 'Tipo de contenido no admitido: {type}.',
    en: 'Unsupported content type: {type}.',
  },
  PAYLOAD_TOO_LARGE: {
    kind: ErrorKind.TOO_LARGE,
    es: 'La solicitud excede el tamaño máximo permitido ({limit} bytes).',
    en: 'The request exceeds the maximum allowed size ({limit} bytes).',
  },
  UNAUTHENTICATED: {
    kind: ErrorKind.UNAUTHENTICATED,
    es: 'Inicie sesión para continuar.',
    en: 'Sign in to continue.',
  },
  FORBIDDEN: {
    kind: ErrorKind.FORBIDDEN,
    es: 'Su rol no permite esta operación.',
    en: 'Your role does not allow this operation.',
  },
  NOT_FOUND: {
    kind: ErrorKind.NOT_FOUND,
    es: 'No encontrado.',
    en: 'Not found.',
  },
  THROTTLED: {
    kind: ErrorKind.THROTTLED,
    es: 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  CONFLICT: {
    kind: ErrorKind.CONFLICT,
    es: 'La operación entra en conflicto con el estado actual.',
    en: 'The operation conflicts with the current state.',
  },
  DUPLICATE: {
    kind: ErrorKind.CONFLICT,
    es: 'Ya existe un registro con esos datos.',
    en: 'A record with those details already exists.',
  },
  UNAVAILABLE: {
    kind: ErrorKind.UNAVAILABLE,
    es: 'El servicio no está disponible en este momento.',
    en: 'The service is unavailable right now.',
  },
  INTERNAL: {
    kind: ErrorKind.INTERNAL,
    es: 'Error interno del servidor.',
    en: 'Internal server error.',
  },
});

/** Not found and not allowed look the same to the caller. */
export function notFound(): DomainException {
  return new DomainException(CommonErrors.NOT_FOUND);
}
