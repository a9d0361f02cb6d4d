/**
 * HTTP benchmark of the two traffic peaks (`npm run bench -- <out.json>`; not part of `npm test`).
 *
 *   npm run bench -- bench-sqlite.json                     SQLite (a temporary database file)
 *   npm run bench -- bench-postgres.json --db postgres     a fresh PostgreSQL database, created and dropped
 *
 * Options: --duration <s> per measured scenario (10), --connections <n> (200), --nominators <n> (100),
 * --drafts <n>: at most this many drafts for the rush (30000; it prepares about 3 × --duration seconds' worth),
 * --no-build (use dist/ as it is), --keep (keep the temporary directory and the server log), --only
 * rush,spike,ceiling (a part), --cpu-prof (the server writes a V8 CPU profile into the kept directory; each
 * scenario's `monotonicUs` window in the JSON cuts it). PostgreSQL: BENCH_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) names the database from which the benchmark database is created.
 *
 * It builds the server when dist/ is older than src/, starts `node dist/src/main.js` as a child process
 * (NODE_ENV=production, LOG_LEVEL=info, log to a file: as the product runs) on 127.0.0.1, sets up through the
 * API, and measures with autocannon (in this process), in one run:
 *   a. the nomination deadline rush: drafts created by N signed-in nominators, then each draft submitted once
 *      (POST /api/nominations/:id/submit with its author's bearer token) over 200 connections; afterwards every
 *      acknowledged (2xx) submission is looked up in the database: SUBMITTED with the receipt hash it returned;
 *   b. the 13 April announcement spike: anonymous GETs of the published results (JSON as a tool asks for it,
 *      without Accept-Encoding; as a browser asks for it, `gzip, deflate, br`; and revalidated with
 *      If-None-Match, 304) and of the public winners page (both ways), on an edition imported as a bundle
 *      (2018 size, with score sheets), finalised and published;
 *   c. the ceiling: a bare node:http server (child process) answering fixed bytes, with the same autocannon
 *      settings: a small JSON, and a replay of exactly what each spike scenario received, headers and body
 *      (the same-bytes ceiling).
 * It prints one table and writes every figure, the machine and its load average to the JSON file.
 */
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { assignJudges } from '../src/domain/assignment';
import { institutionNaturalKey } from '../src/database/schema/institution.entity';
import { generateInstance, seededRandom } from './assign';

const ROOT = resolve(__dirname, '..');
const AUTOCANNON_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules', 'autocannon', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const ADMIN_EMAIL = 'organizador@bench.example.org';
const ADMIN_PASSWORD = 'Organizador-Bench-2018';
const USER_PASSWORD = 'Postulante-Bench-2018';
const DAY = 24 * 3600_000;

// ------------------------------------------------------------------------------------------------- options

interface Options {
  out: string;
  db: 'sqlite' | 'postgres';
  duration: number;
  connections: number;
  nominators: number;
  drafts: number;
  build: boolean;
  keep: boolean;
  /** Start the server with --cpu-prof (profile written to the kept temporary directory). */
  profile: boolean;
  /** Which parts to run: rush, spike, ceiling (default all). */
  only: Set<string>;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    out: '',
    db: 'sqlite',
    duration: 10,
    connections: 200,
    nominators: 100,
    drafts: 30_000,
    build: true,
    keep: false,
    profile: false,
    only: new Set(['rush', 'spike', 'ceiling']),
  };
  const positive = (name: string, value: string | undefined): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const db = argv[++i];
      if (db !== 'sqlite' && db !== 'postgres') fail('--db must be sqlite or postgres');
      options.db = db;
    } else if (arg === '--duration') options.duration = positive('duration', argv[++i]);
    else if (arg === '--connections') options.connections = positive('connections', argv[++i]);
    else if (arg === '--nominators') options.nominators = positive('nominators', argv[++i]);
    else if (arg === '--drafts') options.drafts = positive('drafts', argv[++i]);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--cpu-prof') options.profile = options.keep = true;
    else if (arg === '--only') {
      options.only = new Set((argv[++i] ?? '').split(','));
      if (![...options.only].every((p) => ['rush', 'spike', 'ceiling'].includes(p))) {
        fail('--only takes a comma-separated list of rush, spike, ceiling');
      }
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else options.out = resolve(arg);
  }
  if (!options.out) fail('usage: npm run bench -- <out.json> [--db sqlite|postgres] [--duration s]');
  if (options.drafts < 4 * options.connections) fail('--drafts must be at least 4 × --connections');
  return options;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (message: string) => process.stderr.write(`${message}\n`);

// --------------------------------------------------------------------------------------------------- build

// The same staleness check and build as `npm run cli` (scripts/build-if-stale.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../scripts/build-if-stale') as { ensureBuilt(): boolean; isStale(): boolean };

/** Builds dist/ (incremental tsc) when a source is newer than it. */
function buildIfNeeded(options: Options): void {
  if (!build.isStale()) return;
  if (!options.build) {
    if (!existsSync(join(ROOT, 'dist', 'src', 'main.js')))
      fail('dist/src/main.js is missing and --no-build was given');
    log('bench: dist/ is older than src/ (--no-build: using it anyway)');
    return;
  }
  if (!build.ensureBuilt()) fail('the build failed');
}

// -------------------------------------------------------------------------------------------------- machine

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpus: os.cpus().length,
    cpuModel: model.trim(),
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

const loadAverage = () => Number(os.loadavg()[0].toFixed(2));

// --------------------------------------------------------------------------------------------------- server

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, what: string, logFile: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited during start (${child.exitCode ?? child.signalCode}); see ${logFile}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`${what} did not answer ${url} within 120 s; see ${logFile}`);
}

function spawnLogged(args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The ceiling: node:http answering fixed bytes, nothing else. `/small` is a small JSON; `/file/<name>` replays
 * exactly what a spike scenario received from the application (its headers from `<name>.head.json`, its body
 * from `<name>`, both written to CEILING_DIR before it is measured), so that a route is compared with a server
 * that puts the very same bytes on the wire and does nothing else. The client's cost of reading a response
 * depends on its headers and its content, not only on its length.
 */
const CEILING_SERVER = `
const http = require('node:http');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const small = Buffer.from(JSON.stringify({ status: 'ok', service: 'ceiling' }));
const smallHead = ['content-type', 'application/json; charset=utf-8', 'content-length', String(small.length)];
const files = new Map();
function file(name) {
  let replay = files.get(name);
  if (!replay) {
    const body = readFileSync(join(process.env.CEILING_DIR, name));
    const head = JSON.parse(readFileSync(join(process.env.CEILING_DIR, name + '.head.json'), 'utf8'));
    replay = { body, head };
    files.set(name, replay);
  }
  return replay;
}
http
  .createServer((req, res) => {
    const m = /^\\/file\\/([\\w.-]+)$/.exec(req.url);
    const { body, head } = m ? file(m[1]) : { body: small, head: smallHead };
    res.writeHead(200, head);
    res.end(body);
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

/** Response headers the ceiling replays: all but those node:http writes itself (Date, Connection, Keep-Alive). */
function replayableHead(rawHeaders: string[]): string[] {
  const head: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (/^(date|connection|keep-alive|transfer-encoding)$/i.test(rawHeaders[i])) continue;
    head.push(rawHeaders[i], rawHeaders[i + 1]);
  }
  return head;
}

// ------------------------------------------------------------------------------------------------------ api

interface ApiResponse {
  status: number;
  body: unknown;
  text: string;
  contentType: string;
}

class Api {
  constructor(readonly base: string) {}

  async call(method: string, url: string, token?: string, json?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (json !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${url}`, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      signal: AbortSignal.timeout(120_000),
    });
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    let body: unknown = text;
    if (contentType.includes('json') && text) body = JSON.parse(text);
    return { status: res.status, body, text, contentType };
  }

  async expect<T>(status: number, method: string, url: string, token?: string, json?: unknown): Promise<T> {
    const res = await this.call(method, url, token, json);
    if (res.status !== status) {
      throw new Error(`${method} ${url}: expected ${status}, got ${res.status} ${res.text.slice(0, 2000)}`);
    }
    return res.body as T;
  }

  async login(email: string, password: string): Promise<string> {
    return (
      await this.expect<{ accessToken: string }>(200, 'POST', '/api/auth/login', undefined, {
        email,
        password,
      })
    ).accessToken;
  }
}

/** A GET with the response bytes as they come on the wire (fetch would decode a content coding). */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
    rawHeaders: string[];
    body: Buffer;
  }>((done, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function eachLimited<T>(items: T[], limit: number, task: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i], i);
      }
    }),
  );
}

// ------------------------------------------------------------------------------------------------ measuring

interface Figures {
  scenario: string;
  method: string;
  path: string;
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  errors: number;
  bytesPerResponse: number | null;
  /** CPU time (user + system) the server process spent per response: less disturbed by other jobs than req/s. */
  serverCpuMsPerRequest: number | null;
  /**
   * PostgreSQL only, the rush only: CPU time (user + system) of the database's own processes for the benchmark
   * database (its backends and autovacuum workers) per response.
   */
  databaseCpuMsPerRequest?: number | null;
  loadAverageBefore: number;
  /** When it ran, on the clock of a --cpu-prof profile (µs): to look at one scenario of the profile. */
  monotonicUs: [number, number];
  ratioToCeiling?: number;
  ratioToSameBytesCeiling?: number;
  note?: string;
}

function figures(
  scenario: string,
  method: string,
  path: string,
  result: autocannon.Result,
  loadBefore: number,
  cost: Cost,
): Figures {
  const serverCpuMs = cost.cpuMs;
  const requests = result.requests.total;
  const responses2xx = result['2xx'];
  return {
    scenario,
    method,
    path,
    connections: result.connections,
    durationS: Number(result.duration.toFixed(2)),
    requests,
    requestsPerSecond: Math.round(requests / result.duration),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    errors: result.non2xx + result.errors,
    bytesPerResponse: responses2xx > 0 ? Math.round(result.throughput.total / requests) : null,
    serverCpuMsPerRequest:
      serverCpuMs === null || requests === 0 ? null : Number((serverCpuMs / requests).toFixed(3)),
    loadAverageBefore: loadBefore,
    monotonicUs: cost.monotonicUs,
  };
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/** User + system CPU time of a process so far, in ms (Linux /proc); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return null;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/**
 * CPU time so far (ms) of each PostgreSQL process working for `database`, by pid: the backends of its
 * connections and its autovacuum workers (`postgres: … <user> <database> …` in their command line). Only when
 * the server runs on this machine; a backend that ends during a measurement takes its time with it.
 */
function postgresCpuMs(database: string): Map<number, number> {
  const spent = new Map<number, number>();
  if (!existsSync('/proc')) return spent;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!command.startsWith('postgres:') || !command.split(' ').includes(database)) continue;
      const ms = cpuMs(Number(entry));
      if (ms !== null) spent.set(Number(entry), ms);
    } catch {
      // The process ended meanwhile.
    }
  }
  return spent;
}

/** What a measured run cost the server: CPU time, and when it ran (for cutting a --cpu-prof profile). */
interface Cost {
  cpuMs: number | null;
  /** process.hrtime (CLOCK_MONOTONIC on Linux, the clock of V8's profiles) in µs, at start and end. */
  monotonicUs: [number, number];
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Runs `work` and returns its result with the CPU time process `pid` spent meanwhile. */
async function withCpu<T>(pid: number | undefined, work: () => Promise<T>): Promise<[T, Cost]> {
  const before = cpuMs(pid);
  const start = monotonicUs();
  const result = await work();
  const end = monotonicUs();
  const after = cpuMs(pid);
  return [
    result,
    { cpuMs: before === null || after === null ? null : after - before, monotonicUs: [start, end] },
  ];
}

function run(options: autocannon.Options, maxSeconds?: number): Promise<autocannon.Result> {
  return new Promise((done, reject) => {
    const instance = autocannon(options, (error: Error | null, result) =>
      error ? reject(error) : done(result),
    );
    if (maxSeconds) {
      const timer = setTimeout(() => instance.stop(), maxSeconds * 1000);
      instance.on('done', () => clearTimeout(timer));
    }
  });
}

/** A GET scenario: a short warm-up, then `duration` seconds measured. */
async function measureGet(
  scenario: string,
  url: string,
  connections: number,
  duration: number,
  pid: number | undefined,
  headers?: Record<string, string>,
): Promise<Figures> {
  await run({ url, connections, duration: 2, headers });
  const load = loadAverage();
  const [result, cpu] = await withCpu(pid, () => run({ url, connections, duration, headers }));
  const measured = figures(scenario, 'GET', new URL(url).pathname, result, load, cpu);
  if (headers?.['if-none-match']) {
    // A revalidation: 304 Not Modified is the expected answer; any other status is an error.
    const notModified = result.statusCodeStats?.['304']?.count ?? 0;
    measured.non2xx = result.requests.total - notModified;
    measured.errors = measured.non2xx + result.errors;
    measured.note = `${notModified} answered 304 Not Modified (expected)`;
  }
  return measured;
}

// ---------------------------------------------------------------------------------------- the rush: setup

interface Nominator {
  email: string;
  institutionId: string;
  token: string;
}

interface Draft {
  id: string;
  token: string;
}

async function openEdition(api: Api, organiser: string) {
  const now = Date.now();
  const close = new Date(Math.floor((now + 2 * DAY) / 1000) * 1000);
  const edition = await api.expect<{ id: string }>(201, 'POST', '/api/editions', organiser, {
    name: 'Edición de carga (cierre de postulaciones)',
    year: 2030,
    timezone: 'America/Mexico_City',
    nominationsOpenAt: new Date(now - DAY).toISOString(),
    nominationsCloseAt: close.toISOString(),
    judgingOpenAt: new Date(close.getTime() + DAY).toISOString(),
    judgingCloseAt: new Date(close.getTime() + 10 * DAY).toISOString(),
    announcementAt: new Date(close.getTime() + 20 * DAY).toISOString(),
    participatingStates: ['09', '14', '15'],
  });
  const tracks = await api.expect<{ id: string; code: string; categories: { key: string }[] }[]>(
    200,
    'GET',
    `/api/editions/${edition.id}/tracks`,
    organiser,
  );
  const local = tracks.find((t) => t.code === 'LOCAL_OPEN_GOV');
  if (!local) throw new Error('the new edition has no LOCAL_OPEN_GOV track');
  return { editionId: edition.id, trackId: local.id, categoryKey: local.categories[0]?.key };
}

async function createNominators(
  api: Api,
  organiser: string,
  count: number,
  tag: string,
): Promise<Nominator[]> {
  const nominators: Nominator[] = [];
  await eachLimited(
    Array.from({ length: count }, (_, i) => i),
    4,
    async (i) => {
      const institution = await api.expect<{ id: string }>(201, 'POST', '/api/institutions', organiser, {
        name: `Gobierno de prueba ${tag} ${String(i).padStart(4, '0')}`,
        kind: 'STATE_GOVERNMENT',
        level: 'STATE',
        stateCode: '09',
      });
      const email = `postulante${i}-${tag}@bench.example.org`;
      await api.expect(201, 'POST', '/api/users', organiser, {
        email,
        name: `Postulante ${i}`,
        role: 'NOMINATOR',
        password: USER_PASSWORD,
        institutionId: institution.id,
      });
      nominators[i] = { email, institutionId: institution.id, token: await api.login(email, USER_PASSWORD) };
    },
  );
  return nominators;
}

function nominationBody(trackId: string, categoryKey: string | undefined, nomineeId: string, n: number) {
  return JSON.stringify({
    trackId,
    ...(categoryKey ? { categoryKey } : {}),
    nomineeInstitutionId: nomineeId,
    stateCode: '09',
    title: `Plan de acción local ${n}`,
    summary: `Ejercicio de cocreación ${n} con sociedad civil y el organismo garante.`,
    description: `Descripción de la práctica ${n}: compromisos, calendario y resultados verificables.`,
    evidenceUrls: [`https://example.org/evidencia/${n}`],
    contactName: 'Persona de Contacto',
    contactEmail: `contacto${n}@example.org`,
  });
}

/** Creates `count` drafts with autocannon (each request a real POST /api/nominations by a nominator). */
async function createDrafts(
  base: string,
  nominators: Nominator[],
  edition: { trackId: string; categoryKey?: string },
  count: number,
  pid: number | undefined,
): Promise<{ drafts: Draft[]; figures: Figures }> {
  const drafts: Draft[] = [];
  let n = 0;
  const load = loadAverage();
  const [result, cpu] = await withCpu(pid, () =>
    run({
      url: base,
      connections: 50,
      amount: count,
      requests: [
        {
          method: 'POST',
          path: '/api/nominations',
          setupRequest: (request, context) => {
            const nominator = nominators[n % nominators.length];
            (context as { token?: string }).token = nominator.token;
            return {
              ...request,
              headers: { authorization: `Bearer ${nominator.token}`, 'content-type': 'application/json' },
              body: nominationBody(edition.trackId, edition.categoryKey, nominator.institutionId, n++),
            };
          },
          onResponse: (status, body, context) => {
            if (status === 201) {
              drafts.push({
                id: (JSON.parse(body) as { id: string }).id,
                token: (context as { token: string }).token,
              });
            }
          },
        },
      ],
    }),
  );
  return {
    drafts,
    figures: figures('draft creation (setup of a)', 'POST', '/api/nominations', result, load, cpu),
  };
}

interface RushOutcome {
  figures: Figures;
  acknowledged: Map<string, string>;
}

/** Submits each draft exactly once over `connections` connections; stops after `maxSeconds`. */
async function rush(
  base: string,
  drafts: Draft[],
  connections: number,
  maxSeconds: number,
  pid: number | undefined,
  database: string | null,
): Promise<RushOutcome> {
  const acknowledged = new Map<string, string>();
  const databaseBefore = database ? postgresCpuMs(database) : null;
  let next = 0;
  // Each connection builds its next request before autocannon checks `amount`: keep a margin of drafts so
  // that no connection ever finds the queue empty (a draft is never submitted twice).
  const amount = drafts.length - 2 * connections;
  const load = loadAverage();
  const [result, cpu] = await withCpu(pid, () =>
    run(
      {
        url: base,
        connections,
        amount,
        requests: [
          {
            method: 'POST',
            setupRequest: (request, context) => {
              const draft = drafts[next++];
              (context as { id?: string }).id = draft.id;
              return {
                ...request,
                path: `/api/nominations/${draft.id}/submit`,
                headers: { authorization: `Bearer ${draft.token}` },
              };
            },
            onResponse: (status, body, context) => {
              if (status >= 200 && status < 300) {
                const receipt = JSON.parse(body) as { nominationId: string; sha256: string };
                acknowledged.set((context as { id: string }).id, receipt.sha256);
                if (receipt.nominationId !== (context as { id: string }).id) {
                  acknowledged.set((context as { id: string }).id, 'receipt for another nomination');
                }
              }
            },
          },
        ],
      },
      maxSeconds,
    ),
  );
  const submit = figures(
    'a. deadline rush: submit',
    'POST',
    '/api/nominations/:id/submit',
    result,
    load,
    cpu,
  );
  if (database && databaseBefore) {
    const after = postgresCpuMs(database);
    let spent = 0;
    for (const [backend, ms] of after) spent += ms - (databaseBefore.get(backend) ?? 0);
    submit.databaseCpuMsPerRequest =
      submit.requests > 0 ? Number((spent / submit.requests).toFixed(3)) : null;
  }
  return { figures: submit, acknowledged };
}

interface Verification {
  acknowledged: number;
  storedSubmittedWithReceipt: number;
  missingOrWrong: number;
  submittedInDatabase: number;
  examples: string[];
}

async function verifyRush(
  db: Options['db'],
  location: string,
  editionId: string,
  acknowledged: Map<string, string>,
): Promise<Verification> {
  let rows: { id: string; status: string; receiptHash: string | null }[];
  if (db === 'sqlite') {
    const sqlite = new Database(location, { readonly: true, fileMustExist: true });
    try {
      rows = sqlite
        .prepare('SELECT id, status, receiptHash FROM nominations WHERE editionId = ?')
        .all(editionId) as typeof rows;
    } finally {
      sqlite.close();
    }
  } else {
    const client = new Client({ connectionString: location });
    await client.connect();
    try {
      rows = (
        await client.query<{ id: string; status: string; receiptHash: string | null }>(
          'SELECT id, status, "receiptHash" FROM nominations WHERE "editionId" = $1',
          [editionId],
        )
      ).rows;
    } finally {
      await client.end();
    }
  }
  const stored = new Map(rows.map((r) => [r.id, r]));
  let ok = 0;
  const examples: string[] = [];
  for (const [id, sha] of acknowledged) {
    const row = stored.get(id);
    if (row && row.status === 'SUBMITTED' && row.receiptHash === sha) ok++;
    else if (examples.length < 5)
      examples.push(`${id}: ${row ? `${row.status} ${row.receiptHash}` : 'absent'}`);
  }
  return {
    acknowledged: acknowledged.size,
    storedSubmittedWithReceipt: ok,
    missingOrWrong: acknowledged.size - ok,
    submittedInDatabase: rows.filter((r) => r.status === 'SUBMITTED').length,
    examples,
  };
}

// ---------------------------------------------------------------------------------------- the spike: setup

/**
 * An edition of the 2018 size (100 nominations, 20 judges, k = 3, 6 criteria) as a bundle: bench:assign's
 * seeded instance, assigned by the product's own assignJudges, scored with seeded per-nomination quality and
 * per-judge noise (one decimal), every sheet submitted. Dates in the past: finalising it makes it public.
 */
export function spikeBundle(seed = 2018) {
  const instance = generateInstance({ nominations: 100, judges: 20, k: 3, criteria: 6, seed });
  const plan = assignJudges(instance.input);
  if (plan.unassigned.length > 0) throw new Error('the generated instance cannot be fully assigned');
  const random = seededRandom(seed + 1);
  const states = [...new Set(instance.institutions.map((i) => i.stateCode))].sort();
  const institutionName = (id: string) => `Institución ${id.replace('inst-', '')}`;
  const stateOf = new Map(instance.institutions.map((i) => [i.id, i.stateCode]));
  const keyOf = (id: string) => institutionNaturalKey(institutionName(id), stateOf.get(id) ?? null);
  const email = (judgeId: string) => `${judgeId}@bench.example.org`;
  const at = (iso: string) => new Date(iso).toISOString();
  const rubric = instance.rubric.map((c, i) => ({
    key: c.key,
    name: `Criterio ${i + 1}`,
    description: `Descripción del criterio ${i + 1}`,
    weight: c.weight,
    min: c.min,
    max: c.max,
    guidance: [],
  }));
  const track = {
    eligibilityRule: 'NONE',
    categories: [],
    rubric,
    judgesPerNomination: 3,
    minReviews: 3,
    aggregation: 'MEAN',
    places: 3,
    honourableMentions: 2,
    threshold: 0,
    blind: true,
  };
  const quality = new Map(instance.input.nominations.map((n) => [n.id, 3 + 6 * random()]));
  const sorted = <T>(items: T[], key: (t: T) => string) => items.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const pairs = sorted([...plan.newAssignments], (p) => `${p.nominationId}|${email(p.judgeId)}`);
  return {
    formatVersion: 1,
    edition: {
      key: `carga-${randomBytes(4).toString('hex')}`,
      name: 'Reconocimientos (edición de carga)',
      year: 2018,
      timezone: 'America/Mexico_City',
      nominationsOpenAt: at('2018-02-01T15:00:00Z'),
      nominationsCloseAt: at('2018-03-16T05:59:59Z'),
      judgingOpenAt: at('2018-03-19T15:00:00Z'),
      judgingCloseAt: at('2018-04-06T23:00:00Z'),
      announcementAt: at('2018-04-13T15:00:00Z'),
      participatingStates: states,
      finalizedAt: null,
      publishedAt: null,
    },
    tracks: [
      { ...track, code: 'FEDERAL_PROACTIVE', name: 'Transparencia proactiva', frozenAt: null },
      {
        ...track,
        code: 'LOCAL_OPEN_GOV',
        name: 'Gobierno abierto local',
        frozenAt: at('2018-03-20T00:00:00Z'),
      },
    ],
    institutions: sorted(
      instance.institutions.map((i) => ({
        key: keyOf(i.id),
        name: institutionName(i.id),
        kind: 'STATE_GOVERNMENT',
        level: 'STATE',
        stateCode: i.stateCode,
      })),
      (i) => i.key,
    ),
    users: sorted(
      instance.input.judges.map((j) => ({
        email: email(j.id),
        name: `Jurado ${j.id.replace('judge-', '')}`,
        role: 'JUDGE',
        status: 'ACTIVE',
        institutionKey: null,
        affiliations: sorted(
          j.affiliations.map((a) => ({ institutionKey: keyOf(a.institutionId!), stateCode: a.stateCode })),
          (a) => `${a.institutionKey}|${a.stateCode}`,
        ).filter((a, i, all) => i === 0 || a.institutionKey !== all[i - 1].institutionKey),
      })),
      (u) => u.email,
    ),
    panels: [
      { trackCode: 'FEDERAL_PROACTIVE', members: [], conflicts: [] },
      {
        trackCode: 'LOCAL_OPEN_GOV',
        members: sorted(
          instance.input.judges.map((j) => ({ judgeEmail: email(j.id), capacity: null })),
          (m) => m.judgeEmail,
        ),
        conflicts: sorted(
          instance.input.judges.flatMap((j) =>
            (j.declaredConflicts?.nominationIds ?? []).map((nominationKey) => ({
              judgeEmail: email(j.id),
              nominationKey,
              institutionKey: null,
              reason: 'Declarado por el jurado',
              createdAt: at('2018-03-17T00:00:00Z'),
            })),
          ),
          (c) => `${c.judgeEmail}|${c.nominationKey}`,
        ),
      },
    ],
    nominations: instance.input.nominations.map((n, i) => ({
      key: n.id,
      trackCode: 'LOCAL_OPEN_GOV',
      categoryKey: null,
      nominatingInstitutionKey: keyOf(n.nominatingInstitutionId),
      nomineeInstitutionKey: keyOf(n.nomineeInstitutionId ?? n.nominatingInstitutionId),
      stateCode: n.stateCode,
      title: `Práctica de gobierno abierto ${i + 1}`,
      summary: `Resumen de la práctica ${i + 1}.`,
      description: `Descripción de la práctica ${i + 1}: compromisos, calendario y resultados verificables.`,
      practiceDetails: {},
      evidenceUrls: [`https://example.org/evidencia/${i + 1}`],
      contactName: 'Persona de Contacto',
      contactEmail: `contacto${i + 1}@example.org`,
      contactPhone: null,
      status: 'ELIGIBLE',
      eligibilityReason: null,
      channel: 'PAPER',
      extendedUntil: null,
      submittedAt: at('2018-03-10T18:00:00Z'),
      receiptHash: randomBytes(32).toString('hex'),
      withdrawnAt: null,
      createdByEmail: null,
      createdAt: at('2018-03-01T18:00:00Z'),
      updatedAt: at('2018-03-10T18:00:00Z'),
      attachments: [],
    })),
    assignments: pairs.map((p) => ({
      nominationKey: p.nominationId,
      judgeEmail: email(p.judgeId),
      status: 'ACTIVE',
      recusalReason: null,
      recusedAt: null,
      source: 'AUTO',
      createdAt: at('2018-03-18T00:00:00Z'),
    })),
    scoreSheets: pairs.map((p) => ({
      nominationKey: p.nominationId,
      judgeEmail: email(p.judgeId),
      scores: Object.fromEntries(
        rubric.map((c) => {
          const raw = quality.get(p.nominationId)! + 2.5 * (random() - 0.5);
          return [c.key, Math.round(10 * Math.min(c.max, Math.max(c.min, raw))) / 10];
        }),
      ),
      comment: null,
      status: 'SUBMITTED',
      submittedAt: at('2018-04-01T18:00:00Z'),
      reopenedAt: null,
      reopenReason: null,
      createdAt: at('2018-03-20T18:00:00Z'),
      updatedAt: at('2018-04-01T18:00:00Z'),
    })),
    overrides: [],
    seal: null,
  };
}

/** Imports the spike edition, finalises and (if needed) publishes it; returns its id. */
async function publishedEdition(api: Api, organiser: string): Promise<string> {
  for (let seed = 2018; seed < 2028; seed++) {
    const edition = await api.expect<{ id: string }>(
      201,
      'POST',
      '/api/editions/import',
      organiser,
      spikeBundle(seed),
    );
    const finalized = await api.call('POST', `/api/editions/${edition.id}/finalize`, organiser);
    if (finalized.status === 409) {
      log(`bench: seed ${seed} cannot be finalised (${finalized.text.slice(0, 300)}); trying another`);
      continue;
    }
    if (finalized.status !== 200) throw new Error(`finalize: ${finalized.status} ${finalized.text}`);
    if (!(finalized.body as { public: boolean }).public) {
      await api.expect(200, 'POST', `/api/editions/${edition.id}/publish`, organiser);
    }
    return edition.id;
  }
  throw new Error('no generated edition could be finalised');
}

// -------------------------------------------------------------------------------------------------- report

function table(rows: Figures[]): string {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    '× ceiling',
    '× same-bytes ceiling',
    'server cpu ms/req',
    'db cpu ms/req',
    'load',
  ];
  const lines = rows.map((r) => [
    r.scenario,
    String(r.requestsPerSecond),
    String(r.latencyP50Ms),
    String(r.latencyP99Ms),
    String(r.errors),
    r.ratioToCeiling === undefined ? '' : r.ratioToCeiling.toFixed(2),
    r.ratioToSameBytesCeiling === undefined ? '' : r.ratioToSameBytesCeiling.toFixed(2),
    r.serverCpuMsPerRequest === null ? '' : r.serverCpuMsPerRequest.toFixed(3),
    r.databaseCpuMsPerRequest == null ? '' : r.databaseCpuMsPerRequest.toFixed(3),
    r.loadAverageBefore.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    row(header),
    `|${widths.map((w, i) => (i === 0 ? '-' : '') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`,
    ...lines.map(row),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------- main

interface Services {
  server: ChildProcess;
  ceiling: ChildProcess;
  base: string;
  ceilingBase: string;
  /** Where the spike writes the bytes the ceiling serves as /file/<name>. */
  ceilingDir: string;
  api: Api;
  organiser: string;
  verifyLocation: string;
  /** The PostgreSQL database of the run (null on SQLite): its processes' CPU time is measured in the rush. */
  databaseName: string | null;
}

interface RushReport {
  drafts: Figures;
  submit: Figures;
  verification: Verification;
  draftsPrepared: number;
}

async function runRush(options: Options, s: Services): Promise<RushReport> {
  const tag = randomBytes(3).toString('hex');
  let t0 = Date.now();
  const edition = await openEdition(s.api, s.organiser);
  const nominators = await createNominators(s.api, s.organiser, options.nominators, tag);
  log(`bench: ${nominators.length} nominators (institution, user, sign-in) in ${Date.now() - t0} ms`);
  t0 = Date.now();
  // Enough drafts for `duration` seconds of submissions, judged from the rate of creating them (a submission
  // costs less than a creation): 3 × that rate × duration, at most --drafts. A first batch measures the rate.
  const probe = await createDrafts(s.base, nominators, edition, Math.min(options.drafts, 1000), s.server.pid);
  const wanted = Math.min(
    options.drafts,
    Math.max(4 * options.connections, Math.ceil(3 * probe.figures.requestsPerSecond * options.duration)),
  );
  const more =
    wanted > probe.drafts.length
      ? await createDrafts(s.base, nominators, edition, wanted - probe.drafts.length, s.server.pid)
      : null;
  const created = { drafts: [...probe.drafts, ...(more?.drafts ?? [])], figures: (more ?? probe).figures };
  log(`bench: ${created.drafts.length} drafts in ${Date.now() - t0} ms`);
  if (created.drafts.length < 4 * options.connections) {
    throw new Error(`only ${created.drafts.length} drafts were created`);
  }
  log(`bench: a. deadline rush (${options.connections} connections, at most ${options.duration} s)`);
  const outcome = await rush(
    s.base,
    created.drafts,
    options.connections,
    options.duration,
    s.server.pid,
    s.databaseName,
  );
  if (outcome.figures.durationS < options.duration - 0.5) {
    outcome.figures.note = `every prepared draft was submitted in ${outcome.figures.durationS} s`;
  }
  const verification = await verifyRush(
    options.db,
    s.verifyLocation,
    edition.editionId,
    outcome.acknowledged,
  );
  log(
    `bench: acknowledged ${verification.acknowledged}, stored SUBMITTED with their receipt ` +
      `${verification.storedSubmittedWithReceipt}`,
  );
  return {
    drafts: created.figures,
    submit: outcome.figures,
    verification,
    draftsPrepared: created.drafts.length,
  };
}

/** One measured GET of the spike, and the bytes it received (the ceiling serves the same bytes). */
interface SpikeScenario {
  figures: Figures;
  /** File under the ceiling directory with the exact response body; null for a 304 (no body). */
  file: string | null;
  bytes: number;
}

interface SpikeReport {
  scenarios: SpikeScenario[];
  jsonBytes: number;
  pageBytes: number;
  pageStatus: number;
}

/** What a browser sends (Chromium, Firefox): the published material is then given Brotli-compressed. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };

async function runSpike(options: Options, s: Services): Promise<SpikeReport> {
  const t0 = Date.now();
  const editionId = await publishedEdition(s.api, s.organiser);
  log(`bench: spike edition imported, finalised and published in ${Date.now() - t0} ms`);
  const jsonPath = `/api/public/editions/${editionId}/results`;
  const pagePath = `/resultados/${editionId}`;
  // The first answers: the application keeps them and makes their compressed forms off the event loop.
  const json = await rawGet(`${s.base}${jsonPath}`);
  const page = await rawGet(`${s.base}${pagePath}`);
  await sleep(2000);
  const pageAvailable = page.status === 200 && String(page.headers['content-type']).includes('text/html');

  const scenarios: SpikeScenario[] = [];
  const measure = async (name: string, path: string, headers: Record<string, string>, file: string) => {
    const sample = await rawGet(`${s.base}${path}`, headers);
    const encoding = sample.headers['content-encoding'] ?? 'identity';
    writeFileSync(join(s.ceilingDir, file), sample.body);
    writeFileSync(join(s.ceilingDir, `${file}.head.json`), JSON.stringify(replayableHead(sample.rawHeaders)));
    log(`bench: b. ${name} (${sample.body.length} bytes, ${encoding})`);
    const measured = await measureGet(
      `b. spike: ${name}${encoding === 'identity' ? '' : ` (${encoding})`}`,
      `${s.base}${path}`,
      options.connections,
      options.duration,
      s.server.pid,
      headers,
    );
    scenarios.push({ figures: measured, file, bytes: sample.body.length });
  };
  await measure('results JSON', jsonPath, {}, 'results.json');
  await measure('results JSON, browser', jsonPath, BROWSER_ENCODINGS, 'results.json.encoded');
  const etag = String(json.headers.etag ?? '');
  log(`bench: b. results JSON revalidated (If-None-Match: ${etag.slice(0, 12)}…)`);
  scenarios.push({
    figures: await measureGet(
      'b. spike: results JSON, 304',
      `${s.base}${jsonPath}`,
      options.connections,
      options.duration,
      s.server.pid,
      { 'if-none-match': etag },
    ),
    file: null,
    bytes: 0,
  });
  if (pageAvailable) {
    await measure('winners page', pagePath, {}, 'page.html');
    await measure('winners page, browser', pagePath, BROWSER_ENCODINGS, 'page.html.encoded');
  } else {
    log(`bench: the winners page answered ${page.status} ${page.headers['content-type']}: not measured`);
  }
  return { scenarios, jsonBytes: json.body.length, pageBytes: page.body.length, pageStatus: page.status };
}

async function startServices(options: Options, work: string, children: ChildProcess[], databaseUrl: string) {
  // The server as the product runs (production, info-level logs to a file); sign-in throttling raised for setup.
  const port = await freePort();
  const serverLog = join(work, 'server.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ADMIN_PASSWORD_FILE: join(work, 'admin-password.txt'),
    UPLOADS_DIR: join(work, 'uploads'),
    AUTH_THROTTLE_LIMIT: '1000000',
  };
  log(`bench: starting the server on 127.0.0.1:${port} (${options.db}); log in ${serverLog}`);
  const profiling = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${work}`] : [];
  const server = spawnLogged([...profiling, join(ROOT, 'dist', 'src', 'main.js')], env, serverLog);
  children.push(server);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, server, 'the server', serverLog);

  const ceilingPort = await freePort();
  const ceilingLog = join(work, 'ceiling.log');
  const ceilingDir = join(work, 'ceiling');
  mkdirSync(ceilingDir);
  const ceiling = spawnLogged(
    ['-e', CEILING_SERVER],
    { PORT: String(ceilingPort), CEILING_DIR: ceilingDir },
    ceilingLog,
  );
  children.push(ceiling);
  const ceilingBase = `http://127.0.0.1:${ceilingPort}`;
  await waitFor(`${ceilingBase}/small`, ceiling, 'the ceiling server', ceilingLog);

  const api = new Api(base);
  const organiser = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  return { server, ceiling, base, ceilingBase, ceilingDir, api, organiser };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadAtStart = loadAverage();
  if (loadAtStart >= 1.5)
    log(`bench: the machine is busy (load average ${loadAtStart}); figures will be lower`);
  buildIfNeeded(options);

  const work = mkdtempSync(join(os.tmpdir(), 'recon-bench-'));
  const children: ChildProcess[] = [];
  let pgDatabase: { admin: string; name: string } | null = null;
  try {
    let databaseUrl: string;
    if (options.db === 'sqlite') {
      databaseUrl = `sqlite:${join(work, 'bench.sqlite')}`;
    } else {
      const admin = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
      const name = `bench_${randomBytes(6).toString('hex')}`;
      const client = new Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      pgDatabase = { admin, name };
      const url = new URL(admin);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    }
    const started = await startServices(options, work, children, databaseUrl);
    const services: Services = {
      ...started,
      verifyLocation: options.db === 'sqlite' ? databaseUrl.slice('sqlite:'.length) : databaseUrl,
      databaseName: pgDatabase?.name ?? null,
    };

    const rushReport = options.only.has('rush') ? await runRush(options, services) : null;
    const spike = options.only.has('spike') ? await runSpike(options, services) : null;

    let ceilingSmall: Figures | null = null;
    const sameBytes = new Map<SpikeScenario, Figures>();
    if (options.only.has('ceiling')) {
      log('bench: c. ceiling (bare node:http)');
      const ceiling = (name: string, path: string) =>
        measureGet(
          `c. ceiling: node:http, ${name}`,
          `${services.ceilingBase}${path}`,
          options.connections,
          options.duration,
          services.ceiling.pid,
        );
      ceilingSmall = await ceiling('small JSON', '/small');
      for (const scenario of spike?.scenarios ?? []) {
        if (!scenario.file) continue;
        sameBytes.set(
          scenario,
          await ceiling(`replay of ${scenario.file} (${scenario.bytes} B)`, `/file/${scenario.file}`),
        );
      }
    }

    const ratio = (a: Figures, b: Figures | null | undefined) =>
      b ? Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(3)) : undefined;
    const rows = [
      rushReport?.drafts,
      rushReport?.submit,
      ...(spike?.scenarios.map((x) => x.figures) ?? []),
      ceilingSmall,
      ...sameBytes.values(),
    ].filter((f): f is Figures => !!f);
    for (const f of rows) f.ratioToCeiling = ratio(f, ceilingSmall);
    for (const [scenario, ceiling] of sameBytes) {
      scenario.figures.ratioToSameBytesCeiling = ratio(scenario.figures, ceiling);
      ceiling.ratioToSameBytesCeiling = 1;
    }

    const spikeOk = (f: Figures, c: Figures | null | undefined) =>
      !c ? null : f.errors === 0 && f.requestsPerSecond >= 0.5 * c.requestsPerSecond;
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      database: options.db,
      machine: machine(),
      loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
      settings: {
        durationS: options.duration,
        connections: options.connections,
        nominators: options.nominators,
        draftsPrepared: rushReport?.draftsPrepared ?? null,
        server: 'node dist/src/main.js, NODE_ENV=production, LOG_LEVEL=info (log to a file)',
        client: `autocannon ${AUTOCANNON_VERSION}, in-process, pipelining 1`,
      },
      scenarios: rows,
      rushVerification: rushReport?.verification ?? null,
      resultsJsonBytes: spike?.jsonBytes ?? null,
      winnersPage: spike ? { status: spike.pageStatus, bytes: spike.pageBytes } : null,
      targets: {
        rush: rushReport
          ? {
              target: '>= 1000 submissions/s, 0 errors, every acknowledged submission stored',
              met:
                rushReport.submit.errors === 0 &&
                rushReport.submit.requestsPerSecond >= 1000 &&
                rushReport.verification.missingOrWrong === 0,
            }
          : null,
        spike: (spike?.scenarios ?? []).map((x) => ({
          scenario: x.figures.scenario,
          target: '>= 0.5 of the ceiling, 0 errors' + (x.file ? '' : ' (304 is the expected answer)'),
          metAgainstSameBytesCeiling: x.file ? spikeOk(x.figures, sameBytes.get(x)) : null,
          metAgainstSmallCeiling: spikeOk(x.figures, ceilingSmall),
        })),
      },
    };
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `\n${options.db}, ${report.machine.cpus} cpus (${report.machine.cpuModel}), node ${process.version}, ` +
        `load average ${loadAtStart} at start, ${report.loadAverage.atEnd} at end`,
    );
    console.log(table(rows));
    if (rushReport) {
      const v = rushReport.verification;
      console.log(
        `rush: ${v.acknowledged} submissions acknowledged, ${v.storedSubmittedWithReceipt} stored as SUBMITTED ` +
          `with the receipt hash returned, ${v.missingOrWrong} missing or different`,
      );
    }
    if (spike && spike.pageStatus !== 200)
      console.log(`winners page: answered ${spike.pageStatus}, not measured`);
    console.log(`figures written to ${options.out}`);
  } finally {
    for (const child of children.reverse()) await stop(child);
    if (pgDatabase) {
      const client = new Client({ connectionString: pgDatabase.admin });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${pgDatabase.name}`);
      await client.end();
    }
    if (options.keep) log(`bench: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
