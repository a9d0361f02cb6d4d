import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const AccountErrors = defineErrors({
  /** One answer for unknown, used, revoked and expired links: the answer tells nothing about the account. */
  LINK_INVALID: {
    kind: ErrorKind.BAD_INPUT,
    es: 'El enlace no es válido: ya se usó, se revocó o venció. Pida uno nuevo.',
    en: 'The link is not valid: it was already used, revoked or has expired. Ask for a new one.',
  },
  INVITATION_NOT_PENDING: {
    kind: ErrorKind.CONFLICT,
    es: 'La persona ya creó su contraseña: no hay invitación pendiente.',
    en: 'The person already set a password: there is no pending invitation.',
  },
});
