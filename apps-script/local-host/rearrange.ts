/**
 * What rearranges a sheet without inserting or deleting: moving rows or columns, sorting a range,
 * copying a whole sheet. Each works on the spreadsheet model and throws
 * a plain Error naming what is wrong (the fakes hand it on in the caller's realm).
 */

import { copyRule } from './conditional-format.ts';
import { isDate } from './counter.ts';
import { offsetFormula, remapFormula, type Axis, type IndexMap } from './formula-refs.ts';
import type { CellModel, LocalSpreadsheet, Rect, SheetModel } from './model.ts';

const lines = (axis: Axis) => (axis === 'col' ? 'columns' : 'rows');

/** Where each index goes when `count` lines from `from` move before line `dest` (numbered before the move). */
export function moveMap(from: number, count: number, dest: number): IndexMap {
  const end = from + count;
  return (i) => {
    if (dest < from) {
      if (i >= from && i < end) return dest + (i - from);
      return i >= dest && i < from ? i + count : i;
    }
    if (i >= from && i < end) return dest - count + (i - from);
    return i >= end && i < dest ? i - count : i;
  };
}

function permute<T>(list: T[], map: IndexMap, extent: number): T[] {
  const out: T[] = [];
  for (let i = 1; i <= Math.max(list.length, extent); i++) {
    if (list[i - 1] !== undefined) out[map(i)! - 1] = list[i - 1]!;
  }
  return out;
}

/** Consecutive runs of a set of indexes, each as [first, last]. */
function runs(indexes: number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/**
 * Sheet.moveRows / moveColumns: https://developers.google.com/apps-script/reference/spreadsheet/sheet#moverowsrowspec,-destinationindex
 * ("destinationIndex ... is based on the coordinates before the rows are moved"). Cells (with
 * their formats, validation and notes), column widths, row/column developer metadata ("will
 * remain associated at those locations as they move around",
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata) and
 * same-sheet formula references follow the moved lines. Conditional-format ranges are not
 * documented for a move; the fake takes the stricter reading that formats travel with their
 * cells, as users report for moved and cut cells
 * (https://webapps.stackexchange.com/questions/119880): a rule's range splits into the runs its
 * lines land in. A destination inside the moved lines is refused (undocumented; stricter).
 */
export function moveLines(book: LocalSpreadsheet, sheet: SheetModel, axis: Axis, from: number, count: number, dest: number): void {
  const max = axis === 'col' ? sheet.maxCols : sheet.maxRows;
  if (from < 1 || count < 1 || from + count - 1 > max) throw new Error(`Those ${lines(axis)} are out of bounds.`);
  if (dest < 1 || dest > max + 1) throw new Error(`The destination index ${dest} is outside the sheet (1 to ${max + 1}).`);
  if (dest > from && dest < from + count) throw new Error(`The destination index ${dest} is inside the ${lines(axis)} being moved.`);
  const map = moveMap(from, count, dest);
  const extent = Math.max(dest, from + count);
  if (axis === 'col') {
    sheet.cells = sheet.cells.map((row) => (row ? permute(row, map, extent) : row));
    sheet.columnWidths = permute(sheet.columnWidths, map, extent);
  } else {
    sheet.cells = permute(sheet.cells, map, extent);
  }
  for (const row of sheet.cells) {
    for (const cell of row ?? []) if (cell?.formula !== undefined) cell.formula = remapFormula(cell.formula, axis, map);
  }
  for (const md of book.metadata) {
    const loc = md.location;
    if (loc.type === (axis === 'col' ? 'COLUMN' : 'ROW') && loc.sheetId === sheet.id) (loc as { index: number }).index = map((loc as { index: number }).index)!;
  }
  for (const rule of sheet.rules) {
    // The lines each band of the rule (same extent across the axis) covers, then one range per run.
    const bands = new Map<string, { rect: Rect; landed: number[] }>();
    for (const rect of rule.ranges) {
      const first = axis === 'col' ? rect.col : rect.row;
      const size = axis === 'col' ? rect.numCols : rect.numRows;
      const key = axis === 'col' ? `${rect.row}:${rect.numRows}` : `${rect.col}:${rect.numCols}`;
      const band = bands.get(key) ?? bands.set(key, { rect, landed: [] }).get(key)!;
      for (let k = 0; k < size; k++) band.landed.push(map(first + k)!);
    }
    rule.ranges = [...bands.values()].flatMap(({ rect, landed }) =>
      runs(landed).map(([a, b]) => (axis === 'col' ? { ...rect, col: a, numCols: b - a + 1 } : { ...rect, row: a, numRows: b - a + 1 })),
    );
    if (rule.criteria === 'CUSTOM_FORMULA') rule.values = rule.values.map((f) => remapFormula(f, axis, map));
  }
}

// ---- sorting ---------------------------------------------------------------------------------

export interface SortKey {
  /** The sheet's column number (not relative to the range), as Range.sort takes it. */
  col: number;
  ascending: boolean;
}

/**
 * Sheets' sort order, which Google's help does not spell out: the spreadsheet order Excel
 * documents (https://exceltip.com/excel-sorting/sorting-rules-in-excel-2007.html): numbers and
 * dates first, then text (case-insensitive), then FALSE before TRUE; blank cells always last,
 * descending too. Equal rows keep their order.
 */
function sortClass(value: unknown): number {
  if (value === undefined || value === '') return 3;
  if (typeof value === 'number' || isDate(value)) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

function compareCells(a: CellModel | undefined, b: CellModel | undefined, ascending: boolean, collator: Intl.Collator): number {
  const ca = sortClass(a?.value);
  const cb = sortClass(b?.value);
  if (ca === 3 || cb === 3) return ca === cb ? 0 : ca === 3 ? 1 : -1;
  let order: number;
  if (ca !== cb) order = ca - cb;
  else if (ca === 0)
    order = Number(a!.value) - Number(b!.value); // a Date compares by its time
  else if (ca === 1) order = collator.compare(String(a!.value), String(b!.value));
  else order = Number(a!.value) - Number(b!.value);
  return ascending ? order : -order;
}

/**
 * Range.sort (https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj):
 * the cells of the range, with their formats, validation and notes, move with their rows; cells
 * outside the range stay. Developer metadata on rows stays at its position and conditional-format
 * ranges stay (sorting moves values, not the rows themselves; undocumented, the stricter choice).
 * A moved formula's relative references follow its row, as a paste would (undocumented). A sort
 * column holding formulas is refused: the local host does not calculate them.
 */
export function sortRows(book: LocalSpreadsheet, sheet: SheetModel, rect: Rect, keys: readonly SortKey[]): void {
  if (keys.length === 0) throw new Error('Name at least one column to sort by.');
  for (const key of keys) {
    if (key.col < rect.col || key.col >= rect.col + rect.numCols) {
      throw new Error(`The sort column ${key.col} is outside the range being sorted (columns ${rect.col} to ${rect.col + rect.numCols - 1}).`);
    }
  }
  const grid: (CellModel | undefined)[][] = [];
  for (let r = 0; r < rect.numRows; r++) {
    const line: (CellModel | undefined)[] = [];
    for (let c = 0; c < rect.numCols; c++) line.push(book.cell(sheet, rect.row + r, rect.col + c));
    grid.push(line);
  }
  for (const key of keys) {
    if (grid.some((line) => line[key.col - rect.col]?.formula !== undefined)) {
      throw new Error(`Local host: sorting by a column of formulas (column ${key.col}) is not implemented: their values are not calculated.`);
    }
  }
  const collator = new Intl.Collator(book.locale.replace('_', '-'), { sensitivity: 'base' });
  const order = grid
    .map((_, i) => i)
    .sort((x, y) => {
      for (const key of keys) {
        const d = compareCells(grid[x]![key.col - rect.col], grid[y]![key.col - rect.col], key.ascending, collator);
        if (d !== 0) return d;
      }
      return x - y;
    });
  order.forEach((source, target) => {
    const moved = target - source;
    grid[source]!.forEach((cell, c) => {
      const copy = cell ? copyCell(cell) : undefined;
      if (copy?.formula !== undefined) copy.formula = offsetFormula(copy.formula, moved, 0);
      placeCell(sheet, rect.row + target, rect.col + c, copy);
    });
  });
}

// ---- copying cells -----------------------------------------------------------------------------

/** Puts a whole cell (or none) at a position, growing the sheet as writing past its edge does. */
function placeCell(sheet: SheetModel, row: number, col: number, cell: CellModel | undefined): void {
  if (cell === undefined && sheet.cells[row - 1]?.[col - 1] === undefined) return;
  (sheet.cells[row - 1] ??= [])[col - 1] = cell;
  if (row > sheet.maxRows) sheet.maxRows = row;
  if (col > sheet.maxCols) sheet.maxCols = col;
}

export function copyCell(cell: CellModel): CellModel {
  const out: CellModel = { ...cell };
  if (isDate(cell.value)) out.value = new Date(cell.value.getTime());
  if (cell.validation) out.validation = { ...cell.validation, values: [...cell.validation.values] };
  return out;
}

// ---- copying a sheet -------------------------------------------------------------------------

/** "Copy of <name>", then "Copy of <name> 2", ... (the numbering after a clash is undocumented). */
export function copyName(book: LocalSpreadsheet, name: string): string {
  const base = `Copy of ${name}`;
  if (!book.sheetByName(base)) return base;
  let n = 2;
  while (book.sheetByName(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

/**
 * A copy of `sheet` at `index`, with a new sheet id: cells (formats, validation, notes), size,
 * frozen lines, widths and conditional-format rules. Its sheet's and its rows'/columns' developer
 * metadata is copied too, with new ids (undocumented; the stricter choice: an add-on that finds
 * its sheet by a tag alone finds the copy as well).
 */
export function copySheet(book: LocalSpreadsheet, sheet: SheetModel, index: number): SheetModel {
  const copy = book.addSheet(copyName(book, sheet.name), index);
  copy.cells = sheet.cells.map((line) => line?.map((cell) => (cell ? copyCell(cell) : undefined)));
  copy.maxRows = sheet.maxRows;
  copy.maxCols = sheet.maxCols;
  copy.frozenRows = sheet.frozenRows;
  copy.frozenCols = sheet.frozenCols;
  copy.columnWidths = [...sheet.columnWidths];
  copy.rules = sheet.rules.map(copyRule);
  for (const md of book.metadata.filter((m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === sheet.id)) {
    book.metadata.push({ ...md, id: book.nextMetadataId++, location: { ...md.location, sheetId: copy.id } as typeof md.location });
  }
  return copy;
}
