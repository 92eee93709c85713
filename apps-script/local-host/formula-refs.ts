/**
 * Moves the A1 references inside a formula when rows or columns are inserted, deleted or moved,
 * as Sheets does for formulas and conditional-format rules on the same sheet, and shifts the
 * relative references of a copied formula. Handles cell references ($K5, K$5, K5), column ranges
 * (K:K, $K:$L) and row ranges (5:7). References qualified with a sheet name (Other!A1) and text
 * inside string literals are left alone. A reference to a deleted row or column becomes #REF!.
 */

import { columnLetter, columnNumber } from './a1.ts';

export type Axis = 'row' | 'col';

/** Where a row or column index goes: a new index, or null when it is gone. */
export type IndexMap = (index: number) => number | null;

/** `at` is the first index affected; `delta` > 0 inserts that many before `at`, < 0 deletes |delta| from `at`. */
export function shiftIndex(index: number, at: number, delta: number): number | null {
  if (index < at) return index;
  if (delta > 0) return index + delta;
  const count = -delta;
  if (index < at + count) return null;
  return index - count;
}

const TOKEN = /"(?:[^"]|"")*"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])|(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![\w(])|(\$?)(\d+):(\$?)(\d+)(?![\w(])/g;

/** One reference's parts: each index with whether it is absolute ($). */
interface Part {
  index: number;
  absolute: boolean;
}
type RefRewrite = (kind: Axis, part: Part) => number | null;

/**
 * Rewrites every same-sheet reference of `formula` through `rewrite` (given each row or column
 * part; null makes the reference #REF!). A range's two ends are kept in order.
 */
function rewriteRefs(formula: string, rewrite: RefRewrite): string {
  return formula.replace(TOKEN, (match: string, ...groups: unknown[]) => {
    const offset = groups[12] as number;
    if (match.startsWith('"')) return match;
    const before = offset > 0 ? (formula[offset - 1] ?? '') : '';
    if (/[\w!.$]/.test(before)) return match;
    const g = groups as (string | undefined)[];
    const dollar = (s: string | undefined) => s === '$';
    if (g[1] !== undefined) {
      const col = rewrite('col', { index: columnNumber(g[1]), absolute: dollar(g[0]) });
      const row = rewrite('row', { index: Number(g[3]), absolute: dollar(g[2]) });
      if (col === null || row === null) return '#REF!';
      return `${g[0]}${columnLetter(col)}${g[2]}${row}`;
    }
    if (g[5] !== undefined) {
      const a = rewrite('col', { index: columnNumber(g[5]), absolute: dollar(g[4]) });
      const b = rewrite('col', { index: columnNumber(g[7] ?? ''), absolute: dollar(g[6]) });
      if (a === null || b === null) return '#REF!';
      return `${g[4]}${columnLetter(Math.min(a, b))}:${g[6]}${columnLetter(Math.max(a, b))}`;
    }
    if (g[9] !== undefined) {
      const a = rewrite('row', { index: Number(g[9]), absolute: dollar(g[8]) });
      const b = rewrite('row', { index: Number(g[11]), absolute: dollar(g[10]) });
      if (a === null || b === null) return '#REF!';
      return `${g[8]}${Math.min(a, b)}:${g[10]}${Math.max(a, b)}`;
    }
    return match;
  });
}

/** References along `axis` follow `map` (inserted, deleted or moved rows/columns), absolute or not. */
export function remapFormula(formula: string, axis: Axis, map: IndexMap): string {
  return rewriteRefs(formula, (kind, part) => (kind === axis ? map(part.index) : part.index));
}

export function shiftFormula(formula: string, axis: Axis, at: number, delta: number): string {
  return remapFormula(formula, axis, (i) => shiftIndex(i, at, delta));
}

/** A formula copied `rows` down and `cols` right: its relative references move with it, as in a paste. */
export function offsetFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return rewriteRefs(formula, (kind, part) => {
    if (part.absolute) return part.index;
    const moved = part.index + (kind === 'row' ? rows : cols);
    return moved < 1 ? null : moved;
  });
}
