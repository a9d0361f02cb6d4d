import type { AggregationMethod } from '../scoring/types';
import type { ResultsDocumentInput } from '../seal/results-document.types';
import type { NominationStatus } from '../intake/nomination-status';
import type { PublicBundle } from './public-bundle.types';

/** The scoring input the bundle's own data describes (public ids: nomination keys, J1…). */
export function publicBundleToInput(bundle: PublicBundle): ResultsDocumentInput {
  const correction = bundle.seal.results.correction;
  return {
    edition: { key: bundle.edition.key, name: bundle.edition.name },
    tracks: bundle.tracks.map((t) => ({
      track: {
        code: t.code,
        settings: {
          aggregation: t.aggregation as AggregationMethod,
          minReviews: t.minReviews,
          places: t.places,
          honourableMentions: t.honourableMentions,
          threshold: t.threshold,
        },
        rubric: t.rubric.map((c) => ({ key: c.key, name: c.name, weight: c.weight, min: c.min, max: c.max })),
        categories: t.categories.map((c) => c.key),
      },
      nominations: bundle.nominations
        .filter((n) => n.trackCode === t.code)
        .map((n) => ({
          id: n.key,
          key: n.key,
          categoryKey: n.categoryKey,
          status: n.status as NominationStatus,
        })),
      sheets: bundle.scoreSheets
        .filter((s) => s.trackCode === t.code)
        .map((s) => ({ nominationId: s.nominationKey, judgeId: s.judge, scores: s.scores })),
      overrides: bundle.overrides
        .filter((o) => o.trackCode === t.code)
        .map((o) => ({
          nominationId: o.nominationKey,
          kind: o.kind,
          ...(o.kind === 'SET_AWARD' ? { award: o.award } : {}),
          justification: o.justification,
        })),
    })),
    // The bundle's data is the current version's: it recomputes to a document naming the same correction.
    ...(correction ? { correction } : {}),
  };
}
