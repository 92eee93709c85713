import { type Cell, type Grid, cellText, isBlank } from '../cells.ts';
import { implausibleRecordDate } from '../clips.ts';
import { type Day, DateReader, type SlashOrder, decideSlashOrder, isoFromDay } from '../dates.ts';
import { type LogColumn, type LogLayout, readsAsTotal } from '../sheet-kinds/log.ts';
import { readStatus, readsNotApplicable } from '../status.ts';

/** One row of a log read as an event. Text cells as the sheet writes them, single-spaced; null when blank. */
export interface LogEvent {
  /** Sheet row, 1-based. */
  readonly row: number;
  /** The day of the record, from the date column. */
  readonly day: Day;
  /** Where: the site, job or location column. */
  readonly site: string | null;
  /** The type column ("Near miss", "Fire drill"). */
  readonly type: string | null;
  /** The unit, vehicle or machine column. */
  readonly equipment: string | null;
  /** Who did, led or reported it. */
  readonly who: string | null;
  /** What: its topic, what happened, the work done. */
  readonly description: string | null;
  /** What was found: deficiencies, hazards, defects, an injury. */
  readonly findings: string | null;
  /** The corrective action or controls written. */
  readonly correctiveAction: string | null;
  /** What the investigation cell says, or null when blank or the log has none. */
  readonly investigation: string | null;
  /** The day its corrective action is due, when a due column says. */
  readonly due: Day | null;
  /** Whether the closed cell reads as closed: a date, or a word such as "Yes", "Done". */
  readonly closed: boolean;
  /** The day it was closed, when the closed cell is a date. */
  readonly closedOn: Day | null;
}

/** A filled row below the header that is not counted as an event, and why. */
export interface SkippedRow {
  /** Sheet row, 1-based. */
  readonly row: number;
  readonly reason: string;
}

// What teams write for "nothing found" or "nothing to do": not a deficiency, not an action.
const NOTHING =
  /^(none|nil|nothing|no|n|ok|okay|good|all good|fine|clear|satisfactory|pass|passed|-+|—|✓|no (deficienc(y|ies)|issues?|defects?|hazards?|findings?|concerns?|problems?|action|actions|action required|injury|injuries))( (found|noted|observed|needed|required|identified))?$/;
// An investigation cell that says none was done: the team's own word is taken over a corrective action beside it.
const NOT_INVESTIGATED = /^(no|n|none|not yet|not done|pending|tbd|to do|todo|open|-+)\b/;

function words(cell: Cell): string {
  return cellText(cell)
    .toLowerCase()
    .replace(/[.!;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a findings or corrective-action cell says something is to be done (not "none", "OK", "n/a", "nil"). */
export function namesDeficiency(text: string | null): boolean {
  if (text === null) return false;
  return !readsNotApplicable(text) && !NOTHING.test(words(text));
}

/** Whether an investigation cell says one was made: "Yes", a date, a form number; not "No", "pending". */
export function readsInvestigated(text: string | null): boolean | null {
  if (text === null) return null;
  if (readStatus(text) === 'done') return true;
  return !NOT_INVESTIGATED.test(words(text)) && !readsNotApplicable(text);
}

/** A row's day when it is an event, else why it is skipped; null for a blank row, which needs no reason. */
function skipReason(row: readonly Cell[], dateColumn: number, dates: DateReader, today: Day): { day: Day } | string | null {
  const filled = row.filter((cell) => !isBlank(cell)).length;
  if (filled === 0) return null;
  if (readsAsTotal(row)) return 'a total row';
  const dateCell = row[dateColumn];
  const day = dates.read(dateCell);
  if (day === null) return isBlank(dateCell) ? 'no date' : `"${cellText(dateCell)}" is no date`;
  if (filled < 2) return `only a date (${isoFromDay(day)})`;
  const implausible = implausibleRecordDate(day, today);
  if (implausible === 'future') return `dated ${isoFromDay(day)}, after today: a typo?`;
  if (implausible === 'too-old') return `dated ${isoFromDay(day)}, before 1990: a typo?`;
  return { day };
}

export interface ReadEventsOptions {
  /** Records after it are skipped as typos. */
  readonly today: Day;
  /** How ambiguous slashed dates read when a column cannot tell. */
  readonly slashOrder?: SlashOrder;
  /** Where the sheet's date cells are midnight. */
  readonly timeZone?: string;
}

/**
 * The events of a log: every row below the header whose date cell reads as a day up to today and
 * that says something beside it. Totals, undated rows, future dates (a typo for another year,
 * most likely) and dates before 1990 are skipped with a reason. Never throws on a cell.
 */
export function readEvents(grid: Grid, layout: LogLayout, options: ReadEventsOptions): { events: LogEvent[]; skipped: SkippedRow[] } {
  const below = grid.slice(layout.headerRow + 1);
  const fallback = options.slashOrder ?? 'month-first';
  // Each date column in the order its own cells show, as the matrix and the tracker read theirs.
  const reader = (c: number | null | undefined) =>
    new DateReader(decideSlashOrder(c === null || c === undefined ? [] : below.map((row) => row[c]), fallback), options.timeZone);
  const dates = reader(layout.dateColumn);
  const dues = reader(layout.dueColumn);
  const closes = reader(layout.columns.closed);
  const events: LogEvent[] = [];
  const skipped: SkippedRow[] = [];
  for (let i = 0; i < below.length; i++) {
    const row = below[i]!;
    const r = layout.headerRow + 2 + i;
    const skip = skipReason(row, layout.dateColumn, dates, options.today);
    if (skip === null) continue;
    if (typeof skip === 'string') {
      skipped.push({ row: r, reason: skip });
      continue;
    }
    const text = (column: LogColumn): string | null => {
      const c = layout.columns[column];
      const value = c === undefined ? '' : cellText(row[c], options.timeZone).replace(/\s+/g, ' ');
      return value === '' ? null : value;
    };
    const closedCell = layout.columns.closed === undefined ? undefined : row[layout.columns.closed];
    const closedOn = closes.read(closedCell);
    events.push({
      row: r,
      day: skip.day,
      site: text('site'),
      type: text('type'),
      equipment: text('equipment'),
      who: text('who'),
      description: text('description'),
      findings: text('findings'),
      correctiveAction: text('correctiveAction'),
      investigation: text('investigation'),
      due: layout.dueColumn === null ? null : dues.read(row[layout.dueColumn]),
      closed: closedOn !== null || (closedCell !== undefined && !(closedCell instanceof Date) && readStatus(closedCell) === 'done'),
      closedOn,
    });
  }
  return { events, skipped };
}
