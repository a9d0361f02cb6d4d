import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIV3 } from 'openapi-types';
import { ANNOUNCEMENT, DELIBERATION } from '../support/judged-bundle';
import { importJudgedEdition, JudgedEdition } from '../support/judged-edition';
import { operationsOf } from '../support/openapi-contract';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The document's schema as strict JSON Schema: OpenAPI 3.0's `nullable: true` becomes "null, or what the rest
 * allows", and an object with listed properties allows no others (free-form parts say so explicitly), so a
 * field the service adds without documenting it is caught too.
 */
function jsonSchemaOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (!schema || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, jsonSchemaOf(v)]));
  if (converted.properties && converted.additionalProperties === undefined) {
    converted.additionalProperties = false;
  }
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

/**
 * What the routes answer matches what the document says they answer: every JSON GET operation whose path
 * parameters a judged edition can fill is called as the organiser, and its body is validated against the
 * documented success schema (so a DTO cannot drift from the service behind it unnoticed).
 */
describe('OpenAPI: answers match the documented schemas', () => {
  let t: TestApp;
  let token: string;
  let doc: OpenAPIV3.Document;
  let judged: JudgedEdition;
  let ids: Record<string, string>;
  let judgeToken: string;

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    token = await t.login();
    doc = (await t.http.get('/docs-json').expect(200)).body;
    judged = await importJudgedEdition(t, token);
    const as = { authorization: `Bearer ${token}` };
    const me = (await t.http.get('/api/auth/me').set(as).expect(200)).body;
    const institutions = (await t.http.get('/api/institutions').set(as).expect(200)).body;
    // A judge of the edition, signed in, for the judge's own routes.
    const judge = (await t.http.get('/api/users?role=JUDGE').set(as).expect(200)).body[0];
    await t.http
      .post(`/api/users/${judge.id}/password`)
      .set(as)
      .send({ password: 'Juez-2018-contrasena' })
      .expect(204);
    judgeToken = await t.login(judge.email, 'Juez-2018-contrasena');
    // Sealed and published, so that the public routes answer too.
    await t.http.post(`/api/editions/${judged.editionId}/finalize`).set(as).expect(200);
    await t.http.post(`/api/editions/${judged.editionId}/publish`).set(as).expect(200);
    t.clock.set(ANNOUNCEMENT);
    ids = {
      edition: judged.editionId,
      track: judged.localTrackId,
      nomination: [...judged.nominations.values()][0],
      user: me.id,
      institution: institutions[0].id,
    };
  });
  afterAll(() => t?.close());

  /** The path with its parameters filled, or null when this fixture has nothing to fill one with. */
  function filled(path: string): string | null {
    let missing = false;
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const resource = /\/api\/(?:public\/)?(\w+?)s?\/\{/.exec(
        path.slice(0, path.indexOf(`{${name}}`) + 1),
      )?.[1];
      const value =
        name === 'id' && resource
          ? ids[resource]
          : name === 'editionId'
            ? ids.edition
            : name === 'trackId'
              ? ids.track
              : undefined;
      if (!value) missing = true;
      return value ?? '';
    });
    return missing ? null : url;
  }

  it('validates every JSON GET answer it can reach', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    const refs = (schema: unknown) =>
      JSON.parse(JSON.stringify(jsonSchemaOf(schema)).replaceAll('"#/components/', '"doc#/components/'));
    ajv.addSchema(refs({ components: doc.components }), 'doc');

    const checked: string[] = [];
    const problems: string[] = [];
    for (const op of operationsOf(doc).filter((o) => o.name.startsWith('GET '))) {
      const path = op.name.slice('GET '.length);
      const ok = (op.operation.responses?.['200'] as OpenAPIV3.ResponseObject | undefined)?.content?.[
        'application/json'
      ]?.schema;
      const url = filled(path);
      if (!ok || !url) continue;
      const caller = path.startsWith('/api/judge/') ? judgeToken : token;
      const answer = await t.http.get(url).set({ authorization: `Bearer ${caller}` });
      if (answer.status !== 200) {
        problems.push(`GET ${url}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        continue;
      }
      const validate = ajv.compile(refs(ok));
      if (!validate(answer.body)) {
        const errors = (validate.errors ?? [])
          .slice(0, 5)
          .map((e) => `${e.instancePath || '/'} ${e.message}`);
        problems.push(`GET ${path}: ${errors.join('; ')}`);
      }
      checked.push(path);
    }
    expect(problems).toEqual([]);
    // The fixture reaches most of the API's reads; fewer would mean the filling above broke.
    expect(checked.length).toBeGreaterThanOrEqual(30);
  });
});
