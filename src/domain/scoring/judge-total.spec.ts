import { judgeTotal, normalisedScore, tieBreakOrder } from './rubric';

const RUBRIC = [
  { key: 'co', weight: 20, min: 0, max: 10 },
  { key: 'part', weight: 20, min: 0, max: 10 },
  { key: 'smart', weight: 15, min: 0, max: 10 },
  { key: 'results', weight: 25, min: 0, max: 10 },
  { key: 'sust', weight: 10, min: 0, max: 10 },
  { key: 'open', weight: 10, min: 0, max: 10 },
];

describe('judge total: 100 × Σ w·(s − min)/(max − min) / Σ w', () => {
  it('is 100 for all-max scores and 0 for all-min', () => {
    expect(judgeTotal(RUBRIC, { co: 10, part: 10, smart: 10, results: 10, sust: 10, open: 10 })).toBe(100);
    expect(judgeTotal(RUBRIC, { co: 0, part: 0, smart: 0, results: 0, sust: 0, open: 0 })).toBe(0);
  });

  it('weights the criteria (hand computed)', () => {
    // (20·0.8 + 20·0.6 + 15·0.5 + 25·0.9 + 10·0.3 + 10·1) / 100 × 100 = 16 + 12 + 7.5 + 22.5 + 3 + 10 = 71
    expect(judgeTotal(RUBRIC, { co: 8, part: 6, smart: 5, results: 9, sust: 3, open: 10 })).toBe(71);
  });

  it('handles scales that do not start at 0 and weights that do not sum to 100', () => {
    const rubric = [
      { key: 'a', weight: 1, min: 1, max: 5 },
      { key: 'b', weight: 2, min: -2, max: 2 },
    ];
    // a: (4 − 1)/4 = 0.75; b: (0 + 2)/4 = 0.5; 100 × (0.75 + 2·0.5) / 3 = 58.333333…
    expect(judgeTotal(rubric, { a: 4, b: 0 })).toBe(58.333333);
  });

  it('rounds two thirds half away from zero at the 6th decimal', () => {
    expect(judgeTotal([{ key: 'a', weight: 1, min: 0, max: 3 }], { a: 2 })).toBe(66.666667);
  });

  it('normalises one score to 0–100', () => {
    expect(normalisedScore({ key: 'x', weight: 1, min: 1, max: 5 }, 2)).toBe(25);
  });
});

describe('tie-break order of criteria', () => {
  it('is descending weight, rubric order among equal weights', () => {
    expect(tieBreakOrder(RUBRIC).map((i) => RUBRIC[i].key)).toEqual([
      'results',
      'co',
      'part',
      'smart',
      'sust',
      'open',
    ]);
  });
});
