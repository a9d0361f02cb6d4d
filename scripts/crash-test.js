#!/usr/bin/env node
// Crash test (docs/reliability.md): starts the real server as a child process on a fresh database, sets up an
// edition open for nominations and one open for score sheets through the API, lets concurrent clients submit
// nominations, attachments and score sheets, kills the server with SIGKILL at a random moment, restarts it and
// checks that every write that was acknowledged (2xx and its whole body received) is there and intact, and that
// the audit trail verifies.
//
//   node scripts/crash-test.js [--rounds 3] [--db sqlite|postgres|both] [--load-ms 3000] [--clients 12]
//                              [--build transpile|tsc] [--report file.json] [--seed n] [--keep]
//
// --build transpile (default) compiles src/ once with TypeScript's transpileModule (what `ts-node
// --transpile-only` does on every start) into a temporary directory; --build tsc runs `npm run build` and
// uses dist/. PostgreSQL: a fresh database per round on TEST_POSTGRES_URL (default
// postgres://postgres@127.0.0.1:5432/test), dropped afterwards; unreachable PostgreSQL skips that database
// with a visible message, except in CI (CI=true), where it fails.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { createHash, randomBytes, randomUUID } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');

const ROOT = path.join(__dirname, '..');
const PG_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
const CI = process.env.CI === 'true';
const ADMIN_EMAIL = 'organizador@crash.example.org';
const ADMIN_PASSWORD = 'Organizador-Crash-2018';
const USER_PASSWORD = 'Usuario-Crash-2018';
const DAY = 24 * 3600_000;
const STATES = ['09', '14', '15', '20'];
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    db: { type: 'string', default: 'both' },
    'load-ms': { type: 'string', default: '3000' },
    clients: { type: 'string', default: '12' },
    build: { type: 'string', default: 'transpile' },
    report: { type: 'string' },
    seed: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  const header = fs.readFileSync(__filename, 'utf8').split('\n').slice(1);
  const comment = header.slice(
    0,
    header.findIndex((line) => !line.startsWith('//')),
  );
  console.log(comment.map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const ROUNDS = positiveInt(opts.rounds, 'rounds');
const LOAD_MS = positiveInt(opts['load-ms'], 'load-ms');
const CLIENTS = Math.max(2, positiveInt(opts.clients, 'clients'));
const DATABASES = opts.db === 'both' ? ['sqlite', 'postgres'] : [opts.db];
if (!DATABASES.every((d) => d === 'sqlite' || d === 'postgres'))
  fail('--db must be sqlite, postgres or both');
if (!['transpile', 'tsc'].includes(opts.build)) fail('--build must be transpile or tsc');

// A small deterministic generator, so a failing round can be replayed with --seed.
let seed = opts.seed ? Number(opts.seed) : Math.floor(Math.random() * 2 ** 31);
const initialSeed = seed;
function random() {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = (list) => list[Math.floor(random() * list.length)];

function positiveInt(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer`);
  return n;
}

function fail(message) {
  console.error(`crash-test: ${message}`);
  process.exit(2);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

// ---------------------------------------------------------------------------------------------------- build

/** Compiles the server once; returns the directory holding main.js. */
function build(work) {
  if (opts.build === 'tsc') {
    const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) fail('npm run build failed');
    return path.join(ROOT, 'dist', 'src');
  }
  // Same layout as the repository (build/dist/src and build/dist/db beside build/src and build/node_modules), so
  // code that finds files relative to its own directory finds them.
  const ts = require('typescript');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.build.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    },
  );
  const compilerOptions = { ...parsed.options, sourceMap: false, incremental: false, declaration: false };
  const out = path.join(work, 'build', 'dist');
  fs.symlinkSync(path.join(ROOT, 'src'), path.join(work, 'build', 'src'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'build', 'node_modules'));
  const walk = (dir, to) => {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const from = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(from, path.join(to, entry.name));
      else if (entry.name.endsWith('.spec.ts')) continue;
      else if (entry.name.endsWith('.ts')) {
        const { outputText } = ts.transpileModule(fs.readFileSync(from, 'utf8'), {
          compilerOptions,
          fileName: from,
        });
        fs.writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), outputText);
      } else fs.copyFileSync(from, path.join(to, entry.name));
    }
  };
  walk(path.join(ROOT, 'src'), path.join(out, 'src'));
  walk(path.join(ROOT, 'db', 'migrations'), path.join(out, 'db', 'migrations'));
  walk(path.join(ROOT, 'db', 'seeds'), path.join(out, 'db', 'seeds'));
  return path.join(out, 'src');
}

// --------------------------------------------------------------------------------------------------- server

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node <dist>/main.js`; resolves once /api/health answers 200, with the time that took. */
async function startServer(dist, env, logFile) {
  const started = Date.now();
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(dist, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  const base = `http://127.0.0.1:${env.PORT}`;
  while (Date.now() - started < 120_000) {
    if (exited) {
      throw new Error(`the server exited during start (${JSON.stringify(exited)}); see ${logFile}`);
    }
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return { child, base, startMs: Date.now() - started };
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /api/health within 120 s; see ${logFile}`);
}

function killHard(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

function stopGracefully(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

// ----------------------------------------------------------------------------------------------------- http

class Api {
  constructor(base) {
    this.base = base;
  }

  /** Any answer: {status, body}; throws only when no complete answer arrived (connection refused, reset…). */
  async call(method, url, { token, json, form, raw } = {}) {
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    let body;
    if (json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(json);
    } else if (form) body = form;
    const res = await fetch(`${this.base}${url}`, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(60_000),
    });
    if (raw) return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  /** Setup calls: anything but the expected status is a failure of the test itself. */
  async expect(status, method, url, options) {
    const res = await this.call(method, url, options);
    if (res.status !== status) {
      throw new Error(`${method} ${url}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  }

  async login(email, password) {
    return (await this.expect(200, 'POST', '/api/auth/login', { json: { email, password } })).accessToken;
  }
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function eachLimited(items, limit, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

// ---------------------------------------------------------------------------------------------------- setup

function nominationBody(trackId, nomineeId, stateCode, n) {
  return {
    trackId,
    nomineeInstitutionId: nomineeId,
    stateCode,
    title: `Práctica ${n} ${randomBytes(3).toString('hex')}`,
    summary: `Resumen de la práctica ${n}: cocreación con sociedad civil.`,
    description: `Descripción de la práctica ${n}, sus compromisos y resultados verificables (${randomUUID()}).`,
    evidenceUrls: [`https://example.org/evidencia/${n}`],
    contactName: 'Persona de Contacto',
    contactEmail: `contacto${n}@example.org`,
  };
}

async function tracksOf(api, token, editionId) {
  const tracks = await api.expect(200, 'GET', `/api/editions/${editionId}/tracks`, { token });
  return Object.fromEntries(tracks.map((t) => [t.code, t]));
}

/**
 * Through the API, as the organiser: edition A open for nominations with NOMINATORS nominators; edition B in
 * judging (its nominations were submitted while it was open, then its dates moved), with a panel of JUDGES
 * judges and every nomination assigned to three of them.
 */
async function setUp(api, { nominators, judges, judgingNominations }) {
  const organiser = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const now = Date.now();
  const iso = (ms) => new Date(ms).toISOString();
  const openDates = {
    nominationsOpenAt: iso(now - DAY),
    nominationsCloseAt: iso(now + DAY),
    judgingOpenAt: iso(now + 2 * DAY),
    judgingCloseAt: iso(now + 10 * DAY),
    announcementAt: iso(now + 20 * DAY),
  };
  const edition = (name) =>
    api.expect(201, 'POST', '/api/editions', {
      token: organiser,
      json: { name, year: 2026, timezone: 'America/Mexico_City', participatingStates: STATES, ...openDates },
    });
  const intake = await edition('Edición de prueba de caídas (postulaciones)');
  const judging = await edition('Edición de prueba de caídas (evaluación)');
  const intakeTrack = (await tracksOf(api, organiser, intake.id)).LOCAL_OPEN_GOV;
  const judgingTrack = (await tracksOf(api, organiser, judging.id)).LOCAL_OPEN_GOV;

  const institutions = [];
  for (let i = 0; i < nominators; i++) {
    const stateCode = STATES[i % STATES.length];
    const institution = await api.expect(201, 'POST', '/api/institutions', {
      token: organiser,
      json: {
        name: `Gobierno de prueba ${i} ${randomBytes(3).toString('hex')}`,
        kind: 'STATE_GOVERNMENT',
        level: 'STATE',
        stateCode,
      },
    });
    institutions.push({ id: institution.id, stateCode });
  }
  // In parallel: creating and signing in users hashes passwords (argon2), the slow part of the setup.
  const users = (role, count, extra) =>
    Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const email = `${role.toLowerCase()}${i}-${randomBytes(3).toString('hex')}@crash.example.org`;
        const user = await api.expect(201, 'POST', '/api/users', {
          token: organiser,
          json: { email, name: `${role} ${i}`, role, password: USER_PASSWORD, ...extra(i) },
        });
        return { id: user.id, email, token: await api.login(email, USER_PASSWORD), ...extra(i) };
      }),
    );
  const [nominatorList, judgeUsers] = await Promise.all([
    users('NOMINATOR', nominators, (i) => ({ institutionId: institutions[i].id })),
    users('JUDGE', judges, () => ({})),
  ]);
  const nominatorUsers = nominatorList.map((u, i) => ({ ...u, institution: institutions[i] }));

  // Edition B: nominations received on paper by the organiser, submitted and found eligible…
  await eachLimited(
    Array.from({ length: judgingNominations }, (_, i) => i),
    8,
    async (i) => {
      const nominee = institutions[i % institutions.length];
      const body = { ...nominationBody(judgingTrack.id, nominee.id, nominee.stateCode, `J${i}`) };
      const draft = await api.expect(201, 'POST', '/api/nominations', {
        token: organiser,
        json: { ...body, nominatingInstitutionId: nominee.id },
      });
      await api.expect(200, 'POST', `/api/nominations/${draft.id}/submit`, { token: organiser });
      await api.expect(200, 'POST', `/api/nominations/${draft.id}/eligibility`, {
        token: organiser,
        json: { decision: 'ELIGIBLE' },
      });
    },
  );
  // …then its calendar moves so that now is inside the judging window.
  await api.expect(200, 'PATCH', `/api/editions/${judging.id}`, {
    token: organiser,
    json: {
      nominationsOpenAt: iso(now - 20 * DAY),
      nominationsCloseAt: iso(now - 10 * DAY),
      judgingOpenAt: iso(now - DAY),
      judgingCloseAt: iso(now + DAY),
      announcementAt: iso(now + 10 * DAY),
    },
  });
  await api.expect(200, 'PUT', `/api/tracks/${judgingTrack.id}/panel`, {
    token: organiser,
    json: { members: judgeUsers.map((j) => ({ judgeId: j.id })) },
  });
  const plan = await api.expect(200, 'POST', `/api/tracks/${judgingTrack.id}/assignments/auto`, {
    token: organiser,
  });
  if (plan.unassigned.length > 0)
    throw new Error(`automatic assignment left ${plan.unassigned.length} unassigned`);
  return {
    organiser,
    intakeEditionId: intake.id,
    intakeTrack,
    judgingTrack,
    nominators: nominatorUsers,
    judges: judgeUsers,
    assignments: plan.created.map((a) => ({ id: a.id, judgeId: a.judgeId })),
  };
}

// ----------------------------------------------------------------------------------------------------- load

/**
 * The ledger of one round: every write sent, with what the client knows about it. `acked`: a 2xx answer with
 * its whole body arrived. `unknown`: no complete answer (the server died meanwhile): it may or may not be
 * stored, both are correct. `refused`: a non-2xx answer (must not happen before the kill; reported).
 */
function newLedger() {
  return { nominations: new Map(), sheets: new Map(), refused: [], counts: { acked: 0, unknown: 0 } };
}

async function send(ledger, fn) {
  try {
    const res = await fn();
    if (res.status >= 200 && res.status < 300) {
      ledger.counts.acked++;
      return { outcome: 'acked', body: res.body };
    }
    return { outcome: 'refused', res };
  } catch (error) {
    ledger.counts.unknown++;
    return { outcome: 'unknown', error };
  }
}

async function nominatorClient(api, setup, nominator, ledger, stop, n) {
  let i = 0;
  while (!stop.now) {
    const body = nominationBody(
      setup.intakeTrack.id,
      nominator.institution.id,
      nominator.institution.stateCode,
      `C${n}-${i++}`,
    );
    const created = await send(ledger, () =>
      api.call('POST', '/api/nominations', { token: nominator.token, json: body }),
    );
    if (created.outcome !== 'acked') return note(ledger, stop, 'create nomination', created);
    const entry = {
      id: created.body.id,
      body,
      attachments: [],
      pendingAttachment: null,
      receipt: null,
      submitSent: false,
    };
    ledger.nominations.set(entry.id, entry);
    if (random() < 0.5) {
      const bytes = Buffer.concat([PDF, Buffer.from(`% ${randomBytes(16).toString('hex')}\n`)]);
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), `evidencia-${i}.pdf`);
      entry.pendingAttachment = { sha256: sha256(bytes), size: bytes.length };
      const attached = await send(ledger, () =>
        api.call('POST', `/api/nominations/${entry.id}/attachments`, { token: nominator.token, form }),
      );
      if (attached.outcome !== 'acked') return note(ledger, stop, 'attach', attached);
      entry.attachments.push({
        id: attached.body.id,
        sha256: attached.body.sha256,
        expected: entry.pendingAttachment,
      });
      entry.pendingAttachment = null;
    }
    entry.submitSent = true;
    const submitted = await send(ledger, () =>
      api.call('POST', `/api/nominations/${entry.id}/submit`, { token: nominator.token }),
    );
    if (submitted.outcome !== 'acked') return note(ledger, stop, 'submit', submitted);
    entry.receipt = submitted.body;
  }
}

async function judgeClient(api, setup, judge, assignments, ledger, stop) {
  const rubric = setup.judgingTrack.rubric;
  const scores = () =>
    Object.fromEntries(rubric.map((c) => [c.key, c.min + Math.floor(random() * (c.max - c.min + 1))]));
  for (const assignment of assignments) {
    if (stop.now) return;
    const entry = { id: assignment.id, draft: null, submitted: null, inFlight: null, sheetId: null };
    ledger.sheets.set(assignment.id, entry);
    const draft = { scores: scores(), comment: `Borrador ${randomBytes(4).toString('hex')}` };
    entry.inFlight = { kind: 'draft', ...draft };
    const saved = await send(ledger, () =>
      api.call('PUT', `/api/assignments/${assignment.id}/score-sheet`, { token: judge.token, json: draft }),
    );
    if (saved.outcome !== 'acked') return note(ledger, stop, 'save sheet', saved);
    entry.draft = draft;
    entry.sheetId = saved.body.id;
    if (stop.now) return (entry.inFlight = null);
    const final = { scores: scores(), comment: `Evaluación ${randomBytes(4).toString('hex')}` };
    entry.inFlight = { kind: 'submit', ...final };
    const submitted = await send(ledger, () =>
      api.call('POST', `/api/assignments/${assignment.id}/score-sheet/submit`, {
        token: judge.token,
        json: final,
      }),
    );
    if (submitted.outcome !== 'acked') return note(ledger, stop, 'submit sheet', submitted);
    entry.submitted = final;
    entry.inFlight = null;
  }
}

function note(ledger, stop, what, result) {
  if (result.outcome === 'refused' && !stop.killed) {
    ledger.refused.push(`${what}: ${result.res.status} ${JSON.stringify(result.res.body)}`);
  }
}

// --------------------------------------------------------------------------------------------------- verify

/** Everything a round checks after the restart; returns a list of problems (empty: the round passed). */
async function verify(api, setup, ledger, receiptHash) {
  const problems = [];
  const token = setup.organiser;
  const found = { nominations: 0, submitted: 0, attachments: 0, sheetWrites: 0 };

  // Every nomination of the intake edition, acknowledged or not, must be whole: a submitted one's stored
  // receipt hash recomputes from its stored content and attachments; every attachment row has its file.
  const stored = new Map();
  for (let page = 1; ; page++) {
    const res = await api.expect(
      200,
      'GET',
      `/api/nominations?editionId=${setup.intakeEditionId}&page=${page}&pageSize=100`,
      { token },
    );
    for (const n of res.items) stored.set(n.id, n);
    if (page * res.pageSize >= res.total) break;
  }
  for (const id of stored.keys()) {
    const n = await api.expect(200, 'GET', `/api/nominations/${id}`, { token });
    stored.set(id, n);
    for (const a of n.attachments) {
      const file = await api.call('GET', `/api/nominations/${id}/attachments/${a.id}`, { token, raw: true });
      if (file.status !== 200) problems.push(`attachment ${a.id} of ${id}: its file answers ${file.status}`);
      else if (sha256(file.body) !== a.sha256)
        problems.push(`attachment ${a.id} of ${id}: file content does not match its SHA-256`);
    }
    if (n.status === 'SUBMITTED') {
      const recomputed = receiptHash({
        key: n.key,
        trackCode: setup.intakeTrack.code,
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
        attachments: n.attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
      });
      if (recomputed !== n.receiptHash)
        problems.push(`nomination ${id}: stored receipt hash does not match its content`);
    }
  }

  // Every acknowledged write is there, as acknowledged.
  for (const entry of ledger.nominations.values()) {
    const n = stored.get(entry.id);
    if (!n) {
      problems.push(`acknowledged nomination ${entry.id} is missing`);
      continue;
    }
    found.nominations++;
    if (n.title !== entry.body.title || n.description !== entry.body.description) {
      problems.push(`nomination ${entry.id}: stored content differs from what was acknowledged`);
    }
    for (const a of entry.attachments) {
      const row = n.attachments.find((x) => x.id === a.id);
      if (!row || row.sha256 !== a.sha256 || a.sha256 !== a.expected.sha256 || row.size !== a.expected.size) {
        problems.push(`acknowledged attachment ${a.id} of ${entry.id} is missing or altered`);
      } else found.attachments++;
    }
    const extra = n.attachments.filter((x) => !entry.attachments.some((a) => a.id === x.id));
    if (extra.length > (entry.pendingAttachment ? 1 : 0))
      problems.push(`nomination ${entry.id}: attachments nobody sent`);
    if (entry.receipt) {
      if (
        n.status !== 'SUBMITTED' ||
        n.receiptHash !== entry.receipt.sha256 ||
        new Date(n.submittedAt).toISOString() !== new Date(entry.receipt.submittedAt).toISOString()
      ) {
        problems.push(
          `acknowledged submission of ${entry.id}: stored ${n.status} ${n.receiptHash}, receipt ${entry.receipt.sha256}`,
        );
      } else found.submitted++;
    } else if (n.status !== 'DRAFT' && !(entry.submitSent && n.status === 'SUBMITTED')) {
      problems.push(`nomination ${entry.id} is ${n.status} though no submission was sent`);
    }
  }

  // Score sheets: the last acknowledged state, or the one in flight at the kill.
  const same = (a, b) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
  for (const entry of ledger.sheets.values()) {
    if (!entry.draft && !entry.inFlight) continue;
    const view = await api.expect(200, 'GET', `/api/assignments/${entry.id}`, { token });
    const sheet = view.scoreSheet;
    const acked = entry.submitted
      ? { status: 'SUBMITTED', ...entry.submitted }
      : entry.draft
        ? { status: 'DRAFT', ...entry.draft }
        : null;
    const landed = entry.inFlight
      ? { status: entry.inFlight.kind === 'submit' ? 'SUBMITTED' : 'DRAFT', ...entry.inFlight }
      : null;
    const matches = (want) =>
      want &&
      sheet &&
      sheet.status === want.status &&
      same(sheet.scores, want.scores) &&
      sheet.comment === want.comment;
    if (matches(acked) || matches(landed) || (!acked && !sheet)) {
      // The row holds the last acknowledged write (or a later one that was in flight): every acknowledged
      // write to this sheet is accounted for.
      found.sheetWrites += (entry.draft ? 1 : 0) + (entry.submitted ? 1 : 0);
    } else {
      problems.push(
        `score sheet of assignment ${entry.id}: stored ${JSON.stringify(sheet && { status: sheet.status, scores: sheet.scores })}, acknowledged ${JSON.stringify(acked)}`,
      );
    }
  }

  // Each acknowledged submission has its audit entry (written in the same transaction), and the chain holds.
  const audited = await auditedIds(api, token, 'nomination.submit');
  for (const entry of ledger.nominations.values()) {
    if (entry.receipt && !audited.has(entry.id))
      problems.push(`submission of ${entry.id} has no audit entry`);
  }
  const chain = await api.expect(200, 'GET', '/api/audit/verify', { token });
  if (!chain.ok) problems.push(`audit chain broken: ${JSON.stringify(chain.firstBroken)}`);
  return { problems, found, auditEntries: chain.count, storedNominations: stored.size };
}

async function auditedIds(api, token, action) {
  const ids = new Set();
  let after = null;
  for (;;) {
    const query = `action=${action}&order=asc&limit=200${after === null ? '' : `&afterSeq=${after}`}`;
    const page = await api.expect(200, 'GET', `/api/audit?${query}`, { token });
    for (const e of page.items) ids.add(e.entityId);
    if (page.nextAfterSeq === null) return ids;
    after = page.nextAfterSeq;
  }
}

function sortKeys(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

// ---------------------------------------------------------------------------------------------------- round

async function freshDatabase(dialect, work, round) {
  if (dialect === 'sqlite') {
    return {
      url: `sqlite:${path.join(work, `round-${round}`, 'awards.sqlite')}`,
      drop: async () => undefined,
    };
  }
  const { Client } = require('pg');
  const name = `recon_crash_${process.pid}_${round}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function postgresReachable() {
  const { Client } = require('pg');
  const client = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    return error.message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function runRound(dialect, round, dist, work, receiptHash) {
  const dir = path.join(work, `round-${round}`);
  fs.mkdirSync(dir, { recursive: true });
  const database = await freshDatabase(dialect, work, round);
  const logFile = path.join(dir, 'server.log');
  const env = {
    NODE_ENV: 'production',
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    UPLOADS_DIR: path.join(dir, 'uploads'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    AUTH_THROTTLE_LIMIT: '100000',
    LOG_LEVEL: 'warn',
  };
  let server;
  try {
    server = await startServer(dist, env, logFile);
    const firstStartMs = server.startMs;
    const api = new Api(server.base);
    const nominatorClients = Math.ceil(CLIENTS / 2);
    const judgeCount = 3; // k = 3 (the default track settings)
    const setupStarted = Date.now();
    const setup = await setUp(api, {
      nominators: Math.min(2, nominatorClients),
      judges: judgeCount,
      judgingNominations: 24,
    });

    const setupMs = Date.now() - setupStarted;
    // Load: nominator clients and judge clients (each owns some of one judge's assignments).
    const ledger = newLedger();
    const stop = { now: false, killed: false };
    const judgeClients = CLIENTS - nominatorClients;
    const byClient = Array.from({ length: judgeClients }, () => []);
    const judgeOfClient = Array.from(
      { length: judgeClients },
      (_, c) => setup.judges[c % setup.judges.length],
    );
    for (const a of setup.assignments) {
      const owners = judgeOfClient.map((j, c) => (j.id === a.judgeId ? c : -1)).filter((c) => c >= 0);
      if (owners.length > 0) byClient[pick(owners)].push(a);
    }
    const killAt = Math.round(LOAD_MS * (0.3 + 0.7 * random()));
    const loadStarted = Date.now();
    const clients = [
      ...Array.from({ length: nominatorClients }, (_, c) =>
        nominatorClient(api, setup, setup.nominators[c % setup.nominators.length], ledger, stop, c),
      ),
      ...byClient.map((list, c) => judgeClient(api, setup, judgeOfClient[c], list, ledger, stop)),
    ];
    await sleep(killAt);
    stop.now = true;
    stop.killed = true;
    await killHard(server.child);
    const killedAfter = Date.now() - loadStarted;
    await Promise.all(clients);

    // Restart on the same database and uploads, then check.
    server = await startServer(dist, env, logFile);
    const restartMs = server.startMs;
    const verifyStarted = Date.now();
    const result = await verify(new Api(server.base), setup, ledger, receiptHash);
    const verifyMs = Date.now() - verifyStarted;
    if (ledger.refused.length > 0)
      result.problems.push(...ledger.refused.map((r) => `refused before the kill: ${r}`));
    const acked = {
      nominations: ledger.nominations.size,
      attachments: [...ledger.nominations.values()].reduce((s, n) => s + n.attachments.length, 0),
      submissions: [...ledger.nominations.values()].filter((n) => n.receipt).length,
      sheetDrafts: [...ledger.sheets.values()].filter((s) => s.draft).length,
      sheetSubmissions: [...ledger.sheets.values()].filter((s) => s.submitted).length,
    };
    const ackedTotal = ledger.counts.acked;
    const foundTotal =
      result.found.nominations + result.found.attachments + result.found.submitted + result.found.sheetWrites;
    return {
      dialect,
      round,
      firstStartMs,
      setupMs,
      verifyMs,
      killAtMs: killedAfter,
      acked,
      ackedWrites: ackedTotal,
      inFlightAtKill: ledger.counts.unknown,
      foundAfterRestart: foundTotal,
      restartMs,
      auditEntries: result.auditEntries,
      problems: result.problems,
    };
  } finally {
    if (server) await stopGracefully(server.child);
    await database.drop().catch((e) => console.warn(`could not drop the round's database: ${e.message}`));
  }
}

// ----------------------------------------------------------------------------------------------------- main

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'recon-crash-'));
  fs.mkdirSync(path.join(work, 'build'), { recursive: true });
  const t0 = Date.now();
  console.log(
    `crash-test: ${ROUNDS} round(s) on ${DATABASES.join(' and ')}, ${CLIENTS} clients, load ≤ ${LOAD_MS} ms, seed ${initialSeed}`,
  );
  const dist = build(work);
  console.log(`crash-test: server built (${opts.build}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { receiptHash } = require(path.join(dist, 'domain', 'intake', 'receipt.js'));

  const results = [];
  let failed = false;
  for (const dialect of DATABASES) {
    if (dialect === 'postgres') {
      const reachable = await postgresReachable();
      if (reachable !== true) {
        if (CI) {
          console.error(
            `crash-test: PostgreSQL at ${PG_URL} is required in CI and not reachable: ${reachable}`,
          );
          failed = true;
        } else
          console.warn(
            `\n*** SKIPPED: crash test on PostgreSQL (${PG_URL} not reachable: ${reachable}) ***\n`,
          );
        continue;
      }
    }
    for (let round = 1; round <= ROUNDS; round++) {
      let r;
      try {
        r = await runRound(dialect, round, dist, work, receiptHash);
      } catch (error) {
        r = { dialect, round, problems: [`round failed: ${error.stack || error.message}`] };
      }
      results.push(r);
      const ok = r.problems.length === 0;
      failed ||= !ok;
      console.log(
        `${dialect.padEnd(8)} round ${String(round).padStart(2)}: ` +
          (r.ackedWrites === undefined
            ? 'FAILED'
            : `killed at ${r.killAtMs} ms; ${r.ackedWrites} writes acknowledged, ${r.foundAfterRestart} found after restart, ` +
              `${r.inFlightAtKill} in flight; restart ${r.restartMs} ms; audit ${r.auditEntries} entries ${ok ? 'intact' : ''} ` +
              `(first start ${r.firstStartMs} ms, setup ${r.setupMs} ms, checks ${r.verifyMs} ms)`) +
          (ok ? '' : `\n  ${r.problems.slice(0, 20).join('\n  ')}`),
      );
    }
  }

  const summary = summarise(results);
  for (const line of summary.lines) console.log(line);
  if (opts.report)
    fs.writeFileSync(
      opts.report,
      `${JSON.stringify({ seed: initialSeed, loadMs: LOAD_MS, clients: CLIENTS, results, summary: summary.data }, null, 2)}\n`,
    );
  if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`crash-test: kept ${work}`);
  console.log(`crash-test: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}

function summarise(results) {
  const data = {};
  const lines = [];
  for (const dialect of DATABASES) {
    const rs = results.filter((r) => r.dialect === dialect && r.ackedWrites !== undefined);
    if (rs.length === 0) continue;
    const stat = (f) => {
      const v = rs.map(f).sort((a, b) => a - b);
      return {
        min: v[0],
        median: v[Math.floor(v.length / 2)],
        max: v[v.length - 1],
        sum: v.reduce((s, x) => s + x, 0),
      };
    };
    data[dialect] = {
      rounds: rs.length,
      passed: rs.filter((r) => r.problems.length === 0).length,
      ackedWrites: stat((r) => r.ackedWrites),
      foundAfterRestart: stat((r) => r.foundAfterRestart),
      inFlightAtKill: stat((r) => r.inFlightAtKill),
      restartMs: stat((r) => r.restartMs),
    };
    const d = data[dialect];
    lines.push(
      `${dialect}: ${d.passed}/${d.rounds} rounds passed; acknowledged writes per round ${d.ackedWrites.min}–${d.ackedWrites.max} ` +
        `(median ${d.ackedWrites.median}, total ${d.ackedWrites.sum}), found after restart ${d.foundAfterRestart.sum}/${d.ackedWrites.sum}; ` +
        `restart ${d.restartMs.min}–${d.restartMs.max} ms (median ${d.restartMs.median})`,
    );
  }
  return { data, lines };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
