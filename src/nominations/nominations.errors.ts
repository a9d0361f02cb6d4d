import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const NominationErrors = defineErrors({
  DEADLINE_PASSED: {
    kind: ErrorKind.CONFLICT,
    es: 'El plazo para postular venció el {deadline}.',
    en: 'The nomination deadline passed on {deadline}.',
  },
  NOT_OPEN_YET: {
    kind: ErrorKind.CONFLICT,
    es: 'Las postulaciones abren el {opensAt}.',
    en: 'Nominations open on {opensAt}.',
  },
  NOT_EDITABLE: {
    kind: ErrorKind.CONFLICT,
    es: 'La postulación está en estado {status} y ya no puede modificarse.',
    en: 'The nomination is {status} and can no longer change.',
  },
  WRONG_STATUS: {
    kind: ErrorKind.CONFLICT,
    es: 'La postulación está en estado {status}; esta acción no procede.',
    en: 'The nomination is {status}; this action does not apply.',
  },
  STATE_REQUIRED: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Regla de elegibilidad: las prácticas locales deben indicar su entidad federativa.',
    en: 'Eligibility rule: local practices must give their state.',
  },
  STATE_NOT_PARTICIPATING: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Regla de elegibilidad: la entidad {state} no participa en la iniciativa local de esta edición.',
    en: 'Eligibility rule: the state {state} does not take part in this edition’s local initiative.',
  },
  NOMINEE_NOT_FEDERAL: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Regla de elegibilidad: la institución postulada debe ser de nivel federal.',
    en: 'Eligibility rule: the nominee institution must be federal.',
  },
  NOT_YOUR_INSTITUTION: {
    kind: ErrorKind.FORBIDDEN,
    es: 'Solo puede postular a nombre de su propia institución.',
    en: 'You may only nominate on behalf of your own institution.',
  },
  EDITION_CLOSED: {
    kind: ErrorKind.CONFLICT,
    es: 'La edición ya fue finalizada.',
    en: 'The edition has been finalised.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El archivo no es PDF, PNG ni JPEG según su contenido (se detectó: {detected}).',
    en: 'By its content the file is not a PDF, PNG or JPEG (detected: {detected}).',
  },
  FILE_NOT_WHOLE: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El archivo está incompleto o dañado: no es un documento {type} válido.',
    en: 'The file is incomplete or damaged: it is not a valid {type} document.',
  },
  FILE_ACTIVE_CONTENT: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El PDF contiene contenido ejecutable ({what}); guárdelo de nuevo como PDF sin scripts ni acciones.',
    en: 'The PDF contains executable content ({what}); save it again as a PDF without scripts or actions.',
  },
  IMAGE_TOO_LARGE: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'La imagen mide {width}×{height} píxeles; el máximo es {side} por lado y {megapixels} megapíxeles.',
    en: 'The image is {width}×{height} pixels; the maximum is {side} per side and {megapixels} megapixels.',
  },
  FILE_TOO_LARGE: {
    kind: ErrorKind.TOO_LARGE,
    es: 'El archivo excede el tamaño máximo de {limit} bytes.',
    en: 'The file exceeds the maximum size of {limit} bytes.',
  },
  FILE_MISSING: {
    kind: ErrorKind.BAD_INPUT,
    es: 'Envíe un archivo en el campo "file" (multipart/form-data).',
    en: 'Send a file in the "file" field (multipart/form-data).',
  },
  TOO_MANY_ATTACHMENTS: {
    kind: ErrorKind.CONFLICT,
    es: 'La postulación ya tiene el máximo de {max} archivos.',
    en: 'The nomination already has the maximum of {max} files.',
  },
  STORAGE_FAILED: {
    kind: ErrorKind.UNAVAILABLE,
    es: 'No fue posible guardar el archivo en el servidor. Intente más tarde; no se guardó nada.',
    en: 'The server could not store the file. Try again later; nothing was stored.',
  },
  KEY_TAKEN: {
    kind: ErrorKind.CONFLICT,
    es: 'Ya existe una postulación con la clave {key} en esta edición.',
    en: 'A nomination with the key {key} already exists in this edition.',
  },
  FIELDS_FROZEN: {
    kind: ErrorKind.CONFLICT,
    es: 'Los campos de esta convocatoria ya no pueden cambiar: se envió al menos una postulación con ellos.',
    en: 'This track’s fields can no longer change: at least one nomination was submitted with them.',
  },
  FIELD_FILE_TYPE: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'El campo «{field}» admite archivos {allowed}; por su contenido este es {detected}.',
    en: 'The field “{field}” accepts {allowed} files; by its content this one is {detected}.',
  },
  NOT_A_FILE_FIELD: {
    kind: ErrorKind.BAD_INPUT,
    es: '«{field}» no es un campo de archivo de esta convocatoria y categoría.',
    en: '“{field}” is not a file field of this track and category.',
  },
  REASON_REQUIRED: {
    kind: ErrorKind.BAD_INPUT,
    es: 'Indique el motivo de la inelegibilidad.',
    en: 'Give the reason for ineligibility.',
  },
});
