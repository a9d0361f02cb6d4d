import fc from 'fast-check';
import { getMetadataStorage } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { registeredRoutes } from '../../src/common/http/route-registry';
import { openDraft, PDF_BYTES } from '../support/intake-fixtures';
import { tableCounts } from '../support/table-counts';
import { startTestApp, TestApp } from '../support/test-app';

/** Routes that end the caller's session; fuzzing them would only sign the fuzzer out. */
const SKIP = new Set(['POST /api/auth/logout', 'PATCH /api/auth/password', 'POST /api/auth/login']);
/** Bounded so that each database's run stays well under a minute on a loaded machine (FUZZ_RUNS to go further). */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 8);
const QUERY_RUNS_PER_ROUTE = Math.max(1, Math.round(RUNS_PER_ROUTE / 2));

/** Every field name any DTO declares, read from class-validator's metadata after loading every DTO file. */
function dtoFieldNames(): string[] {
  const root = join(__dirname, '..', '..', 'src');
  for (const module of readdirSync(root, { withFileTypes: true })) {
    if (!module.isDirectory()) continue;
    const dir = join(root, module.name, 'dto');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.dto.ts'));
    } catch {
      continue;
    }
    // Loaded by path so that a DTO added later is fuzzed without editing this suite.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const file of files) require(join(dir, file));
  }
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, { propertyName: string }[]>;
  };
  const names = new Set<string>();
  for (const list of storage.validationMetadatas.values()) for (const m of list) names.add(m.propertyName);
  return [...names].sort();
}

/** Names every object inherits: keys that once reached `scores[key]` and rubric lookups. */
const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'prototype',
  '__defineGetter__',
];
/** Numbers at the edges, as JSON text (1e309 parses to Infinity). */
const NUMBER_TEXTS = [
  '1e308',
  '-1e308',
  '1e309',
  '1e21',
  '-1',
  '-0',
  '0.5',
  '2147483648',
  '9007199254740993',
  '1e-7',
  '0',
];
/** The same edges, and a few more, as query-string text. */
const QUERY_NUMBERS = [...NUMBER_TEXTS, 'NaN', 'Infinity', '0x10', '1.5', '', ' 1', '99999999999999999999'];
/** Invisible and look-alike characters: zero-width, bidi overrides, BOM, Hangul filler, Cyrillic/Greek/full-width letters. */
const TRICKY_CHARS = [
  '\u200B',
  '\u200D',
  '\u202E',
  '\u2066',
  '\uFEFF',
  '\u00AD',
  '\u3164',
  'а',
  'ο',
  'Ｊ',
  'a',
  'Z',
  ' ',
  '=',
  '@',
];

const trickyString = fc
  .array(fc.constantFrom(...TRICKY_CHARS), { minLength: 0, maxLength: 24 })
  .map((chars) => chars.join(''));
const deepText = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.boolean())
    .map(([n, objects]) =>
      objects ? `${'{"a":'.repeat(n)}1${'}'.repeat(n)}` : `${'['.repeat(n)}${']'.repeat(n)}`,
    );

describe('fuzz: hostile input at every write route and every GET query string', () => {
  let t: TestApp;
  let token: string;
  let ids: string[];
  let writeRoutes: string[];
  let readRoutes: string[];
  let fields: string[];

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login();
    const { edition, institution, nominationId } = await openDraft(t, token, 'Institución difusa');
    const attachment = await t.http
      .post(`/api/nominations/${nominationId}/attachments`)
      .set('authorization', `Bearer ${token}`)
      .attach('file', PDF_BYTES, { filename: 'a.pdf' })
      .expect(201);
    const me = await t.http.get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    ids = [
      edition.editionId,
      edition.localTrackId,
      edition.federalTrackId,
      institution,
      nominationId,
      attachment.body.id,
      me.body.id,
    ];
    const routes = registeredRoutes(t.app.getHttpAdapter().getInstance()).filter((r) =>
      r.url.startsWith('/api/'),
    );
    writeRoutes = routes
      .filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !SKIP.has(r));
    readRoutes = [...new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url))];
    fields = dtoFieldNames();
    // The suite fuzzes what the router has, not a list that could fall behind.
    expect(writeRoutes.length).toBeGreaterThan(40);
    expect(readRoutes.length).toBeGreaterThan(30);
    expect(fields).toEqual(expect.arrayContaining(['title', 'rubric', 'scores', 'page', 'stateCode']));
  });

  afterAll(() => t.close());

  /** Path parameters: the fixture's real ids, an unknown UUID, or any text. */
  const params = () =>
    fc.array(fc.oneof(fc.constantFrom(...ids), fc.constant(randomUUID()), fc.string()), {
      minLength: 3,
      maxLength: 3,
    });
  const fill = (url: string, values: string[]) => {
    let i = 0;
    return url.replace(/:\w+/g, () => encodeURIComponent(values[i++ % values.length] || 'x'));
  };

  it('never answers 500, and stores nothing when it answers 4xx', async () => {
    const failures: string[] = [];
    const key = fc.oneof(fc.constantFrom(...fields), fc.constantFrom(...PROTOTYPE_NAMES));
    const value: fc.Arbitrary<string> = fc.oneof(
      fc.constant('null'),
      fc.constantFrom(...NUMBER_TEXTS),
      trickyString.map((s) => JSON.stringify(s)),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      deepText(1, 80),
    );
    const object = fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);
    // Every field at once as null: the shape that once reached NOT NULL columns.
    const allNull = fc
      .subarray(fields, { minLength: 1 })
      .map((names) => JSON.stringify(Object.fromEntries(names.map((n) => [n, null]))));
    const body = fc.oneof(
      { weight: 4, arbitrary: object },
      { weight: 1, arbitrary: allNull },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: deepText(60, 200_000) },
    );
    for (const route of writeRoutes) {
      const [method, url] = route.split(' ');
      await fc.assert(
        fc.asyncProperty(body, params(), async (text, values) => {
          const before = await tableCounts(t);
          const res = await t.http[method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](
            fill(url, values),
          )
            .set('authorization', `Bearer ${token}`)
            .set('content-type', 'application/json')
            .send(text);
          const shown = `${route} ${text.slice(0, 160)}`;
          if (res.status >= 500) failures.push(`${shown} → ${res.status} ${JSON.stringify(res.body)}`);
          if (res.status >= 400 && res.status < 500) {
            if (JSON.stringify(await tableCounts(t)) !== JSON.stringify(before))
              failures.push(`${shown} → ${res.status} but stored something`);
          }
        }),
        { numRuns: RUNS_PER_ROUTE, seed: 20180413 },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('never answers 500 to any query string of any GET route, and stores nothing on a 4xx', async () => {
    const failures: string[] = [];
    const name = fc.oneof(
      fc.constantFrom(...fields),
      fc.constantFrom('page', 'pageSize', 'limit', 'afterSeq', 'offset', 'sort', 'order', 'q', 'lang'),
      fc.constantFrom(...PROTOTYPE_NAMES),
      fc.constantFrom('a[b]', 'page[0]', 'q[__proto__]'),
    );
    const text = fc.oneof(fc.constantFrom(...QUERY_NUMBERS), trickyString, fc.string({ maxLength: 20 }));
    const query = fc
      .array(fc.tuple(name, text), { maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
    for (const url of readRoutes) {
      await fc.assert(
        fc.asyncProperty(query, params(), async (qs, values) => {
          const before = await tableCounts(t);
          const res = await t.http.get(`${fill(url, values)}?${qs}`).set('authorization', `Bearer ${token}`);
          if (res.status >= 500)
            failures.push(`GET ${url}?${qs} → ${res.status} ${JSON.stringify(res.body)}`);
          if (res.status >= 400 && res.status < 500) {
            if (JSON.stringify(await tableCounts(t)) !== JSON.stringify(before))
              failures.push(`GET ${url}?${qs} → ${res.status} but stored something`);
          }
        }),
        { numRuns: QUERY_RUNS_PER_ROUTE, seed: 20180413 },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
