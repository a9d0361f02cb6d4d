import type { Award } from '../domain/scoring/types';

/** How an award reads in Spanish (certificates, CSV). */
export const AWARD_LABEL_ES: Record<Award, string> = {
  FIRST: 'Primer lugar',
  SECOND: 'Segundo lugar',
  THIRD: 'Tercer lugar',
  HONOURABLE_MENTION: 'Mención honorífica',
};

/** How an award reads in English. */
export const AWARD_LABEL_EN: Record<Award, string> = {
  FIRST: 'First place',
  SECOND: 'Second place',
  THIRD: 'Third place',
  HONOURABLE_MENTION: 'Honourable mention',
};

export const AWARD_ORDER: readonly Award[] = ['FIRST', 'SECOND', 'THIRD', 'HONOURABLE_MENTION'];
