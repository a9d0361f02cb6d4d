import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const WebErrors = defineErrors({
  CSRF_REFUSED: {
    kind: ErrorKind.FORBIDDEN,
    es: 'El formulario caducó o no proviene de este sitio. Vuelva a cargar la página e inténtelo de nuevo.',
    en: 'The form has expired or did not come from this site. Reload the page and try again.',
  },
});
