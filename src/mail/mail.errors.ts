import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const MailErrors = defineErrors({
  NOT_FAILED: {
    kind: ErrorKind.CONFLICT,
    es: 'Solo se reintenta un mensaje cuya entrega falló.',
    en: 'Only a message whose delivery failed can be retried.',
  },
});
