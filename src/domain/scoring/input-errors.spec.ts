import { computeTrackResults } from './compute-track-results';
import { ScoringInputError } from './errors';
import { makeInput } from './testing';
import type { TrackScoringInput } from './types';

const problemOf = (input: TrackScoringInput): string => {
  try {
    computeTrackResults(input);
  } catch (e) {
    if (e instanceof ScoringInputError) return e.problem;
    throw e;
  }
  return 'none';
};

describe('input the results refuse to be computed from', () => {
  const ok = makeInput({ nominations: ['A'], sheets: [['A', 'j1', 50]] });

  it.each([
    [
      'a sheet for an unknown nomination',
      makeInput({ nominations: ['A'], sheets: [['B', 'j1', 50]] }),
      'UNKNOWN_NOMINATION',
    ],
    ['a score above max', makeInput({ nominations: ['A'], sheets: [['A', 'j1', 101]] }), 'INVALID_SCORE'],
    ['a missing score', makeInput({ nominations: ['A'], sheets: [['A', 'j1', {}]] }), 'INVALID_SCORE'],
    [
      'an unknown criterion',
      makeInput({ nominations: ['A'], sheets: [['A', 'j1', { q: 5, z: 1 }]] }),
      'INVALID_SCORE',
    ],
    [
      'two sheets of one judge for one nomination',
      makeInput({
        nominations: ['A'],
        sheets: [
          ['A', 'j1', 50],
          ['A', 'j1', 60],
        ],
      }),
      'DUPLICATE_SHEET',
    ],
    ['a duplicate nomination', makeInput({ nominations: ['A', 'A'], sheets: [] }), 'DUPLICATE_NOMINATION'],
    ['four places', makeInput({ places: 4, nominations: ['A'], sheets: [] }), 'INVALID_SETTINGS'],
    [
      'a threshold above 100',
      makeInput({ threshold: 101, nominations: ['A'], sheets: [] }),
      'INVALID_SETTINGS',
    ],
    [
      'min ≥ max',
      makeInput({ rubric: [{ key: 'q', weight: 1, min: 5, max: 5 }], nominations: [], sheets: [] }),
      'INVALID_RUBRIC',
    ],
    [
      'weights summing to 0',
      makeInput({ rubric: [{ key: 'q', weight: 0, min: 0, max: 5 }], nominations: [], sheets: [] }),
      'INVALID_RUBRIC',
    ],
  ])('%s', (_, input, problem) => {
    expect(problemOf(input)).toBe(problem);
  });

  it('accepts the valid input', () => {
    expect(problemOf(ok)).toBe('none');
  });

  it('does not validate sheets that do not count (a withdrawn nomination’s)', () => {
    const input = makeInput({
      nominations: [{ id: 'W', categoryKey: null, status: 'WITHDRAWN' }],
      sheets: [['W', 'j1', 500]],
    });
    expect(problemOf(input)).toBe('none');
  });
});
