#!/usr/bin/env node
// Builds dist/ with tsc (incremental, tsconfig.build.json) only when it is older than the sources, so that
// the CLI and the tests that spawn the server run compiled code without paying for a build every time.
//
//   node scripts/build-if-stale.js        exit 0 when dist/ is current (built now or already), 1 when tsc failed
//
// "Current" means: dist/.tsbuildinfo is newer than every file and folder under src/, db/migrations/ and db/seeds/
// (a rename changes its folder's time), db/data-source.ts and the tsconfig files (db/ also holds the default
// SQLite database and other runtime files, which are not sources). After a successful build the build info is dated to the moment
// the build started, so a file saved during the build makes the next call build again. Concurrent callers
// (parallel test workers, a CLI run during a test run) take turns through a lock directory in dist/.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const BUILD_INFO = path.join(DIST, '.tsbuildinfo');
const LOCK = path.join(DIST, '.build-lock');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'db/data-source.ts'].map((f) => path.join(ROOT, f));
const SOURCE_DIRS = ['src', 'db/migrations', 'db/seeds'].map((d) => path.join(ROOT, d));
const LOCK_WAIT_MS = 10 * 60_000;

function newestSource(dir) {
  let newest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (!entry.name.endsWith('.spec.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** True when dist/ lacks a build or a source is newer than it. */
function isStale() {
  if (!fs.existsSync(BUILD_INFO) || !fs.existsSync(path.join(DIST, 'src', 'main.js'))) return true;
  const built = fs.statSync(BUILD_INFO).mtimeMs;
  const newest = Math.max(...SOURCE_DIRS.map(newestSource), ...CONFIGS.map((f) => fs.statSync(f).mtimeMs));
  return newest > built;
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function holderAlive() {
  try {
    process.kill(Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error.code === 'EPERM';
  }
}

function withLock(work) {
  fs.mkdirSync(DIST, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A holder that died (killed test run) leaves the lock behind; its pid tells.
      if (fs.existsSync(path.join(LOCK, 'pid')) && !holderAlive())
        fs.rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`build lock ${LOCK} held for too long`);
      else sleep(200);
    }
  }
  try {
    fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
    return work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds when stale; returns true when dist/ is current. tsc's output goes to stderr, so a command's stdout
 * stays its result.
 */
function ensureBuilt() {
  if (!isStale()) return true;
  return withLock(() => {
    if (!isStale()) return true; // another caller built it while this one waited
    const startedAt = new Date();
    process.stderr.write('Building dist/ (tsc, incremental)…\n');
    const tsc = require.resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    if (result.status !== 0) return false;
    // The pages' templates and static files are build output too (as in `npm run build`).
    const copy = spawnSync(process.execPath, [path.join(__dirname, 'copy-web-files.js')], {
      cwd: ROOT,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    if (copy.status !== 0) return false;
    // tsc leaves the build info untouched when nothing changed; date it so the check above sees a build.
    fs.utimesSync(BUILD_INFO, startedAt, startedAt);
    return true;
  });
}

module.exports = { ensureBuilt, isStale };

if (require.main === module) process.exit(ensureBuilt() ? 0 : 1);
