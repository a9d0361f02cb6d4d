import { spawnSync } from 'node:child_process';
import { compiled, ROOT } from '../support/compiled';

/** The compiled server (`npm start` without npm) with only `env`. */
function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, [compiled('main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('boot with bad configuration', () => {
  it('refuses a production start without JWT_SECRET with a clear message and no stack trace', () => {
    const result = boot({ NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Reconocimientos cannot start.');
    expect(result.stderr).toContain('JWT_SECRET must be set');
    expect(result.stderr).not.toMatch(/\n\s+at\s/);
  });

  it('names a malformed DATABASE_URL and PORT', () => {
    const result = boot({ DATABASE_URL: 'mysql://nope', PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL must be sqlite:<path> or postgres/);
    expect(result.stderr).toMatch(/PORT/);
    expect(result.stderr).not.toMatch(/\n\s+at\s/);
  });
});
