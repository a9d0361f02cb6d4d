import type { BundleV1 } from '../../src/bundle/format/bundle-format';
import { sha256Hex } from '../../src/domain/seal';
import { institutionNaturalKey } from '../../src/database/schema/institution.entity';
import { CDMX, FEDERAL, ITEI, sampleBundle } from './bundle-fixture';

const JALISCO = institutionNaturalKey('Gobierno de Jalisco', '14');
const GUADALAJARA = institutionNaturalKey('Municipio de Guadalajara', '14');
export const ANNOUNCEMENT = new Date('2026-04-13T15:00:00.000Z');
export const DELIBERATION = new Date('2026-04-08T18:00:00.000Z');

/**
 * A finished judging, as another installation (or last year's system) would export it: three judges, four
 * local nominations (one short of quorum) and one federal nomination, every sheet submitted.
 */
export function judgedBundle(): BundleV1 {
  const b = sampleBundle() as unknown as Record<string, any>;
  const local = b.tracks.find((t: { code: string }) => t.code === 'LOCAL_OPEN_GOV');
  Object.assign(local, {
    categories: [],
    minReviews: 2,
    places: 2,
    honourableMentions: 1,
    aggregation: 'MEDIAN',
    frozenAt: '2026-03-20T00:00:00.000Z',
  });
  const federal = b.tracks.find((t: { code: string }) => t.code === 'FEDERAL_PROACTIVE');
  Object.assign(federal, { places: 1, minReviews: 2 });
  b.institutions.push(
    { key: JALISCO, name: 'Gobierno de Jalisco', kind: 'STATE_GOVERNMENT', level: 'STATE', stateCode: '14' },
    {
      key: GUADALAJARA,
      name: 'Municipio de Guadalajara',
      kind: 'MUNICIPAL_GOVERNMENT',
      level: 'MUNICIPAL',
      stateCode: '14',
    },
  );
  b.users = [
    ...['ana', 'beto', 'carla'].map((name) => ({
      email: `${name}@example.org`,
      name: name[0].toUpperCase() + name.slice(1),
      role: 'JUDGE',
      status: 'ACTIVE',
      institutionKey: null,
      affiliations: [{ institutionKey: null, stateCode: '20' }],
    })),
  ];
  const base = b.nominations[0];
  const nomination = (key: string, trackCode: string, institution: string, stateCode: string | null) => ({
    ...base,
    key,
    trackCode,
    categoryKey: null,
    title: `Práctica ${key}`,
    nominatingInstitutionKey: institution,
    nomineeInstitutionKey: institution,
    stateCode,
    status: 'ELIGIBLE',
    submittedAt: '2026-03-01T00:00:00.000Z',
    receiptHash: sha256Hex(key),
    createdByEmail: null,
    attachments: [],
  });
  b.nominations = [
    nomination('L-1', 'LOCAL_OPEN_GOV', CDMX, '09'),
    nomination('L-2', 'LOCAL_OPEN_GOV', ITEI, '14'),
    nomination('L-3', 'LOCAL_OPEN_GOV', JALISCO, '14'),
    nomination('L-4', 'LOCAL_OPEN_GOV', GUADALAJARA, '14'),
    nomination('F-1', 'FEDERAL_PROACTIVE', FEDERAL, null),
  ];
  const judges = ['ana', 'beto', 'carla'].map((j) => ({ judgeEmail: `${j}@example.org`, capacity: null }));
  b.panels = [
    { trackCode: 'FEDERAL_PROACTIVE', members: judges, conflicts: [] },
    { trackCode: 'LOCAL_OPEN_GOV', members: judges, conflicts: [] },
  ];
  const sheets: [string, string, Record<string, number>][] = [
    ['L-1', 'ana', { impacto: 9, apertura: 8 }],
    ['L-1', 'beto', { impacto: 9, apertura: 9 }],
    ['L-2', 'ana', { impacto: 7, apertura: 7 }],
    ['L-2', 'carla', { impacto: 8, apertura: 6 }],
    ['L-3', 'beto', { impacto: 5, apertura: 5 }],
    ['L-3', 'carla', { impacto: 6, apertura: 4 }],
    ['L-4', 'carla', { impacto: 10, apertura: 10 }], // one sheet: quorum (2) missing
    ['F-1', 'ana', { impacto: 8, apertura: 6.5 }],
    ['F-1', 'beto', { impacto: 7, apertura: 7 }],
  ];
  b.assignments = sheets.map(([nominationKey, judge]) => ({
    nominationKey,
    judgeEmail: `${judge}@example.org`,
    status: 'ACTIVE',
    recusalReason: null,
    recusedAt: null,
    source: 'AUTO',
    createdAt: '2026-03-18T00:00:00.000Z',
  }));
  b.scoreSheets = sheets.map(([nominationKey, judge, scores]) => ({
    nominationKey,
    judgeEmail: `${judge}@example.org`,
    scores,
    comment: null,
    status: 'SUBMITTED',
    submittedAt: '2026-03-25T00:00:00.000Z',
    reopenedAt: null,
    reopenReason: null,
    createdAt: '2026-03-20T00:00:00.000Z',
    updatedAt: '2026-03-25T00:00:00.000Z',
  }));
  return b as unknown as BundleV1;
}
