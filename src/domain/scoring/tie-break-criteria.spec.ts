import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf } from './testing';

// impact weighs most; quality and reach weigh the same, quality first in the rubric.
const RUBRIC = [
  { key: 'reach', weight: 20, min: 0, max: 10 },
  { key: 'impact', weight: 30, min: 0, max: 10 },
  { key: 'quality', weight: 20, min: 0, max: 10 },
];
// rubric order among equal weights: reach (index 0) comes before quality (index 2)

const twice = (n: string, scores: Record<string, number>): [string, string, Record<string, number>][] => [
  [n, 'j1', scores],
  [n, 'j2', scores],
];

describe('tie-break step 1: criteria by descending weight', () => {
  it('the heaviest criterion decides between equal aggregates', () => {
    // A: 20·5 + 30·8 + 20·5 = 440; B: 20·5 + 30·6 + 20·8 = 440 → both 100·440/700 = 62.857143
    const results = computeTrackResults(
      makeInput({
        rubric: RUBRIC,
        nominations: ['B', 'A'],
        sheets: [
          ...twice('B', { reach: 5, impact: 6, quality: 8 }),
          ...twice('A', { reach: 5, impact: 8, quality: 5 }),
        ],
      }),
    );
    const a = rowOf(results, 'A');
    const b = rowOf(results, 'B');
    expect([a.aggregate, b.aggregate]).toEqual([62.857143, 62.857143]);
    expect([a.rank, b.rank]).toEqual([1, 2]);
    expect(b.tie).toBe(false);
    expect(b.trace!.above).toEqual({
      nominationId: 'A',
      decidedBy: 'CRITERION',
      steps: [
        { step: 'AGGREGATE', criterionKey: null, value: 62.857143, other: 62.857143 },
        { step: 'CRITERION', criterionKey: 'impact', value: 60, other: 80 },
      ],
    });
    expect(b.trace!.explanation.en).toBe(
      'Rank 2 of 2. Behind A: equal aggregate (62.857143); decided by mean normalised score on criterion "impact" (60 vs 80).',
    );
    expect(b.trace!.explanation.es).toBe(
      'Puesto 2 de 2. Detrás de A: iguales en puntuación agregada (62.857143); decide la puntuación normalizada media del criterio "impact" (60 frente a 80).',
    );
  });

  it('among equal weights, rubric order decides which criterion is compared first', () => {
    // impact equal (7); C has reach 7, quality 4; D has reach 4, quality 7: equal aggregates.
    // reach comes first in the rubric, so C is ahead (were quality first, D would be).
    const results = computeTrackResults(
      makeInput({
        rubric: RUBRIC,
        nominations: ['C', 'D'],
        sheets: [
          ...twice('D', { reach: 4, impact: 7, quality: 7 }),
          ...twice('C', { reach: 7, impact: 7, quality: 4 }),
        ],
      }),
    );
    expect(rowOf(results, 'C').rank).toBe(1);
    expect(rowOf(results, 'D').rank).toBe(2);
    expect(rowOf(results, 'C').trace!.below!.steps.map((s) => [s.step, s.criterionKey])).toEqual([
      ['AGGREGATE', null],
      ['CRITERION', 'impact'],
      ['CRITERION', 'reach'],
    ]);
  });

  it('compares criterion means over all sheets; equal means and medians leave the tie unresolved', () => {
    // E: impact 10 and 4 (mean 70); F: 7 and 7 (70) → equal on impact; reach: E 6, 6 vs F 5, 7 → equal (60);
    // quality: E 3, 9 (60) vs F 3, 9 → equal, although no single sheet of E equals one of F. Totals: E j1 = (120+300+60)/7 = 68.571429, j2 = (120+120+180)/7 = 60
    // F j1 = (100+210+60)/7 = 52.857143, j2 = (140+210+180)/7 = 75.714286. Means: E 64.285714(5), F 64.285714(5).
    const results = computeTrackResults(
      makeInput({
        rubric: RUBRIC,
        nominations: ['E', 'F'],
        sheets: [
          ['E', 'j1', { reach: 6, impact: 10, quality: 3 }],
          ['E', 'j2', { reach: 6, impact: 4, quality: 9 }],
          ['F', 'j1', { reach: 5, impact: 7, quality: 3 }],
          ['F', 'j2', { reach: 7, impact: 7, quality: 9 }],
        ],
      }),
    );
    const e = rowOf(results, 'E');
    const f = rowOf(results, 'F');
    expect(e.aggregate).toBe(f.aggregate);
    // every criterion equal → median of raw totals: both have 2 sheets, median = mean → unresolved tie
    expect([e.rank, f.rank, e.tie, f.tie]).toEqual([1, 1, true, true]);
  });
});
