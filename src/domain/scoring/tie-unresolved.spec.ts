import { computeTrackResults } from './compute-track-results';
import { makeInput, rowOf, type InputSpec } from './testing';

// A and B are indistinguishable at every step: same totals, in a different judge order.
const TIED: InputSpec['sheets'] = [
  ['A', 'j1', 50],
  ['A', 'j2', 70],
  ['B', 'j1', 70],
  ['B', 'j2', 50],
];

describe('unresolved ties', () => {
  it('share a rank (1, 1, 3), are flagged, and are listed by id only for presentation', () => {
    const results = computeTrackResults(
      makeInput({
        places: 0,
        nominations: ['C', 'B', 'A'],
        sheets: [...TIED, ['C', 'j1', 40], ['C', 'j2', 40]],
      }),
    );
    const rows = results.categories[0].rows;
    expect(rows.map((r) => [r.nominationId, r.rank, r.tie])).toEqual([
      ['A', 1, true],
      ['B', 1, true],
      ['C', 3, false],
    ]);
    expect(rowOf(results, 'A').trace!.tiedWith).toEqual(['B']);
    expect(rowOf(results, 'B').trace!.explanation.en).toContain('Unresolved tie with A');
    expect(rowOf(results, 'B').trace!.explanation.es).toContain('Empate no resuelto con A');
    expect(rowOf(results, 'C').trace!.above!.nominationId).toBe('A');
  });

  it('does not depend on the order of the input', () => {
    const one = computeTrackResults(makeInput({ nominations: ['A', 'B'], sheets: TIED }));
    const other = computeTrackResults(makeInput({ nominations: ['B', 'A'], sheets: [...TIED].reverse() }));
    expect(other).toEqual(one);
  });

  it('that splits awards leaves them pending and blocks finalisation', () => {
    const results = computeTrackResults(
      makeInput({
        places: 3,
        nominations: ['A', 'B', 'C', 'D'],
        sheets: [...TIED, ['C', 'j1', 80], ['D', 'j1', 10]],
      }),
    );
    expect(rowOf(results, 'C').computed).toEqual({ award: 'FIRST', pending: false });
    for (const id of ['A', 'B']) {
      expect(rowOf(results, id).rank).toBe(2);
      expect(rowOf(results, id).computed).toEqual({ award: null, pending: true });
      expect(rowOf(results, id).final).toEqual({ award: null, pending: true });
    }
    // positions after the tie go on normally: D is rank 4, and THIRD was at stake in the tie, not for D
    expect(rowOf(results, 'D').rank).toBe(4);
    expect(rowOf(results, 'D').computed).toEqual({ award: null, pending: false });
    expect(results.blockers).toEqual([
      {
        code: 'TIE_SPLITS_AWARD',
        nominationIds: ['A', 'B'],
        categoryKey: null,
        awardsAtStake: ['SECOND', 'THIRD'],
      },
    ]);
    expect(results.finalisable).toBe(false);
    expect(results.categories[0].desierto).toEqual({ computed: [], final: [] });
  });

  it('between an award and no award also splits', () => {
    const results = computeTrackResults(makeInput({ places: 1, nominations: ['A', 'B'], sheets: TIED }));
    expect(results.blockers[0].awardsAtStake).toEqual(['FIRST', null]);
  });

  it('that gives every member the same award is decided (two honourable mentions)', () => {
    const results = computeTrackResults(
      makeInput({ places: 1, mentions: 3, nominations: ['A', 'B', 'C'], sheets: [...TIED, ['C', 'j1', 90]] }),
    );
    expect(rowOf(results, 'A').computed).toEqual({ award: 'HONOURABLE_MENTION', pending: false });
    expect(rowOf(results, 'B').computed).toEqual({ award: 'HONOURABLE_MENTION', pending: false });
    expect(results.blockers).toEqual([]);
  });

  it('is settled by SET_AWARD overrides on every tied nomination', () => {
    const base = { places: 2, nominations: ['A', 'B'], sheets: TIED };
    const one = computeTrackResults(
      makeInput({
        ...base,
        overrides: [{ nominationId: 'A', kind: 'SET_AWARD', award: 'FIRST', justification: 'Acta 3' }],
      }),
    );
    expect(one.blockers.map((b) => b.code)).toEqual(['TIE_SPLITS_AWARD']);
    expect(rowOf(one, 'A').final).toEqual({ award: 'FIRST', pending: false });
    expect(rowOf(one, 'B').final).toEqual({ award: null, pending: true });

    const both = computeTrackResults(
      makeInput({
        ...base,
        overrides: [
          { nominationId: 'A', kind: 'SET_AWARD', award: 'FIRST', justification: 'Acta 3' },
          { nominationId: 'B', kind: 'SET_AWARD', award: 'FIRST', justification: 'Acta 3: ex aequo' },
        ],
      }),
    );
    expect(both.blockers).toEqual([]);
    expect(both.finalisable).toBe(true);
    expect(rowOf(both, 'B').computed).toEqual({ award: null, pending: true });
    expect(rowOf(both, 'B').final).toEqual({ award: 'FIRST', pending: false });
    expect(both.warnings).toEqual([
      { code: 'DUPLICATE_PLACE', nominationIds: ['A', 'B'], categoryKey: null, award: 'FIRST' },
    ]);
    expect(both.categories[0].desierto).toEqual({ computed: [], final: ['SECOND'] });
  });
});
