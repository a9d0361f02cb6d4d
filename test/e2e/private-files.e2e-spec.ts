import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiled, ROOT } from '../support/compiled';
import { freePort } from '../support/free-port';

/** The permission bits of a path, as `ls -l` would show them in octal. */
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/**
 * The compiled server and CLI, as an operator runs them, with a permissive umask: what they write that holds
 * secrets or personal data is owner-only anyway (issue 15, files on disk), and the generated first password is
 * deleted once it has been changed.
 */
describe('files on disk: owner-only, and the initial password file deleted after a change', () => {
  const work = mkdtempSync(join(tmpdir(), 'recon-files-'));
  const data = join(work, 'data');
  const passwordFile = join(data, 'initial-admin-password.txt');
  const env = {
    PATH: process.env.PATH ?? '',
    JWT_SECRET: 'q8Jf2kLm9Zx1Vb7Nc4Hs6Dg3Ta5Wy0Pe2Ru8Io',
    DATABASE_URL: `sqlite:${join(data, 'awards.sqlite')}`,
    UPLOADS_DIR: join(data, 'uploads'),
    ADMIN_EMAIL: 'primera@example.org',
    ADMIN_PASSWORD_FILE: passwordFile,
    LOG_LEVEL: 'silent',
  };
  let base: string;
  let server: ReturnType<typeof spawn>;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // umask 022, as most shells have it: files would be world-readable without the server's own rule.
    server = spawn('/bin/sh', ['-c', `umask 022 && exec "${process.execPath}" "${compiled('main.js')}"`], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    });
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
      const up = await fetch(`${base}/api/health`).catch(() => null);
      if (up?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('writes the database, its folder, the uploads folder, the key and the initial password owner-only', () => {
    expect(mode(data)).toBe('700');
    expect(mode(join(data, 'awards.sqlite'))).toBe('600');
    expect(mode(join(data, 'uploads'))).toBe('700');
    expect(mode(passwordFile)).toBe('600');
    expect(mode(join(data, 'seal-signing-key.pem'))).toBe('600');
  });

  it('deletes the initial password file once that password is changed', async () => {
    const [email, password] = readFileSync(passwordFile, 'utf8').split('\n');
    expect(email).toBe('primera@example.org');
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const weak = await fetch(`${base}/api/auth/password`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ currentPassword: password, newPassword: 'corta' }),
    });
    expect(weak.status).toBe(400);
    expect(existsSync(passwordFile)).toBe(true); // a refused change keeps it
    const changed = await fetch(`${base}/api/auth/password`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ currentPassword: password, newPassword: 'Primera-Organizadora-2026' }),
    });
    expect(changed.status).toBe(204);
    expect(existsSync(passwordFile)).toBe(false);
  });

  it('writes db:backup’s copy and its uploads folder owner-only', () => {
    const backup = join(work, 'backups', 'copia.sqlite');
    const run = spawnSync(
      '/bin/sh',
      ['-c', `umask 022 && exec "${process.execPath}" "${compiled('cli/main.js')}" db:backup "${backup}"`],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      },
    );
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    expect(mode(join(work, 'backups'))).toBe('700');
    expect(mode(backup)).toBe('600');
    expect(mode(`${backup}.uploads`)).toBe('700');
  });
});
