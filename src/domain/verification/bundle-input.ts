import type { AggregationMethod } from '../scoring/types';
import type { ResultsDocumentInput, SealRoundInput, SealSheet } from '../seal/results-document.types';
import type { ShortlistRule } from '../scoring/shortlist';
import type { NominationStatus } from '../intake/nomination-status';
import type {
  PublicBundle,
  PublicBundleNomination,
  PublicBundleRevision,
  PublicBundleRound,
} from './public-bundle.types';

/** The scoring input the bundle's own data describes (public ids: nomination keys, J1…). */
export function publicBundleToInput(bundle: PublicBundle): ResultsDocumentInput {
  const correction = bundle.seal.results.correction;
  return {
    edition: { key: bundle.edition.key, name: bundle.edition.name },
    tracks: bundle.tracks.map((t) => {
      const all = bundle.nominations.filter((n) => n.trackCode === t.code);
      const rounds = (bundle.rounds ?? [])
        .filter((r) => r.trackCode === t.code)
        .sort((a, b) => a.number - b.number);
      // Round 1 judges every nomination of the track; each later round the previous round's shortlist.
      const judgedIn = (i: number) =>
        i === 0 ? all : all.filter((n) => rounds[i - 1].shortlist.includes(n.key));
      const final = {
        track: {
          code: t.code,
          settings: {
            aggregation: t.aggregation as AggregationMethod,
            minReviews: t.minReviews,
            places: t.places,
            honourableMentions: t.honourableMentions,
            threshold: t.threshold,
          },
          rubric: t.rubric.map((c) => ({
            key: c.key,
            name: c.name,
            weight: c.weight,
            min: c.min,
            max: c.max,
          })),
          categories: t.categories.map((c) => c.key),
        },
        nominations: nominationsOf(judgedIn(rounds.length)),
        sheets: bundle.scoreSheets.filter((s) => s.trackCode === t.code).map(sheetInput),
        overrides: bundle.overrides
          .filter((o) => o.trackCode === t.code)
          .map((o) => ({
            nominationId: o.nominationKey,
            kind: o.kind,
            ...(o.kind === 'SET_AWARD' ? { award: o.award } : {}),
            justification: o.justification,
          })),
      };
      if (!rounds.length) return final;
      return {
        ...final,
        rounds: rounds.map((r, i): SealRoundInput => ({
          number: r.number,
          input: {
            track: {
              code: t.code,
              settings: {
                aggregation: r.aggregation as AggregationMethod,
                minReviews: r.minReviews,
                places: 0,
                honourableMentions: 0,
                threshold: 0,
              },
              rubric: r.rubric.map((c) => ({
                key: c.key,
                name: c.name,
                weight: c.weight,
                min: c.min,
                max: c.max,
              })),
              categories: final.track.categories,
            },
            nominations: nominationsOf(judgedIn(i)),
            sheets: r.scoreSheets.map(sheetInput),
          },
          rule: ruleOf(r),
          shortlist: r.shortlist,
          justification: r.justification,
        })),
      };
    }),
    // The bundle's data is the current version's: it recomputes to a document naming the same correction.
    ...(correction ? { correction } : {}),
  };
}

function nominationsOf(nominations: readonly PublicBundleNomination[]) {
  return nominations.map((n) => ({
    id: n.key,
    key: n.key,
    categoryKey: n.categoryKey,
    status: n.status as NominationStatus,
  }));
}

function ruleOf(r: PublicBundleRound): ShortlistRule {
  switch (r.rule) {
    case 'TOP_N':
      return { kind: 'TOP_N', size: r.size ?? NaN };
    case 'CUT':
      return { kind: 'CUT', cut: r.cut ?? NaN };
    case 'SELECTION':
      return { kind: 'SELECTION' };
  }
}

function sheetInput(s: {
  nominationKey: string;
  judge: string;
  scores: Record<string, number>;
  revision?: PublicBundleRevision;
}): SealSheet {
  return {
    nominationId: s.nominationKey,
    judgeId: s.judge,
    scores: s.scores,
    ...(s.revision ? { revision: { scores: s.revision.originalScores, reason: s.revision.reason } } : {}),
  };
}
