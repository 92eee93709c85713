import { type Cell, cellText } from '../../shared/index.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What one cell should hold, or undefined where the add-on must not write (a team's cell). */
export type Wanted = Cell | undefined;

function same(current: Cell, wanted: Cell): boolean {
  return current === wanted || cellText(current) === cellText(wanted);
}

/**
 * Rows (0-based, into `wanted`) to write, as [first, last] spans: one span per stretch of
 * writable cells that holds a change. A span never covers a cell the add-on must not write,
 * so what is written is always computed, never a team value read back.
 */
export function changedSpans(current: readonly Cell[], wanted: readonly Wanted[]): [number, number][] {
  const spans: [number, number][] = [];
  let first = -1;
  let last = -1;
  const close = () => {
    if (first >= 0) spans.push([first, last]);
    first = last = -1;
  };
  wanted.forEach((w, i) => {
    if (w === undefined) {
      close();
      return;
    }
    if (same(current[i] ?? '', w)) return;
    if (first < 0) first = i;
    last = i;
  });
  close();
  return spans;
}

/**
 * Writes one column's changed cells: a setValues per span of changes (see changedSpans).
 * `top` is the sheet row (1-based) of wanted[0]; `column` is 0-based.
 */
export function writeChangedCells(sheet: Sheet, top: number, column: number, current: readonly Cell[], wanted: readonly Wanted[]): number {
  const spans = changedSpans(current, wanted);
  for (const [first, last] of spans) {
    sheet.getRange(top + first, column + 1, last - first + 1, 1).setValues(wanted.slice(first, last + 1).map((w) => [w ?? '']));
  }
  return spans.length;
}
