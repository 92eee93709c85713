/**
 * npm run bench [-- --json]
 * - engine: rows per second for layout detection plus evaluation on generated trackers of 1,000,
 *   10,000 and 100,000 rows (goal: >= 200,000 rows/s in Node). "first" is the first evaluation
 *   (cold caches, as in a fresh Apps Script run), "best" the best of several after warm-up.
 * - scan and onEdit: the built add-on (dist/apps-script/Code.js) on the local Apps Script host,
 *   over trackers of 1,000, 10,000 and 50,000 rows: Spreadsheet service calls (what costs time in
 *   Apps Script) and milliseconds here for a full scan and for a one-row edit.
 * - fuzz: the summary of `npm run fuzz:cli` (scripts/fuzz-cli.ts) on the built CLI: cases, the
 *   worst wall time and the worst peak memory of one scan, and how many cases failed.
 * With --json the last line is one JSON object, for scripts.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createHost, loadBundle, spreadsheetFromGrid } from '../apps-script/local-host/index.ts';
import type { SetupProposal } from '../apps-script/server/views.ts';
import { dayFromIso } from '../shared/dates.ts';
import { evaluateTracker } from '../shared/evaluate.ts';
import { generateTracker } from './tracker-generator.ts';

const TODAY = dayFromIso('2026-11-26')!;
const json = process.argv.includes('--json');
const say = (line: string): void => {
  if (!json) console.log(line);
};

function timeOnce(grid: ReturnType<typeof generateTracker>): number {
  const start = performance.now();
  const result = evaluateTracker(grid, { today: TODAY });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.error.message);
  return ms;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

const engine: { rows: number; rowsPerSecond: number; ms: number; firstMs: number }[] = [];
for (const rows of [1_000, 10_000, 100_000]) {
  const grid = generateTracker(rows, rows);
  const first = timeOnce(grid);
  // Warm up the JIT, then keep the best of several runs: the machine is shared and noisy.
  for (let i = 0; i < 3; i++) timeOnce(grid);
  let best = Infinity;
  for (let i = 0; i < (rows >= 100_000 ? 5 : 15); i++) best = Math.min(best, timeOnce(grid));
  const rowsPerSecond = Math.round(rows / (best / 1000));
  engine.push({ rows, rowsPerSecond, ms: round(best), firstMs: round(first) });
  say(`engine  ${String(rows).padStart(7)} rows  first ${first.toFixed(1).padStart(7)} ms  best ${best.toFixed(1).padStart(7)} ms  ${rowsPerSecond.toLocaleString('en-US').padStart(9)} rows/s`);
}

const scan: { rows: number; calls: number; ms: number }[] = [];
const onEdit: { rows: number; calls: number; ms: number }[] = [];
const bundlePath = join(import.meta.dirname, '..', 'dist', 'apps-script', 'Code.js');
for (const rows of [1_000, 10_000, 50_000]) {
  const host = createHost({ spreadsheet: spreadsheetFromGrid('Bench', 'Tracker', generateTracker(rows, rows) as never), now: () => new Date(2026, 10, 26, 9) });
  const run = loadBundle(bundlePath, host);
  const proposal = run.proposeSetup!() as SetupProposal;
  run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) });

  host.counts.reset();
  let start = performance.now();
  run.rescan!();
  scan.push({ rows, calls: host.counts.byService.SpreadsheetApp ?? 0, ms: round(performance.now() - start) });

  const ss = host.globals.SpreadsheetApp.getActiveSpreadsheet();
  const cell = ss.getSheetByName('Tracker').getRange(Math.floor(rows / 2), 3);
  cell.setValue('inspection-2026-11.pdf');
  host.counts.reset();
  start = performance.now();
  run.onEdit!({ range: cell, source: ss, value: 'inspection-2026-11.pdf' });
  onEdit.push({ rows, calls: host.counts.byService.SpreadsheetApp ?? 0, ms: round(performance.now() - start) });
  say(`add-on  ${String(rows).padStart(7)} rows  scan ${String(scan.at(-1)!.calls).padStart(2)} calls ${scan.at(-1)!.ms.toFixed(1).padStart(8)} ms   onEdit ${String(onEdit.at(-1)!.calls).padStart(2)} calls ${onEdit.at(-1)!.ms.toFixed(1).padStart(6)} ms`);
}

// The fuzz run in its own process: it spawns the CLI for each case and must not share this heap.
let fuzzOutput: string;
try {
  fuzzOutput = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fuzz-cli.ts'), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
} catch (error) {
  // It exits 1 when a case fails; its report is still on stdout.
  fuzzOutput = (error as { stdout?: string }).stdout ?? '';
}
const fuzz = JSON.parse(fuzzOutput.trim().split('\n').at(-1)!) as { cases: number; worstMs: number; worstMsCase: string; worstRssMb: number; worstRssCase: string; failures: string[] };
say(`fuzz    ${fuzz.cases} cases  worst ${(fuzz.worstMs / 1000).toFixed(2)} s (${fuzz.worstMsCase})  worst ${fuzz.worstRssMb} MB (${fuzz.worstRssCase})  ${fuzz.failures.length} failed`);

if (json) console.log(JSON.stringify({ engine, scan, onEdit, fuzz: { cases: fuzz.cases, worstMs: fuzz.worstMs, worstRssMb: fuzz.worstRssMb, failures: fuzz.failures } }));
