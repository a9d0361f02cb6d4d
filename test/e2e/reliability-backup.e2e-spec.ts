import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/app';
import { EXIT } from '../../src/cli/command';
import { receiptHash } from '../../src/domain/intake/receipt';
import {
  IntakeEdition,
  newInstitution,
  nominationBody,
  openEdition,
  PDF_BYTES,
} from '../support/intake-fixtures';
import { noBoot, runCliInProcess } from '../support/cli';
import { cliProcess, ROOT } from '../support/compiled';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Acked {
  id: string;
  sha256: string;
  attachmentSha: string;
  at: number;
}

/** The organiser CLI in this process, with the process environment (DATABASE_URL, UPLOADS_DIR) as given. */
async function cli(env: Record<string, string>, ...argv: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await runCliInProcess(
      argv,
      noBoot('db:backup and db:restore must not boot the application'),
      process.env,
    );
  } finally {
    process.env = saved;
  }
}

/** A second application on an existing database and uploads directory (a restored copy). */
async function appOn(databaseUrl: string, uploadsDir: string) {
  const saved = { ...process.env };
  Object.assign(process.env, { DATABASE_URL: databaseUrl, UPLOADS_DIR: uploadsDir });
  try {
    const app: NestFastifyApplication = await createApp({ quiet: true });
    const http: TestAgent = request(app.getHttpServer());
    const token = (
      await http.post('/api/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }).expect(200)
    ).body.accessToken as string;
    return { app, http, token };
  } finally {
    process.env = saved;
  }
}

/**
 * Backups (docs/operations.md, "Backups"; docs/reliability.md). On SQLite: `db:backup` copies the database
 * online while the server keeps taking writes, plus UPLOADS_DIR; `db:restore` refuses a database that is in
 * use, restores into a new file, and an application started on it has the data. On PostgreSQL: `db:backup`
 * points to pg_dump, and the documented pg_dump / pg_restore commands give a database the application starts on.
 */
describe('reliability: backups taken while writes are happening', () => {
  let t: TestApp;
  let organiser: string;
  let edition: IntakeEdition;
  let institution: string;
  let work: string;
  const acked: Acked[] = [];

  /** One client: draft, attach a PDF, submit; again, until stopped. */
  async function writer(stop: { now: boolean }, n: number) {
    for (let i = 0; !stop.now; i++) {
      const draft = await t.http
        .post('/api/nominations')
        .set(auth(organiser))
        .send(
          nominationBody(edition.localTrackId, institution, {
            nominatingInstitutionId: institution,
            title: `Práctica ${n}-${i} ${randomBytes(3).toString('hex')}`,
          }),
        )
        .expect(201);
      const pdf = Buffer.concat([PDF_BYTES, Buffer.from(`% ${randomBytes(8).toString('hex')}\n`)]);
      await t.http
        .post(`/api/nominations/${draft.body.id}/attachments`)
        .set(auth(organiser))
        .attach('file', pdf, { filename: 'evidencia.pdf', contentType: 'application/pdf' })
        .expect(201);
      const receipt = await t.http
        .post(`/api/nominations/${draft.body.id}/submit`)
        .set(auth(organiser))
        .expect(200);
      acked.push({
        id: draft.body.id,
        sha256: receipt.body.sha256,
        attachmentSha: sha256(pdf),
        at: Date.now(),
      });
    }
  }

  /** Every acknowledged nomination up to `until` is in the copy, whole; every nomination there is intact. */
  async function checkCopy(http: TestAgent, token: string, until: number) {
    const ids = new Set<string>();
    for (let page = 1; ; page++) {
      const list = await http
        .get(`/api/nominations?editionId=${edition.editionId}&pageSize=200&page=${page}`)
        .set(auth(token))
        .expect(200);
      for (const n of list.body.items as { id: string }[]) ids.add(n.id);
      if (page * 200 >= list.body.total) break;
    }
    const expected = acked.filter((a) => a.at < until);
    expect(expected.length).toBeGreaterThan(0);
    for (const a of expected) expect(ids.has(a.id)).toBe(true);
    for (const id of ids) {
      const n = (await http.get(`/api/nominations/${id}`).set(auth(token)).expect(200)).body;
      const mine = acked.find((a) => a.id === id);
      // Submitted before the copy began: its receipt is there. Later: still a draft in the copy, or submitted
      // with that very receipt.
      if (mine && (mine.at < until || n.receiptHash !== null)) expect(n.receiptHash).toBe(mine.sha256);
      if (n.status === 'SUBMITTED') {
        expect(
          receiptHash({
            key: n.key,
            trackCode: 'LOCAL_OPEN_GOV',
            categoryKey: n.categoryKey,
            nominatingInstitutionId: n.nominatingInstitutionId,
            nomineeInstitutionId: n.nomineeInstitutionId,
            stateCode: n.stateCode,
            title: n.title,
            summary: n.summary,
            description: n.description,
            practiceDetails: n.practiceDetails,
            evidenceUrls: n.evidenceUrls,
            contactName: n.contactName,
            contactEmail: n.contactEmail,
            contactPhone: n.contactPhone,
            attachments: n.attachments.map((x: { name: string; sha256: string; size: number }) => ({
              name: x.name,
              sha256: x.sha256,
              size: x.size,
            })),
          }),
        ).toBe(n.receiptHash);
      }
      for (const a of n.attachments as { id: string; sha256: string }[]) {
        const file = await http
          .get(`/api/nominations/${id}/attachments/${a.id}`)
          .set(auth(token))
          .buffer(true)
          .parse((res, cb) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => cb(null, Buffer.concat(chunks)));
          })
          .expect(200);
        expect(sha256(file.body as Buffer)).toBe(a.sha256);
      }
    }
    const chain = await http.get('/api/audit/verify').set(auth(token)).expect(200);
    expect(chain.body).toMatchObject({ ok: true });
    return ids.size;
  }

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    organiser = await t.login();
    edition = await openEdition(t, organiser);
    institution = await newInstitution(t, organiser, { name: 'Gobierno de Jalisco', stateCode: '14' });
    work = mkdtempSync(join(tmpdir(), 'recon-backup-'));
  });

  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('SQLite: backs up online under writes, refuses to restore over a database in use, restores into a new file', async () => {
    if (t.database.dialect !== 'sqlite') {
      console.warn(
        'SKIPPED on PostgreSQL (reliability-backup): db:backup / db:restore are for SQLite; see the pg_dump test',
      );
      return;
    }
    const live = { DATABASE_URL: t.database.url, UPLOADS_DIR: t.uploadsDir };
    const backup = join(work, 'copia', 'awards-backup.sqlite');

    const stop = { now: false };
    const writers = [1, 2, 3].map((n) => writer(stop, n));
    while (acked.length < 5) await new Promise((r) => setTimeout(r, 20));
    const startedAt = Date.now();
    // Its own process, as an operator runs it: the server's process keeps writing meanwhile.
    const run = await cliProcess(live, 'db:backup', backup);
    const writtenDuring = acked.filter((a) => a.at >= startedAt).length;
    stop.now = true;
    await Promise.all(writers);
    expect(run.err).not.toContain('missing');
    expect(run).toMatchObject({ code: EXIT.OK });
    expect(run.out).toMatch(
      /^Backed up .* to .*awards-backup\.sqlite \(\d+ bytes, audit trail up to seq \d+\); \d+ files/,
    );
    expect(writtenDuring).toBeGreaterThan(0);
    expect(readdirSync(`${backup}.uploads`).length).toBeGreaterThanOrEqual(5);
    expect(existsSync(`${backup}.uploads/.incoming`)).toBe(false);

    // Again without --force: refused, nothing touched.
    const again = await cli(live, 'db:backup', backup);
    expect(again.code).toBe(EXIT.FAILED);
    expect(again.err).toContain('already exists; give --force');

    // Restoring over the live database: refused while a process has it open (here: a plain SQLite reader in
    // another process; file locks are per process, so the test's own connection cannot be seen).
    const holder = holdOpen(t.database.url.slice('sqlite:'.length));
    try {
      await holder.ready;
      const refused = await cli(live, 'db:restore', backup);
      expect(refused.code).toBe(EXIT.FAILED);
      expect(refused.err).toContain('is in use');
      expect(refused.err).toContain('Stop the server first');
    } finally {
      holder.child.kill('SIGKILL');
    }

    // Into a new file and a new uploads directory: the application starts on it and the data is there.
    const restored = {
      DATABASE_URL: `sqlite:${join(work, 'restaurada', 'awards.sqlite')}`,
      UPLOADS_DIR: join(work, 'uploads-restaurados'),
    };
    const restore = await cli(restored, 'db:restore', backup);
    expect(restore.err).toBe('');
    expect(restore).toMatchObject({ code: EXIT.OK });
    expect(restore.out).toContain('Restored');
    const copy = await appOn(restored.DATABASE_URL, restored.UPLOADS_DIR);
    try {
      const count = await checkCopy(copy.http, copy.token, startedAt);
      expect(count).toBeGreaterThanOrEqual(acked.filter((a) => a.at < startedAt).length);
    } finally {
      await copy.app.close();
    }

    // Restoring again over that (stopped) database needs --force, and keeps the one it replaces.
    expect((await cli(restored, 'db:restore', backup)).code).toBe(EXIT.FAILED);
    const forced = await cli(restored, 'db:restore', backup, '--force');
    expect(forced.code).toBe(EXIT.OK);
    expect(readdirSync(join(work, 'restaurada')).some((f) => f.startsWith('awards.sqlite.replaced-'))).toBe(
      true,
    );
  });

  it('PostgreSQL: db:backup points to pg_dump; pg_dump under writes and pg_restore give a database the app starts on', async () => {
    if (t.database.dialect !== 'postgres') {
      console.warn('SKIPPED on SQLite (reliability-backup): the pg_dump / pg_restore test needs PostgreSQL');
      return;
    }
    const explained = await cli({ DATABASE_URL: t.database.url }, 'db:backup', join(work, 'x.sqlite'));
    expect(explained.code).toBe(EXIT.FAILED);
    expect(explained.err).toContain('pg_dump --format=custom');
    if (spawnSync('pg_dump', ['--version']).status !== 0) {
      console.warn('SKIPPED (reliability-backup): pg_dump is not installed here');
      return;
    }
    const stop = { now: false };
    const writers = [1, 2, 3].map((n) => writer(stop, n));
    while (acked.length < 5) await new Promise((r) => setTimeout(r, 20));
    const startedAt = Date.now();
    const dump = join(work, 'reconocimientos.dump');
    const dumped = await processResult(
      spawn('pg_dump', ['--format=custom', `--file=${dump}`, t.database.url]),
    );
    stop.now = true;
    await Promise.all(writers);
    expect(dumped).toMatchObject({ code: 0 });
    const uploadsCopy = join(work, 'uploads-pg');
    expect(spawnSync('cp', ['-r', t.uploadsDir, uploadsCopy]).status).toBe(0);

    const name = `recon_restored_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: t.database.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(t.database.url);
    url.pathname = `/${name}`;
    try {
      const restored = await processResult(
        spawn('pg_restore', ['--no-owner', `--dbname=${url.toString()}`, dump]),
      );
      expect(restored).toMatchObject({ code: 0 });
      const copy = await appOn(url.toString(), uploadsCopy);
      try {
        await checkCopy(copy.http, copy.token, startedAt);
      } finally {
        await copy.app.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

function processResult(child: ChildProcess) {
  return new Promise<{ code: number | null; err: string }>((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, err }));
  });
}

/** Another process with the SQLite database open (as a running server has it), until killed. */
function holdOpen(path: string) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)}, { fileMustExist: true });
    db.prepare('SELECT COUNT(*) FROM audit_entries').get();
    process.stdout.write('open\\n');
    setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, ready };
}
