import { canonicalJson, sha256Hex } from './canonical';
import { buildResultsDocument } from './results-document';
import { RESULTS_FORMAT_VERSION } from './results-document.types';
import { sealResults } from './seal';
import { sealFixture } from './testing';

describe('results document', () => {
  const document = buildResultsDocument(sealFixture());
  const local = document.tracks.find((t) => t.code === 'LOCAL_OPEN_GOV')!;

  it('sorts tracks by code and categories by key', () => {
    expect(document.formatVersion).toBe(RESULTS_FORMAT_VERSION);
    expect(document.tracks.map((t) => t.code)).toEqual(['FEDERAL_PROACTIVE', 'LOCAL_OPEN_GOV']);
    expect(local.categories).toEqual(['PLAN', 'STL']);
    expect(local.results.map((c) => c.categoryKey)).toEqual(['PLAN', 'STL']);
  });

  it('numbers judges per track in the order of their first sheet (by nomination key, then judge id)', () => {
    // LOG-001: judge-alfa (J1), judge-zeta (J2); LOG-002: judge-beta (J3)
    expect(local.sheets.map((s) => [s.nominationKey, s.judge])).toEqual([
      ['LOG-001', 'J1'],
      ['LOG-001', 'J2'],
      ['LOG-002', 'J2'],
      ['LOG-002', 'J3'],
      ['LOG-003', 'J1'],
      ['LOG-003', 'J3'],
      ['LOG-004', 'J1'],
      ['LOG-004', 'J3'],
    ]);
    const federal = document.tracks[0];
    expect(federal.sheets.map((s) => [s.nominationKey, s.judge])).toEqual([
      ['FED-001', 'J1'],
      ['FED-002', 'J2'],
    ]);
  });

  it('publishes only counted sheets, with scores and total, and no private id', () => {
    expect(local.sheets[0]).toEqual({
      nominationKey: 'LOG-001',
      judge: 'J1',
      scores: { impact: 9, cocreation: 9 },
      total: 90,
    });
    const text = JSON.stringify(document);
    expect(text).not.toMatch(/uuid-|judge-/);
    expect(text).not.toContain('LOG-006'); // withdrawn: not in competition
  });

  it('sorts rows by rank then key, unranked last; carries aggregate, trace, computed and final award', () => {
    const plan = local.results[0];
    expect(
      plan.rows.map((r) => [r.nominationKey, r.rank, r.unrankedReason, r.computedAward, r.finalAward]),
    ).toEqual([
      ['LOG-002', 1, null, 'FIRST', 'FIRST'],
      ['LOG-004', 2, null, null, 'HONOURABLE_MENTION'],
      ['LOG-005', null, 'EXCLUDED', null, null],
    ]);
    expect(plan.rows[0].trace!.below!.nominationKey).toBe('LOG-004');
    expect(plan.rows[1].overridden).toBe(true);
    expect(local.overrides).toEqual([
      {
        nominationKey: 'LOG-005',
        kind: 'EXCLUDE',
        award: null,
        justification: 'Sin quórum: acta 2 del jurado',
        applied: true,
      },
      {
        nominationKey: 'LOG-004',
        kind: 'SET_AWARD',
        award: 'HONOURABLE_MENTION',
        justification: 'Acta 3',
        applied: true,
      },
    ]);
  });

  it('reports each judge’s CALIBRATED bias, summing to zero', () => {
    expect(local.judges.map((j) => j.judge)).toEqual(['J1', 'J2', 'J3']);
    const sum = local.judges.reduce((s, j) => s + j.bias!, 0);
    expect(Math.abs(sum)).toBeLessThan(2e-6);
    expect(local.judges.every((j) => j.group === 0)).toBe(true);
  });

  it('does not depend on the order of the input', () => {
    const fixture = sealFixture();
    const reordered = {
      ...fixture,
      tracks: [...fixture.tracks]
        .reverse()
        .map((t) => ({ ...t, nominations: [...t.nominations].reverse(), sheets: [...t.sheets].reverse() })),
    };
    expect(canonicalJson(buildResultsDocument(reordered))).toBe(canonicalJson(document));
  });

  it('has a stable hash (any change to the format or the arithmetic must change formatVersion)', () => {
    const seal = sealResults(document, 'f'.repeat(64));
    expect(seal.sha256).toBe(sha256Hex(seal.canonicalJson));
    expect(seal.sha256).toBe(STABLE_HASH);
  });
});

const STABLE_HASH = '086eddd5e62dff8bb5e272c9affce546e6a5d4a29caace82ace870e2972dedd6';
