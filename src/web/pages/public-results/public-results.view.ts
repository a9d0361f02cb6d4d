import { stateName } from '../../../catalog/states';
import { pageTemplate } from '../../page-template';

/** The public results as GET /api/public/editions/:id/results gives them (the parts the page shows). */
export interface PublicResultsBody {
  edition: { id: string; key: string; name: string; year: number; timezone: string; announcementAt: string };
  seal: { sha256: string; auditHead: string; auditHeadSeq: number; finalizedAt: string };
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
      certificate: string | null;
    }[];
  }[];
  tracks: { code: string; name: string; categories: { key: string; name: string }[] }[];
  links: { csv: string; bundle: string };
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
}

export const PUBLIC_RESULTS_PAGE = pageTemplate<PublicResultsView>(__dirname, 'public-results');

/** The awards grouped by track and category, with their names instead of codes. */
export function publicResultsView(editionId: string, results: PublicResultsBody): PublicResultsView {
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
  };
}
