import { type Cell, type Grid, cellText, isBlank } from '../cells.ts';
import { type Day, DateReader, decideSlashOrder, isoFromDay } from '../dates.ts';
import { SIGNAL_SAMPLE_ROWS } from '../layout/column-signals.ts';
import { normaliseHeader } from '../layout/header-words.ts';

/** Headers sit near the top: titles and notes above a table are a few rows. */
export const HEADER_SEARCH_ROWS = 20;

/** A cell as a header is compared ('' for what cannot be a header: long text, numbers, dates). */
export function headerText(cell: Cell): string {
  return typeof cell === 'string' && cell.length <= 80 ? normaliseHeader(cell) : '';
}

/** The widest row's length. A plain loop: a huge grid's rows are many. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  return width;
}

/** The cells of column `c` below the header, a sample of the first rows: enough to judge, cheap on big sheets. */
export function cellsBelow(grid: Grid, headerRow: number, c: number): Cell[] {
  const end = Math.min(grid.length, headerRow + 1 + SIGNAL_SAMPLE_ROWS);
  const cells: Cell[] = [];
  for (let r = headerRow + 1; r < end; r++) cells.push(grid[r]?.[c]);
  return cells;
}

export interface DatesRead {
  readonly filled: number;
  readonly days: readonly Day[];
}

/** The days a column's cells hold, read in the slash order the column itself shows (US order when it cannot tell). */
export function readDays(cells: readonly Cell[]): DatesRead {
  const reader = new DateReader(decideSlashOrder(cells, 'month-first'));
  let filled = 0;
  const days: Day[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    filled++;
    const day = reader.read(cell);
    if (day !== null) days.push(day);
  }
  return { filled, days };
}

/** "2026-01-08 to 2026-11-20". */
export function dayRange(days: readonly Day[]): string {
  let first = Infinity;
  let last = -Infinity;
  for (const d of days) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return first === last ? isoFromDay(first) : `${isoFromDay(first)} to ${isoFromDay(last)}`;
}

/** A header as the sheet writes it, single-spaced, for reasons. */
export function writtenHeader(cell: Cell): string {
  return cellText(cell).replace(/\s+/g, ' ');
}

/** Rounds a confidence to two places, inside 0..1. */
export function confidenceOf(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
