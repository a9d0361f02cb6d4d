import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

let built = false;

/**
 * The compiled entry point `dist/src/<entry>`, built first when a source is newer than the build (once per test
 * process; concurrent workers take turns on the build lock). Suites spawn compiled code, never ts-node, so a
 * spawned CLI or server starts in a fraction of a second.
 */
export function compiled(entry: 'main.js' | 'cli/main.js'): string {
  if (!built) {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-if-stale.js')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}`);
    built = true;
  }
  return join(ROOT, 'dist', 'src', entry);
}

export interface ProcessRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * The organiser CLI as its own process (`npm run cli` without npm), asynchronously, so this process can keep
 * serving. The environment is this process's with LOG_LEVEL=silent, then `env`.
 */
export function cliProcess(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiled('cli/main.js'), ...argv], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err }));
  });
}
