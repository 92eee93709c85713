import { type Cell, type Grid, cellText, columnLetter } from '../cells.ts';
import { type ColumnSignals, SIGNAL_SAMPLE_ROWS, columnSignals } from './column-signals.ts';
import { type IntervalUnit, intervalUnitOf } from '../intervals.ts';
import { dueKindOf } from './due-kind.ts';
import { headerScore, normaliseHeader } from './header-words.ts';
import { ALL_ROLES, type AnyRole, type DueKind, ROLE_LABEL, ROLES, type Role } from './roles.ts';

/** Where the tracker's table is and what each column holds. Columns are 0-based indexes. */
export interface Layout {
  /** 0-based index of the header row in the grid. */
  readonly headerRow: number;
  readonly columns: Readonly<Record<Role, number | null>>;
  /** How sure detection is of each role (1 when the user set it). */
  readonly confidence: Readonly<Record<Role, number>>;
  /** Points columns, when the tracker is scored in points. */
  readonly points: { readonly available: number; readonly earned: number } | null;
  /** The header text of every column, as written. */
  readonly headers: readonly string[];
  /** What the due column's dates mean and what the interval column's bare numbers count, from their headers. */
  readonly readings: ColumnReadings;
}

export interface ColumnReadings {
  readonly dueKind: DueKind;
  readonly intervalUnit: IntervalUnit;
}

/** How the due and interval columns read, from the header text of a column (by index). */
export function columnReadings(columns: Readonly<Record<Role, number | null>>, headerOf: (column: number) => string): ColumnReadings {
  return {
    dueKind: columns.due === null ? 'deadline' : dueKindOf(headerOf(columns.due)),
    intervalUnit: columns.interval === null ? 'months' : intervalUnitOf(headerOf(columns.interval)),
  };
}

/** A user's corrections: the header row (0-based) and any role set to a column, or to none. */
export interface LayoutOverrides {
  readonly headerRow?: number;
  readonly columns?: Partial<Record<AnyRole, number | null>>;
}

export type LayoutResult = { readonly ok: true; readonly layout: Layout } | { readonly ok: false; readonly error: LayoutProblem };

export interface LayoutProblem {
  readonly code: 'empty' | 'no-header' | 'no-requirement-column' | 'no-evidence-column' | 'bad-override';
  readonly message: string;
}

/** The header row is looked for in the first rows only: titles above a table are short. */
const HEADER_SEARCH_ROWS = 50;
/** A role goes to a column only when at least this sure. */
const ASSIGN_THRESHOLD = 0.35;

function headerOf(cell: Cell): string {
  return typeof cell === 'string' && cell.length <= 80 ? normaliseHeader(cell) : '';
}

function bestHeaderScore(header: string): number {
  let best = 0;
  for (const role of ALL_ROLES) best = Math.max(best, headerScore(role, header));
  return best;
}

const DATA_TEXT = /^\d|https?:|www\.|\.(pdf|docx?|xlsx?|csv|jpe?g|png)\b/i;

function looksLikeData(cell: Cell): boolean {
  if (typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) return true;
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  return text.length > 40 || text.split(/\s+/).length > 6 || DATA_TEXT.test(text);
}

/** The header row: the early row with the most cells that read as column headings. */
export function findHeaderRow(grid: Grid): number | null {
  let bestRow: number | null = null;
  let bestScore = 0;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid[r] ?? [];
    let score = 0;
    let named = 0;
    let coreRole = false;
    for (const cell of row) {
      // Headings are short words: dates, numbers, links and sentences mark a row of data.
      if (looksLikeData(cell)) {
        score -= 0.5;
        continue;
      }
      const header = headerOf(cell);
      const s = bestHeaderScore(header);
      if (s >= 0.7) named++;
      score += s;
      if (headerScore('requirement', header) > 0 || headerScore('evidence', header) > 0) coreRole = true;
    }
    if (named >= 2 && coreRole && score > bestScore) {
      bestScore = score;
      bestRow = r;
    }
  }
  return bestRow;
}

/** How well a column's values fit a role (0..1). */
function valueFit(role: AnyRole, s: ColumnSignals): number {
  switch (role) {
    case 'id':
      return s.codeLike;
    case 'element':
      return Math.max(s.elementLike, s.filled < 0.5 ? 0.5 : 0);
    case 'requirement':
      return Math.max(s.prose, s.shortText * 0.8) * (1 - s.dates) * (1 - s.codeLike * 0.8);
    // A Y/N "Evidence?" column says whether there is evidence, not where it is.
    case 'evidence':
      return Math.max(s.evidenceLike, s.prose * 0.7, s.shortText * 0.6) * (1 - s.dates * 0.8) * (1 - s.statusLike * 0.8);
    case 'owner':
      return s.shortText * (1 - s.dates);
    case 'date':
    case 'due':
      return s.dates;
    case 'interval':
      return Math.max(s.intervals, s.numbers * 0.8);
    case 'status':
      return s.statusLike;
    case 'notes':
      return 0.8;
    case 'pointsAvailable':
    case 'pointsEarned':
      return s.numbers;
  }
}

/** A role read from the values alone, when no header names it (URLs suggest evidence, and so on). */
function valueOnlyScore(role: AnyRole, s: ColumnSignals): number {
  switch (role) {
    case 'evidence':
      return s.evidenceLike >= 0.5 ? 0.6 * s.evidenceLike : 0;
    case 'date':
      return s.dates >= 0.6 ? 0.55 * s.dates : 0;
    case 'status':
      return s.statusLike >= 0.6 ? 0.55 * s.statusLike : 0;
    case 'element':
      return s.elementLike >= 0.8 ? 0.5 * s.elementLike : 0;
    case 'requirement':
      return s.prose >= 0.6 ? 0.45 * s.prose * (1 - s.evidenceLike) : 0;
    case 'interval':
      return s.intervals >= 0.6 ? 0.5 * s.intervals : 0;
    default:
      return 0;
  }
}

// A document's revision number ("Rev 3") is no element or id, though its small numbers look like one.
const REVISION_HEADER = /^(rev|rev\.?\s*(#|no\.?)?|revision(\s*(#|no\.?))?|version|ver\.?|edition|issue\s*#?)$/;

function roleScore(role: AnyRole, header: string, signals: ColumnSignals): number {
  let h = headerScore(role, header);
  if (h === 0 && (role === 'element' || role === 'id') && REVISION_HEADER.test(header.trim())) return 0;
  // "Next review date" names a due date, not the date of the record.
  if (role === 'date' && h > 0 && headerScore('due', header) > 0) h = 0.3;
  if (h === 0) return valueOnlyScore(role, signals);
  // An empty column is judged by its header alone.
  const fit = signals.filled === 0 ? 0.8 : valueFit(role, signals);
  return h * (0.4 + 0.6 * fit);
}

function emptyColumns(): Record<Role, number | null> {
  return Object.fromEntries(ROLES.map((role) => [role, null])) as Record<Role, number | null>;
}

/**
 * Finds the header row and gives each column a role, with a confidence. Each role goes to at most
 * one column and each column to at most one role, strongest first; duplicate and unrelated
 * columns get none. The user's overrides are applied first and always win.
 */
export function detectLayout(grid: Grid, overrides: LayoutOverrides = {}): LayoutResult {
  if (grid.length === 0 || grid.every((row) => row.every((c) => cellText(c) === ''))) {
    return { ok: false, error: { code: 'empty', message: 'The sheet is empty: there is no tracker to read.' } };
  }
  // A user who named both core columns has said what the table is: its first row is the header.
  const namedCore = typeof overrides.columns?.requirement === 'number' && typeof overrides.columns?.evidence === 'number';
  const firstFilledRow = grid.findIndex((row) => row.some((c) => cellText(c) !== ''));
  const headerRow = overrides.headerRow ?? findHeaderRow(grid) ?? (namedCore ? firstFilledRow : null);
  if (headerRow === null) {
    return {
      ok: false,
      error: {
        code: 'no-header',
        message: `No header row found in the first ${HEADER_SEARCH_ROWS} rows: no row names columns such as Requirement, Evidence, Owner, Date or Status. Add such a header row above the items, or name the header row yourself.`,
      },
    };
  }
  if (!Number.isInteger(headerRow) || headerRow < 0 || headerRow >= grid.length) {
    return { ok: false, error: { code: 'bad-override', message: `Header row ${headerRow + 1} is outside the sheet (it has ${grid.length} rows).` } };
  }

  // A plain loop: reduce's callback, called once per row before any of it is optimised, cost
  // more than the rest of detection on a 100,000-row sheet.
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  const headerCells = grid[headerRow] ?? [];
  const headers = Array.from({ length: width }, (_, c) => cellText(headerCells[c]).replace(/\s+/g, ' '));
  const sampleEnd = Math.min(grid.length, headerRow + 1 + SIGNAL_SAMPLE_ROWS);

  const candidates: { role: AnyRole; column: number; score: number }[] = [];
  const seenHeaders = new Set<string>();
  for (let c = 0; c < width; c++) {
    const header = headerOf(headerCells[c]);
    // A second column with the same header is a duplicate: the team's first one is the one read.
    if (header !== '' && seenHeaders.has(header)) continue;
    seenHeaders.add(header);
    const values: Cell[] = [];
    for (let r = headerRow + 1; r < sampleEnd; r++) values.push(grid[r]?.[c]);
    const signals = columnSignals(values);
    if (header === '' && signals.filled === 0) continue;
    for (const role of ALL_ROLES) {
      const score = roleScore(role, header, signals);
      if (score >= ASSIGN_THRESHOLD) candidates.push({ role, column: c, score });
    }
  }
  // Strongest first; on a tie the leftmost column (the first "Evidence" of two) wins.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  const assigned = new Map<AnyRole, { column: number; score: number }>();
  const taken = new Set<number>();
  for (const [role, column] of Object.entries(overrides.columns ?? {}) as [AnyRole, number | null | undefined][]) {
    if (column === undefined) continue;
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= width)) {
      const where = Number.isInteger(column) && column >= 0 ? `column ${columnLetter(column)}` : `column ${column}`;
      return {
        ok: false,
        error: {
          code: 'bad-override',
          message: `The ${ROLE_LABEL[role]} is set to ${where}, but the sheet's last column is ${columnLetter(Math.max(width, 1) - 1)}.`,
        },
      };
    }
    if (column !== null && taken.has(column)) {
      return { ok: false, error: { code: 'bad-override', message: `Column ${columnLetter(column)} is given two roles: give each column one role.` } };
    }
    assigned.set(role, { column: column ?? -1, score: 1 });
    if (column !== null) taken.add(column);
  }
  for (const candidate of candidates) {
    if (assigned.has(candidate.role) || taken.has(candidate.column)) continue;
    assigned.set(candidate.role, { column: candidate.column, score: candidate.score });
    taken.add(candidate.column);
  }

  const columns = emptyColumns();
  const confidence = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
  for (const role of ROLES) {
    const a = assigned.get(role);
    if (a && a.column >= 0) {
      columns[role] = a.column;
      confidence[role] = Math.round(Math.min(1, a.score) * 100) / 100;
    }
  }
  const available = assigned.get('pointsAvailable');
  const earned = assigned.get('pointsEarned');
  const points = available && earned && available.column >= 0 && earned.column >= 0 ? { available: available.column, earned: earned.column } : null;

  const seen = headers
    .filter((h) => h !== '')
    .map((h) => `"${h}"`)
    .join(', ');
  for (const role of ['requirement', 'evidence'] as const) {
    if (columns[role] === null) {
      return {
        ok: false,
        error: {
          code: role === 'requirement' ? 'no-requirement-column' : 'no-evidence-column',
          message:
            role === 'requirement'
              ? `No requirement column found: none of the headers in row ${headerRow + 1} (${seen}) reads like the item or requirement being tracked. Head that column "Requirement", or map it yourself.`
              : `No evidence column found: none of the headers in row ${headerRow + 1} (${seen}) reads like evidence (a link, file or where the record is kept). Head that column "Evidence", or map it yourself.`,
        },
      };
    }
  }
  const readings = columnReadings(columns, (c) => headers[c] ?? '');
  return { ok: true, layout: { headerRow, columns, confidence, points, headers, readings } };
}
