import fc from 'fast-check';
import { computeTrackResults } from './compute-track-results';
import { AGGREGATION_METHODS, type ScoringSheet, type TrackScoringInput } from './types';

/** Random tracks: 2 criteria with different scales, 2 categories, up to 9 nominations, 5 judges, integer scores. */
function track(): fc.Arbitrary<TrackScoringInput> {
  const sheet = fc.record({
    nomination: fc.integer({ min: 0, max: 8 }),
    judge: fc.integer({ min: 0, max: 4 }),
    a: fc.integer({ min: 0, max: 10 }),
    b: fc.integer({ min: 1, max: 5 }),
  });
  return fc
    .tuple(
      fc.array(sheet, { maxLength: 30 }),
      fc.constantFrom(...AGGREGATION_METHODS),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([rows, aggregation, places, honourableMentions, minReviews]): TrackScoringInput => {
      const unique = new Map(rows.map((r) => [`${r.nomination}/${r.judge}`, r]));
      return {
        track: {
          code: 'T',
          settings: { aggregation, minReviews, places, honourableMentions, threshold: 30 },
          rubric: [
            { key: 'a', weight: 2, min: 0, max: 10 },
            { key: 'b', weight: 1, min: 1, max: 5 },
          ],
          categories: ['X', 'Y'],
        },
        nominations: Array.from({ length: 9 }, (_, i) => ({
          id: `N${i}`,
          categoryKey: i % 2 ? 'X' : 'Y',
          status: 'ELIGIBLE' as const,
        })),
        sheets: [...unique.values()].map((r): ScoringSheet => ({
          nominationId: `N${r.nomination}`,
          judgeId: `J${r.judge}`,
          scores: { a: r.a, b: r.b },
        })),
        overrides: [],
      };
    });
}

describe('determinism', () => {
  it('results do not depend on the order of nominations or sheets (every method)', () => {
    fc.assert(
      fc.property(track(), fc.integer(), (input, seed) => {
        const shuffled: TrackScoringInput = {
          ...input,
          nominations: shuffle(input.nominations, seed),
          sheets: shuffle(input.sheets, seed + 1),
        };
        expect(computeTrackResults(shuffled)).toEqual(computeTrackResults(input));
      }),
      { numRuns: 150 },
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)

  it('ranks are competition ranks consistent with the aggregates', () => {
    fc.assert(
      fc.property(track(), (input) => {
        const results = computeTrackResults(input, { robustness: false });
        for (const category of results.categories) {
          const ranked = category.rows.filter((r) => r.rank !== null);
          ranked.forEach((row, position) => {
            // rank = 1 + number of rows strictly ahead
            const ahead = ranked.filter((other) => other.rank! < row.rank!).length;
            expect(row.rank).toBe(ahead + 1);
            if (position > 0) expect(ranked[position - 1].aggregate!).toBeGreaterThanOrEqual(row.aggregate!);
          });
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000); // a generous limit for many random cases on a busy machine (not a timing assertion)
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
