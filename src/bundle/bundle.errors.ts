import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const BundleErrors = defineErrors({
  BUNDLE_INVALID: {
    kind: ErrorKind.BAD_INPUT,
    es: 'El paquete de edición no es válido ({count} problemas); no se importó nada.',
    en: 'The edition bundle is not valid ({count} problems); nothing was imported.',
  },
  BUNDLE_VERSION_UNSUPPORTED: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Esta versión lee paquetes con formatVersion {supported}; el paquete tiene {version}.',
    en: 'This version reads bundles with formatVersion {supported}; the bundle has {version}.',
  },
  BUNDLE_SECTIONS_UNSUPPORTED: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'Esta versión no puede guardar el contenido de las secciones: {sections}; no se importó nada.',
    en: 'This version cannot store the content of the sections: {sections}; nothing was imported.',
  },
  BUNDLE_CONFLICTS: {
    kind: ErrorKind.CONFLICT,
    es: 'El paquete contradice datos ya guardados ({count} problemas); no se importó nada.',
    en: 'The bundle contradicts stored data ({count} problems); nothing was imported.',
  },
  EDITION_ID_TAKEN: {
    kind: ErrorKind.CONFLICT,
    es: 'Ya existe una edición con el identificador {id}.',
    en: 'An edition with the id {id} already exists.',
  },
  EDITION_KEY_TAKEN: {
    kind: ErrorKind.CONFLICT,
    es: 'Ya existe una edición con la clave «{key}»; impórtela como copia con otra clave (asKey).',
    en: 'An edition with the key "{key}" already exists; import it as a copy under another key (asKey).',
  },
  SEALED_KEY_FIXED: {
    kind: ErrorKind.UNPROCESSABLE,
    es: 'La edición «{key}» está finalizada: su clave forma parte del sello y no puede importarse con otra.',
    en: 'The edition "{key}" is finalised: its key is part of its seal and it cannot be imported under another.',
  },
});
