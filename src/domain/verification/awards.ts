import type { Award } from '../scoring/types';
import type { ResultsDocument } from '../seal/results-document.types';

export const AWARD_ORDER: readonly Award[] = ['FIRST', 'SECOND', 'THIRD', 'HONOURABLE_MENTION'];

export interface AwardLine {
  trackCode: string;
  categoryKey: string | null;
  award: Award;
  /** Holders of the award (final, after overrides); empty when DESIERTO. */
  nominationKeys: string[];
}

/** Final awards of a results document, place by place, DESIERTO places with no holder. */
export function finalAwards(document: ResultsDocument): AwardLine[] {
  const out: AwardLine[] = [];
  for (const track of document.tracks) {
    for (const category of track.results) {
      for (const award of AWARD_ORDER) {
        const holders = category.rows
          .filter((r) => r.finalAward === award && !r.finalAwardPending)
          .map((r) => r.nominationKey);
        if (holders.length > 0 || category.desierto.final.includes(award)) {
          out.push({
            trackCode: track.code,
            categoryKey: category.categoryKey,
            award,
            nominationKeys: holders,
          });
        }
      }
    }
  }
  return out;
}
