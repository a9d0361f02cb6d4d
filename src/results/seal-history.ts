import type { Award } from '../domain/scoring/types';
import type { ResultsDocument } from '../domain/seal';
import { finalAwards } from '../domain/verification';
import type { SealEntity } from '../database/schema/seal.entity';
import { sealFacts } from './public-bundle';
import type { PublicSnapshot } from './public-snapshot';

/** An award that moved from one seal version to the next. */
export interface AwardChange {
  trackCode: string;
  categoryKey: string | null;
  nominationKey: string;
  title: string | null;
  before: Award | null;
  after: Award | null;
}

/** Final award per track + nomination key. */
function awardsOf(document: ResultsDocument): Map<string, { categoryKey: string | null; award: Award }> {
  const out = new Map<string, { categoryKey: string | null; award: Award }>();
  for (const line of finalAwards(document)) {
    for (const key of line.nominationKeys) {
      out.set(`${line.trackCode}\u0000${key}`, { categoryKey: line.categoryKey, award: line.award });
    }
  }
  return out;
}

/** The awards that differ between two versions, by track and nomination key. */
export function awardChanges(
  before: ResultsDocument,
  after: ResultsDocument,
  snapshot: PublicSnapshot,
): AwardChange[] {
  const a = awardsOf(before);
  const b = awardsOf(after);
  const titles = new Map(snapshot.nominations.map((n) => [`${n.trackCode}\u0000${n.key}`, n.title]));
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((k) => a.get(k)?.award !== b.get(k)?.award)
    .sort()
    .map((k) => {
      const [trackCode, nominationKey] = k.split('\u0000');
      return {
        trackCode,
        categoryKey: (b.get(k) ?? a.get(k))!.categoryKey,
        nominationKey,
        title: titles.get(k) ?? null,
        before: a.get(k)?.award ?? null,
        after: b.get(k)?.award ?? null,
      };
    });
}

/** `GET /api/public/editions/:id/seals`: every version, oldest first, signed, with what it changed. */
export function sealHistory(versions: readonly SealEntity[], snapshot: PublicSnapshot) {
  const documents = versions.map((v) => JSON.parse(v.resultsJson) as ResultsDocument);
  return {
    current: versions[versions.length - 1].version,
    versions: versions.map((v, i) => ({
      ...sealFacts(v),
      changes: i === 0 ? [] : awardChanges(documents[i - 1], documents[i], snapshot),
    })),
  };
}
