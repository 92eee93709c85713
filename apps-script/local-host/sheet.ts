/** The Sheet fake over one sheet model. */

import { parseA1 } from './a1.ts';
import { fail, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import { copyRule, makeRule, ruleInternal } from './conditional-format.ts';
import { addMetadata, makeFinder } from './developer-metadata.ts';
import type { LocalSpreadsheet, Rect, SheetModel } from './model.ts';
import { makeRange } from './range.ts';
import { sortRows, type SortKey } from './rearrange.ts';

export interface SheetInternal {
  kind: 'sheet';
  sheet: SheetModel;
  book: LocalSpreadsheet;
}

/**
 * A range must lie inside the sheet's rows and columns: Sheets throws rather than growing the
 * sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer),
 * message as Apps Script gives it).
 */
export function insideSheet(env: SheetsEnv, sheet: SheetModel, rect: Rect): Rect {
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    return fail(env, 'Exception: The coordinates of the range are outside the dimensions of the sheet.');
  }
  return rect;
}

/** getRange(row, col[, numRows[, numCols]]) or getRange(a1) on a sheet, checked like Apps Script. */
export function rectOf(env: SheetsEnv, sheet: SheetModel, args: unknown[]): Rect {
  const [a, b, c, d] = args;
  if (typeof a === 'string') {
    const parts = parseA1(a);
    if (!parts || parts.sheetName !== null) return fail(env, 'Exception: Range not found');
    const row = parts.row ?? 1;
    const col = parts.col ?? 1;
    const lastRow = parts.lastRow ?? sheet.maxRows;
    const lastCol = parts.lastCol ?? sheet.maxCols;
    return insideSheet(env, sheet, { row, col, numRows: lastRow - row + 1, numCols: lastCol - col + 1 });
  }
  const nums = [a, b, c ?? 1, d ?? 1];
  if (b === undefined || nums.some((n) => typeof n !== 'number' || !Number.isInteger(n))) {
    return fail(env, "Exception: The parameters don't match the method signature for Sheet.getRange.");
  }
  const [row, col, numRows, numCols] = nums as number[] as [number, number, number, number];
  if (row < 1) return fail(env, 'Exception: The starting row of the range is too small.');
  if (col < 1) return fail(env, 'Exception: The starting column of the range is too small.');
  if (numRows < 1) return fail(env, 'Exception: The number of rows in the range must be at least 1.');
  if (numCols < 1) return fail(env, 'Exception: The number of columns in the range must be at least 1.');
  return insideSheet(env, sheet, { row, col, numRows, numCols });
}

/** Runs a change on the model; its plain Error reaches the script as Apps Script words it ("Exception: ..."). */
export function exception<T>(env: SheetsEnv, change: () => T): T {
  try {
    return change();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail(env, message.startsWith('Exception: ') ? message : `Exception: ${message}`);
  }
}

export function makeSheet(env: SheetsEnv, sheet: SheetModel): Fake {
  const book = env.book;
  const live = (): SheetModel => (book.sheets.includes(sheet) ? sheet : fail(env, `Exception: The sheet ${sheet.name} has been deleted.`));
  const count = (n: unknown, what: string): number => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return fail(env, `Exception: Invalid argument: ${what}`);
    return n;
  };

  return makeFake(
    env,
    SPREADSHEET_SERVICE,
    'Sheet',
    (self) => ({
      getName: () => sheet.name,
      // https://developers.google.com/apps-script/reference/spreadsheet/sheet#sortcolumnposition,-ascending:
      // "Sorts a sheet by column"; the frozen header rows stay where they are, as in Sheets' "Sort sheet".
      sort: (columnPosition: unknown, ascending: unknown = true) => {
        const col = count(columnPosition, 'columnPosition');
        if (typeof ascending !== 'boolean') return fail(env, "Exception: The parameters don't match the method signature for Sheet.sort.");
        const first = sheet.frozenRows + 1;
        const last = live().cells.length;
        if (last >= first) {
          const keys: SortKey[] = [{ col, ascending }];
          exception(env, () => sortRows(book, sheet, { row: first, col: 1, numRows: last - first + 1, numCols: sheet.maxCols }, keys));
        }
        return self;
      },
      getSheetId: () => sheet.id,
      getRange: (...args: unknown[]) => makeRange(env, live(), rectOf(env, sheet, args)),
      getDataRange: () =>
        makeRange(env, live(), {
          row: 1,
          col: 1,
          numRows: Math.max(1, book.lastRow(sheet)),
          numCols: Math.max(1, book.lastColumn(sheet)),
        }),
      getLastRow: () => book.lastRow(live()),
      getLastColumn: () => book.lastColumn(live()),
      getMaxRows: () => sheet.maxRows,
      getMaxColumns: () => sheet.maxCols,
      insertColumnsAfter: (after: number, n: number) => {
        book.insert(live(), 'col', count(after, 'columnIndex') + 1, count(n, 'howMany'));
        return self;
      },
      insertRowsAfter: (after: number, n: number) => {
        book.insert(live(), 'row', count(after, 'afterPosition') + 1, count(n, 'howMany'));
        return self;
      },
      getConditionalFormatRules: () => sheet.rules.map((rule) => makeRule(env, rule, sheet.id)),
      setConditionalFormatRules: (rules: unknown) => {
        if (!Array.isArray(rules)) return fail(env, 'Exception: Invalid argument: rules');
        const models = rules.map((r) => {
          const inner = ruleInternal(env, r);
          if (inner.sheetId !== null && inner.sheetId !== sheet.id) {
            return fail(env, 'Exception: The conditional format rule cannot reference a different sheet.');
          }
          return copyRule(inner.model);
        });
        sheet.rules = models;
      },
      addDeveloperMetadata: (key: string, value?: unknown, visibility?: unknown) => {
        addMetadata(env, { type: 'SHEET', sheetId: sheet.id }, key, value, visibility);
        return self;
      },
      createDeveloperMetadataFinder: () => makeFinder(env, { sheetId: sheet.id }),
      // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer):
      // "Sets the width of the given column in pixels." Stricter than Sheets where the page is silent:
      // a column past the sheet's, or a width that is not a whole number of pixels, throws (this message is the fake's).
      setColumnWidth: (columnPosition: unknown, width: unknown) => {
        const column = count(columnPosition, 'columnPosition');
        if (column > sheet.maxCols) return fail(env, `Exception: Column ${column} is past the sheet's ${sheet.maxCols} columns.`);
        if (typeof width !== 'number' || !Number.isInteger(width) || width < 0) return fail(env, 'Exception: Invalid argument: width');
        sheet.columnWidths[column - 1] = width;
        return self;
      },
      setFrozenRows: (rows: number) => {
        if (!Number.isInteger(rows) || rows < 0) return fail(env, 'Exception: Invalid argument: rows');
        sheet.frozenRows = rows;
      },
      activate: () => {
        book.active = { sheetId: live().id, range: null };
        return self;
      },
    }),
    { internal: { kind: 'sheet', sheet, book } satisfies SheetInternal },
  );
}
