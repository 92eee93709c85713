/**
 * Moves the A1 references inside a formula when rows or columns are inserted or deleted, as
 * Sheets does for formulas and conditional-format rules on the same sheet. Handles cell
 * references ($K5, K$5, K5), column ranges (K:K, $K:$L) and row ranges (5:7). References
 * qualified with a sheet name (Other!A1) and text inside string literals are left alone.
 * A reference to a deleted row or column becomes #REF!.
 */

import { columnLetter, columnNumber } from './a1.ts';

export type Axis = 'row' | 'col';

/** `at` is the first index affected; `delta` > 0 inserts that many before `at`, < 0 deletes |delta| from `at`. */
export function shiftIndex(index: number, at: number, delta: number): number | null {
  if (index < at) return index;
  if (delta > 0) return index + delta;
  const count = -delta;
  if (index < at + count) return null;
  return index - count;
}

const TOKEN = /"(?:[^"]|"")*"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])|(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![\w(])|(\$?)(\d+):(\$?)(\d+)(?![\w(])/g;

export function shiftFormula(formula: string, axis: Axis, at: number, delta: number): string {
  return formula.replace(TOKEN, (match: string, ...groups: unknown[]) => {
    const offset = groups[12] as number;
    if (match.startsWith('"')) return match;
    const before = offset > 0 ? formula[offset - 1] ?? '' : '';
    if (/[\w!.$]/.test(before)) return match;
    const g = groups as (string | undefined)[];
    if (g[1] !== undefined) {
      // Cell reference.
      let col = columnNumber(g[1]);
      let row = Number(g[3]);
      if (axis === 'col') {
        const c = shiftIndex(col, at, delta);
        if (c === null) return '#REF!';
        col = c;
      } else {
        const r = shiftIndex(row, at, delta);
        if (r === null) return '#REF!';
        row = r;
      }
      return `${g[0]}${columnLetter(col)}${g[2]}${row}`;
    }
    if (g[5] !== undefined) {
      if (axis !== 'col') return match;
      const a = shiftIndex(columnNumber(g[5]), at, delta);
      const b = shiftIndex(columnNumber(g[7] ?? ''), at, delta);
      if (a === null || b === null) return '#REF!';
      return `${g[4]}${columnLetter(a)}:${g[6]}${columnLetter(b)}`;
    }
    if (g[9] !== undefined) {
      if (axis !== 'row') return match;
      const a = shiftIndex(Number(g[9]), at, delta);
      const b = shiftIndex(Number(g[11]), at, delta);
      if (a === null || b === null) return '#REF!';
      return `${g[8]}${a}:${g[10]}${b}`;
    }
    return match;
  });
}
