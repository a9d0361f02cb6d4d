import { stateName } from '../../../catalog/states';
import { pageTemplate } from '../../page-template';

/** The public results as GET /api/public/editions/:id/results gives them (the parts the page shows). */
export interface PublicResultsBody {
  edition: { id: string; key: string; name: string; year: number; timezone: string; announcementAt: string };
  publication: { publicSince: string; scheduledAt: string };
  seal: {
    version: number;
    sha256: string;
    previousSealSha256: string | null;
    erratum: string | null;
    signatureKeyId: string | null;
    auditHead: string;
    auditHeadSeq: number;
    finalizedAt: string;
  };
  awards: {
    trackCode: string;
    categoryKey: string | null;
    award: string;
    desierto: boolean;
    holders: {
      nominationId: string | null;
      nominationKey: string;
      title: string | null;
      nomineeInstitution: string | null;
      stateCode: string | null;
      aggregate: number | null;
      rank: number | null;
      overridden: boolean;
      juryMinute: string | null;
      certificate: string | null;
    }[];
  }[];
  tracks: { code: string; name: string; categories: { key: string; name: string }[] }[];
  links: { csv: string; bundle: string; seals: string; keys: string };
}

/** GET /api/public/editions/:id/seals (the parts the page shows). */
export interface SealHistoryBody {
  current: number;
  versions: {
    version: number;
    sha256: string;
    erratum: string | null;
    finalizedAt: string;
    changes: {
      trackCode: string;
      nominationKey: string;
      title: string | null;
      before: string | null;
      after: string | null;
    }[];
  }[];
}

/** The awards of one track (and category, when the track has them), in the document's order. */
export interface AwardGroup {
  trackCode: string;
  trackName: string;
  categoryName: string | null;
  awards: PublicResultsBody['awards'];
}

/** The winners page of 13 April. */
export interface PublicResultsView {
  results: PublicResultsBody;
  groups: AwardGroup[];
  stateName: (code: string | null) => string;
  jsonUrl: string;
  history: SealHistoryBody;
  /** The single-file verifier's address and SHA-256 (to check a downloaded copy). */
  verifier: { url: string; sha256: string };
  /** The catalogue page of a winner whose nominator consented to the catalogue, or null. */
  practiceUrl: (nominationKey: string) => string | null;
}

export const PUBLIC_RESULTS_PAGE = pageTemplate<PublicResultsView>(__dirname, 'public-results');

/** The awards grouped by track and category, with their names instead of codes. */
export function publicResultsView(
  editionId: string,
  results: PublicResultsBody,
  history: SealHistoryBody,
  verifierSha256: string,
  inCatalogue: ReadonlySet<string> = new Set(),
): PublicResultsView {
  const trackName = (code: string) => results.tracks.find((t) => t.code === code)?.name ?? code;
  const categoryName = (code: string, key: string | null) =>
    key === null
      ? null
      : (results.tracks.find((t) => t.code === code)?.categories.find((c) => c.key === key)?.name ?? key);
  const groups: AwardGroup[] = [];
  for (const award of results.awards) {
    const category = categoryName(award.trackCode, award.categoryKey);
    let group = groups.find((g) => g.trackCode === award.trackCode && g.categoryName === category);
    if (!group) {
      group = {
        trackCode: award.trackCode,
        trackName: trackName(award.trackCode),
        categoryName: category,
        awards: [],
      };
      groups.push(group);
    }
    group.awards.push(award);
  }
  return {
    results,
    groups,
    stateName: (code) => (code ? (stateName(code) ?? code) : ''),
    jsonUrl: `/api/public/editions/${editionId}/results`,
    history,
    verifier: { url: '/assets/verificador.js', sha256: verifierSha256 },
    practiceUrl: (key) =>
      inCatalogue.has(key) ? `/practicas/${editionId}/${encodeURIComponent(key)}` : null,
  };
}
