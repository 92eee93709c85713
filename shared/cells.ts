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

/** The cell as trimmed text, as a person would read it. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    // The date's own calendar day, as Sheets shows it (dates arrive at local midnight).
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`;
  }
  return String(cell);
}
