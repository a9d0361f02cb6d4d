import { isComplete, normaliseScores, scoreProblems } from '../judging/score-rules';
import { judgeTotal } from '../scoring/rubric';
import { rubricProblems } from './rubric';
import { isPrototypeName, ownScore } from './rubric-keys';

describe('rubric keys and score reads', () => {
  it.each([
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__proto__',
    'isPrototypeOf',
    '__defineGetter__',
  ])('%s is a prototype name', (key) => expect(isPrototypeName(key)).toBe(true));

  it.each(['impacto', 'Constructor', 'apertura', 'toString2'])('%s is not', (key) =>
    expect(isPrototypeName(key)).toBe(false),
  );

  it('reads own scores only', () => {
    const scores: Record<string, number> = { impacto: 7 };
    expect(ownScore(scores, 'impacto')).toBe(7);
    expect(ownScore(scores, 'constructor')).toBeUndefined();
    expect(ownScore(scores, 'toString')).toBeUndefined();
    expect(ownScore(JSON.parse('{"__proto__": 5}') as Record<string, number>, '__proto__')).toBe(5);
  });
});

describe('rubric rules with prototype-named keys', () => {
  const criterion = (key: string) => ({ key, weight: 1, min: 0, max: 10, guidance: [] });

  it('refuses a criterion named after an inherited member', () => {
    expect(rubricProblems([criterion('impacto'), criterion('constructor'), criterion('valueOf')])).toEqual([
      { index: 1, field: 'key', rule: 'RESERVED' },
      { index: 2, field: 'key', rule: 'RESERVED' },
    ]);
  });

  it('never reads an inherited member as a score (a rubric stored before the rule)', () => {
    const rubric = [criterion('toString'), criterion('impacto')];
    expect(scoreProblems(rubric, { impacto: 5 }, 'SUBMIT')).toEqual([
      { key: 'toString', rule: 'MISSING', min: 0, max: 10 },
    ]);
    expect(isComplete(rubric, { impacto: 5 })).toBe(false);
    expect(normaliseScores(rubric, { impacto: 5 })).toEqual({ impacto: 5 });
    expect(() => judgeTotal(rubric, { impacto: 5 })).toThrow(RangeError);
  });
});
