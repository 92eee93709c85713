import { type Cell, type Grid, cellText, columnLetter } from '../cells.ts';
import { headerScore } from '../layout/header-words.ts';
import { readsNotApplicable } from '../status.ts';
import { type KindReading, headerNames } from './reading.ts';
import { courseOf } from './courses.ts';
import { SIGNAL_SAMPLE_ROWS } from '../layout/column-signals.ts';
import { HEADER_SEARCH_ROWS, cellsBelow, confidenceOf, gridWidth, headerText, readDays, writtenHeader } from './grid-reading.ts';
import { nameList } from '../words.ts';

const WORKER_HEADERS = [
  'name',
  'names',
  'worker',
  'workers',
  'employee',
  'employees',
  'employee name',
  'worker name',
  'crew',
  'crew member',
  'staff',
  'staff member',
  'full name',
  'last name',
  'first name',
  'person',
  'operator',
  'driver',
  'trainee',
];

/** A row under the header that says which jobs need each ticket, not a worker's dates. */
const REQUIRED_FOR = /^(required( for)?|req(uired|d)?\.? for|mandatory( for)?|needed (for|by)|who needs it|applies to)\b/i;

const NOT_A_WORKER = /\b(totals?|current|count|notes?|legend|updated|required)\b|^\*/i;
// A person's name written alone: "Kaylee", "Sam O'Neil", "MIKE T."; not a group heading ("Office staff:", "FIELD CREW -").
const PERSON_NAME = /^[\p{L}][\p{L}.'’-]*( [\p{L}][\p{L}.'’-]*){0,3}$/u;
const GROUP_HEADING =
  /\b(crew|crews|staff|office|field|shop|yard|team|dept|department|division|contractors?|subcontractors?|subs|drivers|labou?rers|roofers|supervisors|management|admin|seasonal|summer|casual|part time)\b/i;

/** Where a training matrix's parts are: its header, courses, ticket columns and workers' rows. */
export interface MatrixLayout {
  readonly headerRow: number;
  /** The column naming each course, one per course, in order. */
  readonly courseColumns: readonly number[];
  /** Every column holding a course's dates: under a split header, each course's span. */
  readonly ticketColumns: readonly number[];
  /** The course column each ticket column belongs to. */
  readonly courseOfColumn: ReadonlyMap<number, number>;
  /** The row saying which jobs need each ticket ("Required for"), or null. */
  readonly requiredForRow: number | null;
  readonly requiredFor: boolean;
  /** Row headerRow + 1 splits each course into its dates ("Completed", "Expiry"). */
  readonly split: boolean;
  readonly workerColumn: { readonly column: number; readonly header: string; readonly rows: number[] } | null;
  /** The workers' rows (a sample of the rows under the header when no workers' column is found). */
  readonly rows: readonly number[];
  /** The last header row: workers' rows are below it. */
  readonly top: number;
}

/**
 * A matrix as the judge reads it: workers down, courses across. A sheet kept on its side (courses
 * down column A, workers across the header row, as some small shops lay out a wall chart) is read
 * transposed; `transposed` says so, for mapping cells back and for the reasons' words.
 */
export interface OrientedMatrix {
  readonly grid: Grid;
  readonly layout: MatrixLayout;
  readonly transposed: boolean;
}

/** The sheet's grid with rows and columns swapped (ragged rows padded with nulls). */
function transpose(grid: Grid): Grid {
  const width = Math.min(gridWidth(grid), 500);
  return Array.from({ length: width }, (_, c) => grid.map((row) => row[c] ?? null));
}

/**
 * A matrix on its side is taken only when its header row names people: otherwise a checklist whose
 * requirement column happens to name two courses ("First aid kits", "WHMIS training") would read as one.
 */
function namesPeople(layout: MatrixLayout, grid: Grid): boolean {
  // A note beside a name ("Jordan Bell (left Sept)") does not make it less a name.
  const labels = layout.rows.map((r) =>
    cellText(grid[r]?.[layout.workerColumn?.column ?? 0])
      .replace(/\s*\([^)]*\)/g, '')
      .trim(),
  );
  if (labels.length < 2) return false;
  const people = labels.filter((t) => PERSON_NAME.test(t) && !GROUP_HEADING.test(t) && ROLE_HEADERS.every((role) => headerScore(role, t.toLowerCase()) < 0.7));
  return people.length >= 0.75 * labels.length;
}

const ROLE_HEADERS = ['requirement', 'evidence', 'owner', 'date', 'due', 'status', 'notes', 'interval', 'element', 'id'] as const;

/** The sheet read as a training matrix either way up (workers down first), or null. */
export function orientMatrix(grid: Grid): OrientedMatrix | null {
  const upright = findMatrixLayout(grid);
  if (upright !== null) return { grid, layout: upright, transposed: false };
  const turned = transpose(grid);
  const sideways = findMatrixLayout(turned);
  return sideways !== null && namesPeople(sideways, turned) ? { grid: turned, layout: sideways, transposed: true } : null;
}

// Beside a worker's tickets, the dates a matrix keeps that are no course: when they started, were born, were reviewed.
const NOT_A_COURSE =
  /\b(start|started|hire|hired|dob|birth|born|updated|reviewed|notes?|comments?|remarks?|name|worker|employee|position|job|role|title|phone|email)\b/i;

/**
 * The team's own courses ("Floor Machine", "Back care") beside those the product knows: a header
 * right of the first known course whose cells below are mostly dates (or N/A) is a course too, so
 * its tickets are judged, not dropped. Its usual validity is unknown (a completion date alone is current).
 */
function ownCourses(grid: Grid, headerRow: number, known: readonly number[], width: number): number[] {
  const header = grid[headerRow] ?? [];
  const own: number[] = [];
  for (let c = known[0]! + 1; c < Math.min(width, header.length); c++) {
    const text = headerText(header[c]);
    if (text === '' || known.includes(c) || NOT_A_COURSE.test(text)) continue;
    const cells = cellsBelow(grid, headerRow, c).filter((cell) => !readsNotApplicable(cell));
    const { filled, days } = readDays(cells);
    if (filled >= 2 && days.length * 2 > filled) own.push(c);
  }
  return own;
}

/** The layout of a sheet read as a training matrix, or null when fewer than two courses head its columns. */
export function findMatrixLayout(grid: Grid): MatrixLayout | null {
  const width = Math.min(gridWidth(grid), 500);
  let headerRow = -1;
  let courseColumns: number[] = [];
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const row = grid[r] ?? [];
    const columns: number[] = [];
    const seen = new Set<string>();
    for (let c = 0; c < Math.min(width, row.length); c++) {
      const course = courseOf(headerText(row[c]));
      if (course !== null && !seen.has(course)) {
        seen.add(course);
        columns.push(c);
      }
    }
    if (columns.length > courseColumns.length) {
      headerRow = r;
      courseColumns = columns;
    }
  }
  if (courseColumns.length < 2) return null;

  const header = grid[headerRow]!;
  courseColumns = [...courseColumns, ...ownCourses(grid, headerRow, courseColumns, width)].sort((a, b) => a - b);
  // A "Required for" row right under the header is part of it: its cells are jobs, not a worker's
  // records. So is a row splitting each course into its dates ("Completed", "Expiry") under a
  // merged course header: the blank-headed columns it names belong to the course on their left.
  const second = grid[headerRow + 1] ?? [];
  const requiredFor = second.some((cell) => REQUIRED_FOR.test(cellText(cell)));
  const split = !requiredFor && courseColumns.filter((c) => namesADate(second[c])).length >= 2;
  const top = requiredFor || split ? headerRow + 1 : headerRow;
  const ticketColumns = split ? courseColumns.flatMap((c) => spanOf(header, second, c, width)) : courseColumns;

  // Under a split header the workers' column is often headed on the sub-header row ("Employee").
  const namingRow = split ? header.map((cell, c) => (cellText(cell) === '' ? second[c] : cell)) : header;
  const workerColumn = findWorkerColumn(grid, top, namingRow, courseColumns[0]!);
  // The workers' rows, when there is a workers' column: notes and totals below the table are not records.
  const rows = workerColumn ? workerColumn.rows : Array.from({ length: Math.min(grid.length - top - 1, SIGNAL_SAMPLE_ROWS) }, (_, i) => top + 1 + i);
  const courseOfColumn = new Map<number, number>();
  for (const c of courseColumns) for (const t of split ? spanOf(header, second, c, width) : [c]) courseOfColumn.set(t, c);
  return {
    headerRow,
    courseColumns,
    ticketColumns,
    courseOfColumn,
    requiredForRow: requiredFor ? headerRow + 1 : null,
    requiredFor,
    split,
    workerColumn,
    rows,
    top,
  };
}

/**
 * Reads a sheet as a training matrix: a header row naming courses (First Aid, WHMIS, H2S ...), one
 * row per worker below it, dates (or N/A, blank, text) in the course cells.
 */
export function readAsMatrix(sheet: Grid): KindReading | null {
  const oriented = orientMatrix(sheet);
  if (oriented === null) return null;
  const { grid, layout, transposed } = oriented;
  const { headerRow, courseColumns, ticketColumns, requiredFor, split, workerColumn, rows } = layout;
  // Said in the sheet's own terms: on its side, the judge's rows are the sheet's columns.
  const line = (i: number) => (transposed ? `column ${columnLetter(i)}` : `row ${i + 1}`);
  const cross = (i: number) => (transposed ? `row ${i + 1}` : `column ${columnLetter(i)}`);
  const header = grid[headerRow]!;
  const second = grid[headerRow + 1] ?? [];
  let filled = 0;
  let dated = 0;
  let notApplicable = 0;
  for (const c of ticketColumns) {
    const cells = rows.map((r) => grid[r]?.[c]);
    const read = readDays(cells);
    filled += read.filled;
    dated += read.days.length;
    notApplicable += cells.filter(readsNotApplicable).length;
  }
  const dateShare = filled - notApplicable <= 0 ? 0 : dated / (filled - notApplicable);
  // Two course headers alone could be a checklist's remarks; with dates under them they are tickets.
  if (courseColumns.length < 3 && dateShare < 0.5) return null;

  const courses = courseColumns.map((c) => writtenHeader(header[c]));
  const reasons = [`${line(headerRow)} names ${courses.length} courses: ${nameList(courses)}`];
  if (transposed) reasons.push(`the sheet is on its side: courses down ${line(headerRow)}, one ${transposed ? 'column' : 'row'} per worker`);
  if (requiredFor)
    reasons.push(`${line(headerRow + 1)} says which jobs need each ticket ("${cellText(second.find((cell) => REQUIRED_FOR.test(cellText(cell))))}")`);
  if (split)
    reasons.push(`${line(headerRow + 1)} splits each course into its dates (${[...new Set(ticketColumns.map((c) => writtenHeader(second[c])))].join(' / ')})`);
  if (workerColumn) reasons.push(`${cross(workerColumn.column)} "${workerColumn.header}" lists ${rows.length} workers`);
  const text = filled - dated - notApplicable;
  reasons.push(
    `of their ${filled} filled ticket cells, ${dated} are dates${notApplicable ? `, ${notApplicable} N/A` : ''}${text ? `, ${text} other text` : ''}`,
  );

  const score = 0.3 + 0.06 * Math.min(courses.length, 6) + 0.25 * dateShare + (workerColumn ? 0.05 : 0);
  return { kind: 'training-matrix', score: confidenceOf(score), reasons };
}

// Under a course, "Completed" names the day it was taken (as a checklist's header it is a status).
const TAKEN = new Set(['completed', 'complete', 'taken', 'done', 'passed', 'renewed', 'certified']);

/** A sub-header naming a ticket's date: "Completed", "Expiry", "Date", "Exp". */
function namesADate(cell: Cell): boolean {
  const header = headerText(cell);
  return TAKEN.has(header) || headerScore('date', header) > 0 || headerScore('due', header) > 0;
}

/** A course's columns under a merged header: its own, and the blank-headed ones right of it that the sub-header names. */
function spanOf(header: readonly Cell[], second: readonly Cell[], course: number, width: number): number[] {
  const span = [course];
  for (let c = course + 1; c < width && cellText(header[c]) === '' && namesADate(second[c]); c++) span.push(c);
  return span;
}

/** The workers' column: headed Name, Worker, Employee ..., else the first text column left of the courses. */
function findWorkerColumn(grid: Grid, top: number, header: readonly Cell[], firstCourse: number) {
  let column = -1;
  for (let c = 0; c < firstCourse; c++) {
    if (headerNames(headerText(header[c]), WORKER_HEADERS, ['name', 'worker', 'employee'])) {
      column = c;
      break;
    }
  }
  if (column < 0) {
    for (let c = 0; c < firstCourse && column < 0; c++) {
      const cells = cellsBelow(grid, top, c)
        .map((cell) => cellText(cell))
        .filter((t) => t !== '');
      if (cells.length > 0 && cells.filter((t) => /^[a-z][a-z .'’-]*$/i.test(t)).length >= 0.6 * cells.length) column = c;
    }
  }
  if (column < 0) return null;
  // A worker's row names someone and holds something else; a note or a total row names no one.
  // Every row is read, not a sample: a crew list is short, and each worker on it is judged.
  const rows: number[] = [];
  const nameOnly: number[] = [];
  for (let r = top + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const who = cellText(row[column]);
    if (!/[a-z]/i.test(who) || NOT_A_WORKER.test(who)) continue;
    if (row.some((cell, c) => c !== column && cellText(cell) !== '')) rows.push(r);
    else if (PERSON_NAME.test(who) && !GROUP_HEADING.test(who)) nameOnly.push(r);
  }
  // A new hire with no ticket yet is a worker too, when listed among the others (below the table, a name alone is a note).
  const last = rows.length > 0 ? rows[rows.length - 1]! : -1;
  const workers = nameOnly.length === 0 ? rows : [...rows, ...nameOnly.filter((r) => r < last)].sort((a, b) => a - b);
  return { column, header: writtenHeader(header[column]) || '(no header)', rows: workers };
}
