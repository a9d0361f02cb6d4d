import { execFile } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publicKeyRecord, sealStatementText } from '../../src/domain/seal';
import {
  nodeSignatureCheck,
  verifyPublicBundle,
  type PublicBundle,
  type PublishedKey,
} from '../../src/domain/verification';
import { AssignmentEntity } from '../../src/database/schema/assignment.entity';
import { SealSigner } from '../../src/results/signing/seal-signer.service';
import { PasswordHasher } from '../../src/users/password-hasher';
import { Role, UserEntity, UserStatus } from '../../src/database/schema/user.entity';
import { FACTORY_PASSWORD, newUser } from '../support/factories';
import { ANNOUNCEMENT, DELIBERATION, judgedBundle } from '../support/judged-bundle';
import { startTestApp, TestApp } from '../support/test-app';

const run = promisify(execFile);
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const ERRATUM = 'Fe de erratas 1: la hoja de L-2 se capturó con un error; el jurado reasigna la mención.';

const MINUTE = 'Acta 6: el jurado confirma el primer lugar de L-1.';
const BASE_URL = 'https://reconocimientos.example.org';
const SIGNATORIES = [
  { name: 'Mtra. Ana Pérez Núñez', post: 'Comisionada Presidenta' },
  { name: 'Dr. José Ángel Gómez', post: 'Secretario Técnico del Jurado' },
];

/** A copy of a JSON value (bundles are tampered with on copies). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Signed, versioned seals: keys, corrections, the chain of versions, and the single-file verifier. */
describe('seals: signatures, keys, corrections as versions, verificador.js', () => {
  let t: TestApp;
  let organiser: string;
  let editionId: string;
  let localTrackId: string;
  let workDir: string;
  let v1: string;
  const nominationId = new Map<string, string>();
  const publicGet = (path: string) => t.http.get(`/api/public/editions/${editionId}/${path}`);
  const bundle = async () => (await publicGet('bundle').expect(200)).body as PublicBundle;
  const keys = async () => (await t.http.get('/api/public/keys').expect(200)).body.keys as PublishedKey[];
  const override = (key: string, award: string | null, justification: string) =>
    t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(auth(organiser))
      .send({ nominationId: nominationId.get(key), kind: 'SET_AWARD', award, justification });

  /** Runs the downloaded verificador.js on a bundle, in a folder holding nothing else. */
  async function verificador(value: unknown): Promise<{ code: number; out: string }> {
    const dir = mkdtempSync(join(workDir, 'solo-'));
    const script = await t.http.get('/assets/verificador.js').expect(200);
    writeFileSync(join(dir, 'verificador.js'), script.text);
    writeFileSync(join(dir, 'paquete.json'), JSON.stringify(value));
    expect(readdirSync(dir).sort()).toEqual(['paquete.json', 'verificador.js']);
    try {
      const { stdout } = await run(process.execPath, ['verificador.js', 'paquete.json'], {
        cwd: dir,
        env: {},
      });
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, out: e.stdout };
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString(), env: { PUBLIC_BASE_URL: BASE_URL } });
    workDir = mkdtempSync(join(tmpdir(), 'recon-seals-'));
    organiser = await t.login();
    const imported = await t.http.post('/api/editions/import').set(auth(organiser)).send(judgedBundle());
    expect(imported.status).toBe(201);
    editionId = imported.body.id as string;
    const tracks = await t.http.get(`/api/editions/${editionId}/tracks`).set(auth(organiser)).expect(200);
    localTrackId = (tracks.body as { id: string; code: string }[]).find(
      (x) => x.code === 'LOCAL_OPEN_GOV',
    )!.id;
    const preview = await t.http.get(`/api/tracks/${localTrackId}/results`).set(auth(organiser)).expect(200);
    for (const row of preview.body.categories[0].rows as { nomination: { id: string; key: string } }[])
      nominationId.set(row.nomination.key, row.nomination.id);
    await t.http
      .post(`/api/tracks/${localTrackId}/overrides`)
      .set(auth(organiser))
      .send({ nominationId: nominationId.get('L-4'), kind: 'EXCLUDE', justification: 'Acta 1: sin quórum.' })
      .expect(201);
    await t.http
      .patch(`/api/editions/${editionId}`)
      .set(auth(organiser))
      .send({ signatories: SIGNATORIES })
      .expect(200);
    const sealed = await t.http.post(`/api/editions/${editionId}/finalize`).set(auth(organiser)).expect(200);
    v1 = sealed.body.seal.sha256 as string;
    t.clock.set(ANNOUNCEMENT);
  });

  afterAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    await t?.close();
  });

  it('signs version 1 with the listed key; the bundle verifies, naming the key', async () => {
    const [key] = await keys();
    expect(key).toMatchObject({ algorithm: 'Ed25519', validTo: null, keyId: key.fingerprint.slice(0, 16) });
    const b = await bundle();
    expect(b.formatVersion).toBe('reconocimientos-public-bundle/3');
    expect(b.seal).toMatchObject({ version: 1, sha256: v1, previousSealSha256: null, erratum: null });
    expect(b.seal.signature).toMatchObject({ algorithm: 'Ed25519', keyId: key.keyId });
    expect(b.keys).toEqual([
      { keyId: key.keyId, algorithm: 'Ed25519', publicKey: key.publicKey, fingerprint: key.fingerprint },
    ]);
    const report = await verifyPublicBundle(b, {
      checkSignature: nodeSignatureCheck,
      trustedKeys: await keys(),
    });
    expect(report).toMatchObject({ ok: true, signaturesOk: true, chainOk: true });
    expect(report.versions).toEqual([
      expect.objectContaining({
        version: 1,
        signature: { status: 'VALID', keyId: key.keyId, fingerprint: key.fingerprint },
      }),
    ]);
    expect(report.tracks.map((x) => [x.code, x.matches])).toEqual([
      ['FEDERAL_PROACTIVE', true],
      ['LOCAL_OPEN_GOV', true],
    ]);
  });

  it('verificador.js alone in a folder passes the published bundle and fails a changed score or signature', async () => {
    const b = await bundle();
    const good = await verificador(b);
    expect(good.code).toBe(0);
    expect(good.out).toContain('VERIFIED');
    expect(good.out).toContain(`key ${b.seal.signature!.keyId}`);

    const score = copy(b);
    const sheet = score.scoreSheets.find((s) => s.nominationKey === 'L-2')!;
    sheet.scores.impacto = sheet.scores.impacto === 10 ? 9 : 10;
    const changedScore = await verificador(score);
    expect(changedScore.code).toBe(1);
    expect(changedScore.out).toContain('NOT VERIFIED');
    expect(changedScore.out).toMatch(/LOCAL_OPEN_GOV L-2 aggregate: sealed/);

    const signature = copy(b);
    const bytes = Buffer.from(signature.seal.signature!.value, 'base64');
    bytes[10] ^= 0x01;
    signature.seal.signature = { ...signature.seal.signature!, value: bytes.toString('base64') };
    const changedSignature = await verificador(signature);
    expect(changedSignature.code).toBe(1);
    expect(changedSignature.out).toContain('SIGNATURE DOES NOT MATCH');
    expect(changedSignature.out).toContain('NOT VERIFIED');
  });

  it('opens a correction only with an erratum, only for organisers, one at a time', async () => {
    const observer = await (await newUser(t, Role.OBSERVER)).login();
    const url = `/api/editions/${editionId}/corrections`;
    await t.http.post(url).set(auth(observer)).send({ justification: ERRATUM }).expect(403);
    await t.http.post(url).send({ justification: ERRATUM }).expect(401);
    const missing = await t.http.post(url).set(auth(organiser)).send({}).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'justification' })]);
    const short = await t.http
      .post(url)
      .set(auth(organiser))
      .send({ justification: '   corto   ' })
      .expect(400);
    expect(short.body.errors).toEqual([
      expect.objectContaining({ field: 'justification', code: 'minLength' }),
    ]);
    // Sealed results stay locked until a correction is open.
    await override('L-3', 'HONOURABLE_MENTION', 'Acta 3: antes de abrir la corrección.').expect(409);

    const opened = await t.http
      .post(url)
      .set(auth(organiser))
      .send({ justification: ` ${ERRATUM} ` })
      .expect(201);
    expect(opened.body).toMatchObject({
      editionId,
      version: 2,
      justification: ERRATUM,
      correctsSealSha256: v1,
    });
    await t.http.post(url).set(auth(organiser)).send({ justification: ERRATUM }).expect(409);

    const audit = await t.http.get('/api/audit?action=correction.open').set(auth(organiser)).expect(200);
    expect(audit.body.items[0]).toMatchObject({ after: { justification: ERRATUM, correctsSealSha256: v1 } });
  });

  it('allows overrides and sheet reopening inside the correction; finalising makes version 2 chained to version 1', async () => {
    // L-2's sheet by carla was captured wrongly: reopened, corrected by its judge, resubmitted.
    const carla = await t.db.read((m) => m.findOneByOrFail(UserEntity, { email: 'carla@example.org' }));
    const assignment = await t.db.read((m) =>
      m.findOneByOrFail(AssignmentEntity, { nominationId: nominationId.get('L-2'), judgeId: carla.id }),
    );
    const passwordHash = await t.app.get(PasswordHasher).hash(FACTORY_PASSWORD);
    await t.db.transaction((m) =>
      m.update(UserEntity, { id: carla.id }, { passwordHash, status: UserStatus.ACTIVE }),
    );
    const judge = await t.login(carla.email, FACTORY_PASSWORD);
    const sheetUrl = `/api/assignments/${assignment.id}/score-sheet`;
    await t.http.post(`${sheetUrl}/submit`).set(auth(judge)).send({}).expect(409);
    await t.http
      .post(`${sheetUrl}/reopen`)
      .set(auth(organiser))
      .send({ reason: 'Corrección: la hoja se capturó con un error.' })
      .expect(200);
    await t.http
      .post(`${sheetUrl}/submit`)
      .set(auth(judge))
      .send({ scores: { impacto: 3, apertura: 2 } })
      .expect(200);
    await override('L-2', null, 'Acta 5: la fe de erratas retira el reconocimiento de L-2.').expect(201);
    await override('L-1', 'FIRST', MINUTE).expect(201);

    const sealed = await t.http.post(`/api/editions/${editionId}/finalize`).set(auth(organiser)).expect(200);
    expect(sealed.body.seal).toMatchObject({ version: 2, previousSealSha256: v1, erratum: ERRATUM });
    const v2 = sealed.body.seal.sha256 as string;
    expect(v2).not.toBe(v1);
    await override('L-1', null, 'Acta 6: ya cerrada la corrección.').expect(409);

    const seals = await publicGet('seals').expect(200);
    expect(seals.body.current).toBe(2);
    expect(seals.body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        sha256: v1,
        previousSealSha256: null,
        erratum: null,
        changes: [],
      }),
      expect.objectContaining({ version: 2, sha256: v2, previousSealSha256: v1, erratum: ERRATUM }),
    ]);
    expect(seals.body.versions[1].changes).toEqual([
      expect.objectContaining({ nominationKey: 'L-2', before: 'SECOND', after: null }),
      expect.objectContaining({ nominationKey: 'L-3', before: 'HONOURABLE_MENTION', after: 'SECOND' }),
    ]);

    const results = await publicGet('results').expect(200);
    expect(results.body.seal).toMatchObject({ version: 2, sha256: v2, previousSealSha256: v1 });
    expect(results.body.document.correction).toEqual({
      version: 2,
      previousSealSha256: v1,
      erratum: ERRATUM,
    });

    const b = await bundle();
    expect(b.previousSeals.map((s) => [s.version, s.sha256])).toEqual([[1, v1]]);
    expect(b.seal).toMatchObject({ version: 2, sha256: v2, previousSealSha256: v1 });
    const report = await verifyPublicBundle(b, {
      checkSignature: nodeSignatureCheck,
      trustedKeys: await keys(),
    });
    expect(report.ok).toBe(true);
    expect(report.versions.map((v) => [v.version, v.signature.status, v.chainOk, v.documentOk])).toEqual([
      [1, 'VALID', true, true],
      [2, 'VALID', true, true],
    ]);
    expect((await verificador(b)).code).toBe(0);

    // Version 1 cannot be passed off as the current one, nor the chain broken.
    const broken = copy(b);
    broken.previousSeals = [];
    expect((await verifyPublicBundle(broken, { checkSignature: nodeSignatureCheck })).chainOk).toBe(false);

    const audit = await t.http.get('/api/audit?action=edition.finalize').set(auth(organiser)).expect(200);
    expect(audit.body.items[0]).toMatchObject({ after: { seal: { version: 2, erratum: ERRATUM } } });
  });

  it('rotates keys: old seals still verify with the listed (retired) key; an unknown key fails', async () => {
    const before = await keys();
    t.clock.set(new Date(ANNOUNCEMENT.getTime() + 3600_000));
    const rotated = await t.app.get(SealSigner).adopt(generateKeyPairSync('ed25519').privateKey);
    await t.http
      .post(`/api/editions/${editionId}/corrections`)
      .set(auth(organiser))
      .send({ justification: 'Fe de erratas 2: se confirma la versión 2 con la llave nueva.' })
      .expect(201);
    await t.http.post(`/api/editions/${editionId}/finalize`).set(auth(organiser)).expect(200);

    const listed = await keys();
    expect(listed.map((k) => [k.keyId, k.validTo === null])).toEqual([
      [rotated.keyId, true],
      [before[0].keyId, false],
    ]);
    const b = await bundle();
    expect(b.keys.map((k) => k.keyId).sort()).toEqual([rotated.keyId, before[0].keyId].sort());
    const report = await verifyPublicBundle(b, { checkSignature: nodeSignatureCheck, trustedKeys: listed });
    expect(report.ok).toBe(true);
    expect(report.versions.map((v) => [v.version, v.signature.keyId, v.signature.status])).toEqual([
      [1, before[0].keyId, 'VALID'],
      [2, before[0].keyId, 'VALID'],
      [3, rotated.keyId, 'VALID'],
    ]);

    // Someone re-signs the current version with a key of their own and ships it in the bundle.
    const stranger = generateKeyPairSync('ed25519');
    const strangerRecord = publicKeyRecord(stranger.publicKey.export({ format: 'jwk' }).x!);
    const forged = copy(b);
    const statement = sealStatementText({
      edition: forged.edition.key,
      version: forged.seal.version,
      sha256: forged.seal.sha256,
      previousSealSha256: forged.seal.previousSealSha256,
      auditHead: forged.seal.auditHead,
      auditHeadSeq: forged.seal.auditHeadSeq,
      finalizedAt: forged.seal.finalizedAt,
      signedAt: forged.seal.signature!.signedAt,
    });
    forged.seal.signature = {
      algorithm: 'Ed25519',
      keyId: strangerRecord.keyId,
      signedAt: forged.seal.signature!.signedAt,
      value: sign(null, Buffer.from(statement), stranger.privateKey).toString('base64'),
    };
    forged.keys.push(strangerRecord);
    const unknown = await verifyPublicBundle(forged, {
      checkSignature: nodeSignatureCheck,
      trustedKeys: listed,
    });
    expect(unknown.ok).toBe(false);
    expect(unknown.versions[2].signature).toEqual({
      status: 'UNKNOWN_KEY',
      keyId: strangerRecord.keyId,
      fingerprint: null,
    });
    // Without the list, a key the bundle does not carry is unknown too.
    forged.keys.pop();
    const unlisted = await verificador(forged);
    expect(unlisted.code).toBe(1);
    expect(unlisted.out).toContain(`SIGNED BY AN UNKNOWN KEY key ${strangerRecord.keyId}`);
  });

  it('prints the certificate right: UTC−06:00, the track, signatories, seal version and hash, a QR code to its verification page', async () => {
    const pdf = await t.http
      .get(`/api/public/editions/${editionId}/certificates/L-1.pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const { text, png } = await pdfToTextAndPng(pdf.body as Buffer, 'constancia-L-1');
    if (text === null || png === null) return; // poppler-utils absent: said once, visibly, by pdfToTextAndPng
    const seal = (await publicGet('results').expect(200)).body.seal as { sha256: string; version: number };
    expect(seal.version).toBe(3);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('UTC−06:00');
    expect(flat).toContain('categoría de reconocimiento «');
    expect(flat).toContain('Primer lugar');
    expect(flat).toContain('versión 3');
    expect(flat).toContain(seal.sha256);
    for (const s of SIGNATORIES) {
      expect(flat).toContain(s.name);
      expect(flat).toContain(s.post);
    }
    const image = PNG.sync.read(png);
    const qr = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(qr?.data).toBe(`${BASE_URL}/resultados/${editionId}/constancias/L-1/3`);
  });

  it('keeps state codes as text in the awards CSV, with the jury’s minute and the seal version', async () => {
    const csv = (await publicGet('results.csv').expect(200)).text;
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header.split(',').map((c) => c.replace(/"/g, ''));
    const first = lines.find((l) => l.includes('"L-1"'))!;
    expect(first).toContain('"09","Ciudad de México"');
    expect(first).toContain(`"sí","${MINUTE}",3,`);
    expect(columns).toEqual(expect.arrayContaining(['entidad', 'justificacion_del_jurado', 'sello_version']));
  });

  it('carries every seal version through edition export → import, and the imported edition verifies', async () => {
    const exported = (await t.http.get(`/api/editions/${editionId}/bundle`).set(auth(organiser)).expect(200))
      .body;
    expect(exported.seal).toMatchObject({ version: 3 });
    expect(exported.seal.history.map((v: { sha256: string }) => v.sha256)[0]).toBe(v1);
    // Another installation imports it (this one already holds the edition's key).
    const other = await startTestApp({ now: t.clock.now().toISOString() });
    try {
      const token = await other.login();
      const tampered = copy(exported);
      tampered.seal.history[1].erratum = 'Otra fe de erratas que no es la sellada.';
      const refused = await other.http
        .post('/api/editions/import')
        .set(auth(token))
        .send(tampered)
        .expect(400);
      expect(JSON.stringify(refused.body.errors)).toContain('history');

      const imported = await other.http
        .post('/api/editions/import')
        .set(auth(token))
        .send(exported)
        .expect(201);
      const again = (await other.http.get(`/api/public/editions/${imported.body.id}/bundle`).expect(200))
        .body as PublicBundle;
      expect([...again.previousSeals, again.seal].map((x) => x.sha256)).toEqual(
        [...exported.seal.history, exported.seal].map((x: { sha256: string }) => x.sha256),
      );
      const otherKeys = (await other.http.get('/api/public/keys').expect(200)).body.keys as PublishedKey[];
      const report = await verifyPublicBundle(again, {
        checkSignature: nodeSignatureCheck,
        trustedKeys: otherKeys,
      });
      expect(report).toMatchObject({ ok: true, chainOk: true, signaturesOk: true });
    } finally {
      await other.close();
    }
  });

  it('tells, at a certificate’s verification link, that a correction withdrew its award', async () => {
    const status = await publicGet('certificates/L-2/status').expect(200);
    expect(status.body).toMatchObject({ current: 3, nomination: { key: 'L-2' } });
    expect(
      status.body.versions.map((v: { version: number; award: string | null }) => [v.version, v.award]),
    ).toEqual([
      [1, 'SECOND'],
      [2, null],
      [3, null],
    ]);
    expect(status.body.versions[1].erratum).toBe(ERRATUM);
    await publicGet('certificates/L-2.pdf').expect(404);

    // The page the certificate's QR code opens.
    const withdrawn = await t.http.get(`/resultados/${editionId}/constancias/L-2/1`).expect(200);
    expect(withdrawn.text).toContain('data-status="withdrawn"');
    expect(withdrawn.text).toContain('Retirada');
    expect(withdrawn.text).toContain(ERRATUM);
    const stands = await t.http.get(`/resultados/${editionId}/constancias/L-1/3?lang=en`).expect(200);
    expect(stands.text).toContain('data-status="stands"');
    const unknown = await t.http.get(`/resultados/${editionId}/constancias/L-1/9`).expect(200);
    expect(unknown.text).toContain('data-status="unknown"');
    await t.http.get(`/resultados/${editionId}/constancias/NO-EXISTE/1`).expect(404);
  });
});

const execFileBuffer = promisify(execFile);

/**
 * pdftotext and pdftoppm (Debian's poppler-utils, installed by .ci/run). Locally without them the checks are
 * skipped with a visible warning; in CI (CI=true) their absence fails the test.
 */
async function pdfToTextAndPng(
  pdf: Buffer,
  name: string,
): Promise<{ text: string | null; png: Buffer | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'recon-pdf-'));
  try {
    const file = join(dir, 'c.pdf');
    writeFileSync(file, pdf);
    try {
      await execFileBuffer('pdftoppm', ['-v']);
    } catch {
      if (process.env.CI) throw new Error('pdftoppm (poppler-utils) is required in CI');
      process.stderr.write(
        'SKIPPED: certificate rendering checks need pdftoppm/pdftotext (apt-get install -y poppler-utils)\n',
      );
      return { text: null, png: null };
    }
    const { stdout: text } = await execFileBuffer('pdftotext', ['-enc', 'UTF-8', file, '-']);
    await execFileBuffer('pdftoppm', ['-png', '-r', '110', '-singlefile', file, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    // Kept for a person to look at (test-output/ is ignored by git).
    mkdirSync(join(__dirname, '..', '..', 'test-output'), { recursive: true });
    writeFileSync(join(__dirname, '..', '..', 'test-output', `${name}.png`), png);
    return { text, png };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** supertest: collect a binary body as a Buffer. */
function binary(res: NodeJS.ReadableStream, done: (e: Error | null, b: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
