import { Bilingual } from '../i18n/language';

/**
 * Spanish and English text for each class-validator constraint the project uses. `{0}`, `{1}` are the
 * constraint's arguments (e.g. the maximum length). An unknown constraint falls back to a generic message.
 */
export const VALIDATION_MESSAGES: Record<string, Bilingual> = {
  isDefined: { es: 'es obligatorio', en: 'is required' },
  isNotNull: { es: 'no admite null', en: 'must not be null' },
  isNotEmpty: { es: 'no puede estar vacío', en: 'must not be empty' },
  isString: { es: 'debe ser texto', en: 'must be a string' },
  isEmail: { es: 'debe ser un correo electrónico válido', en: 'must be a valid email address' },
  isUrl: { es: 'debe ser una URL http(s) válida', en: 'must be a valid http(s) URL' },
  maxLength: { es: 'debe tener como máximo {0} caracteres', en: 'must be at most {0} characters long' },
  visibleMinLength: {
    es: 'debe tener al menos {0} caracteres visibles',
    en: 'must have at least {0} visible characters',
  },
  minLength: { es: 'debe tener al menos {0} caracteres', en: 'must be at least {0} characters long' },
  isInt: { es: 'debe ser un número entero', en: 'must be an integer' },
  isNumber: { es: 'debe ser un número', en: 'must be a number' },
  min: { es: 'debe ser mayor o igual que {0}', en: 'must be greater than or equal to {0}' },
  max: { es: 'debe ser menor o igual que {0}', en: 'must be less than or equal to {0}' },
  isIn: { es: 'debe ser uno de: {0}', en: 'must be one of: {0}' },
  isEnum: { es: 'debe ser uno de: {values}', en: 'must be one of: {values}' },
  isBoolean: { es: 'debe ser verdadero o falso', en: 'must be true or false' },
  isArray: { es: 'debe ser una lista', en: 'must be a list' },
  arrayMaxSize: { es: 'debe tener como máximo {0} elementos', en: 'must have at most {0} items' },
  arrayMinSize: { es: 'debe tener al menos {0} elementos', en: 'must have at least {0} items' },
  arrayUnique: { es: 'no debe repetir elementos', en: 'must not repeat items' },
  isISO8601: { es: 'debe ser una fecha ISO 8601', en: 'must be an ISO 8601 date' },
  isDateString: { es: 'debe ser una fecha ISO 8601', en: 'must be an ISO 8601 date' },
  isInstant: {
    es: 'debe ser una fecha con hora y desfase UTC (p. ej. 2019-03-15T18:00:00-06:00)',
    en: 'must be a date with a time and a UTC offset (e.g. 2019-03-15T18:00:00-06:00)',
  },
  isTimeZone: { es: 'debe ser una zona horaria IANA', en: 'must be an IANA time zone' },
  isUUID: { es: 'debe ser un identificador UUID', en: 'must be a UUID' },
  matches: { es: 'no tiene el formato esperado', en: 'does not have the expected format' },
  isObject: { es: 'debe ser un objeto', en: 'must be an object' },
  nestedValidation: { es: 'debe ser un objeto válido', en: 'must be a valid object' },
  whitelistValidation: { es: 'no es un campo permitido', en: 'is not an allowed field' },
  isStrongPassword: {
    es: 'debe tener al menos 10 caracteres, con mayúsculas, minúsculas y números',
    en: 'must be at least 10 characters long, with upper case, lower case and digits',
  },
};

export const GENERIC_VALIDATION_MESSAGE: Bilingual = { es: 'no es válido', en: 'is not valid' };
