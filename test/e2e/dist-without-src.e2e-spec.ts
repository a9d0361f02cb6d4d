import { ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiled, ROOT } from '../support/compiled';
import { createTestDatabase, TestDatabase } from '../support/test-database';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer /api/health:\n${log()}`);
}

/**
 * The built application is complete: a copy of dist/ (with the dependencies, without src/) serves the pages,
 * their templates and assets, as `npm start` does.
 */
describe('dist/ without src/', () => {
  let work: string;
  let database: TestDatabase;
  let server: ChildProcess;
  let base: string;
  let output = '';

  beforeAll(async () => {
    const main = compiled('main.js');
    work = mkdtempSync(join(tmpdir(), 'recon-dist-'));
    cpSync(join(ROOT, 'dist'), join(work, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(work, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    database = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(work, 'dist', main.slice(join(ROOT, 'dist').length + 1))], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        JWT_SECRET: 'a-secret-for-the-dist-test-only-0123456789',
        ADMIN_EMAIL: 'organizador@example.org',
        ADMIN_PASSWORD: 'Organizador-2018',
        UPLOADS_DIR: join(work, 'uploads'),
        LOG_LEVEL: 'silent',
      },
    });
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await waitForHealth(base, server, () => output);
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await database?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('serves a page moved to its own folder, a page still under views/, and an asset', async () => {
    const privacy = await fetch(`${base}/aviso-de-privacidad`);
    expect(privacy.status).toBe(200);
    expect(await privacy.text()).toContain('Aviso de privacidad');

    const signIn = await fetch(`${base}/entrar`);
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain('<form');

    const css = await fetch(`${base}/assets/app.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
  });
});
