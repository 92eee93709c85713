import { dayFromDate, isoFromDay } from './dates.ts';

/** A cell value as Sheets `getValues()` returns it (or as a CSV/XLSX reader gives it). */
export type Cell = string | number | boolean | Date | null | undefined;

/** Rows of cells, top to bottom; rows may be ragged. */
export type Grid = readonly (readonly Cell[])[];

/** Column index (0-based) to sheet letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Sheet letters to column index (0-based); null when the text is not a column reference. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as trimmed text, as a person would read it; a date as its day in `timeZone` (see dayFromDate). */
export function cellText(cell: Cell, timeZone?: string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell instanceof Date) {
    const day = dayFromDate(cell, timeZone);
    return day === null ? '' : isoFromDay(day);
  }
  return String(cell);
}
