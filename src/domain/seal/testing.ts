// A small edition for the seal specs: private ids (UUID-like), public keys, two tracks, categories, overrides.
import type { ResultsDocumentInput } from './results-document.types';

export function sealFixture(): ResultsDocumentInput {
  const rubric = [
    { key: 'impact', name: 'Resultados verificables', weight: 25, min: 0, max: 10 },
    { key: 'cocreation', name: 'Cocreación', weight: 20, min: 0, max: 10 },
  ];
  return {
    edition: { key: 'reconocimientos-2018', name: 'Reconocimientos 2018' },
    tracks: [
      {
        track: {
          code: 'LOCAL_OPEN_GOV',
          settings: {
            aggregation: 'CALIBRATED',
            minReviews: 2,
            places: 2,
            honourableMentions: 1,
            threshold: 40,
          },
          rubric,
          categories: ['STL', 'PLAN'],
        },
        nominations: [
          { id: 'uuid-n3', key: 'LOG-003', categoryKey: 'STL', status: 'ELIGIBLE' },
          { id: 'uuid-n1', key: 'LOG-001', categoryKey: 'STL', status: 'ELIGIBLE' },
          { id: 'uuid-n2', key: 'LOG-002', categoryKey: 'PLAN', status: 'ELIGIBLE' },
          { id: 'uuid-n4', key: 'LOG-004', categoryKey: 'PLAN', status: 'SUBMITTED' },
          { id: 'uuid-n5', key: 'LOG-005', categoryKey: 'PLAN', status: 'ELIGIBLE' },
          { id: 'uuid-n6', key: 'LOG-006', categoryKey: 'STL', status: 'WITHDRAWN' },
        ],
        sheets: [
          { nominationId: 'uuid-n1', judgeId: 'judge-zeta', scores: { impact: 8, cocreation: 7 } },
          { nominationId: 'uuid-n1', judgeId: 'judge-alfa', scores: { impact: 9, cocreation: 9 } },
          { nominationId: 'uuid-n2', judgeId: 'judge-beta', scores: { impact: 6, cocreation: 8 } },
          { nominationId: 'uuid-n2', judgeId: 'judge-zeta', scores: { impact: 5, cocreation: 6 } },
          { nominationId: 'uuid-n3', judgeId: 'judge-alfa', scores: { impact: 7, cocreation: 5 } },
          { nominationId: 'uuid-n3', judgeId: 'judge-beta', scores: { impact: 8, cocreation: 6 } },
          { nominationId: 'uuid-n4', judgeId: 'judge-beta', scores: { impact: 3, cocreation: 4 } },
          { nominationId: 'uuid-n4', judgeId: 'judge-alfa', scores: { impact: 4, cocreation: 2 } },
          { nominationId: 'uuid-n5', judgeId: 'judge-zeta', scores: { impact: 10, cocreation: 10 } },
          { nominationId: 'uuid-n6', judgeId: 'judge-zeta', scores: { impact: 10, cocreation: 10 } },
          {
            nominationId: 'uuid-n3',
            judgeId: 'judge-zeta',
            scores: { impact: 1, cocreation: 1 },
            status: 'DRAFT',
          },
        ],
        overrides: [
          { nominationId: 'uuid-n5', kind: 'EXCLUDE', justification: 'Sin quórum: acta 2 del jurado' },
          {
            nominationId: 'uuid-n4',
            kind: 'SET_AWARD',
            award: 'HONOURABLE_MENTION',
            justification: 'Acta 3',
          },
        ],
      },
      {
        track: {
          code: 'FEDERAL_PROACTIVE',
          settings: { aggregation: 'MEAN', minReviews: 1, places: 1, honourableMentions: 0, threshold: 0 },
          rubric: [{ key: 'quality', weight: 1, min: 0, max: 10 }],
          categories: [],
        },
        nominations: [
          { id: 'uuid-f1', key: 'FED-001', categoryKey: null, status: 'ELIGIBLE' },
          { id: 'uuid-f2', key: 'FED-002', categoryKey: null, status: 'ELIGIBLE' },
        ],
        sheets: [
          { nominationId: 'uuid-f1', judgeId: 'judge-omega', scores: { quality: 7 } },
          { nominationId: 'uuid-f2', judgeId: 'judge-alfa', scores: { quality: 9.5 } },
        ],
      },
    ],
  };
}
