/** The Sheet fake over one sheet model. */

import { parseA1 } from './a1.ts';
import { fail, internalOf, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import { copyRule, makeRule, ruleInternal } from './conditional-format.ts';
import { addMetadata, makeFinder, makeMetadata, metadataAt } from './developer-metadata.ts';
import type { LocalSpreadsheet, Rect, SheetModel } from './model.ts';
import { makeRange, rangeInternal, writeGrid } from './range.ts';
import { copySheet, moveLines, sortRows, type SortKey } from './rearrange.ts';

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

/** The spreadsheet model behind a Spreadsheet fake, or null for anything else. */
export function spreadsheetOf(value: unknown): LocalSpreadsheet | null {
  const inner = internalOf<{ kind: string; book: LocalSpreadsheet }>(value);
  return inner?.kind === 'spreadsheet' ? inner.book : null;
}

export function makeSheet(env: SheetsEnv, sheet: SheetModel): Fake {
  const book = env.book;
  const live = (): SheetModel => (book.sheets.includes(sheet) ? sheet : fail(env, `Exception: The sheet ${sheet.name} has been deleted.`));
  const count = (n: unknown, what: string): number => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return fail(env, `Exception: Invalid argument: ${what}`);
    return n;
  };
  const lineSpec = (spec: unknown, what: string): Rect => {
    const inner = rangeInternal(env, spec, what);
    if (inner.sheet !== sheet) return fail(env, `Exception: The ${what} must be a range on sheet "${sheet.name}".`);
    return inner.rect;
  };
  const index = (n: unknown, what: string): number => {
    if (typeof n !== 'number' || !Number.isInteger(n)) return fail(env, `Exception: Invalid argument: ${what} must be a whole number, not ${String(n)}`);
    return n;
  };
  const selectRange = (target: unknown): Rect => {
    if (typeof target === 'string') return rectOf(env, sheet, [target]);
    const inner = rangeInternal(env, target);
    if (inner.sheet !== sheet) return fail(env, 'Exception: The range must be on this sheet.');
    return inner.rect;
  };

  return makeFake(env, SPREADSHEET_SERVICE, 'Sheet', (self) => ({
    getName: () => sheet.name,
    setName: (name: unknown) => {
      if (typeof name !== 'string') return fail(env, "Exception: The parameters don't match the method signature for Sheet.setName.");
      exception(env, () => book.checkSheetName(name, sheet));
      sheet.name = name;
      return self;
    },
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#copytospreadsheet:
    // the copy is "named "Copy of [original name]""; it goes last (undocumented) and is not activated.
    copyTo: (spreadsheet: unknown) => {
      const target = spreadsheetOf(spreadsheet);
      if (target === null) return fail(env, 'Exception: Invalid argument: spreadsheet (pass a Spreadsheet, such as SpreadsheetApp.getActiveSpreadsheet())');
      if (target !== book) return fail(env, `SpreadsheetApp fake: Sheet.copyTo another spreadsheet is not implemented (the local host holds only ${book.id})`);
      return makeSheet(env, exception(env, () => copySheet(book, live(), book.sheets.length)));
    },
    moveRows: (rowSpec: unknown, destinationIndex: unknown) => {
      const rect = lineSpec(rowSpec, 'rowSpec');
      exception(env, () => moveLines(book, live(), 'row', rect.row, rect.numRows, index(destinationIndex, 'destinationIndex')));
    },
    moveColumns: (columnSpec: unknown, destinationIndex: unknown) => {
      const rect = lineSpec(columnSpec, 'columnSpec');
      exception(env, () => moveLines(book, live(), 'col', rect.col, rect.numCols, index(destinationIndex, 'destinationIndex')));
    },
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
    getIndex: () => book.sheets.indexOf(live()) + 1,
    getParent: () => env.spreadsheetFake(),
    getRange: (...args: unknown[]) => makeRange(env, live(), rectOf(env, sheet, args)),
    getDataRange: () => makeRange(env, live(), {
      row: 1, col: 1, numRows: Math.max(1, book.lastRow(sheet)), numCols: Math.max(1, book.lastColumn(sheet)),
    }),
    getLastRow: () => book.lastRow(live()),
    getLastColumn: () => book.lastColumn(live()),
    getMaxRows: () => sheet.maxRows,
    getMaxColumns: () => sheet.maxCols,
    insertColumnAfter: (after: number) => { book.insert(live(), 'col', count(after, 'columnIndex') + 1, 1); return self; },
    insertColumnBefore: (before: number) => { book.insert(live(), 'col', count(before, 'columnIndex'), 1); return self; },
    insertColumns: (before: number, n = 1) => { book.insert(live(), 'col', count(before, 'columnIndex'), count(n, 'numColumns')); },
    insertColumnsAfter: (after: number, n: number) => { book.insert(live(), 'col', count(after, 'columnIndex') + 1, count(n, 'howMany')); return self; },
    insertColumnsBefore: (before: number, n: number) => { book.insert(live(), 'col', count(before, 'columnIndex'), count(n, 'howMany')); return self; },
    deleteColumn: (col: number) => { exception(env, () => book.remove(live(), 'col', count(col, 'columnPosition'), 1)); return self; },
    deleteColumns: (col: number, n = 1) => { exception(env, () => book.remove(live(), 'col', count(col, 'columnPosition'), count(n, 'howMany'))); },
    insertRowAfter: (after: number) => { book.insert(live(), 'row', count(after, 'afterPosition') + 1, 1); return self; },
    insertRowBefore: (before: number) => { book.insert(live(), 'row', count(before, 'beforePosition'), 1); return self; },
    insertRows: (before: number, n = 1) => { book.insert(live(), 'row', count(before, 'rowIndex'), count(n, 'numRows')); },
    insertRowsAfter: (after: number, n: number) => { book.insert(live(), 'row', count(after, 'afterPosition') + 1, count(n, 'howMany')); return self; },
    insertRowsBefore: (before: number, n: number) => { book.insert(live(), 'row', count(before, 'beforePosition'), count(n, 'howMany')); return self; },
    deleteRow: (row: number) => { exception(env, () => book.remove(live(), 'row', count(row, 'rowPosition'), 1)); return self; },
    deleteRows: (row: number, n = 1) => { exception(env, () => book.remove(live(), 'row', count(row, 'rowPosition'), count(n, 'howMany'))); },
    appendRow: (values: unknown) => {
      if (!Array.isArray(values)) return fail(env, "Exception: The parameters don't match the method signature for Sheet.appendRow.");
      if (values.length === 0) return self;
      const row = book.lastRow(live()) + 1;
      if (row > sheet.maxRows) book.insert(sheet, 'row', sheet.maxRows + 1, 1);
      writeGrid(env, sheet, { row, col: 1, numRows: 1, numCols: values.length }, [values]);
      return self;
    },
    clear: () => {
      sheet.cells = [];
      return self;
    },
    clearContents: () => {
      for (const line of sheet.cells) line?.forEach((cell) => { if (cell) { delete cell.value; delete cell.formula; } });
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
    clearConditionalFormatRules: () => { sheet.rules = []; },
    addDeveloperMetadata: (key: string, value?: unknown, visibility?: unknown) => {
      addMetadata(env, { type: 'SHEET', sheetId: sheet.id }, key, value, visibility);
      return self;
    },
    getDeveloperMetadata: () => metadataAt(env, { type: 'SHEET', sheetId: sheet.id }).map((md) => makeMetadata(env, md)),
    createDeveloperMetadataFinder: () => makeFinder(env, { sheetId: sheet.id }),
    setFrozenRows: (rows: number) => {
      if (!Number.isInteger(rows) || rows < 0) return fail(env, 'Exception: Invalid argument: rows');
      sheet.frozenRows = rows;
    },
    getFrozenRows: () => sheet.frozenRows,
    setFrozenColumns: (cols: number) => {
      if (!Number.isInteger(cols) || cols < 0) return fail(env, 'Exception: Invalid argument: columns');
      sheet.frozenCols = cols;
    },
    getFrozenColumns: () => sheet.frozenCols,
    setColumnWidth: (col: number, width: number) => {
      sheet.columnWidths[count(col, 'columnPosition') - 1] = width;
      return self;
    },
    getColumnWidth: (col: number) => sheet.columnWidths[count(col, 'columnPosition') - 1] ?? 100,
    hideSheet: () => {
      if (book.sheets.filter((s) => !s.hidden).length <= 1 && !sheet.hidden) return fail(env, "Exception: You can't hide all the sheets in a document.");
      sheet.hidden = true;
      return self;
    },
    showSheet: () => { sheet.hidden = false; return self; },
    isSheetHidden: () => sheet.hidden,
    activate: () => {
      book.active = { sheetId: live().id, range: null };
      return self;
    },
    setActiveSelection: (target: unknown) => {
      const rect = selectRange(target);
      book.active = { sheetId: sheet.id, range: { ...rect } };
      return makeRange(env, sheet, rect);
    },
    setActiveRange: (target: unknown) => {
      const rect = selectRange(target);
      book.active = { sheetId: sheet.id, range: { ...rect } };
      return makeRange(env, sheet, rect);
    },
    getActiveRange: () => {
      const active = book.active;
      if (active.sheetId !== sheet.id) return makeRange(env, sheet, { row: 1, col: 1, numRows: 1, numCols: 1 });
      return makeRange(env, sheet, active.range ?? { row: 1, col: 1, numRows: 1, numCols: 1 });
    },
  }), { internal: { kind: 'sheet', sheet, book } satisfies SheetInternal });
}
