/** The Range fake: a fixed rectangle on a sheet model (like Apps Script, it does not move when columns move). */

import { a1Of } from './a1.ts';
import { displayValue, MAX_CELL_CHARACTERS, readValue, TOO_LONG, writeValue } from './cell-values.ts';
import { fail, internalOf, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import { addMetadata, makeFinder } from './developer-metadata.ts';
import { validationOf, violatesValidation } from './data-validation.ts';
import type { CellModel, Rect, SheetModel } from './model.ts';
import { sortRows, type SortKey } from './rearrange.ts';
import { exception, insideSheet, makeSheet } from './sheet.ts';
import { makeTextFinder } from './text-finder.ts';

export interface RangeInternal {
  kind: 'range';
  sheet: SheetModel;
  rect: Rect;
}

/** The rectangle and sheet behind a Range fake, or a thrown error naming what was passed instead. */
export function rangeInternal(env: SheetsEnv, value: unknown, what = 'range'): RangeInternal {
  const inner = internalOf<RangeInternal>(value);
  if (inner?.kind !== 'range') return fail(env, `Exception: Invalid argument: ${what}`);
  return inner;
}

function checkGrid(env: SheetsEnv, data: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(data)) return fail(env, "Exception: The parameters (String) don't match the method signature.");
  if (data.length !== rect.numRows) {
    return fail(
      env,
      `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row)) return fail(env, "Exception: The parameters (number[]) don't match the method signature.");
    if (row.length !== rect.numCols) {
      return fail(
        env,
        `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

/** Writes values as setValues does (formulas from "=", validation checked), without counting a call. */
export function writeGrid(env: SheetsEnv, sheet: SheetModel, rect: Rect, data: unknown[][]): void {
  const book = env.book;
  // Checked before any cell is written: one long text refuses the whole block.
  if (data.some((line) => line.some((value) => typeof value === 'string' && value.length > MAX_CELL_CHARACTERS))) {
    fail(env, `Exception: ${TOO_LONG}`);
  }
  data.forEach((line, r) =>
    line.forEach((value, c) => {
      const row = rect.row + r;
      const col = rect.col + c;
      book.editCell(sheet, row, col, (cell) => {
        const before = { ...cell };
        writeValue(cell, value, { locale: book.locale, timeZone: book.timeZone, now: env.now() });
        if (violatesValidation(cell, book.timeZone)) {
          for (const k of Object.keys(cell)) delete cell[k as keyof CellModel];
          Object.assign(cell, before);
          fail(env, `Exception: The data you entered in cell ${a1Of(row, col)} violates the data validation rules set on this cell.`);
        }
      });
    }),
  );
}

export function makeRange(env: SheetsEnv, sheet: SheetModel, rect: Rect): Fake {
  const book = env.book;
  const { row, col, numRows, numCols } = rect;

  const map = <T>(read: (cell: CellModel | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < numCols; c++) line.push(read(book.cell(sheet, row + r, col + c)));
      out.push(line);
    }
    return out;
  };
  const first = <T>(read: (cell: CellModel | undefined) => T): T => read(book.cell(sheet, row, col));
  const editAll = (data: unknown[][], edit: (cell: CellModel, value: unknown, r: number, c: number) => void): void => {
    data.forEach((line, r) => line.forEach((value, c) => book.editCell(sheet, row + r, col + c, (cell) => edit(cell, value, row + r, col + c))));
  };
  const fill = (value: unknown): unknown[][] => Array.from({ length: numRows }, () => new Array<unknown>(numCols).fill(value));
  /** A text attribute of every cell (background, number format, note), emptied by '' or null. */
  const setText = (range: Fake, key: 'background' | 'numberFormat' | 'note', data: unknown[][]): Fake => {
    editAll(data, (cell, v) => {
      cell[key] = v ? String(v) : undefined;
    });
    return self(range);
  };
  const setValuesChecked = (data: unknown[][]): void => writeGrid(env, sheet, rect, data);
  const self = (f: Fake): Fake => f;

  return makeFake(
    env,
    SPREADSHEET_SERVICE,
    'Range',
    (range) => ({
      getRow: () => row,
      getColumn: () => col,
      getLastRow: () => row + numRows - 1,
      getLastColumn: () => col + numCols - 1,
      getA1Notation: () => a1Of(row, col, numRows, numCols),
      getSheet: () => makeSheet(env, sheet),
      getGridId: () => sheet.id,
      offset: (dr: number, dc: number, nr = numRows, nc = numCols) => {
        if (row + dr < 1 || col + dc < 1) return fail(env, 'Exception: The starting row or column of the range is too small.');
        return makeRange(env, sheet, insideSheet(env, sheet, { row: row + dr, col: col + dc, numRows: nr, numCols: nc }));
      },
      getValue: () => first(readValue),
      getValues: () => map(readValue),
      getDisplayValues: () => map((c) => displayValue(c, book.timeZone)),
      getFormula: () => first((c) => c?.formula ?? ''),
      getFormulas: () => map((c) => c?.formula ?? ''),
      setValue: (value: unknown) => {
        setValuesChecked(fill(value));
        return self(range);
      },
      setValues: (values: unknown) => {
        setValuesChecked(checkGrid(env, values, rect));
        return self(range);
      },
      clearContent: () => {
        editAll(fill(null), (cell) => {
          cell.value = undefined;
          cell.formula = undefined;
        });
        return self(range);
      },
      setBackground: (color: unknown) => setText(range, 'background', fill(color)),
      setFontWeight: (weight: string | null) => {
        editAll(fill(weight), (cell, v) => {
          cell.fontWeight = v && v !== 'normal' ? String(v) : undefined;
        });
        return self(range);
      },
      setNote: (note: unknown) => setText(range, 'note', fill(note)),
      setDataValidation: (rule: unknown) => {
        const model = rule === null ? undefined : validationOf(env, rule);
        editAll(fill(model), (cell) => {
          cell.validation = model ? { ...model, values: [...model.values] } : undefined;
        });
        return self(range);
      },
      activate: () => {
        book.active = { sheetId: sheet.id, range: { ...rect } };
        return self(range);
      },
      addDeveloperMetadata: (key: string, value?: unknown, visibility?: unknown) => {
        const location = wholeLineOf(env, sheet, rect);
        addMetadata(env, location, key, value, visibility);
        return self(range);
      },
      createDeveloperMetadataFinder: () => makeFinder(env, { sheetId: sheet.id, rect }),
      createTextFinder: (findText: unknown) => makeTextFinder(env, sheet, rect, findText),
      sort: (sortSpecObj: unknown) => {
        const keys = sortKeysOf(env, sortSpecObj);
        exception(env, () => sortRows(book, sheet, rect, keys));
        return self(range);
      },
    }),
    { internal: { kind: 'range', sheet, rect } satisfies RangeInternal },
  );
}

/**
 * Range.sort's sortSpecObj (https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj):
 * a column number, `{column, ascending}` (ascending by default), or an array of either; columns
 * are the sheet's column numbers.
 */
function sortKeysOf(env: SheetsEnv, spec: unknown): SortKey[] {
  const one = (item: unknown): SortKey => {
    if (typeof item === 'number' && Number.isInteger(item)) return { col: item, ascending: true };
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const { column, ascending = true } = item as { column?: unknown; ascending?: unknown };
      if (typeof column === 'number' && Number.isInteger(column) && typeof ascending === 'boolean') return { col: column, ascending };
    }
    return fail(
      env,
      `Exception: Invalid argument: sortSpecObj. Pass a column number, {column: 2, ascending: false}, or an array of them; got ${JSON.stringify(item)}.`,
    );
  };
  return Array.isArray(spec) ? spec.map(one) : [one(spec)];
}

/** Developer metadata goes on a whole row or a whole column only, as in Sheets. */
function wholeLineOf(env: SheetsEnv, sheet: SheetModel, rect: Rect) {
  if (rect.row === 1 && rect.numRows >= sheet.maxRows && rect.numCols === 1) {
    return { type: 'COLUMN' as const, sheetId: sheet.id, index: rect.col };
  }
  if (rect.col === 1 && rect.numCols >= sheet.maxCols && rect.numRows === 1) {
    return { type: 'ROW' as const, sheetId: sheet.id, index: rect.row };
  }
  return fail(
    env,
    'Exception: Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );
}
