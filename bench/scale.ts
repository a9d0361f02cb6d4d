/**
 * Scale table (`npm run bench:scale`, optionally `-- --json <file>`; `-- --from <file>` prints a saved run again): judge assignment and results computation at
 * 1×, 10×, 100× and 1,000× the 2018 size (1× = 100 nominations, 20 judges, k = 3, 6 criteria), in one table.
 *
 * It runs the two benchmarks' own scale modes — `bench/assign.ts --scale` and `bench/results.ts --scale` —
 * each in its own process (so one's memory does not weigh on the other), and merges their tables by scale. The
 * instances, the caps on what does not fit in memory and the timing rules are theirs; see each file.
 * Next to each time, the growth over the previous row (the input grows 10× per row).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

/** A cell "12.3" or "12.3 (4.5)" (wall time, then CPU time, as bench/results.ts prints them). */
function times(cell: string | undefined): { wall: number; cpu: number | null } | null {
  const match = /^([\d.]+)(?:\s*\(([\d.]+)\))?$/.exec(cell?.trim() ?? '');
  if (!match) return null;
  return { wall: Number(match[1]), cpu: match[2] === undefined ? null : Number(match[2]) };
}

/** `value` with its growth over `previous`, e.g. "1615 (×15)". */
function withGrowth(value: number | null | undefined, previous: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const shown = value >= 100 ? value.toFixed(0) : value.toFixed(1);
  if (previous === null || previous === undefined || !(previous > 0)) return shown;
  const growth = value / previous;
  return `${shown} (×${growth >= 10 ? growth.toFixed(0) : growth.toFixed(1)})`;
}

/** CPU time when the cell has it (less disturbed by other jobs on the machine), else wall time. */
const cpuOr = (cell: string | undefined) => {
  const t = times(cell);
  return t ? (t.cpu ?? t.wall) : null;
};

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
  const fromAt = process.argv.indexOf('--from');
  const saved =
    fromAt >= 0
      ? (JSON.parse(readFileSync(resolve(process.argv[fromAt + 1]), 'utf8')) as {
          loadAverageAtStart: number;
          raw: { assignOut: string; resultsOut: string };
        })
      : null;
  const load = saved?.loadAverageAtStart ?? os.loadavg()[0];
  const assignOut = saved?.raw.assignOut ?? runScale('bench/assign.ts');
  const resultsOut = saved?.raw.resultsOut ?? runScale('bench/results.ts');
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
    const notRun = onePanel !== undefined && onePanel.total === undefined;
    rows.push({
      scale: a.scale,
      nominations: a.nominations,
      'judges (assign)': a.judges,
      'eligible pairs': a.edges,
      'assign wall ms': a['total ms'] ?? '',
      'assign cpu ms': withGrowth(cpuOr(a['cpu ms']), cpuOr(previous.assign?.['cpu ms'])),
      sheets: panels?.sheets ?? onePanel?.sheets ?? '',
      'results wall ms': panels?.total ? String(times(panels.total)?.wall ?? '') : '',
      'results cpu ms': withGrowth(cpuOr(panels?.total), cpuOr(previous.panels?.total)),
      'MEAN cpu ms': withGrowth(cpuOr(panels?.MEAN), cpuOr(previous.panels?.MEAN)),
      'CALIBRATED cpu ms': withGrowth(cpuOr(panels?.CALIBRATED), cpuOr(previous.panels?.CALIBRATED)),
      'one panel cpu ms': notRun
        ? 'not run (dense system)'
        : withGrowth(cpuOr(onePanel?.total), cpuOr(previous.onePanel?.total)),
    });
    previous = { assign: a, panels, onePanel };
  }

  console.log(
    `\nScale: 1× = 100 nominations, 20 judges, k = 3, 6 criteria; node ${process.version}, ` +
      `${os.cpus().length} cpus, load average ${load.toFixed(2)} at start` +
      (saved ? ' (a saved run)' : `, ${os.loadavg()[0].toFixed(2)} at end`),
  );
  printTable(rows);
  console.log(
    [
      'assign ms: build + solve of the exact assignment (bench/assign.ts; at 1,000× the panel is capped so that',
      '  nominations × judges stays within BENCH_MAX_PAIRS, see the judges column).',
      'results: prepareTrack once + computePreparedTrackResults for each of the 5 aggregation methods, robustness',
      '  off (bench/results.ts), PANELS structure (judges in panels of 20, one connected track); MEAN and CALIBRATED:',
      '  that method alone; one panel: every nomination drawn from one panel of all the judges (CALIBRATED then',
      '  solves a dense system: 1,000× is not run).',
      'cpu ms: CPU time of the process (wall time inflates when other jobs share the machine); (×n): growth over',
      '  the previous row, whose input is 10× smaller.',
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
