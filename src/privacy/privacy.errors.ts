import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const PrivacyErrors = defineErrors({
  ALREADY_ANSWERED: {
    kind: ErrorKind.CONFLICT,
    es: 'La solicitud ya fue respondida.',
    en: 'The request has already been answered.',
  },
  LINK_NOT_USABLE: {
    kind: ErrorKind.BAD_INPUT,
    es: 'El enlace de confirmación ya se usó, venció o no es válido. Presente la solicitud de nuevo.',
    en: 'The confirmation link was already used, has expired or is not valid. File the request again.',
  },
});
