/**
 * A1 notation: column letters, and parsing "A1", "A1:C3", "K:K", "2:4", "'Sheet Name'!A1:C3".
 * Written apart from the engine's columnLetter on purpose: the model of Google must not share the
 * product's code, or a slip in one would hide in both.
 */

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed A1 range: missing bounds (whole rows/columns) are null and filled from the sheet size. */
export interface A1Parts {
  sheetName: string | null;
  row: number | null;
  col: number | null;
  lastRow: number | null;
  lastCol: number | null;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseCell(text: string): { col: number | null; row: number | null } | null {
  const m = CELL.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/** Splits off a sheet name ("Sheet1!A1", "'My sheet'!A1"); returns null when the text is not A1. */
export function parseA1(input: string): A1Parts | null {
  let text = input.trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b, extra] = text.split(':');
  if (a === undefined || extra !== undefined) return null;
  const start = parseCell(a);
  if (!start) return null;
  const end = b === undefined ? start : parseCell(b);
  if (!end) return null;
  // "A1" needs both; "K:K" needs columns only; "2:4" rows only.
  if (b === undefined && (start.row === null || start.col === null)) return null;
  if ((start.row === null) !== (end.row === null) || (start.col === null) !== (end.col === null)) {
    // Mixed forms such as "A1:B" (open-ended) are allowed only as column starts with row.
    if (!(start.row !== null && end.row === null && start.col !== null && end.col !== null)) return null;
  }
  const row = start.row;
  const col = start.col;
  const lastRow = end.row;
  const lastCol = end.col;
  return {
    sheetName,
    row: row !== null && lastRow !== null ? Math.min(row, lastRow) : row,
    col: col !== null && lastCol !== null ? Math.min(col, lastCol) : col,
    lastRow: row !== null && lastRow !== null ? Math.max(row, lastRow) : lastRow,
    lastCol: col !== null && lastCol !== null ? Math.max(col, lastCol) : lastCol,
  };
}

export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = `${columnLetter(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnLetter(col + numCols - 1)}${row + numRows - 1}`;
}
