/**
 * npm run bench [-- --json]
 * - engine: rows per second for layout detection plus evaluation on generated trackers of 1,000,
 *   10,000 and 100,000 rows (goal: >= 200,000 rows/s in Node). "first" is the first evaluation
 *   (cold caches, as in a fresh Apps Script run), "best" the best of several after warm-up.
 * - scan and onEdit: the built add-on (dist/apps-script/Code.js) on the local Apps Script host,
 *   over trackers of 1,000, 10,000 and 50,000 rows: Spreadsheet service calls (what costs time in
 *   Apps Script) and milliseconds here for a full scan and for a one-row edit.
 * - clip: one clip with a snapshot through doPost into an Evidence sheet of 10, 1,000 and 10,000
 *   rows: Spreadsheet calls (the same at every size), Drive calls, and milliseconds here.
 * - workbook: a whole workbook (a 60-row tracker, a 10 x 12 training matrix, a 2,000-row
 *   inspections log) beside its tracker alone: the add-on's scan on the local host (Spreadsheet
 *   calls, milliseconds per scan) and the CLI's scan of the sheets as CSV files, in process
 *   (milliseconds), each with the ratio workbook / tracker alone.
 * - fuzz: the summary of `npm run fuzz:cli` (scripts/fuzz-cli.ts) on the built CLI: cases, the
 *   worst wall time and the worst peak memory of one scan, and how many cases failed.
 * - cli: `secor-ready scan --json` of a generated 100,000-row CSV against parsing the same file
 *   with papaparse, each a whole Node process timed on the wall clock, in alternating pairs on one
 *   machine in one run; the median of the pairs' ratios (goal: at most 2) beside the absolute times.
 * With --json the last line is one JSON object, for scripts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { createHost, type GridCell, loadBundle, spreadsheetFromGrid, spreadsheetFromGrids } from '../apps-script/local-host/index.ts';
import type { SetupProposal } from '../apps-script/server/views.ts';
import { main as cliMain } from '../cli/main.ts';
import { dayFromIso } from '../shared/dates.ts';
import { evaluateTracker } from '../shared/evaluate.ts';
import { proposeSheetKind } from '../shared/index.ts';
import { generateLog, generateMatrix, generateTracker } from './tracker-generator.ts';

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
  say(
    `engine  ${String(rows).padStart(7)} rows  first ${first.toFixed(1).padStart(7)} ms  best ${best.toFixed(1).padStart(7)} ms  ${rowsPerSecond.toLocaleString('en-US').padStart(9)} rows/s`,
  );
}

const scan: { rows: number; calls: number; changedCalls: number; ms: number }[] = [];
const onEdit: { rows: number; calls: number; farCalls: number; ms: number }[] = [];
const bundlePath = join(import.meta.dirname, '..', 'dist', 'apps-script', 'Code.js');
for (const rows of [1_000, 10_000, 50_000]) {
  const host = createHost({ spreadsheet: spreadsheetFromGrid('Bench', 'Tracker', generateTracker(rows, rows) as never), now: () => new Date(2026, 10, 26, 9) });
  const run = loadBundle(bundlePath, host);
  const proposal = run.proposeSetup!() as SetupProposal;
  run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) });
  const ss = host.globals.SpreadsheetApp.getActiveSpreadsheet();
  const tracker = ss.getSheetByName('Tracker');
  const calls = () => host.counts.byService.SpreadsheetApp ?? 0;

  // A scan with no verdict changed writes nothing; one with a changed verdict writes once.
  host.counts.reset();
  let start = performance.now();
  run.rescan!();
  const ms = round(performance.now() - start);
  const unchanged = calls();
  // A Readiness cell that no longer says what the engine says (typed over by hand) must be rewritten.
  const readiness = tracker.getRange(proposal.headerRow!, 1, 1, tracker.getLastColumn()).getValues()[0].indexOf('Readiness') + 1;
  tracker.getRange(Math.floor(rows / 3), readiness).setValue('stale');
  host.counts.reset();
  run.rescan!();
  scan.push({ rows, calls: unchanged, changedCalls: calls(), ms });

  // An edit near the header is read with it in one call; one far below reads the header apart.
  const near = tracker.getRange(20, 3);
  near.setValue('inspection-2026-11.pdf');
  host.counts.reset();
  start = performance.now();
  run.onEdit!({ range: near, source: ss, value: 'inspection-2026-11.pdf' });
  const nearMs = round(performance.now() - start);
  const nearCalls = calls();
  const far = tracker.getRange(Math.floor(rows / 2), 3);
  far.setValue('inspection-2026-11.pdf');
  host.counts.reset();
  run.onEdit!({ range: far, source: ss, value: 'inspection-2026-11.pdf' });
  onEdit.push({ rows, calls: nearCalls, farCalls: calls(), ms: nearMs });
  const s = scan.at(-1)!;
  const e = onEdit.at(-1)!;
  say(
    `add-on  ${String(rows).padStart(7)} rows  scan ${s.calls}/${s.changedCalls} calls ${s.ms.toFixed(1).padStart(8)} ms   onEdit ${e.calls}/${e.farCalls} calls ${e.ms.toFixed(1).padStart(6)} ms`,
  );
}
say('(scan: calls with no verdict changed / with one changed; onEdit: an edit near the header / far below it)');

// A clip (with a snapshot) into an Evidence sheet of 10, 1,000 and 10,000 rows: the id is found by
// one TextFinder and the sheet is never read whole, so calls must not grow with its rows.
const clip: { evidenceRows: number; calls: number; driveCalls: number; ms: number }[] = [];
for (const evidenceRows of [10, 1_000, 10_000]) {
  const driveDir = mkdtempSync(join(tmpdir(), 'secor-bench-drive-'));
  const host = createHost({
    spreadsheet: spreadsheetFromGrid('Bench', 'Tracker', generateTracker(1_000, 1_000) as never),
    now: () => new Date(2026, 10, 26, 9),
    driveDir,
    webAppUrl: 'https://script.google.com/macros/s/bench/exec',
  });
  const run = loadBundle(bundlePath, host);
  const proposal = run.proposeSetup!() as SetupProposal;
  run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) });
  // The coordinator confirms the web app's address before anyone pairs (as in Connect the clipper).
  run.confirmClipperAddress!('https://script.google.com/macros/s/bench/exec');
  const { code } = run.connectClipperPerson!('Bench Person', null) as { code: string };
  const { token } = JSON.parse(Buffer.from(code, 'base64url').toString('utf8')) as { token: string };
  const post = (id: string) => {
    const body = JSON.stringify({
      v: 1,
      token,
      action: 'clip',
      clip: {
        id,
        url: 'https://example.com/cert',
        title: 'Certificate',
        capturedAt: '2026-11-26T15:00:00.000Z',
        recordDate: '2026-11-20',
        requirement: 'E1-01',
        excerpt: 'x',
        note: '',
        snapshot: { kind: 'png', name: 'shot.png', base64: Buffer.from(`png ${id}`).toString('base64') },
      },
    });
    const answer = JSON.parse((run.doPost!({ postData: { contents: body } }) as { getContent(): string }).getContent()) as {
      ok: boolean;
      error?: { message: string };
    };
    if (!answer.ok) throw new Error(`bench clip refused: ${answer.error?.message}`);
  };
  post('bench-clip-000000');
  // The Evidence sheet grown by copies of its first row with their own ids (with room below, as a sheet the add-on grew has).
  const sheet = host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Evidence');
  const [header, first] = sheet.getRange(1, 1, 2, sheet.getLastColumn()).getValues() as unknown[][];
  const idColumn = header!.indexOf('Clip id');
  if (sheet.getMaxRows() < evidenceRows + 10) sheet.insertRowsAfter(sheet.getMaxRows(), evidenceRows + 10 - sheet.getMaxRows());
  if (evidenceRows > 1)
    sheet
      .getRange(3, 1, evidenceRows - 1, header!.length)
      .setValues(
        Array.from({ length: evidenceRows - 1 }, (_, i) => first!.map((cell, c) => (c === idColumn ? `bench-clip-${String(i + 1).padStart(6, '0')}` : cell))),
      );
  host.counts.reset();
  const start = performance.now();
  post('bench-clip-new');
  clip.push({
    evidenceRows,
    calls: host.counts.byService.SpreadsheetApp ?? 0,
    driveCalls: host.counts.byService.Drive ?? 0,
    ms: round(performance.now() - start),
  });
  rmSync(driveDir, { recursive: true, force: true });
  const c = clip.at(-1)!;
  say(`clip    ${String(evidenceRows).padStart(7)} Evidence rows  ${c.calls} calls  ${c.driveCalls} Drive calls ${c.ms.toFixed(1).padStart(8)} ms`);
}

// A workbook as a team keeps one, beside its tracker alone: what reading the other sheets costs.
type Sheets = { name: string; grid: GridCell[][] }[];
const workbookSheets: Sheets = [
  { name: 'Tracker', grid: generateTracker(60, 60) as GridCell[][] },
  { name: 'Training', grid: generateMatrix(10, 12) as GridCell[][] },
  { name: 'Inspections', grid: generateLog(2_000) as GridCell[][] },
];
const trackerAlone = workbookSheets.slice(0, 1);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
const SCANS = 30;

/** The add-on set up on the tracker (the first sheet, active), then rescans with no verdict changed: calls of one, median ms. */
function addOnScan(sheets: Sheets): { calls: number; ms: number } {
  const host = createHost({ spreadsheet: spreadsheetFromGrids('Bench', sheets), now: () => new Date(2026, 10, 26, 9) });
  const run = loadBundle(bundlePath, host);
  const proposal = run.proposeSetup!() as SetupProposal;
  // The coordinator accepts each other sheet's proposed kind, so the scans below read and judge them.
  const sheetChoices = proposal.sheets.map(({ sheetId, kind, activity }) => ({ sheetId, kind, activity }));
  run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])), sheets: sheetChoices });
  host.counts.reset();
  run.rescan!();
  const calls = host.counts.byService.SpreadsheetApp ?? 0;
  const times: number[] = [];
  for (let i = 0; i < SCANS; i++) {
    const start = performance.now();
    run.rescan!();
    times.push(performance.now() - start);
  }
  // Hundredths: a scan of 60 rows takes about a millisecond.
  return { calls, ms: Math.round(median(times) * 100) / 100 };
}

/** The CLI's scan of the sheets written as CSV files (one workbook), in this process after a warm-up: median ms. */
async function cliScan(files: string[]): Promise<number> {
  const quiet = { stdout: () => undefined, stderr: (text: string) => void process.stderr.write(text) };
  const times: number[] = [];
  for (let i = 0; i < SCANS + 3; i++) {
    const start = performance.now();
    const code = await cliMain(['scan', ...files, '--json', '--today', '2026-11-26'], quiet);
    if (code !== 0) throw new Error(`bench: the CLI's scan of ${files.join(', ')} exited ${code}`);
    if (i >= 3) times.push(performance.now() - start);
  }
  return round(median(times));
}

const workbookDir = mkdtempSync(join(tmpdir(), 'secor-bench-workbook-'));
const csvFiles = workbookSheets.map(({ name, grid }) => {
  const file = join(workbookDir, `${name}.csv`);
  writeFileSync(file, Papa.unparse(grid.map((row) => row.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c ?? ''))))));
  return file;
});
const addOnAlone = addOnScan(trackerAlone);
const addOnBook = addOnScan(workbookSheets);
const cliAlone = await cliScan(csvFiles.slice(0, 1));
const cliBook = await cliScan(csvFiles);
rmSync(workbookDir, { recursive: true, force: true });
const workbook = {
  sheets: workbookSheets.map(({ name, grid }) => {
    const proposal = proposeSheetKind(name, grid);
    return { name, rows: grid.length, kind: proposal.kind === 'activity-log' ? `activity-log of ${proposal.activity}` : proposal.kind };
  }),
  addOn: {
    trackerCalls: addOnAlone.calls,
    calls: addOnBook.calls,
    callsRatio: ratio(addOnBook.calls, addOnAlone.calls),
    trackerMs: addOnAlone.ms,
    ms: addOnBook.ms,
    msRatio: ratio(addOnBook.ms, addOnAlone.ms),
  },
  cli: { trackerMs: cliAlone, ms: cliBook, ratio: ratio(cliBook, cliAlone) },
};
say(`workbook  ${workbook.sheets.map((s) => `${s.name} (${s.rows} rows, ${s.kind})`).join(', ')}`);
const w = workbook.addOn;
say(
  `add-on  scan ${w.calls} calls (tracker alone ${w.trackerCalls}, ratio ${w.callsRatio})  ${w.ms.toFixed(2)} ms (tracker alone ${w.trackerMs.toFixed(2)}, ratio ${w.msRatio})${w.calls === w.trackerCalls ? '; the scan reads the tracker only' : ''}`,
);
say(
  `cli     scan ${workbook.cli.ms.toFixed(1)} ms (tracker alone ${workbook.cli.trackerMs.toFixed(1)}, ratio ${workbook.cli.ratio}), in process, median of ${SCANS}`,
);

// The fuzz run in its own process: it spawns the CLI for each case and must not share this heap.
let fuzzOutput: string;
try {
  fuzzOutput = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fuzz-cli.ts'), '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (error) {
  // It exits 1 when a case fails; its report is still on stdout.
  fuzzOutput = (error as { stdout?: string }).stdout ?? '';
}
const fuzz = JSON.parse(fuzzOutput.trim().split('\n').at(-1)!) as {
  cases: number;
  worstMs: number;
  worstMsCase: string;
  worstRssMb: number;
  worstRssCase: string;
  failures: string[];
};
say(
  `fuzz    ${fuzz.cases} cases  worst ${(fuzz.worstMs / 1000).toFixed(2)} s (${fuzz.worstMsCase})  worst ${fuzz.worstRssMb} MB (${fuzz.worstRssCase})  ${fuzz.failures.length} failed`,
);

// The CLI against the reading it follows: whole processes, side by side, so the machine's load falls on both.
const csvFile = join(mkdtempSync(join(tmpdir(), 'secor-bench-')), 'tracker-100k.csv');
// The generator writes a title, a blank and a header row above its items.
const CSV_ROWS = 100_000;
writeFileSync(
  csvFile,
  Papa.unparse(generateTracker(CSV_ROWS - 3, 3).map((row) => row.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c ?? ''))))),
);
const wall = (args: string[]): number => {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  return performance.now() - start;
};
// The whole file parsed to rows, and the rows counted: a baseline that stopped early would flatter the CLI.
const papaScript = `const rows = require(${JSON.stringify(join(import.meta.dirname, '..', 'node_modules', 'papaparse'))}).parse(require('fs').readFileSync(${JSON.stringify(csvFile)}, 'utf8')).data.length; if (rows !== ${CSV_ROWS}) throw new Error(rows + ' rows')`;
const pairs: { scanMs: number; parseMs: number }[] = [];
for (let i = 0; i < 5; i++) {
  const scanMs = wall([join(import.meta.dirname, '..', 'bin', 'secor-ready.js'), 'scan', csvFile, '--json', '--today', '2026-11-26']);
  const parseMs = wall(['-e', papaScript]);
  pairs.push({ scanMs: round(scanMs), parseMs: round(parseMs) });
}
const cli = {
  rows: CSV_ROWS,
  ratio: Math.round(median(pairs.map((p) => p.scanMs / p.parseMs)) * 100) / 100,
  scanMs: median(pairs.map((p) => p.scanMs)),
  parseMs: median(pairs.map((p) => p.parseMs)),
};
rmSync(dirname(csvFile), { recursive: true, force: true });
say(
  `cli     ${CSV_ROWS} rows  scan ${cli.scanMs.toFixed(0)} ms  papaparse ${cli.parseMs.toFixed(0)} ms  ratio ${cli.ratio} (median of ${pairs.length} pairs; goal <= 2)`,
);

if (json)
  console.log(
    JSON.stringify({
      engine,
      scan,
      onEdit,
      clip,
      workbook,
      cli,
      fuzz: { cases: fuzz.cases, worstMs: fuzz.worstMs, worstRssMb: fuzz.worstRssMb, failures: fuzz.failures },
    }),
  );
