import { isComplete, normaliseScores, scoreProblems } from './score-rules';

const rubric = [
  { key: 'a', min: 0, max: 10 },
  { key: 'b', min: 1, max: 5 },
];

describe('scoreProblems', () => {
  it('accepts a partial draft inside the ranges, including both bounds', () => {
    expect(scoreProblems(rubric, { a: 0 }, 'DRAFT')).toEqual([]);
    expect(scoreProblems(rubric, { a: 10, b: 1 }, 'SUBMIT')).toEqual([]);
    expect(scoreProblems(rubric, { a: 7.5, b: null }, 'DRAFT')).toEqual([]);
  });

  it('names every out-of-range, non-numeric, unknown and (on submit) missing score', () => {
    expect(scoreProblems(rubric, { a: 11, zz: 3 }, 'SUBMIT')).toEqual([
      { key: 'a', rule: 'OUT_OF_RANGE', min: 0, max: 10 },
      { key: 'b', rule: 'MISSING', min: 1, max: 5 },
      { key: 'zz', rule: 'UNKNOWN_CRITERION' },
    ]);
    expect(scoreProblems(rubric, { a: '5', b: 0.5 }, 'DRAFT')).toEqual([
      { key: 'a', rule: 'NOT_A_NUMBER', min: 0, max: 10 },
      { key: 'b', rule: 'OUT_OF_RANGE', min: 1, max: 5 },
    ]);
    expect(scoreProblems(rubric, { a: Number.NaN }, 'DRAFT')[0].rule).toBe('NOT_A_NUMBER');
  });

  it('does not treat inherited properties as scores', () => {
    expect(scoreProblems([{ key: 'constructor', min: 0, max: 1 }], {}, 'SUBMIT')[0].rule).toBe('MISSING');
  });
});

describe('normaliseScores / isComplete', () => {
  it('keeps rubric order and drops cleared criteria', () => {
    expect(Object.keys(normaliseScores(rubric, { b: 2, a: null, x: 1 }))).toEqual(['b']);
    expect(normaliseScores(rubric, { b: 2, a: 3 })).toEqual({ a: 3, b: 2 });
    expect(isComplete(rubric, { a: 1 })).toBe(false);
    expect(isComplete(rubric, { a: 1, b: 2 })).toBe(true);
  });
});
