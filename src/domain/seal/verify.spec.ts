import { canonicalJson, sha256Hex } from './canonical';
import { buildResultsDocument } from './results-document';
import type { ResultsDocument } from './results-document.types';
import { sealFixture } from './testing';
import { judgeNumberingIsValid, verifyResultsDocument } from './verify';

/** A deep, mutable copy to tamper with. */
function copy(document: ResultsDocument): any {
  return JSON.parse(JSON.stringify(document));
}

describe('verifying a published results document', () => {
  const document = buildResultsDocument(sealFixture());
  const sealed = sha256Hex(canonicalJson(document));

  it('recomputes the same document and hash from its own public data', () => {
    const report = verifyResultsDocument(document, sealed);
    expect(report).toMatchObject({
      ok: true,
      documentMatches: true,
      hashMatches: true,
      judgeNumberingValid: true,
      recomputedSha256: sealed,
      publishedSha256: sealed,
      resultMismatches: [],
      differences: [],
      error: null,
    });
  });

  it('survives a JSON round trip (what anyone downloading it gets)', () => {
    expect(verifyResultsDocument(JSON.parse(JSON.stringify(document)), sealed).ok).toBe(true);
  });

  it('reports a tampered final award', () => {
    const tampered = copy(document);
    const row = tampered.tracks[1].results[1].rows.find((r: any) => r.finalAward === 'FIRST');
    row.finalAward = 'SECOND';
    const report = verifyResultsDocument(tampered, sealed);
    expect(report.ok).toBe(false);
    expect(report.hashMatches).toBe(true); // the recomputation still gives the sealed hash…
    expect(report.documentMatches).toBe(false); // …but the published document is not what it computes to
    expect(report.resultMismatches).toEqual([
      {
        trackCode: 'LOCAL_OPEN_GOV',
        categoryKey: 'STL',
        nominationKey: row.nominationKey,
        field: 'finalAward',
        published: 'SECOND',
        recomputed: 'FIRST',
      },
    ]);
    expect(report.differences.map((d) => d.path)).toEqual([`$.tracks[1].results[1].rows[0].finalAward`]);
  });

  it('reports a tampered score through the aggregates and awards it moves', () => {
    const tampered = copy(document);
    const sheet = tampered.tracks[0].sheets.find((s: any) => s.nominationKey === 'FED-001');
    sheet.scores.quality = 10;
    sheet.total = 100;
    const report = verifyResultsDocument(tampered, sealed);
    expect(report.ok).toBe(false);
    expect(report.hashMatches).toBe(false);
    expect(report.resultMismatches.map((m) => [m.nominationKey, m.field])).toEqual(
      expect.arrayContaining([
        ['FED-001', 'aggregate'],
        ['FED-001', 'finalAward'],
      ]),
    );
  });

  it('reports a hash that is not the sealed one', () => {
    const report = verifyResultsDocument(document, '0'.repeat(64));
    expect(report).toMatchObject({ ok: false, documentMatches: true, hashMatches: false });
  });

  it('checks the judge numbering the public data can show', () => {
    expect(
      judgeNumberingIsValid([
        { nominationKey: 'A', judge: 'J1', scores: {}, total: 0 },
        { nominationKey: 'A', judge: 'J2', scores: {}, total: 0 },
        { nominationKey: 'B', judge: 'J3', scores: {}, total: 0 },
      ]),
    ).toBe(true);
    expect(
      judgeNumberingIsValid([
        { nominationKey: 'A', judge: 'J2', scores: {}, total: 0 },
        { nominationKey: 'B', judge: 'J1', scores: {}, total: 0 },
      ]),
    ).toBe(false);
    expect(judgeNumberingIsValid([{ nominationKey: 'A', judge: 'judge-alfa', scores: {}, total: 0 }])).toBe(
      false,
    );
  });

  it('reports a document that cannot be recomputed', () => {
    const tampered = copy(document);
    tampered.tracks[0].sheets[0].scores.quality = 11; // outside the rubric's scale
    const report = verifyResultsDocument(tampered);
    expect(report.ok).toBe(false);
    expect(report.recomputedSha256).toBeNull();
    expect(report.error).toContain('outside');
  });
});
