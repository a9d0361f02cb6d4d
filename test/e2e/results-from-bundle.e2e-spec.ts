import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/command';
import { canonicalJson, sha256Hex } from '../../src/domain/seal';
import { ANNOUNCEMENT, DELIBERATION, judgedBundle } from '../support/judged-bundle';
import { noBoot, runCliInProcess } from '../support/cli';
import { SESSION_COOKIE } from '../../src/auth/session';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** results:verify in-process; it reads only its file, so it must never need the application. */
const verify = (...argv: string[]) =>
  runCliInProcess(['results:verify', ...argv], noBoot('results:verify must not boot the application'));

describe('results from an imported bundle: compute → override → finalise → embargo → publication → verify', () => {
  let t: TestApp;
  let organiser: string;
  let editionId: string;
  let localTrackId: string;
  let federalTrackId: string;
  let sealHash: string;
  let workDir: string;
  const nominationId = new Map<string, string>();
  const publicGet = (path: string) => t.http.get(`/api/public/editions/${editionId}/${path}`);
  const publicPaths = () => [
    'results',
    'results.csv',
    'bundle',
    'seals',
    `certificates/${nominationId.get('L-1')}.pdf`,
  ];

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    workDir = mkdtempSync(join(tmpdir(), 'recon-results-bundle-'));
    organiser = await t.login();
    const imported = await t.http.post('/api/editions/import').set(auth(organiser)).send(judgedBundle());
    expect(imported.status).toBe(201);
    editionId = imported.body.id as string;
    const tracks = await t.http.get(`/api/editions/${editionId}/tracks`).set(auth(organiser)).expect(200);
    for (const track of tracks.body as { id: string; code: string }[]) {
      if (track.code === 'LOCAL_OPEN_GOV') localTrackId = track.id;
      if (track.code === 'FEDERAL_PROACTIVE') federalTrackId = track.id;
    }
  });

  afterAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    await t?.close();
  });

  it('computes the imported sheets with the track’s method, naming the quorum problem', async () => {
    const res = await t.http.get(`/api/tracks/${localTrackId}/results`).set(auth(organiser)).expect(200);
    expect(res.body.method).toBe('MEDIAN');
    expect(res.body.finalisable).toBe(false);
    const rows = res.body.categories[0].rows as {
      nomination: { id: string; key: string };
      aggregate: number | null;
      computedAward: { award: string | null } | null;
    }[];
    for (const row of rows) nominationId.set(row.nomination.key, row.nomination.id);
    const award = (key: string) => rows.find((r) => r.nomination.key === key)?.computedAward?.award ?? null;
    expect([award('L-1'), award('L-2'), award('L-3'), award('L-4')]).toEqual([
      'FIRST',
      'SECOND',
      'HONOURABLE_MENTION',
      null,
    ]);
    expect(JSON.stringify(res.body)).toContain('L-4');
    const federal = await t.http
      .get(`/api/tracks/${federalTrackId}/results`)
      .set(auth(organiser))
      .expect(200);
    expect(federal.body.finalisable).toBe(true);
    nominationId.set('F-1', federal.body.categories[0].rows[0].nomination.id as string);
  });

  it('refuses to finalise while quorum is missing; an EXCLUDE and a SET_AWARD override resolve it', async () => {
    const blocked = await t.http.post(`/api/editions/${editionId}/finalize`).set(auth(organiser)).expect(409);
    expect(blocked.body.errors).toEqual([
      expect.objectContaining({ code: 'QUORUM_MISSING', message: expect.stringContaining('L-4') }),
    ]);
    await t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(auth(organiser))
      .send({
        nominationId: nominationId.get('L-4'),
        kind: 'EXCLUDE',
        justification: 'Acta 1 del jurado: sin quórum de evaluaciones.',
      })
      .expect(201);
    await t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(auth(organiser))
      .send({
        nominationId: nominationId.get('L-3'),
        kind: 'SET_AWARD',
        award: null,
        justification: 'Acta 2 del jurado: la mención honorífica se declara desierta.',
      })
      .expect(201);
    const res = await t.http.get(`/api/tracks/${localTrackId}/results`).set(auth(organiser)).expect(200);
    expect(res.body.finalisable).toBe(true);
  });

  it('finalises: the seal is the SHA-256 of the canonical results document', async () => {
    const res = await t.http.post(`/api/editions/${editionId}/finalize`).set(auth(organiser)).expect(200);
    sealHash = res.body.seal.sha256 as string;
    expect(sealHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.public).toBe(false);
  });

  it('answers 404 on every public route until the announcement instant, then 200', async () => {
    const unknown = await t.http.get(`/api/public/editions/${randomUUID()}/results`).expect(404);
    for (const path of publicPaths()) {
      expect((await publicGet(path).expect(404)).body).toEqual(unknown.body);
    }
    t.clock.set(new Date(ANNOUNCEMENT.getTime() - 1));
    for (const path of publicPaths()) await publicGet(path).expect(404);

    t.clock.set(ANNOUNCEMENT);
    for (const path of publicPaths()) await publicGet(path).expect(200);
    const results = await publicGet('results').set('accept-encoding', 'identity').expect(200);
    expect(results.headers.etag).toBe(`"${sealHash}"`);
    expect(sha256Hex(canonicalJson(results.body.document))).toBe(sealHash);
    const holders = (
      results.body.awards as { trackCode: string; award: string; holders: { nominationKey: string }[] }[]
    )
      .map((a) => [a.trackCode, a.award, a.holders.map((h) => h.nominationKey)])
      .sort();
    expect(holders).toEqual([
      ['FEDERAL_PROACTIVE', 'FIRST', ['F-1']],
      ['LOCAL_OPEN_GOV', 'FIRST', ['L-1']],
      ['LOCAL_OPEN_GOV', 'SECOND', ['L-2']],
    ]);
  });

  it('answers repeated anonymous reads from memory, compressed as the client asks; signed-in visitors get their own page', async () => {
    const url = `/api/public/editions/${editionId}/results`;
    // Bytes as on the wire (supertest would decompress them).
    const get = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });
    const plain = (await get({ 'accept-encoding': 'identity' })).rawPayload;
    // Brotli and gzip are made off the event loop once the first answer is kept: wait for them.
    let br = await get({ 'accept-encoding': 'gzip, deflate, br' });
    for (let i = 0; i < 100 && br.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      br = await get({ 'accept-encoding': 'gzip, deflate, br' });
    }
    expect(br.statusCode).toBe(200);
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      etag: `W/"${sealHash}"`,
      vary: 'accept-encoding',
    });
    expect(brotliDecompressSync(br.rawPayload).equals(plain)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(plain.length / 3);
    const gz = await get({ 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(plain)).toBe(true);
    expect((await get({ 'if-none-match': `W/"${sealHash}"` })).statusCode).toBe(304);

    const page = await t.http.get(`/resultados/${editionId}`).expect(200);
    expect(page.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.text).toContain('Práctica L-1');
    const signedIn = await t.http
      .get(`/resultados/${editionId}`)
      .set('cookie', `${SESSION_COOKIE}=${organiser}`)
      .expect(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    expect(signedIn.text).not.toEqual(page.text);
  });

  it('results:verify recomputes the downloaded public bundle, and fails when one score in it is changed', async () => {
    const bundle = (await publicGet('bundle').expect(200)).body;
    const file = join(workDir, 'publico.json');
    writeFileSync(file, JSON.stringify(bundle));
    const ok = await verify(file, '--sha256', sealHash);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(EXIT.OK);
    expect(ok.out).toContain('VERIFIED');

    const sheet = bundle.scoreSheets.find(
      (s: { trackCode: string; scores: Record<string, number> }) =>
        s.trackCode === 'LOCAL_OPEN_GOV' && s.scores.impacto === 7,
    );
    sheet.scores.impacto = 10; // L-2 would now beat L-1
    const tampered = join(workDir, 'alterado.json');
    writeFileSync(tampered, JSON.stringify(bundle));
    const bad = await verify(tampered, '--sha256', sealHash);
    expect(bad.code).toBe(EXIT.FAILED);
    expect(bad.out).toContain('MISMATCH');
    expect(bad.out).toContain('NOT VERIFIED');
  });
});
