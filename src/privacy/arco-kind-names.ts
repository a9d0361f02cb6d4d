import { ArcoKind } from '../database/schema/arco-request.entity';

/** The right a request exercises, as the mails about it name it. */
export const ARCO_KIND_NAMES: Record<ArcoKind, { es: string; en: string }> = {
  [ArcoKind.ACCESS]: { es: 'acceso', en: 'access' },
  [ArcoKind.RECTIFICATION]: { es: 'rectificación', en: 'rectification' },
  [ArcoKind.CANCELLATION]: { es: 'cancelación', en: 'cancellation' },
  [ArcoKind.OPPOSITION]: { es: 'oposición', en: 'opposition' },
};
