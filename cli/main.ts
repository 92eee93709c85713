import { parseArgs } from 'node:util';
import {
  ALL_ROLES,
  type AnyRole,
  columnIndex,
  dayFromIso,
  dayFromParts,
  type EvaluateOptions,
  evaluateTracker,
  type LayoutOverrides,
  type LayoutProblem,
  type Prediction,
  type SheetKind,
  type SlashOrder,
  predictFromSheets,
  slashOrderForLocale,
  toScanReport,
  type TrackerEvaluation,
} from '../shared/index.ts';
import { briefingText, buildBriefing, type RequirementEvidence, STAFF_ROLES, type StaffRole } from '../shared/index.ts';
import { DEFAULT_PROFILE, yearlyCycle } from '../shared/index.ts';
import { certificateOf, cycleJson } from './cycle-report.ts';
import { type AuditFinding, hasFindingsHeader, isoFromDay, readAuditFindings } from '../shared/index.ts';
import { readReport, renderFindings } from './findings-report.ts';
import { type TrackerSheet, csvSheetName, readTrackerFiles } from './read-tracker.ts';
import { type SheetListing, evidenceBesides, listSheets, sheetName, sheetsJson } from './sheet-list.ts';
import { TrackerFileError } from './tracker-file-error.ts';
import { type AuditPack, type Day, buildAuditPack, gapActions } from '../shared/index.ts';
import { auditPackPdf } from './audit-pack-pdf.ts';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderTextReport, renderWorkbookReport } from './text-report.ts';

const USAGE = `Usage: secor-ready scan <file.csv|file.xlsx> [options]
       secor-ready scan <a.csv> <b.csv> ... [options]   (CSV exports of one workbook's sheets, each named after its file)

Options:
  --sheet NAME          the sheet to read (default: the first that reads as a tracker)
  --today YYYY-MM-DD    judge as of this day (default: today)
  --json                print one JSON object instead of the report
  --fail-under N        exit 3 when the predicted audit score is below N %
  --header-row N        the header is on sheet row N (default: found)
  --column ROLE=COL     set a column's role, e.g. --column evidence=D or --column due=none
                        (roles: ${ALL_ROLES.join(', ')})
  --locale TAG          how ambiguous slashed dates are read, e.g. en-CA, en-GB (default: the system's)
  --audit-month N       the month (1-12) on the certificate: adds the next submission and what lapses before it
  --certified YYYY      the certification year, with --audit-month: names the submission (maintenance or recertification)
  --debug               on an unexpected error, print its stack trace too

Exit codes: 0 scanned, 2 cannot scan (the message says why), 3 below --fail-under.

Usage: secor-ready briefing [file.csv|file.xlsx] --role owner|supervisor|worker [options]

Prints the team briefing for one role: what the audit covers, who is interviewed,
the questions for that role with what a good answer shows, and how to answer.
With a tracker, requirements it marks N/A are left out and each question says how
the tracker shows the record behind it.

Options:
  --role ROLE           owner, supervisor or worker (required)
  --no-supervisor       the company has no supervisor: the owner gets the supervisor's questions too
  --sheet NAME, --today YYYY-MM-DD, --locale TAG   as for scan, when a tracker is given
  --json                print one JSON object instead of the text

Usage: secor-ready findings <report.txt|report.csv|report.xlsx> [options]

Reads the findings of the certifying partner's audit report (pasted text, one finding
a line or paragraph, numbered or bulleted; or a CSV/XLSX with a Finding column) and
prints each with the requirement it matches, its score, a proposed due date and its
source label, ready for the action plan. The owner is left for you to pick.

Options:
  --year YYYY           the audit's year, for the source labels (default: --today's year)
  --today YYYY-MM-DD    proposed due dates count from this day (default: today)
  --locale TAG          as for scan
  --json                print one JSON object instead of the text

Usage: secor-ready pack <file.csv|file.xlsx> [options]

Writes the reviewer's audit pack as a PDF: the predicted result with a bar per element,
then per element each requirement with its evidence, date, where it is kept and a link
to the file, then the open actions (the tracker's gaps).

Options:
  --out FILE            the PDF to write (default: audit-pack.pdf in the current folder)
  --force               replace FILE when it exists (without it an existing file is never touched)
  --sheet NAME, --today YYYY-MM-DD, --locale TAG   as for scan`;

/** What the command line offers for each problem the engine names. */
const HINTS: Record<LayoutProblem['code'], string> = {
  empty: '',
  'no-header': ' Or say where it is: --header-row N.',
  'no-requirement-column': ' Or name it: --column requirement=LETTER.',
  'no-evidence-column': ' Or name it: --column evidence=LETTER.',
  'bad-override': '',
};

/**
 * The tracker among a file's sheets: the first that reads as one, since a workbook may open on an
 * "Instructions" tab; sheets proposed as checklists first. A training matrix, a log or a document
 * register is not tried, unless the user mapped the columns: scanned as a checklist, its workers or
 * findings would become requirements. When no sheet is left to try, what the sheets are is
 * reported; when none of them reads as a tracker, the first one's problem.
 */
function pickTracker(
  file: string,
  sheets: readonly TrackerSheet[],
  listings: readonly SheetListing[],
  options: EvaluateOptions,
  mapped: boolean,
): { sheet: TrackerSheet; evaluation: TrackerEvaluation } {
  const ofKind = (kind: SheetKind) => sheets.filter((_, i) => listings[i]!.kind === kind);
  const tried = mapped ? sheets : [...ofKind('checklist'), ...ofKind('not-evidence')];
  if (tried.length === 0) {
    // Every sheet is a matrix, log or register whose rows its judge could not read after all.
    const what = listings.map((l) => `"${l.name}" reads as ${l.described}`).join('; ');
    throw new UsageError(
      `${file}: ${what}, but none could be judged and none is a checklist tracker. Map a sheet's columns yourself: --column requirement=LETTER --column evidence=LETTER.`,
    );
  }
  let firstProblem: { sheet: TrackerSheet; problem: LayoutProblem } | null = null;
  for (const sheet of tried) {
    // The workbook's other sheets count beside the checklist's rows; a sheet forced to be the checklist is not counted twice.
    const name = sheetName(file, sheet);
    const result = evaluateTracker(sheet.grid, { ...options, sheetName: name, sheetEvidence: evidenceBesides(listings, name) });
    if (result.ok) return { sheet, evaluation: result.evaluation };
    firstProblem ??= { sheet, problem: result.error };
  }
  const { sheet, problem } = firstProblem!;
  const where = sheet.name === null ? file : `${file}, sheet "${sheet.name}"`;
  const rest = tried.filter((s) => s !== sheet);
  const others = rest.length > 0 ? ` No other sheet reads as a tracker either (${rest.map((s) => `"${s.name}"`).join(', ')}).` : '';
  throw new UsageError(`${where}: ${problem.message}${others}${HINTS[problem.code]}`);
}

function isKnownLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

/** A problem with the command line or the file: one line on stderr, exit 2. */
class UsageError extends Error {}

function parseOverrides(headerRow: string | undefined, columns: string[]): LayoutOverrides {
  const overrides: { headerRow?: number; columns: Partial<Record<AnyRole, number | null>> } = { columns: {} };
  if (headerRow !== undefined) {
    const n = Number(headerRow);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--header-row must be a sheet row number (1, 2, ...), not "${headerRow}".`);
    overrides.headerRow = n - 1;
  }
  for (const spec of columns) {
    const [role, col] = spec.split('=');
    if (!role || col === undefined || !(ALL_ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`--column takes ROLE=COLUMN with a role among ${ALL_ROLES.join(', ')}; got "${spec}".`);
    }
    const none = col.toLowerCase() === 'none';
    const index = none ? null : columnIndex(col);
    if (!none && index === null) throw new UsageError(`--column ${role}= needs a column letter such as C, or "none"; got "${col}".`);
    overrides.columns[role as AnyRole] = index;
  }
  return overrides;
}

function todayOf(text: string | undefined): number {
  if (text === undefined) {
    const now = new Date();
    return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
  }
  const day = dayFromIso(text);
  if (day === null) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${text}".`);
  return day;
}

/** Where the CLI writes; tests pass their own. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const PROCESS_OUTPUT: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function scan(argv: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sheet: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean', default: false },
      'fail-under': { type: 'string' },
      'header-row': { type: 'string' },
      column: { type: 'string', multiple: true, default: [] },
      locale: { type: 'string' },
      'audit-month': { type: 'string' },
      certified: { type: 'string' },
      // Read by main() when an unexpected error is reported.
      debug: { type: 'boolean', default: false },
    },
  });
  const certificate = certificateOf(values['audit-month'], values.certified, (message) => new UsageError(message));
  if (positionals.length === 0)
    throw new UsageError('scan needs a file: secor-ready scan <file.csv|file.xlsx>, or several CSV files: secor-ready scan a.csv b.csv');
  // Where messages and the report say the sheets come from: the file, or the CSV files together.
  const file = positionals.join(' + ');
  const today = todayOf(values.today);
  let failUnder: number | null = null;
  if (values['fail-under'] !== undefined) {
    failUnder = Number(values['fail-under']);
    if (!Number.isFinite(failUnder) || failUnder < 0 || failUnder > 100)
      throw new UsageError(`--fail-under must be a percent from 0 to 100, not "${values['fail-under']}".`);
  }
  const overrides = parseOverrides(values['header-row'], values.column);
  const slashOrder = slashOrderOf(values.locale);
  const sheets = await readTrackerFiles(positionals, values.sheet);
  const listings = listSheets(file, sheets, { today, slashOrder });
  const verdict = judgeWorkbook(file, sheets, listings, { today, slashOrder, overrides });
  const { prediction } = verdict;
  // The checklist's rows and the other sheets' newest records, as the prediction counted them.
  const cycle =
    certificate &&
    yearlyCycle(
      today,
      certificate,
      verdict.checklist === null ? [] : verdict.evaluation.items,
      evidenceBesides(listings, verdict.checklist && sheetName(file, verdict.checklist)),
      DEFAULT_PROFILE,
    );
  const cycleKey = cycle ? { cycle: cycleJson(cycle) } : {};
  if (verdict.checklist === null) {
    // No checklist: the audit predicted from the matrices, logs and registers, with no rows of its own to list.
    if (values.json) out.stdout(`${JSON.stringify({ prediction, sheets: sheetsJson(listings), ...cycleKey })}\n`);
    else out.stdout(renderWorkbookReport(file, prediction, today, listings, cycle));
  } else if (values.json) {
    // Two writes, not one text: adding the newline would copy a 100,000-row report's 12 MB again.
    out.stdout(JSON.stringify({ ...toScanReport(verdict.evaluation), sheets: sheetsJson(listings), ...cycleKey }));
    out.stdout('\n');
  } else {
    const { checklist } = verdict;
    const label = checklist.name === null ? file : `${file}, sheet "${checklist.name}"`;
    out.stdout(renderTextReport(label, verdict.evaluation, today, listings, sheetName(file, checklist), cycle));
  }
  return failUnder !== null && (prediction.percent ?? 0) < failUnder ? 3 : 0;
}

/** How ambiguous slashed dates read: by --locale when given (refused when the system knows no such locale), else the system's. */
function slashOrderOf(locale: string | undefined): SlashOrder {
  if (locale !== undefined && !isKnownLocale(locale)) {
    throw new UsageError(`--locale "${locale}" is not a locale this system knows: use a tag such as en-CA, en-US or en-GB.`);
  }
  return slashOrderForLocale(locale ?? Intl.DateTimeFormat().resolvedOptions().locale);
}

/** The workbook as a scan reads it: its checklist judged with the other sheets' evidence, or (none) the audit predicted from those sheets. */
type WorkbookVerdict =
  | { readonly checklist: TrackerSheet; readonly evaluation: TrackerEvaluation; readonly prediction: Prediction }
  | { readonly checklist: null; readonly prediction: Prediction };

/**
 * What scan and briefing both read: a workbook of matrices, logs or registers and no checklist (a
 * team that tracks in those alone) is predicted from what they show; otherwise the checklist is
 * picked and judged, unless the columns were mapped by hand, which makes the sheet a checklist.
 */
function judgeWorkbook(
  file: string,
  sheets: readonly TrackerSheet[],
  listings: readonly SheetListing[],
  options: EvaluateOptions & { slashOrder: SlashOrder },
): WorkbookVerdict {
  const { overrides } = options;
  const mapped = overrides !== undefined && (overrides.headerRow !== undefined || Object.keys(overrides.columns ?? {}).length > 0);
  if (!mapped && !listings.some((l) => l.kind === 'checklist') && listings.some((l) => l.evidence !== undefined)) {
    return { checklist: null, prediction: predictFromSheets(evidenceBesides(listings, null), options) };
  }
  const { sheet, evaluation } = pickTracker(file, sheets, listings, options, mapped);
  return { checklist: sheet, evaluation, prediction: evaluation.prediction };
}

/**
 * The team briefing for one role. A tracker is optional: when given, it is scanned as scan reads
 * it, and its prediction's evidence narrows the briefing (N/A requirements out) and says how the
 * records behind the answers stand.
 */
async function briefing(argv: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      'no-supervisor': { type: 'boolean', default: false },
      sheet: { type: 'string' },
      today: { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
      // Read by main() when an unexpected error is reported.
      debug: { type: 'boolean', default: false },
    },
  });
  const role = values.role;
  if (role === undefined || !(STAFF_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`briefing needs --role ${STAFF_ROLES.join(', ').replace(/, (\w+)$/, ' or $1')}${role === undefined ? '' : `, not "${role}"`}.`);
  }
  if (positionals.length > 1) throw new UsageError('briefing takes at most one tracker: secor-ready briefing [file.csv|file.xlsx] --role ROLE');
  let evidence: readonly RequirementEvidence[] | undefined;
  if (positionals.length === 1) {
    const file = positionals[0]!;
    const today = todayOf(values.today);
    const slashOrder = slashOrderOf(values.locale);
    const sheets = await readTrackerFiles([file], values.sheet);
    evidence = judgeWorkbook(file, sheets, listSheets(file, sheets, { today, slashOrder }), { today, slashOrder }).prediction.evidence;
  }
  const built = buildBriefing({ role: role as StaffRole, hasSupervisor: !values['no-supervisor'], evidence });
  out.stdout(values.json ? `${JSON.stringify(built)}\n` : briefingText(built));
  return 0;
}

/**
 * The audit report's findings, matched to requirements with proposed due dates. A CSV or XLSX
 * gives the findings of its first sheet with a findings header that has some (a workbook may open
 * on a cover sheet), else of its first sheet with any.
 */
async function findings(argv: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      today: { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
      // Read by main() when an unexpected error is reported.
      debug: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('findings needs one report: secor-ready findings <report.txt|report.csv|report.xlsx>');
  const file = positionals[0]!;
  const today = todayOf(values.today);
  const year = values.year === undefined ? Number(isoFromDay(today).slice(0, 4)) : Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--year must be the audit's year, such as 2026, not "${values.year}".`);
  const order = slashOrderOf(values.locale);
  const report = await readReport(file);
  const options = { year, today, order };
  let found: AuditFinding[] = [];
  if ('text' in report) found = readAuditFindings(report.text, options);
  else {
    const headed = report.grids.filter(hasFindingsHeader);
    for (const grid of headed.length > 0 ? headed : report.grids) if ((found = readAuditFindings(grid, options)).length > 0) break;
  }
  if (found.length === 0)
    throw new UsageError(
      `${file}: no findings read. Put one finding a line or paragraph (numbered "1.", "Finding 3:" or bulleted), or a CSV with a Finding column.`,
    );
  out.stdout(values.json ? `${JSON.stringify({ file, year, today: isoFromDay(today), findings: found })}\n` : renderFindings(file, year, found));
  return 0;
}

/**
 * The audit pack of a workbook read as scan reads it, as PDF bytes: the team is named after the
 * file, and every piece of evidence links to the file that holds its sheet (a PDF viewer cannot
 * open a row of a local file). The workbench builds its download with this too.
 */
export async function workbookPackPdf(
  file: string,
  sheets: readonly TrackerSheet[],
  options: { today: Day; slashOrder: SlashOrder; fileOfSheet?: (sheet: string) => string },
): Promise<{ pdf: Buffer; pages: number; pack: AuditPack }> {
  const { today, slashOrder } = options;
  const listings = listSheets(file, sheets, { today, slashOrder });
  const verdict = judgeWorkbook(file, sheets, listings, { today, slashOrder });
  const checklistSheet = verdict.checklist === null ? '' : sheetName(file, verdict.checklist);
  const items = verdict.checklist === null ? [] : verdict.evaluation.items;
  const fileOf = options.fileOfSheet ?? (() => file);
  const pack = buildAuditPack({
    team: basename(file, extname(file)),
    today,
    profile: DEFAULT_PROFILE,
    prediction: verdict.prediction,
    items,
    checklistSheet,
    sheetEvidence: evidenceBesides(listings, verdict.checklist && checklistSheet),
    actions: gapActions(items, today, DEFAULT_PROFILE),
    link: (place) => (place.kind === 'row' ? pathToFileURL(resolve(fileOf(place.sheet))).href : null),
  });
  return { ...(await auditPackPdf(pack)), pack };
}

/** The audit pack as a PDF file: an existing file is replaced only with --force, since a reviewer's copy may have been annotated. */
async function pack(argv: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'audit-pack.pdf' },
      force: { type: 'boolean', default: false },
      sheet: { type: 'string' },
      today: { type: 'string' },
      locale: { type: 'string' },
      // Read by main() when an unexpected error is reported.
      debug: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('pack needs a tracker: secor-ready pack <file.csv|file.xlsx> [--out audit-pack.pdf]');
  const target = values.out;
  if (!target.toLowerCase().endsWith('.pdf')) throw new UsageError(`--out must name a .pdf file, not "${target}".`);
  if (!values.force && existsSync(target)) throw new UsageError(`${target} already exists: pass --force to replace it, or --out another file name.`);
  const today = todayOf(values.today);
  const slashOrder = slashOrderOf(values.locale);
  const file = positionals.join(' + ');
  const sheets = await readTrackerFiles(positionals, values.sheet);
  const byName = new Map(positionals.map((p) => [csvSheetName(p), p]));
  const built = await workbookPackPdf(file, sheets, { today, slashOrder, fileOfSheet: (sheet) => byName.get(sheet) ?? positionals[0]! });
  try {
    // 'wx' fails on a file made since the check: nothing is overwritten without --force.
    writeFileSync(target, built.pdf, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${target} already exists: pass --force to replace it, or --out another file name.`);
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR')
      throw new UsageError(`Cannot write ${target} (${code}): check that its folder exists and can be written to.`);
    throw error;
  }
  const { percent, pass } = built.pack;
  out.stdout(`Wrote ${target}: ${built.pages} pages, predicted ${pass ? 'PASS' : 'FAIL'}${percent === null ? '' : ` at ${percent.toFixed(1)} %`}.\n`);
  return 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: Output = PROCESS_OUTPUT): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'scan') return await scan(rest, out);
    if (command === 'briefing') return await briefing(rest, out);
    if (command === 'findings') return await findings(rest, out);
    if (command === 'pack') return await pack(rest, out);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown command "${command}": the commands are scan, briefing, findings and pack. Try: secor-ready scan tracker.csv`);
  } catch (error) {
    const badArgs = error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    if (badArgs) {
      // Node's own wording ("To specify a positional argument...") helps nobody here.
      const message = (error as Error).message;
      const unknown = /^Unknown option '([^']*)'/.exec(message)?.[1];
      out.stderr(`secor-ready: ${unknown ? `unknown option ${unknown}` : message.split('\n')[0]!.replace(/\.$/, '')}: see secor-ready --help.\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof TrackerFileError) {
      out.stderr(`secor-ready: ${(error as Error).message}\n`);
      return 2;
    }
    return unexpected(error, argv.includes('--debug'), out);
  }
}

/** A bug, not the user's doing: still one line (and the trace only when asked), so a scan in a script fails cleanly. */
function unexpected(error: unknown, debug: boolean, out: Output): number {
  const what = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
  out.stderr(
    `secor-ready: unexpected error (${what}). This is a bug: please report it, with the file if you can share it${debug ? '' : '; --debug prints the details'}.\n`,
  );
  if (debug && error instanceof Error && error.stack) out.stderr(`${error.stack}\n`);
  return 2;
}
