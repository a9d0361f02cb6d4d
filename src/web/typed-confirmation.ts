import { CommonErrors } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';

/**
 * Sealing, publishing, deleting and erasing a person cannot be taken back from the page: the form asks the organiser to type the action's
 * word (Spanish or English, any case), so that neither happens by a stray click.
 */
const WORDS = {
  SEAL: ['SELLAR', 'SEAL'],
  PUBLISH: ['PUBLICAR', 'PUBLISH'],
  DELETE: ['ELIMINAR', 'DELETE'],
  ERASE: ['SUPRIMIR', 'ERASE'],
};

export function assertTyped(typed: string | undefined, action: keyof typeof WORDS): void {
  const words = WORDS[action];
  if (words.includes((typed ?? '').trim().toUpperCase())) return;
  const [es, en] = words;
  throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
    {
      field: 'confirmacion',
      code: 'confirmationRequired',
      message: {
        es: `confirmacion: escriba ${es} para confirmar`,
        en: `confirmacion: type ${en} to confirm`,
      },
    },
  ]);
}
