/**
 * Load script (not a test): how much deeply nested JSON bodies disturb the server's other work.
 *
 * Starts the built server (dist/, rebuilt when stale) on a temporary SQLite database, measures GET /api/health
 * latency while idle, then again while `--attackers` clients keep posting JSON bodies nested `--depth` levels
 * deep to an anonymous route (sign-in) and to a signed-in one, and prints p50/p99 of both phases and how the
 * attack bodies were answered. Run it on a quiet machine: the figures are the machine's as much as the server's.
 *
 *   npm run bench:nested -- [--seconds 10] [--attackers 20] [--depth 300000] [--port 0]
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(__dirname, '..');
// The same staleness check and build as `npm run cli` (scripts/build-if-stale.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../scripts/build-if-stale') as { ensureBuilt(): boolean };

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    attackers: { type: 'string', default: '20' },
    depth: { type: 'string', default: '300000' },
    port: { type: 'string', default: '0' },
  },
});
const SECONDS = Number(values.seconds);
const ATTACKERS = Number(values.attackers);
const DEPTH = Number(values.depth);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`the server exited during start (${child.exitCode})`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await sleep(50);
  }
  throw new Error('the server did not answer /api/health within 120 s');
}

/** The attack, as a script for a child process: ATTACKERS loops posting the nested body until SIGTERM. */
const ATTACKER = `
const body = '['.repeat(+process.env.DEPTH) + ']'.repeat(+process.env.DEPTH);
const statuses = {};
let stop = false;
process.on('SIGTERM', () => { stop = true; });
async function loop(i) {
  const target = i % 2 === 0 ? '/api/auth/login' : '/api/institutions';
  while (!stop) {
    const res = await fetch(process.env.BASE + target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + process.env.TOKEN },
      body,
    }).catch(() => null);
    if (res) await res.arrayBuffer();
    const status = res ? res.status : 0;
    statuses[status] = (statuses[status] || 0) + 1;
  }
}
Promise.all(Array.from({ length: +process.env.ATTACKERS }, (_, i) => loop(i))).then(() => {
  process.stdout.write(JSON.stringify(statuses) + '\\n');
});
`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** /api/health latencies (ms) measured one after another for `ms` milliseconds. */
async function probeHealth(base: string, ms: number): Promise<number[]> {
  const out: number[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const start = process.hrtime.bigint();
    const res = await fetch(`${base}/api/health`);
    await res.arrayBuffer();
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  if (!build.ensureBuilt()) throw new Error('the build failed');
  const work = mkdtempSync(join(tmpdir(), 'recon-bench-nested-'));
  const port = Number(values.port) || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const adminPassword = `Bench-${randomBytes(6).toString('hex')}-A1`;
  const logFd = openSync(join(work, 'server.log'), 'a');
  const server = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(work, 'bench.sqlite')}`,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      ADMIN_EMAIL: 'bench@example.org',
      ADMIN_PASSWORD: adminPassword,
      UPLOADS_DIR: join(work, 'uploads'),
      AUTH_THROTTLE_LIMIT: '100000000',
    },
  });
  try {
    await waitForHealth(base, server);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.org', password: adminPassword }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    process.stdout.write(
      `bench:nested — ${SECONDS} s per phase, ${ATTACKERS} attackers, bodies of ${DEPTH} levels (${2 * DEPTH} bytes)\n`,
    );

    await probeHealth(base, 1000); // warm-up
    const idle = await probeHealth(base, SECONDS * 1000);

    // The attackers run in a process of their own, so that their work does not slow the probe's own requests.
    const attack = spawn(process.execPath, ['-e', ATTACKER], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { BASE: base, TOKEN: accessToken, DEPTH: String(DEPTH), ATTACKERS: String(ATTACKERS) },
    });
    let report = '';
    attack.stdout.on('data', (d: Buffer) => (report += d.toString()));
    await sleep(1000); // let the attack reach its pace
    const loaded = await probeHealth(base, SECONDS * 1000);
    attack.kill('SIGTERM');
    await new Promise((resolve) => attack.once('exit', resolve));
    const statuses = new Map<number, number>(
      Object.entries(JSON.parse(report.trim().split('\n').pop() || '{}') as Record<string, number>).map(
        ([k, v]) => [Number(k), v],
      ),
    );

    const row = (name: string, l: number[]) =>
      `${name.padEnd(8)} n=${String(l.length).padStart(6)}  p50=${percentile(l, 50).toFixed(2)} ms  p99=${percentile(l, 99).toFixed(2)} ms  max=${l[l.length - 1].toFixed(2)} ms\n`;
    process.stdout.write(row('idle', idle));
    process.stdout.write(row('loaded', loaded));
    process.stdout.write(
      `attack answers: ${[...statuses.entries()].map(([s, n]) => `${s === 0 ? 'error' : s}×${n}`).join(', ')}\n`,
    );
    process.stdout.write(
      `p99 difference: ${(percentile(loaded, 99) - percentile(idle, 99)).toFixed(2)} ms\n`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:nested failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
