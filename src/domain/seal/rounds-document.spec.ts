import { canonicalJson, sha256Hex } from './canonical';
import { buildResultsDocument } from './results-document';
import type { ResultsDocument, ResultsDocumentInput, SealTrackInput } from './results-document.types';
import { verifyResultsDocument } from './verify';

// One track judged in two rounds: round 1 (MEAN, one criterion, judges a and b) ranks four nominations and its
// top 2 go on; round 2 (another rubric, judges c and d) awards one place.
const settings = {
  aggregation: 'MEAN',
  minReviews: 2,
  places: 0,
  honourableMentions: 0,
  threshold: 0,
} as const;
const nominations = ['n1', 'n2', 'n3', 'n4'].map((id) => ({
  id: `uuid-${id}`,
  key: id.toUpperCase(),
  categoryKey: null,
  status: 'ELIGIBLE' as const,
}));
const round1: SealTrackInput = {
  track: { code: 'T', settings, rubric: [{ key: 'q', weight: 1, min: 0, max: 10 }], categories: [] },
  nominations,
  sheets: [
    ['n1', 9, 8],
    ['n2', 7, 7],
    ['n3', 4, 6],
    ['n4', 6, 7],
  ].flatMap(([n, a, b]) => [
    { nominationId: `uuid-${n}`, judgeId: 'judge-a', scores: { q: a as number } },
    { nominationId: `uuid-${n}`, judgeId: 'judge-b', scores: { q: b as number } },
  ]),
};

function edition(shortlist: string[]): ResultsDocumentInput {
  const finalists = nominations.filter((n) => shortlist.includes(n.id));
  return {
    edition: { key: 'e', name: 'E' },
    tracks: [
      {
        track: {
          code: 'T',
          settings: { ...settings, places: 1 },
          rubric: [{ key: 'r', weight: 2, min: 0, max: 5 }],
          categories: [],
        },
        nominations: finalists,
        sheets: finalists.flatMap((n, i) => [
          { nominationId: n.id, judgeId: 'judge-c', scores: { r: 5 - i } },
          { nominationId: n.id, judgeId: 'judge-d', scores: { r: 4 - i } },
        ]),
        rounds: [
          {
            number: 1,
            input: round1,
            rule: { kind: 'TOP_N', size: 2 },
            shortlist,
            justification: null,
          },
        ],
      },
    ],
  };
}

function copy(document: ResultsDocument): any {
  return JSON.parse(JSON.stringify(document));
}

describe('results document: a track judged in two rounds', () => {
  const document = buildResultsDocument(edition(['uuid-n1', 'uuid-n2']));
  const sealed = sha256Hex(canonicalJson(document));

  it('carries the closed round, computed on its own, with its shortlist by key', () => {
    const round = document.tracks[0].rounds![0];
    expect(round.number).toBe(1);
    expect(round.results[0].rows.map((r) => [r.nominationKey, r.aggregate, r.rank])).toEqual([
      ['N1', 85, 1],
      ['N2', 70, 2],
      ['N4', 65, 3],
      ['N3', 50, 4],
    ]);
    expect(round.judges.map((j) => j.judge)).toEqual(['J1', 'J2']);
    expect(round.shortlist).toEqual({
      rule: 'TOP_N',
      size: 2,
      cut: null,
      nominationKeys: ['N1', 'N2'],
      justification: null,
    });
    expect(document.tracks[0].results[0].rows.map((r) => r.nominationKey)).toEqual(['N1', 'N2']);
    expect(verifyResultsDocument(document, sealed)).toMatchObject({ ok: true, roundProblems: [] });
  });

  it('a track judged in one round has no rounds in its document', () => {
    const one = edition(['uuid-n1', 'uuid-n2']);
    const { rounds, ...track } = one.tracks[0];
    expect(rounds).toHaveLength(1);
    expect(buildResultsDocument({ ...one, tracks: [track] }).tracks[0]).not.toHaveProperty('rounds');
  });

  it('fails verification when a shortlist entry is changed', () => {
    const tampered = copy(document);
    tampered.tracks[0].rounds[0].shortlist.nominationKeys = ['N1', 'N4'];
    const report = verifyResultsDocument(tampered);
    expect(report.ok).toBe(false);
    expect(report.documentMatches).toBe(false);
    expect(report.roundProblems).toEqual([
      'T round 1: shortlist MISSING (N2)',
      'T round 1: shortlist UNEXPECTED (N4)',
      "T round 2: not on round 1's shortlist (N2)",
    ]);
  });

  it('recomputes a computed rule whatever list the input brings', () => {
    const wrong = buildResultsDocument(edition(['uuid-n1', 'uuid-n3']));
    expect(wrong.tracks[0].rounds![0].shortlist.nominationKeys).toEqual(['N1', 'N2']);
    expect(verifyResultsDocument(wrong).roundProblems).toEqual([
      "T round 2: not on round 1's shortlist (N3)",
    ]);
  });
});
