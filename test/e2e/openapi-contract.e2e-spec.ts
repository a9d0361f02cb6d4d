import type { OpenAPIV3 } from 'openapi-types';
import { generateTypes, typeCheck } from '../support/openapi-client';
import { contractProblems, operationsOf } from '../support/openapi-contract';
import { startTestApp, TestApp } from '../support/test-app';

/** Typed calls a client would make, written against the types generated from /docs-json. */
const SAMPLE_CALLS = `
import type { components, paths } from './api';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

// Sign in.
const login: Json<paths['/api/auth/login']['post']['requestBody']> = {
  email: 'organizador@example.org',
  password: 'Organizador-2018',
};
const token: Json<paths['/api/auth/login']['post']['responses']['200']> = {
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.e30.x',
  expiresIn: 3600,
};

// Create an edition.
const newEdition: Json<paths['/api/editions']['post']['requestBody']> = {
  name: 'Reconocimientos 2019',
  year: 2019,
  nominationsOpenAt: '2019-03-01T09:00:00-06:00',
  nominationsCloseAt: '2019-04-15T18:00:00-06:00',
  judgingOpenAt: '2019-05-01T09:00:00-06:00',
  judgingCloseAt: '2019-06-01T18:00:00-06:00',
  announcementAt: '2019-09-28T12:00:00-05:00',
  participatingStates: ['09', '15'],
};
const edition: Json<paths['/api/editions']['post']['responses']['201']> = {
  id: '3f1c2a9e-5b7d-4c1e-9a2b-8d6e4f0a1b2c',
  key: '2019',
  name: 'Reconocimientos 2019',
  year: 2019,
  timezone: 'America/Mexico_City',
  nominationsOpenAt: '2019-03-01T15:00:00.000Z',
  nominationsCloseAt: '2019-04-16T00:00:00.000Z',
  judgingOpenAt: '2019-05-01T15:00:00.000Z',
  judgingCloseAt: '2019-06-02T00:00:00.000Z',
  announcementAt: '2019-09-28T17:00:00.000Z',
  participatingStates: ['09', '15'],
  finalizedAt: null,
  publishedAt: null,
  signatories: [{ name: 'Mtra. Ana Pérez', post: 'Comisionada Presidenta' }],
  correctionOpenedAt: null,
  fourEyes: false,
  retentionMonths: 60,
  retentionAppliedAt: null,
  archivedAt: null,
  createdAt: '2019-01-10T17:00:00.000Z',
  updatedAt: '2019-01-10T17:00:00.000Z',
  phase: 'SETUP',
};

// List nominations.
const query: paths['/api/nominations']['get']['parameters']['query'] = {
  status: 'SUBMITTED',
  q: 'transparencia',
  sort: 'submittedAt',
  order: 'desc',
  page: 1,
};
const page: Json<paths['/api/nominations']['get']['responses']['200']> = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 20,
};

// Submit a nomination.
const submitPath: paths['/api/nominations/{id}/submit']['post']['parameters']['path'] = {
  id: '0b9e7a4c-2d1f-4e3a-8c5b-6a7d9e0f1a2b',
};
const consent: Json<paths['/api/nominations/{id}/submit']['post']['requestBody']> = { publicationConsent: true };
const receipt: Json<paths['/api/nominations/{id}/submit']['post']['responses']['200']> = {
  nominationId: submitPath.id,
  submittedAt: '2019-04-10T20:15:00.000Z',
  sha256: 'a3f5'.repeat(16),
};

// Preview the results of a track.
const preview: Json<paths['/api/tracks/{id}/results']['get']['responses']['200']> = {
  viewerConflicts: [],
  notInCompetition: [],
  method: 'MEAN',
  settings: { aggregation: 'MEAN', minReviews: 3, places: 3, honourableMentions: 2, threshold: 60 },
  statistics: null,
  categories: [],
  judges: [],
  sheets: [],
  overrides: [],
  blockers: [{ code: 'QUORUM_MISSING', categoryKey: null, nominations: [], awardsAtStake: ['FIRST'] }],
  warnings: [],
  finalisable: false,
  track: {
    id: '5c4b3a2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
    code: 'LOCAL_OPEN_GOV',
    name: 'Gobierno abierto local',
    editionId: edition.id,
    categories: [{ key: 'municipal', name: 'Municipal' }],
    frozenAt: null,
  },
  edition: { id: edition.id, phase: 'DELIBERATION', finalizedAt: null, publishedAt: null },
};

// Verify the audit trail.
const verification: Json<paths['/api/audit/verify']['get']['responses']['200']> = {
  ok: true,
  count: 42,
  head: 'f'.repeat(64),
  headSeq: 42,
  anchors: [{ label: 'seal 2019 v1', seq: 40, hash: 'e'.repeat(64), ok: true }],
  personalValues: { checked: 3, altered: 0 },
};

// Every refusal has the common error body.
const refused: Json<paths['/api/nominations/{id}/submit']['post']['responses']['409']> = {
  statusCode: 409,
  code: 'DEADLINE_PASSED',
  message: 'El plazo para postular terminó.',
};
const invalid: components['schemas']['ErrorBodyDto'] = {
  statusCode: 400,
  code: 'VALIDATION_FAILED',
  message: 'La solicitud tiene datos no válidos.',
  errors: [{ field: 'email', code: 'isEmail', message: 'email: debe ser un correo electrónico válido' }],
};

// The generated types are precise enough to refuse a wrong shape.
// @ts-expect-error expiresIn is a number of seconds
const wrong: Json<paths['/api/auth/login']['post']['responses']['200']> = { accessToken: 'x', expiresIn: '1h' };

export const samples = [login, token, newEdition, edition, query, page, consent, receipt, preview, verification];
export const errors = [refused, invalid, wrong];
`;

describe('API contract: the OpenAPI document at /docs-json', () => {
  let t: TestApp;
  let document: OpenAPIV3.Document;
  let types: string | undefined;
  const typesOf = () => (types ??= generateTypes(document));

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/docs-json').expect(200)).body as OpenAPIV3.Document;
  });

  afterAll(() => t.close());

  it('describes the JSON API only: the pages stay out of it', () => {
    const outside = Object.keys(document.paths).filter((path) => !path.startsWith('/api/'));
    expect(outside).toEqual([]);
    expect(operationsOf(document).length).toBeGreaterThan(100);
  });

  it('gives every operation a summary, a success schema and its errors in the common error body', () => {
    expect(contractProblems(document)).toEqual([]);
  });

  it('names each operation that falls short', () => {
    const broken = structuredClone(document);
    const login = broken.paths['/api/auth/login']!.post!;
    delete login.summary;
    delete login.responses['200'];
    delete login.responses['400'];
    const me = broken.paths['/api/auth/me']!.get!;
    delete me.responses['401'];
    me.responses['404'] = {
      description: 'Not found',
      content: { 'text/plain': { schema: { type: 'string' } } },
    };
    expect(contractProblems(broken)).toEqual([
      'POST /api/auth/login: no summary',
      'POST /api/auth/login: no 2xx or 3xx response',
      'POST /api/auth/login: takes input but no 400',
      'GET /api/auth/me: 404 is not the common error body',
      'GET /api/auth/me: signed in but no 401',
    ]);
  });

  it('yields a typed client (openapi-typescript) that type-checks a sample of calls', () => {
    const diagnostics = typeCheck({ 'api.ts': typesOf(), 'calls.ts': SAMPLE_CALLS });
    expect(diagnostics).toEqual([]);
  });

  it('makes the typed client refuse a wrong shape', () => {
    const diagnostics = typeCheck({
      'api.ts': typesOf(),
      'calls.ts': SAMPLE_CALLS.replace('// @ts-expect-error expiresIn is a number of seconds\n', ''),
    });
    expect(diagnostics).toEqual([expect.stringMatching(/^calls\.ts:\d+ Type 'string' is not assignable/)]);
  });
});
