/**
 * Saving and loading the local spreadsheet (for the workbench's file), building one from a grid,
 * and a plain snapshot of a sheet's cells for "nothing of theirs changed" tests.
 */

import { a1Of } from './a1.ts';
import { internalOf, isDate } from './counter.ts';
import { LocalSpreadsheet, type CellModel, type CellValue, type MetadataModel, type RuleModel, type Selection, type SheetModel } from './model.ts';
import type { TriggerRecord } from './script-app.ts';

type JsonValue = string | number | boolean | { $date: string };

export interface CellJson extends Omit<CellModel, 'value'> {
  row: number;
  col: number;
  value?: JsonValue;
}

export interface SheetJson {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  columnWidths: Record<string, number>;
  rules: RuleModel[];
  cells: CellJson[];
}

export interface SpreadsheetJson {
  format: 'secor-ready-local-spreadsheet';
  version: 1;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  active: Selection;
  nextSheetId: number;
  nextMetadataId: number;
  documentProperties: Record<string, string>;
  /** Absent in files saved before the bound script's properties were kept with its spreadsheet. */
  scriptProperties?: Record<string, string>;
  /** The bound script's installable triggers; absent in files saved before they were kept. */
  triggers?: TriggerRecord[];
  metadata: MetadataModel[];
  sheets: SheetJson[];
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function spreadsheetToJSON(book: LocalSpreadsheet): SpreadsheetJson {
  return {
    format: 'secor-ready-local-spreadsheet',
    version: 1,
    id: book.id,
    name: book.name,
    locale: book.locale,
    timeZone: book.timeZone,
    active: clone(book.active),
    nextSheetId: book.nextSheetId,
    nextMetadataId: book.nextMetadataId,
    documentProperties: { ...book.documentProperties },
    scriptProperties: { ...book.scriptProperties },
    triggers: clone(book.triggers),
    metadata: clone(book.metadata),
    sheets: book.sheets.map((sheet) => {
      const cells: CellJson[] = [];
      sheet.cells.forEach((line, r) =>
        line?.forEach((cell, c) => {
          if (!cell) return;
          const { value, ...rest } = cell;
          const out: CellJson = { row: r + 1, col: c + 1, ...clone(rest) };
          if (value !== undefined) out.value = isDate(value) ? { $date: value.toISOString() } : value;
          cells.push(out);
        }),
      );
      const columnWidths: Record<string, number> = {};
      sheet.columnWidths.forEach((w, i) => {
        if (w !== undefined) columnWidths[String(i + 1)] = w;
      });
      return {
        id: sheet.id,
        name: sheet.name,
        maxRows: sheet.maxRows,
        maxCols: sheet.maxCols,
        frozenRows: sheet.frozenRows,
        frozenCols: sheet.frozenCols,
        hidden: sheet.hidden,
        columnWidths,
        rules: clone(sheet.rules),
        cells,
      };
    }),
  };
}

export function spreadsheetFromJSON(input: SpreadsheetJson | string): LocalSpreadsheet {
  const json = typeof input === 'string' ? (JSON.parse(input) as SpreadsheetJson) : input;
  if (json.format !== 'secor-ready-local-spreadsheet' || json.version !== 1) {
    throw new Error('Not a saved local spreadsheet (format secor-ready-local-spreadsheet, version 1).');
  }
  const book = new LocalSpreadsheet(json.name, json.id);
  book.locale = json.locale;
  book.timeZone = json.timeZone;
  book.active = clone(json.active);
  book.nextSheetId = json.nextSheetId;
  book.nextMetadataId = json.nextMetadataId;
  Object.assign(book.documentProperties, json.documentProperties);
  Object.assign(book.scriptProperties, json.scriptProperties);
  book.triggers.push(...clone(json.triggers ?? []));
  book.metadata = clone(json.metadata);
  book.sheets = json.sheets.map((s): SheetModel => {
    const sheet: SheetModel = {
      id: s.id,
      name: s.name,
      cells: [],
      maxRows: s.maxRows,
      maxCols: s.maxCols,
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      hidden: s.hidden,
      columnWidths: [],
      rules: clone(s.rules),
    };
    for (const [col, w] of Object.entries(s.columnWidths)) sheet.columnWidths[Number(col) - 1] = w;
    for (const { row, col, value, ...rest } of s.cells) {
      const cell: CellModel = clone(rest);
      if (value !== undefined) cell.value = typeof value === 'object' ? new Date(value.$date) : value;
      (sheet.cells[row - 1] ??= [])[col - 1] = cell;
    }
    return sheet;
  });
  return book;
}

export type GridCell = string | number | boolean | Date | null | undefined;

/**
 * A spreadsheet with one sheet holding `grid` from A1. Values are kept as given (no number
 * parsing), except that a string beginning with "=" is a formula, as when typed into Sheets.
 */
export function spreadsheetFromGrid(name: string, sheetName: string, grid: readonly (readonly GridCell[])[]): LocalSpreadsheet {
  return spreadsheetFromGrids(name, [{ name: sheetName, grid }]);
}

/** A spreadsheet with a sheet per grid, in order, each filled as spreadsheetFromGrid fills its one; the first is active. */
export function spreadsheetFromGrids(
  name: string,
  sheets: readonly { readonly name: string; readonly grid: readonly (readonly GridCell[])[] }[],
): LocalSpreadsheet {
  const book = new LocalSpreadsheet(name);
  for (const { name: sheetName, grid } of sheets) {
    const sheet = book.addSheet(sheetName);
    grid.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        book.editCell(sheet, r + 1, c + 1, (cell) => {
          if (typeof value === 'string' && value.startsWith('=') && value.length > 1) cell.formula = value;
          else cell.value = isDate(value) ? new Date(value.getTime()) : value;
        });
      }),
    );
  }
  return book;
}

export interface CellSnapshot {
  value: CellValue;
  formula: string;
  background: string;
  note: string;
}

/**
 * Every cell of the area that holds anything (A1 to the last row and column with any value,
 * formula, background or note), keyed by A1 notation. Takes a Sheet fake or a sheet model.
 */
export function snapshotCells(sheet: SheetModel | object): Record<string, CellSnapshot> {
  const inner = internalOf<{ kind: string; sheet: SheetModel }>(sheet);
  const model = inner?.kind === 'sheet' ? inner.sheet : (sheet as SheetModel);
  let rows = 0;
  let cols = 0;
  model.cells.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (cell && (cell.value !== undefined || cell.formula !== undefined || cell.background !== undefined || cell.note !== undefined)) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }),
  );
  const out: Record<string, CellSnapshot> = {};
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = model.cells[r - 1]?.[c - 1];
      const v = cell?.value;
      out[a1Of(r, c)] = {
        value: v === undefined ? '' : isDate(v) ? new Date(v.getTime()) : v,
        formula: cell?.formula ?? '',
        background: cell?.background ?? '#ffffff',
        note: cell?.note ?? '',
      };
    }
  }
  return out;
}
