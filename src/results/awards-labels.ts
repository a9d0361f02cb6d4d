import type { Award } from '../domain/scoring/types';

/** How an award reads in Spanish (certificates, CSV). */
export const AWARD_LABEL_ES: Record<Award, string> = {
  FIRST: 'Primer lugar',
  SECOND: 'Segundo lugar',
  THIRD: 'Tercer lugar',
  HONOURABLE_MENTION: 'Mención honorífica',
};

export const AWARD_ORDER: readonly Award[] = ['FIRST', 'SECOND', 'THIRD', 'HONOURABLE_MENTION'];
