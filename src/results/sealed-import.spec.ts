import { buildResultsDocument, canonicalJson, type SealTrackInput } from '../domain/seal';
import { withoutJudgeNumbers } from './sealed-import';

function input(judges: [string, string, string]): SealTrackInput {
  const [a, b, c] = judges;
  const sheet = (nominationId: string, judgeId: string, impacto: number, apertura: number) => ({
    nominationId,
    judgeId,
    scores: { impacto, apertura },
  });
  return {
    track: {
      code: 'LOCAL_OPEN_GOV',
      settings: { aggregation: 'MEAN', minReviews: 2, places: 2, honourableMentions: 0, threshold: 0 },
      rubric: [
        { key: 'impacto', name: 'Impacto', weight: 2, min: 0, max: 10 },
        { key: 'apertura', name: 'Apertura', weight: 1, min: 0, max: 10 },
      ],
      categories: [],
    },
    nominations: [
      { id: 'n1', key: 'N-1', categoryKey: null, status: 'ELIGIBLE' },
      { id: 'n2', key: 'N-2', categoryKey: null, status: 'ELIGIBLE' },
    ],
    sheets: [sheet('n1', a, 9, 8), sheet('n1', b, 7, 7), sheet('n2', b, 5, 6), sheet('n2', c, 6, 6)],
    overrides: [],
  };
}

describe('withoutJudgeNumbers', () => {
  const edition = { key: 'e', name: 'Edición' };

  it('makes documents equal that differ only in how another installation numbered the judges', () => {
    // Same people and scores; on the second installation judge "a" has an id sorting after "b".
    const here = buildResultsDocument({ edition, tracks: [input(['a', 'b', 'c'])] });
    const there = buildResultsDocument({ edition, tracks: [input(['z', 'b', 'c'])] });
    expect(canonicalJson(here)).not.toBe(canonicalJson(there));
    expect(canonicalJson(withoutJudgeNumbers(here))).toBe(canonicalJson(withoutJudgeNumbers(there)));
  });

  it('still tells apart documents whose scores differ', () => {
    const here = buildResultsDocument({ edition, tracks: [input(['a', 'b', 'c'])] });
    const changed = input(['a', 'b', 'c']);
    const other = buildResultsDocument({
      edition,
      tracks: [
        {
          ...changed,
          sheets: changed.sheets.map((s, i) => (i === 0 ? { ...s, scores: { impacto: 8, apertura: 8 } } : s)),
        },
      ],
    });
    expect(canonicalJson(withoutJudgeNumbers(here))).not.toBe(canonicalJson(withoutJudgeNumbers(other)));
  });
});
