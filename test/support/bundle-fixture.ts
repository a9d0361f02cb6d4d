import { institutionNaturalKey } from '../../src/database/schema/institution.entity';
import type { BundleV1 } from '../../src/bundle/format/bundle-format';

const RUBRIC = [
  { key: 'impacto', name: 'Impacto', description: 'Resultados', weight: 2, min: 0, max: 10, guidance: [] },
  {
    key: 'apertura',
    name: 'Apertura',
    description: 'Datos abiertos',
    weight: 1,
    min: 0,
    max: 10,
    guidance: [],
  },
];

const TRACK = {
  eligibilityRule: 'NONE',
  categories: [],
  rubric: RUBRIC,
  judgesPerNomination: 2,
  minReviews: 1,
  aggregation: 'MEAN',
  places: 3,
  honourableMentions: 0,
  threshold: 0,
  blind: false,
  frozenAt: '2026-03-20T00:00:00.000Z',
};

export const CDMX = institutionNaturalKey('Gobierno de la Ciudad de México', '09');
export const ITEI = institutionNaturalKey('Instituto de Transparencia de Jalisco', '14');
export const FEDERAL = institutionNaturalKey('Secretaría de la Función Pública', null);

const NOMINATION = {
  categoryKey: null,
  stateCode: null,
  title: 'Práctica',
  summary: 'Resumen de la práctica.',
  description: 'Descripción de la práctica.',
  practiceDetails: {},
  evidenceUrls: ['https://example.org/evidencia'],
  contactName: 'Contacto',
  contactEmail: 'contacto@example.org',
  contactPhone: null,
  eligibilityReason: null,
  channel: 'ONLINE',
  extendedUntil: null,
  withdrawnAt: null,
  createdByEmail: null,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-02T00:00:00.000Z',
  attachments: [],
};

/** A small, valid bundle with every section populated (overrides and seal empty); tests break copies of it. */
export function sampleBundle(): BundleV1 {
  return JSON.parse(JSON.stringify(SAMPLE)) as BundleV1;
}

/** Plain JSON data, as a bundle arrives (string literals where the types have enums). */
const SAMPLE = {
  formatVersion: 1,
  edition: {
    key: 'edicion-2026',
    name: 'Reconocimientos 2026',
    year: 2026,
    timezone: 'America/Mexico_City',
    nominationsOpenAt: '2026-02-01T15:00:00.000Z',
    nominationsCloseAt: '2026-03-16T00:00:00.000Z',
    judgingOpenAt: '2026-03-19T15:00:00.000Z',
    judgingCloseAt: '2026-04-06T23:00:00.000Z',
    announcementAt: '2026-04-13T15:00:00.000Z',
    participatingStates: ['09', '14'],
    finalizedAt: null,
    publishedAt: null,
  },
  tracks: [
    { ...TRACK, code: 'FEDERAL_PROACTIVE', name: 'Transparencia proactiva' },
    {
      ...TRACK,
      code: 'LOCAL_OPEN_GOV',
      name: 'Gobierno abierto local',
      categories: [{ key: 'planes', name: 'Planes de acción' }],
      frozenAt: null,
    },
  ],
  institutions: [
    {
      key: CDMX,
      name: 'Gobierno de la Ciudad de México',
      kind: 'STATE_GOVERNMENT',
      level: 'STATE',
      stateCode: '09',
    },
    {
      key: ITEI,
      name: 'Instituto de Transparencia de Jalisco',
      kind: 'ORGANISMO_GARANTE',
      level: 'STATE',
      stateCode: '14',
    },
    {
      key: FEDERAL,
      name: 'Secretaría de la Función Pública',
      kind: 'FEDERAL_BODY',
      level: 'FEDERAL',
      stateCode: null,
    },
  ],
  users: [
    {
      email: 'ana@example.org',
      name: 'Ana',
      role: 'JUDGE',
      status: 'ACTIVE',
      institutionKey: null,
      affiliations: [{ institutionKey: ITEI, stateCode: null }],
    },
    {
      email: 'beto@example.org',
      name: 'Beto',
      role: 'JUDGE',
      status: 'ACTIVE',
      institutionKey: null,
      affiliations: [{ institutionKey: null, stateCode: '20' }],
    },
    {
      email: 'postula@example.org',
      name: 'Postulante',
      role: 'NOMINATOR',
      status: 'ACTIVE',
      institutionKey: CDMX,
      affiliations: [],
    },
  ],
  nominations: [
    {
      ...NOMINATION,
      key: 'N-1',
      trackCode: 'FEDERAL_PROACTIVE',
      nominatingInstitutionKey: FEDERAL,
      nomineeInstitutionKey: FEDERAL,
      status: 'ELIGIBLE',
      submittedAt: '2026-02-03T00:00:00.000Z',
      receiptHash: 'a'.repeat(64),
      attachments: [
        {
          name: 'evidencia.pdf',
          mimeType: 'application/pdf',
          size: 120,
          sha256: 'b'.repeat(64),
          createdAt: '2026-02-02T00:00:00.000Z',
        },
      ],
    },
    {
      ...NOMINATION,
      key: 'N-2',
      trackCode: 'LOCAL_OPEN_GOV',
      categoryKey: 'planes',
      nominatingInstitutionKey: CDMX,
      nomineeInstitutionKey: CDMX,
      stateCode: '09',
      status: 'DRAFT',
      submittedAt: null,
      receiptHash: null,
      createdByEmail: 'postula@example.org',
    },
  ],
  panels: [
    {
      trackCode: 'FEDERAL_PROACTIVE',
      members: [
        { judgeEmail: 'ana@example.org', capacity: null },
        { judgeEmail: 'beto@example.org', capacity: 5 },
      ],
      conflicts: [],
    },
    {
      trackCode: 'LOCAL_OPEN_GOV',
      members: [{ judgeEmail: 'beto@example.org', capacity: null }],
      conflicts: [
        {
          judgeEmail: 'beto@example.org',
          nominationKey: 'N-2',
          institutionKey: null,
          reason: 'Colaboró en el plan',
          createdAt: '2026-03-01T00:00:00.000Z',
        },
      ],
    },
  ],
  assignments: [
    {
      nominationKey: 'N-1',
      judgeEmail: 'ana@example.org',
      status: 'ACTIVE',
      recusalReason: null,
      recusedAt: null,
      source: 'AUTO',
      createdAt: '2026-03-18T00:00:00.000Z',
    },
    {
      nominationKey: 'N-1',
      judgeEmail: 'beto@example.org',
      status: 'ACTIVE',
      recusalReason: null,
      recusedAt: null,
      source: 'MANUAL',
      createdAt: '2026-03-18T00:00:00.000Z',
    },
  ],
  scoreSheets: [
    {
      nominationKey: 'N-1',
      judgeEmail: 'ana@example.org',
      scores: { impacto: 8, apertura: 6.5 },
      comment: 'Sólida',
      status: 'SUBMITTED',
      submittedAt: '2026-03-20T00:00:00.000Z',
      reopenedAt: null,
      reopenReason: null,
      createdAt: '2026-03-19T16:00:00.000Z',
      updatedAt: '2026-03-20T00:00:00.000Z',
    },
    {
      nominationKey: 'N-1',
      judgeEmail: 'beto@example.org',
      scores: { impacto: 4 },
      comment: null,
      status: 'DRAFT',
      submittedAt: null,
      reopenedAt: null,
      reopenReason: null,
      createdAt: '2026-03-19T16:00:00.000Z',
      updatedAt: '2026-03-19T16:00:00.000Z',
    },
  ],
  overrides: [],
  seal: null,
} as unknown as BundleV1;
