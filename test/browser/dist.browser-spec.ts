import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';

jest.setTimeout(600_000);

const ROOT = join(__dirname, '..', '..');

async function waitForHealth(base: string, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`node dist/src/main.js exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The build output serves the pages on its own: `npm run build`, then dist/ (with a link to node_modules) in a
 * directory that has no src/, `node dist/src/main.js` on a free port with a new SQLite database; a page and an
 * asset answer 200. Runs with the browser suites (once per CI run), not with the e2e suites run on both DBs.
 */
describe('dist/ runs without src/', () => {
  const work = mkdtempSync(join(tmpdir(), 'recon-dist-'));
  let child: ChildProcess | undefined;
  let log = '';

  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  });

  it('serves a page and an asset from the build output alone', async () => {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);

    cpSync(join(ROOT, 'dist'), join(work, 'dist'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
    expect(existsSync(join(work, 'src'))).toBe(false);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [join(work, 'dist', 'src', 'main.js')], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(work, 'recon.sqlite')}`,
        UPLOADS_DIR: join(work, 'uploads'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitForHealth(base, child, () => log);

    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<main id="contenido"');
    const signIn = await fetch(`${base}/entrar`);
    expect(signIn.status).toBe(200);
    const css = await fetch(`${base}/assets/app.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    const script = await fetch(`${base}/assets/scoring.js`);
    expect(script.status).toBe(200);
  });
});
