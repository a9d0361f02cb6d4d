import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiled, ROOT } from '../support/compiled';
import { freePort } from '../support/free-port';

/** The compiled server (`npm start` without npm) with only `env`. */
function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, [compiled('main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** The cookies a response sets, by name, with their attributes. */
function setCookies(res: Response): Map<string, string> {
  return new Map(res.headers.getSetCookie().map((line) => [line.slice(0, line.indexOf('=')), line]));
}

describe('boot with bad configuration', () => {
  it('refuses a production start without JWT_SECRET with a clear message and no stack trace', () => {
    const result = boot({ NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Reconocimientos cannot start.');
    expect(result.stderr).toContain('JWT_SECRET must be set');
    expect(result.stderr).not.toMatch(/\n\s+at\s/);
  });

  it('names a malformed DATABASE_URL, PORT and TRUST_PROXY', () => {
    const result = boot({ DATABASE_URL: 'mysql://nope', PORT: 'abc', TRUST_PROXY: 'TRUE' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL must be sqlite:<path> or postgres/);
    expect(result.stderr).toMatch(/PORT must be a whole number/);
    expect(result.stderr).toContain('TRUST_PROXY must be true, false, 1 or 0, got "TRUE"');
    expect(result.stderr).not.toMatch(/\n\s+at\s/);
  });
});

describe('boot in production', () => {
  const work = mkdtempSync(join(tmpdir(), 'recon-boot-'));
  const password = 'Organizador-Produccion-2018';
  let base: string;
  let server: ReturnType<typeof spawn>;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [compiled('main.js')], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        JWT_SECRET: 'q8Jf2kLm9Zx1Vb7Nc4Hs6Dg3Ta5Wy0Pe2Ru8Io',
        DATABASE_URL: `sqlite:${join(work, 'awards.sqlite')}`,
        UPLOADS_DIR: join(work, 'uploads'),
        ADMIN_EMAIL: 'organizador@example.org',
        ADMIN_PASSWORD: password,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'silent',
      },
    });
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
      const up = await fetch(`${base}/api/health`).catch(() => null);
      if (up?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(() => {
    server?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('names the pages’ cookies __Host- and marks them Secure, for the whole site, with no Domain', async () => {
    const page = await fetch(`${base}/entrar?lang=es`);
    const cookies = setCookies(page);
    expect([...cookies.keys()].sort()).toEqual(['__Host-recon_csrf', '__Host-recon_lang']);
    const csrf = cookies.get('__Host-recon_csrf')!;
    for (const line of cookies.values()) {
      expect(line).toMatch(/; Secure/i);
      expect(line).toMatch(/; Path=\//i);
      expect(line).not.toMatch(/; Domain=/i);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1];
    const signIn = await fetch(`${base}/entrar`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.split(';')[0] },
      body: new URLSearchParams({ _csrf: token, email: 'organizador@example.org', password }).toString(),
    });
    expect(signIn.status).toBe(303);
    const session = setCookies(signIn).get('__Host-recon_session')!;
    expect(session).toMatch(/; HttpOnly.*; Secure|; Secure.*; HttpOnly/i);
    expect(setCookies(signIn).has('recon_session')).toBe(false);

    // The prefixed session signs the pages in; an unprefixed cookie of the same value is not read.
    const signedIn = `${session.split(';')[0]}; ${setCookies(signIn).get('__Host-recon_csrf')!.split(';')[0]}`;
    const dashboard = await fetch(`${base}/organizacion`, {
      redirect: 'manual',
      headers: { cookie: signedIn },
    });
    expect(dashboard.status).toBe(200);
    const bare = `recon_session=${session.split(';')[0].split('=')[1]}`;
    const refused = await fetch(`${base}/organizacion`, { redirect: 'manual', headers: { cookie: bare } });
    expect(refused.status).toBe(303);
  });
});
