/**
 * The in-memory spreadsheet the fakes read and write: sheets of sparse cells, developer metadata,
 * conditional-format rules, validations, active selection, document and (bound) script properties. Structural
 * edits (insert/delete rows and columns) move cells, formulas, metadata and rule ranges together.
 */

import { shiftFormula, shiftIndex, type Axis } from './formula-refs.ts';
import type { TriggerRecord } from './script-app.ts';
import { spreadsheetFromJSON, spreadsheetToJSON, type SpreadsheetJson } from './serialize.ts';

export type CellValue = string | number | boolean | Date;

export interface ValidationModel {
  criteria: 'VALUE_IN_LIST';
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CellModel {
  value?: CellValue;
  formula?: string;
  background?: string;
  note?: string;
  fontWeight?: string;
  numberFormat?: string;
  wrap?: boolean;
  validation?: ValidationModel;
}

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type RuleCriteria = 'CUSTOM_FORMULA' | 'TEXT_EQ' | 'TEXT_CONTAINS';

export interface RuleModel {
  ranges: Rect[];
  criteria: RuleCriteria;
  values: string[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface SheetModel {
  id: number;
  name: string;
  /** cells[row - 1][col - 1]; sparse. */
  cells: (CellModel | undefined)[][];
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  columnWidths: (number | undefined)[];
  rules: RuleModel[];
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'COLUMN'; sheetId: number; index: number }
  | { type: 'ROW'; sheetId: number; index: number };

export type Visibility = 'DOCUMENT' | 'PROJECT';

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: Visibility;
  location: MetadataLocation;
}

export interface Selection {
  sheetId: number;
  range: Rect | null;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

export function hasContent(cell: CellModel | undefined): boolean {
  return cell !== undefined && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}

function isEmptyCell(cell: CellModel): boolean {
  return Object.values(cell).every((v) => v === undefined);
}

export class LocalSpreadsheet {
  id: string;
  name: string;
  locale = 'en_CA';
  timeZone = 'America/Edmonton';
  sheets: SheetModel[] = [];
  metadata: MetadataModel[] = [];
  documentProperties: Record<string, string> = {};
  /** The bound script's properties: a bound script is one per spreadsheet, so they travel with it. */
  scriptProperties: Record<string, string> = {};
  /** The bound script's installable triggers (ScriptApp.newTrigger): they travel with it too, so a saved workbench keeps them. */
  triggers: TriggerRecord[] = [];
  active: Selection = { sheetId: 0, range: null };
  nextSheetId = 0;
  nextMetadataId = 1;
  #writes = 0;

  constructor(name: string, id = `local-${Math.random().toString(36).slice(2, 12)}`) {
    this.name = name;
    this.id = id;
  }

  /** Everything, JSON-safe: `JSON.stringify(book)` saves it and `LocalSpreadsheet.fromJSON` loads it. */
  toJSON(): SpreadsheetJson {
    return spreadsheetToJSON(this);
  }

  /** Grows with each change of cells or lines, so a lock can tell writes not yet flushed; not part of the saved state. */
  get writes(): number {
    return this.#writes;
  }

  static fromJSON(json: SpreadsheetJson | string): LocalSpreadsheet {
    return spreadsheetFromJSON(json);
  }

  /**
   * Refuses a sheet name Sheets would refuse: empty, or already taken. Sheets compares names
   * without case ("Tracker" and "tracker" clash); undocumented, and the stricter reading.
   */
  checkSheetName(name: string, except?: SheetModel): void {
    if (name.trim() === '') throw new Error('A sheet name cannot be empty. Please enter a name.');
    const clash = this.sheets.find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    this.checkSheetName(name);
    this.#writes++;
    const sheet: SheetModel = {
      id: this.nextSheetId,
      name,
      cells: [],
      maxRows: DEFAULT_ROWS,
      maxCols: DEFAULT_COLS,
      frozenRows: 0,
      frozenCols: 0,
      hidden: false,
      columnWidths: [],
      rules: [],
    };
    // Sheets gives the first sheet gid 0 and later ones large random ids; sequential is enough here.
    this.nextSheetId = this.nextSheetId === 0 ? 1000001 : this.nextSheetId + 1;
    this.sheets.splice(index, 0, sheet);
    if (this.sheets.length === 1) this.active = { sheetId: sheet.id, range: null };
    return sheet;
  }

  /** Removes a sheet with its rows', columns' and own developer metadata; the first sheet becomes active if it was. */
  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((md) => md.location.type === 'SPREADSHEET' || md.location.sheetId !== sheet.id);
    if (this.active.sheetId === sheet.id) this.active = { sheetId: this.sheets[0]!.id, range: null };
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  activeSheet(): SheetModel {
    const sheet = this.sheetById(this.active.sheetId) ?? this.sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheets.');
    return sheet;
  }

  // ---- cells -----------------------------------------------------------------------------

  cell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
    return sheet.cells[row - 1]?.[col - 1];
  }

  /** Applies `edit` to a cell, creating it when needed; a model built past the sheet's edge grows it (scripts' ranges are checked before). */
  editCell(sheet: SheetModel, row: number, col: number, edit: (cell: CellModel) => void): void {
    this.#writes++;
    const r = (sheet.cells[row - 1] ??= []);
    const cell = (r[col - 1] ??= {});
    edit(cell);
    for (const key of Object.keys(cell) as (keyof CellModel)[]) if (cell[key] === undefined) delete cell[key];
    if (isEmptyCell(cell)) r[col - 1] = undefined;
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (col > sheet.maxCols) sheet.maxCols = col;
  }

  lastRow(sheet: SheetModel): number {
    for (let r = sheet.cells.length; r >= 1; r--) if (sheet.cells[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(sheet: SheetModel): number {
    let last = 0;
    for (const row of sheet.cells) {
      if (!row) continue;
      for (let c = row.length; c > last; c--)
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  // ---- structure -------------------------------------------------------------------------

  insert(sheet: SheetModel, axis: Axis, at: number, count: number): void {
    this.shift(sheet, axis, at, count);
  }

  remove(sheet: SheetModel, axis: Axis, at: number, count: number): void {
    const max = axis === 'col' ? sheet.maxCols : sheet.maxRows;
    if (at < 1 || at + count - 1 > max) throw new Error(`Those ${axis === 'col' ? 'columns' : 'rows'} are out of bounds.`);
    if (count >= max) throw new Error(`You can't delete all the ${axis === 'col' ? 'columns' : 'rows'} on the sheet.`);
    this.shift(sheet, axis, at, -count);
  }

  private shift(sheet: SheetModel, axis: Axis, at: number, delta: number): void {
    this.#writes++;
    const count = Math.abs(delta);
    const spliceAt = (list: unknown[]): void => {
      if (list.length < at) return;
      if (delta > 0) list.splice(at - 1, 0, ...new Array<undefined>(count));
      else list.splice(at - 1, count);
    };
    if (axis === 'col') {
      for (const row of sheet.cells) if (row) spliceAt(row);
      spliceAt(sheet.columnWidths);
      sheet.maxCols += delta;
      sheet.frozenCols = shiftFrozen(sheet.frozenCols, at, delta);
    } else {
      spliceAt(sheet.cells);
      sheet.maxRows += delta;
      sheet.frozenRows = shiftFrozen(sheet.frozenRows, at, delta);
    }
    for (const row of sheet.cells) {
      if (!row) continue;
      for (const cell of row) if (cell?.formula !== undefined) cell.formula = shiftFormula(cell.formula, axis, at, delta);
    }
    this.metadata = this.metadata.filter((md) => {
      const loc = md.location;
      if (loc.type !== (axis === 'col' ? 'COLUMN' : 'ROW') || loc.sheetId !== sheet.id) return true;
      const moved = shiftIndex((loc as { index: number }).index, at, delta);
      if (moved === null) return false;
      (loc as { index: number }).index = moved;
      return true;
    });
    sheet.rules = sheet.rules.filter((rule) => {
      rule.ranges = rule.ranges.flatMap((rect) => {
        const moved = shiftRect(rect, axis, at, delta);
        return moved ? [moved] : [];
      });
      if (rule.criteria === 'CUSTOM_FORMULA') rule.values = rule.values.map((f) => shiftFormula(f, axis, at, delta));
      return rule.ranges.length > 0;
    });
  }
}

function shiftFrozen(frozen: number, at: number, delta: number): number {
  if (at > frozen) return frozen;
  if (delta > 0) return frozen + delta;
  return Math.max(at - 1, frozen - Math.abs(delta));
}

/** Moves a rectangle along one axis; inserting inside it widens it, deleting shrinks or removes it. */
export function shiftRect(rect: Rect, axis: Axis, at: number, delta: number): Rect | null {
  const first = axis === 'col' ? rect.col : rect.row;
  const last = first + (axis === 'col' ? rect.numCols : rect.numRows) - 1;
  let a: number;
  let b: number;
  if (delta > 0) {
    a = first >= at ? first + delta : first;
    b = last >= at ? last + delta : last;
  } else {
    const count = -delta;
    a = first < at ? first : first < at + count ? at : first - count;
    b = last < at ? last : last < at + count ? at - 1 : last - count;
    if (b < a) return null;
  }
  return axis === 'col' ? { ...rect, col: a, numCols: b - a + 1 } : { ...rect, row: a, numRows: b - a + 1 };
}
