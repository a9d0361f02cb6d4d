#!/usr/bin/env node
// Runs every test: unit, medium, e2e and browser suites on SQLite, then the medium and e2e suites again on
// PostgreSQL.
// Each e2e suite makes its own database (a temporary SQLite file, or a fresh PostgreSQL database that it
// drops afterwards), so runs never see each other's rows. Without a reachable PostgreSQL the second run is
// skipped with a visible message, except in CI (CI=true), where that fails the run.
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');

const PG_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
const CI = process.env.CI === 'true';
const extraArgs = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const outDir = mkdtempSync(join(tmpdir(), 'recon-jest-'));

function jest(label, args, env) {
  const outputFile = join(outDir, `${label}.json`);
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--json', `--outputFile=${outputFile}`, ...args, ...extraArgs],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    totals.failed += 1;
  }
  return result.status === 0;
}

async function postgresReachable() {
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

async function main() {
  let ok = jest('unit + medium + e2e + browser on SQLite', ['--maxWorkers=2'], {
    DATABASE_URL: '',
    TEST_POSTGRES_URL: '',
  });

  const reachable = await postgresReachable();
  if (reachable === true) {
    ok =
      jest('medium + e2e on PostgreSQL', ['--selectProjects', 'medium', 'e2e', '--maxWorkers=2'], {
        DATABASE_URL: PG_URL,
        TEST_POSTGRES_URL: PG_URL,
      }) && ok;
  } else if (CI) {
    console.error(`\nPostgreSQL at ${PG_URL} is required in CI and not reachable: ${reachable}`);
    ok = false;
    totals.failed += 1;
  } else {
    console.warn(`\n*** SKIPPED: the e2e suites on PostgreSQL (${PG_URL} not reachable: ${reachable}) ***`);
  }

  rmSync(outDir, { recursive: true, force: true });
  console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
