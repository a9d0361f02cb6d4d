import { CommonErrors } from '../../../common/errors/common.errors';
import { DomainException } from '../../../common/errors/domain-exception';

/** A merge moves everything and removes the duplicate: the form asks for a ticked confirmation box. */
export function assertMergeConfirmed(confirm: string | undefined): void {
  if (confirm === 'si') return;
  throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
    {
      field: 'confirm',
      code: 'confirmationRequired',
      message: {
        es: 'confirm: marque la casilla para confirmar la fusión',
        en: 'confirm: tick the box to confirm the merge',
      },
    },
  ]);
}
