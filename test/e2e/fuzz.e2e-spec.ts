import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { registeredRoutes } from '../../src/common/http/route-registry';
import { newInstitution, nominationBody, openEdition, PDF_BYTES } from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** Routes that end the caller's session; fuzzing them would only sign the fuzzer out. */
const SKIP = new Set(['POST /api/auth/logout', 'PATCH /api/auth/password', 'POST /api/auth/login']);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 10);

describe('fuzz: random JSON at every write route with a valid organiser token', () => {
  let t: TestApp;
  let token: string;
  let ids: string[];
  let writeRoutes: string[];

  /** Rows in every table: a 4xx answer must leave all of them unchanged. */
  const snapshot = async () => {
    const ds = t.app.get(DataSource);
    const counts: Record<string, number> = {};
    for (const meta of ds.entityMetadatas)
      counts[meta.tableName] = await t.db.read((m) => m.count(meta.target));
    return counts;
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login();
    const edition = await openEdition(t, token);
    const institution = await newInstitution(t, token, { name: 'Institución difusa', stateCode: '09' });
    const draft = await t.http
      .post('/api/nominations')
      .set('authorization', `Bearer ${token}`)
      .send(nominationBody(edition.localTrackId, institution, { nominatingInstitutionId: institution }))
      .expect(201);
    const attachment = await t.http
      .post(`/api/nominations/${draft.body.id}/attachments`)
      .set('authorization', `Bearer ${token}`)
      .attach('file', PDF_BYTES, { filename: 'a.pdf' })
      .expect(201);
    const me = await t.http.get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    ids = [
      edition.editionId,
      edition.localTrackId,
      edition.federalTrackId,
      institution,
      draft.body.id,
      attachment.body.id,
      me.body.id,
    ];
    writeRoutes = registeredRoutes(t.app.getHttpAdapter().getInstance())
      .filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !SKIP.has(r));
  });

  afterAll(() => t.close());

  it('never answers 500, and stores nothing when it answers 4xx', async () => {
    const failures: string[] = [];
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom(
          'title',
          'trackId',
          'name',
          'email',
          'password',
          'scores',
          'year',
          'decision',
          'until',
          'role',
          'stateCode',
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    );
    for (const route of writeRoutes) {
      const [method, url] = route.split(' ');
      await fc.assert(
        fc.asyncProperty(
          json,
          fc.array(fc.oneof(fc.constantFrom(...ids), fc.constant(randomUUID()), fc.string()), {
            minLength: 3,
            maxLength: 3,
          }),
          async (body, params) => {
            let i = 0;
            const path = url.replace(/:\w+/g, () => encodeURIComponent(params[i++ % params.length] || 'x'));
            const before = await snapshot();
            const res = await t.http[method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](path)
              .set('authorization', `Bearer ${token}`)
              .set('content-type', 'application/json')
              .send(JSON.stringify(body));
            if (res.status >= 500)
              failures.push(`${route} ${JSON.stringify(body).slice(0, 200)} → ${res.status}`);
            if (res.status >= 400 && res.status < 500) {
              const after = await snapshot();
              if (JSON.stringify(after) !== JSON.stringify(before)) {
                failures.push(
                  `${route} ${JSON.stringify(body).slice(0, 200)} → ${res.status} but stored something`,
                );
              }
            }
          },
        ),
        { numRuns: RUNS_PER_ROUTE, seed: 20180413 },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
