import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const PrivacyErrors = defineErrors({
  ALREADY_ANSWERED: {
    kind: ErrorKind.CONFLICT,
    es: 'La solicitud ya fue respondida.',
    en: 'The request has already been answered.',
  },
});
