import { type Cell, type Grid, cellText, columnIndex, columnLetter, isBlank } from '../cells.ts';
import { type Day, DateReader, type SlashOrder, dayFromParts, decideSlashOrder, endOfMonth, isoFromDay, writesMonthOnly } from '../dates.ts';
import { readsNotApplicable } from '../status.ts';
import { headerNamesExpiry } from '../layout/due-kind.ts';
import { courseOf } from '../sheet-kinds/courses.ts';
import { headerText, writtenHeader } from '../sheet-kinds/grid-reading.ts';
import { type MatrixLayout, orientMatrix } from '../sheet-kinds/matrix.ts';
import { validityOf } from './validity.ts';

export type MatrixVerdict = 'current' | 'expiring' | 'expired' | 'missing' | 'n/a';

/** Days ahead in which a ticket's expiry reads as expiring. */
export const EXPIRING_DAYS = 30;

/** One worker's ticket for one course, judged. */
export interface MatrixCell {
  /** Sheet row (1-based) and column letter(s) of the cell judged: the expiry's, else the completion's. */
  readonly row: number;
  readonly column: string;
  readonly worker: string;
  readonly course: string;
  /** The course as the product names it ("First Aid" for "Std FA/CPR"), or null when it knows no such course. */
  readonly canonical: string | null;
  readonly verdict: MatrixVerdict;
  /** The day the ticket expires, or null (n/a, missing, no validity known). */
  readonly expires: Day | null;
  /** The day the course was taken, when the cell judged gives it (a completion column); null for an expiry alone. */
  readonly taken: Day | null;
  readonly reason: string;
}

export interface MatrixJudgement {
  /** Workers judged (those who left are not). */
  readonly workers: readonly string[];
  /** Workers on the sheet marked as gone: left, terminated, inactive ... */
  readonly left: readonly string[];
  /** Courses as the header writes them. */
  readonly courses: readonly string[];
  readonly cells: readonly MatrixCell[];
  readonly counts: Readonly<Record<'current' | 'expiring' | 'expired' | 'missing' | 'na', number>>;
}

export interface JudgeMatrixOptions {
  readonly today: Day;
  /** How ambiguous slashed dates read when a column cannot tell. */
  readonly slashOrder?: SlashOrder;
  readonly timeZone?: string;
}

// Beside the tracker's expiry words, a matrix says "due" or "exp" anywhere for a card's end ("Recert due", "Exp First Aid").
const MATRIX_EXPIRY_HEADER = /\b(exp|due)\b/;
const COMPLETION_HEADER = /\b(completed|complete|date taken|taken|issued|issue|done|passed|certified|trained|attended|course date)\b/;
// "Ben (seasonal - done Oct)": a seasonal worker whose season is over has left for now.
const LEFT =
  /\b(left|terminated|termed|inactive|gone|quit|resigned|laid off|former|no longer|retired|dismissed|let go|moved on|not returning|finished|off season|seasonal\W+(done|finished|over|ended))\b/i;
const EXPIRED_TEXT = /\b(expired|lapsed|overdue)\b/i;
const POSITION_HEADERS = /\b(position|job|role|title|trade|occupation|classification|dept|department)\b/;
const EVERYONE = /^(all|everyone|every ?one|all (staff|workers|crew|employees)|yes|y|x|required|mandatory)$/i;

type DateKind = 'expiry' | 'completion';

/** Expiry or completion, from a header's words; null when it says neither. */
export function dateKindOfHeader(header: string): DateKind | null {
  const h = headerText(header);
  if (headerNamesExpiry(header) || MATRIX_EXPIRY_HEADER.test(h)) return 'expiry';
  if (COMPLETION_HEADER.test(h)) return 'completion';
  return null;
}

/** Expiry when most of a column's dates are after today (a card's end), else completion. */
export function dateKindOfValues(days: readonly Day[], today: Day): DateKind | null {
  if (days.length === 0) return null;
  return days.filter((d) => d > today).length * 2 > days.length ? 'expiry' : 'completion';
}

/** A day `years` later, on the same date (Feb 29 becomes Feb 28). */
export function addYears(day: Day, years: number): Day {
  const date = new Date(day * 86_400_000);
  const y = date.getUTCFullYear() + years;
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return dayFromParts(y, m, d) ?? dayFromParts(y, m, d - 1)!;
}

/** A worker's row marked as gone: in the name cell or a note beside it. */
export function workerLeft(cells: readonly Cell[]): boolean {
  return cells.some((cell) => typeof cell === 'string' && LEFT.test(cell));
}

/** Words of a job, singular: "Roofers + foreman" is roofer, foreman. */
function jobWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && w !== 'and' && w !== 'the')
      .map((w) => w.replace(/(?<=[a-z]{3})(e?s)$/, (s) => (s === 'es' ? 'e' : '')))
      .map((w) => w.replace(/e$/, '')),
  );
}

/** Whether a "Required for" cell names the worker's job; null when it says nothing. */
export function requiredForJob(required: string, position: string): boolean | null {
  const text = required.trim();
  if (text === '') return null;
  if (EVERYONE.test(text)) return true;
  if (/^(none|n\/?a|no|optional)$/i.test(text)) return false;
  const needed = jobWords(text);
  for (const w of jobWords(position)) if (needed.has(w)) return true;
  return false;
}

interface Column {
  readonly index: number;
  readonly kind: DateKind | null;
  readonly reader: DateReader;
}

interface Course {
  readonly name: string;
  readonly canonical: string | null;
  readonly columns: readonly Column[];
  /** Judged workers with a date for it. */
  readonly held: number;
  /** Judged workers it is not written N/A for. */
  readonly applies: number;
}

/**
 * Judges every judged worker's ticket for every course of a sheet read as a training matrix, as of
 * `today`. Null when the sheet does not read as one. Never throws on what a cell holds.
 */
export function judgeMatrix(sheet: Grid, options: JudgeMatrixOptions): MatrixJudgement | null {
  const oriented = orientMatrix(sheet);
  if (oriented === null) return null;
  const judgement = judgeLayout(oriented.grid, oriented.layout, options);
  if (!oriented.transposed) return judgement;
  // On its side, each judged cell is back at the sheet's own row and column, where Go to row and the highlights find it.
  const cells = judgement.cells.map((cell) => ({ ...cell, row: columnIndex(cell.column)! + 1, column: columnLetter(cell.row - 1) }));
  return { ...judgement, cells };
}

export function judgeLayout(grid: Grid, layout: MatrixLayout, options: JudgeMatrixOptions): MatrixJudgement {
  const { today } = options;
  const header = grid[layout.headerRow] ?? [];
  const second = layout.split ? (grid[layout.headerRow + 1] ?? []) : [];
  const nameColumn = layout.workerColumn?.column ?? null;
  const ticketSet = new Set(layout.ticketColumns);
  const namingRow = layout.split ? header.map((cell, c) => (cellText(cell) === '' ? second[c] : cell)) : header;
  let positionColumn: number | null = null;
  for (let c = 0; c < (layout.courseColumns[0] ?? 0); c++) {
    if (c !== nameColumn && POSITION_HEADERS.test(headerText(namingRow[c]))) {
      positionColumn = c;
      break;
    }
  }
  // A note above the header ("expiry dates (yyyy-mm-dd)", "crew certs (exp dates)") speaks for every column.
  let sheetKind: DateKind | null = null;
  for (let r = 0; r < layout.headerRow; r++) for (const cell of grid[r] ?? []) sheetKind ??= typeof cell === 'string' ? dateKindOfHeader(cell) : null;

  const name = (r: number) => (nameColumn === null ? `row ${r + 1}` : writtenHeader(grid[r]?.[nameColumn]) || `row ${r + 1}`);
  const workers: number[] = [];
  const left: string[] = [];
  for (const r of layout.rows) {
    const row = grid[r] ?? [];
    if (workerLeft(row.filter((_, c) => !ticketSet.has(c)))) left.push(name(r));
    else workers.push(r);
  }

  // A column that cannot tell its slashed dates' order takes the matrix's: one typist wrote them all ("15/03/2023" beside "08/01/2026").
  const matrixOrder = decideSlashOrder(
    workers.flatMap((r) => layout.ticketColumns.map((c) => grid[r]?.[c])),
    options.slashOrder ?? 'month-first',
  );
  const courses: Course[] = layout.courseColumns.map((courseColumn) => {
    const span = layout.ticketColumns.filter((c) => layout.courseOfColumn.get(c) === courseColumn);
    const columns = span.map((index) => {
      const cells = workers.map((r) => grid[r]?.[index]);
      const reader = new DateReader(decideSlashOrder(cells, matrixOrder), options.timeZone);
      const days = cells.map((cell) => reader.read(cell)).filter((d): d is Day => d !== null);
      const own = dateKindOfHeader(cellText(layout.split ? second[index] : header[index]));
      return { index, reader, kind: own ?? sheetKind ?? dateKindOfValues(days, today) };
    });
    const held = workers.filter((r) => columns.some((col) => col.reader.read(grid[r]?.[col.index]) !== null)).length;
    const applies = workers.filter((r) => !columns.some((col) => readsNotApplicable(grid[r]?.[col.index]))).length;
    return { name: writtenHeader(header[courseColumn]), canonical: courseOf(headerText(header[courseColumn])), columns, held, applies };
  });

  const requiredRow = layout.requiredForRow === null ? null : (grid[layout.requiredForRow] ?? []);
  const cells: MatrixCell[] = [];
  for (const r of workers) {
    const row = grid[r] ?? [];
    const worker = name(r);
    const position = positionColumn === null ? '' : cellText(row[positionColumn]);
    for (const course of courses) {
      const required = requiredRow === null ? null : requiredForJob(cellText(requiredRow[course.columns[0]!.index]), position);
      cells.push(judgeCell(r, row, worker, course, required, today));
    }
  }
  const counts = { current: 0, expiring: 0, expired: 0, missing: 0, na: 0 };
  for (const cell of cells) counts[cell.verdict === 'n/a' ? 'na' : cell.verdict]++;
  return { workers: workers.map(name), left, courses: courses.map((c) => c.name), cells, counts };
}

function judgeCell(r: number, row: readonly Cell[], worker: string, course: Course, required: boolean | null, today: Day): MatrixCell {
  const at = (column: number, verdict: MatrixVerdict, expires: Day | null, reason: string, taken: Day | null = null): MatrixCell => ({
    row: r + 1,
    column: columnLetter(column),
    worker,
    course: course.name,
    canonical: course.canonical,
    verdict,
    expires,
    taken,
    reason,
  });
  const first = course.columns[0]!.index;
  // Expiry columns first: a card's end says more than the day it was taken.
  const ordered = [...course.columns].sort((a, b) => (a.kind === 'expiry' ? 0 : 1) - (b.kind === 'expiry' ? 0 : 1));
  for (const col of ordered) {
    const read = col.reader.read(row[col.index]);
    if (read === null) continue;
    // "Exp 09/2027": good through the month; a month-only completion stays its first day (the earlier, safer end).
    const day = col.kind === 'expiry' && writesMonthOnly(row[col.index]) ? endOfMonth(read) : read;
    if (col.kind === 'completion') {
      const validity = validityOf(course.canonical);
      const taken = `${course.name} completed ${isoFromDay(day)}`;
      if (validity === null) return at(col.index, 'current', null, `${taken}, no expiry known`, day);
      const expires = addYears(day, validity.years);
      const valid = `valid ${validity.years} year${validity.years === 1 ? '' : 's'}${validity.status === 'proposal' ? ' (usual, to confirm)' : ''}`;
      return at(
        col.index,
        verdictOf(expires, today),
        expires,
        `${taken}, ${valid}: ${verdictOf(expires, today) === 'expired' ? 'expired' : 'expires'} ${isoFromDay(expires)}`,
        day,
      );
    }
    const verdict = verdictOf(day, today);
    const words = verdict === 'expired' ? 'expired' : verdict === 'expiring' ? `expires ${isoFromDay(day)}, within ${EXPIRING_DAYS} days` : 'valid until';
    return at(col.index, verdict, day, verdict === 'expiring' ? `${course.name} ${words}` : `${course.name} ${words} ${isoFromDay(day)}`);
  }
  const filled = course.columns.find((col) => !isBlank(row[col.index]));
  if (filled !== undefined && readsNotApplicable(row[filled.index])) return at(filled.index, 'n/a', null, `${course.name}: N/A`);
  const text = filled === undefined ? '' : cellText(row[filled.index]).replace(/\s+/g, ' ');
  const column = filled?.index ?? first;
  if (EXPIRED_TEXT.test(text)) return at(column, 'expired', null, `${course.name}: written "${text}", no date`);
  const what = text === '' ? 'blank' : `"${text}" is no date`;
  if (required === true) return at(column, 'missing', null, `${course.name} ${what}, required for this job`);
  if (required === false) return at(column, 'n/a', null, `${course.name} ${what}, not required for this job`);
  // No "Required for" row: a ticket most of the crew it applies to holds is taken as required.
  if (course.held * 2 > course.applies)
    return at(column, 'missing', null, `${course.name} ${what}; ${course.held} of ${course.applies} workers it applies to hold it`);
  return at(column, 'n/a', null, `${course.name} ${what}; only ${course.held} of ${course.applies} workers it applies to hold it, so not taken as required`);
}

function verdictOf(expires: Day, today: Day): MatrixVerdict {
  if (expires < today) return 'expired';
  return expires - today <= EXPIRING_DAYS ? 'expiring' : 'current';
}
