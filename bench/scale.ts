/**
 * Scale table (`npm run bench:scale`, optionally `-- --json <file>`): judge assignment and results computation at
 * 1×, 10×, 100× and 1,000× the 2018 size (1× = 100 nominations, 20 judges, k = 3, 6 criteria), in one table.
 *
 * It runs the two benchmarks' own scale modes — `bench/assign.ts --scale` and `bench/results.ts --scale` —
 * each in its own process (so one's memory does not weigh on the other), and merges their tables by scale. The
 * instances, the caps on what does not fit in memory and the timing rules are theirs; see each file.
 * Next to each time, the growth over the previous row (the input grows 10× per row).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

type Row = Record<string, string>;

/** Runs one benchmark script with `--scale`; returns its standard output (fails loudly otherwise). */
function runScale(script: string): string {
  process.stderr.write(`bench:scale: running ${script} --scale…\n`);
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'),
      '--transpile-only',
      join(ROOT, script),
      '--scale',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    throw new Error(`${script} --scale failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  return result.stdout;
}

const unquote = (cell: string) => cell.trim().replace(/^'(.*)'$/, '$1');

/** Rows of a console.table (box-drawing characters) as objects keyed by the header. */
function parseConsoleTable(text: string): Row[] {
  const lines = text.split('\n').filter((l) => l.startsWith('│'));
  if (lines.length < 2) return [];
  const cells = (line: string) => line.split('│').slice(1, -1).map(unquote);
  const header = cells(lines[0]);
  return lines.slice(1).map((line) => Object.fromEntries(cells(line).map((c, i) => [header[i], c])));
}

/** Rows of a Markdown table as objects keyed by the header; short rows keep their first cells. */
function parseMarkdownTable(text: string): Row[] {
  const lines = text.split('\n').filter((l) => l.startsWith('|') && !/^\|[-| :]+\|$/.test(l));
  if (lines.length < 2) return [];
  const cells = (line: string) => line.split('|').slice(1, -1).map(unquote);
  const header = cells(lines[0]);
  return lines.slice(1).map((line) => Object.fromEntries(cells(line).map((c, i) => [header[i], c])));
}

/** `value` with its growth over `previous`, e.g. "1615 (×15)". */
function withGrowth(value: string | undefined, previous: string | undefined): string {
  if (value === undefined || value === '') return '—';
  const v = Number(value);
  const p = Number(previous);
  if (!Number.isFinite(v) || !Number.isFinite(p) || p <= 0) return value;
  const growth = v / p;
  return `${value} (×${growth >= 10 ? growth.toFixed(0) : growth.toFixed(1)})`;
}

function printTable(rows: Row[]): void {
  const header = Object.keys(rows[0]);
  const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => (r[h] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(header.map((h) => row[h] ?? '')));
}

function main(): void {
  const jsonAt = process.argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? resolve(process.argv[jsonAt + 1] ?? 'bench-scale.json') : null;
  const load = os.loadavg()[0];
  const assignOut = runScale('bench/assign.ts');
  const resultsOut = runScale('bench/results.ts');
  const assign = parseConsoleTable(assignOut);
  const results = parseMarkdownTable(resultsOut);
  if (assign.length === 0 || results.length === 0) {
    console.log('bench:scale: could not read one of the tables; the raw outputs follow.\n');
    console.log(assignOut);
    console.log(resultsOut);
    process.exitCode = 1;
    return;
  }
  const resultsOf = (structure: string, scale: string) =>
    results.find((r) => r.structure === structure && r.scale === scale);

  const rows: Row[] = [];
  let previous: { assign?: Row; panels?: Row; onePanel?: Row } = {};
  for (const a of assign) {
    const panels = resultsOf('PANELS', a.scale);
    const onePanel = resultsOf('ONE_PANEL', a.scale);
    const notRun = (r: Row | undefined) => r !== undefined && r.total === undefined;
    rows.push({
      scale: a.scale,
      nominations: a.nominations,
      'judges (assign)': a.judges,
      'eligible pairs': a.edges,
      'assign ms': withGrowth(a['total ms'], previous.assign?.['total ms']),
      'assign cpu ms': a['cpu ms'] ?? '',
      sheets: panels?.sheets ?? onePanel?.sheets ?? '',
      'results MEAN ms': withGrowth(panels?.MEAN, previous.panels?.MEAN),
      'results CALIBRATED ms': withGrowth(panels?.CALIBRATED, previous.panels?.CALIBRATED),
      'results all methods ms': withGrowth(panels?.total, previous.panels?.total),
      'one panel: all methods ms': notRun(onePanel)
        ? 'not run (dense system)'
        : withGrowth(onePanel?.total, previous.onePanel?.total),
    });
    previous = { assign: a, panels, onePanel };
  }

  console.log(
    `\nScale: 1× = 100 nominations, 20 judges, k = 3, 6 criteria; node ${process.version}, ` +
      `${os.cpus().length} cpus, load average ${load.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end`,
  );
  printTable(rows);
  console.log(
    [
      'assign ms: build + solve of the exact assignment (bench/assign.ts; at 1,000× the panel is capped so that',
      '  nominations × judges stays within BENCH_MAX_PAIRS, see the judges column).',
      'results ms: computeTrackResults per aggregation method, robustness off (bench/results.ts); "results" columns',
      '  are the PANELS structure (judges in panels of 20, one connected track); "one panel" draws every nomination',
      '  from one panel of all the judges (CALIBRATED then solves a dense system: 1,000× is not run).',
      '(×n): growth over the previous row, whose input is 10× smaller.',
    ].join('\n'),
  );
  if (jsonFile) {
    writeFileSync(
      jsonFile,
      `${JSON.stringify({ loadAverageAtStart: load, rows, assign, results, raw: { assignOut, resultsOut } }, null, 2)}\n`,
    );
    console.log(`written to ${jsonFile}`);
  }
}

main();
