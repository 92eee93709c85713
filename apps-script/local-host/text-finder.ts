/**
 * Range.createTextFinder (https://developers.google.com/apps-script/reference/spreadsheet/text-finder):
 * finds cells of the range by their displayed text, row by row. As documented: case-insensitive
 * and partial by default, `matchCase` / `matchEntireCell` narrow it, a formula's cell is matched
 * by its displayed value (here '', as it is not calculated); `findNext` gives the next match or
 * null. What the add-on does not call (`findAll`, `matchFormulaText`, regular expressions, ...)
 * throws "not implemented".
 */

import { displayValue } from './cell-values.ts';
import { fail, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import type { Rect, SheetModel } from './model.ts';
import { makeRange } from './range.ts';

export function makeTextFinder(env: SheetsEnv, sheet: SheetModel, rect: Rect, findText: unknown): Fake {
  if (typeof findText !== 'string' || findText === '') return fail(env, 'Exception: Invalid argument: findText');
  const options = { matchCase: false, matchEntireCell: false };
  /** The index (row-major in the range) of the current match; -1 before the first. */
  let current = -1;
  const size = rect.numRows * rect.numCols;
  const cellAt = (i: number) => ({ row: rect.row + Math.floor(i / rect.numCols), col: rect.col + (i % rect.numCols) });
  const matches = (i: number): boolean => {
    const { row, col } = cellAt(i);
    const cell = env.book.cell(sheet, row, col);
    const shown = displayValue(cell, env.book.timeZone);
    const [text, wanted] = options.matchCase ? [shown, findText] : [shown.toLowerCase(), findText.toLowerCase()];
    return options.matchEntireCell ? text === wanted : text.includes(wanted);
  };
  const rangeAt = (i: number) => makeRange(env, sheet, { ...cellAt(i), numRows: 1, numCols: 1 });
  return makeFake(env, SPREADSHEET_SERVICE, 'TextFinder', (finder) => {
    const setter = (key: keyof typeof options) => (value: unknown) => {
      options[key] = value === true;
      return finder;
    };
    return {
      matchCase: setter('matchCase'),
      matchEntireCell: setter('matchEntireCell'),
      findNext: () => {
        for (let i = current + 1; i < size; i++) {
          if (matches(i)) {
            current = i;
            return rangeAt(i);
          }
        }
        return null;
      },
    };
  });
}
