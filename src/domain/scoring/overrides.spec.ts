import { computeTrackResults } from './compute-track-results';
import { ScoringInputError } from './errors';
import { makeInput, rowOf, type InputSpec } from './testing';
import type { ScoringOverride } from './types';

const BASE: InputSpec = {
  places: 2,
  minReviews: 2,
  nominations: ['A', 'B', 'C', 'Q', { id: 'W', categoryKey: null, status: 'WITHDRAWN' }],
  sheets: [
    ['A', 'j1', 90],
    ['A', 'j2', 80],
    ['B', 'j1', 70],
    ['B', 'j2', 80],
    ['C', 'j1', 60],
    ['C', 'j2', 50],
    ['Q', 'j1', 99],
  ],
};
const run = (overrides: ScoringOverride[], spec: Partial<InputSpec> = {}) =>
  computeTrackResults(makeInput({ ...BASE, ...spec, overrides }), { robustness: false });

describe('overrides', () => {
  it('SET_AWARD changes the final award only; computed awards stay as computed', () => {
    const results = run([
      { nominationId: 'A', kind: 'SET_AWARD', award: 'SECOND', justification: 'Acta 4, punto 2' },
      { nominationId: 'B', kind: 'SET_AWARD', award: 'FIRST', justification: 'Acta 4, punto 2' },
      { nominationId: 'C', kind: 'SET_AWARD', award: 'HONOURABLE_MENTION', justification: 'Acta 4, punto 3' },
    ]);
    expect(
      ['A', 'B', 'C'].map((id) => [rowOf(results, id).computed.award, rowOf(results, id).final.award]),
    ).toEqual([
      ['FIRST', 'SECOND'],
      ['SECOND', 'FIRST'],
      [null, 'HONOURABLE_MENTION'],
    ]);
    expect(rowOf(results, 'C').overridden).toBe(true);
    expect(results.overrides.every((o) => o.applied)).toBe(true);
    // the track awards no mentions: reported, still applied (the jury's decision is published)
    expect(results.warnings).toEqual([
      { code: 'AWARD_NOT_CONFIGURED', nominationIds: ['C'], categoryKey: null, award: 'HONOURABLE_MENTION' },
    ]);
  });

  it('SET_AWARD null removes an award and leaves the place desierto in the final results', () => {
    const results = run([
      { nominationId: 'A', kind: 'SET_AWARD', award: null, justification: 'Acta 5: plagio' },
    ]);
    expect(rowOf(results, 'A').final).toEqual({ award: null, pending: false });
    expect(results.categories[0].desierto).toEqual({ computed: [], final: ['FIRST'] });
  });

  it('the last override of a nomination is in force; earlier ones are reported superseded', () => {
    const results = run([
      { nominationId: 'B', kind: 'SET_AWARD', award: 'FIRST', justification: 'Acta 4' },
      { nominationId: 'B', kind: 'SET_AWARD', award: null, justification: 'Acta 5 corrige el acta 4' },
    ]);
    expect(rowOf(results, 'B').final.award).toBeNull();
    expect(results.overrides.map((o) => o.applied)).toEqual([false, true]);
    expect(results.warnings.map((w) => w.code)).toEqual(['OVERRIDE_SUPERSEDED']);
  });

  it('EXCLUDE re-ranks without the nomination', () => {
    const results = run([
      { nominationId: 'A', kind: 'EXCLUDE', justification: 'Conflicto de interés detectado' },
    ]);
    expect(rowOf(results, 'B')).toMatchObject({ rank: 1, computed: { award: 'FIRST', pending: false } });
    expect(rowOf(results, 'C')).toMatchObject({ rank: 2, computed: { award: 'SECOND', pending: false } });
    expect(rowOf(results, 'A')).toMatchObject({ rank: null, unrankedReason: 'EXCLUDED' });
  });

  it('SET_AWARD on an unranked or withdrawn nomination does not apply and is reported', () => {
    const results = run([
      { nominationId: 'Q', kind: 'SET_AWARD', award: 'FIRST', justification: 'x' },
      { nominationId: 'W', kind: 'SET_AWARD', award: 'FIRST', justification: 'y' },
    ]);
    expect(rowOf(results, 'Q').final.award).toBeNull();
    expect(results.overrides.map((o) => o.applied)).toEqual([false, false]);
    expect(results.warnings).toEqual([
      { code: 'OVERRIDE_NOT_APPLICABLE', nominationIds: ['Q'], categoryKey: null, award: 'FIRST' },
      { code: 'OVERRIDE_NOT_APPLICABLE', nominationIds: ['W'], categoryKey: null, award: 'FIRST' },
    ]);
  });

  it('refuses an override without justification, on an unknown nomination, or without an award', () => {
    expect(() => run([{ nominationId: 'A', kind: 'EXCLUDE', justification: '  ' }])).toThrow(
      ScoringInputError,
    );
    expect(() => run([{ nominationId: 'Z', kind: 'EXCLUDE', justification: 'x' }])).toThrow(
      ScoringInputError,
    );
    expect(() => run([{ nominationId: 'A', kind: 'SET_AWARD', justification: 'x' }])).toThrow(
      ScoringInputError,
    );
  });
});
