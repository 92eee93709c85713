import { type Cell, cellText } from '../../shared/cells.ts';
import { documentItem } from './document-item.ts';
import { ensureRows } from './sheet-size.ts';
import { NeedsSetupError } from './tracker.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet the add-on makes and owns: its kind (its tag), the name it wants, its header. */
export interface OwnedSheetKind {
  readonly kind: 'action-plan' | 'evidence-index';
  readonly name: string;
  readonly header: readonly string[];
}

/** DeveloperMetadata on the add-on's own sheets (value: the kind and the sheet's id) and on their columns (value: the header it wrote). */
const SHEET_TAG = 'secor-ready.sheet';
const COLUMN_TAG = 'secor-ready.own-column';

const placeOf = (spec: OwnedSheetKind) => documentItem<{ sheetId: number }>(`secor-ready.sheet.${spec.kind}`);

/**
 * The add-on's sheet of this kind, or null when it has none: found by the sheet id saved when it
 * was made (renaming it changes nothing), else by its tag; never by its name, which a team's own
 * sheet may have, nor by a tag alone, which a team's copy of the sheet has.
 */
export function findOwnedSheet(spreadsheet: Spreadsheet, spec: OwnedSheetKind): Sheet | null {
  const place = placeOf(spec).load();
  const byId = place ? spreadsheet.getSheetById(place.sheetId) : null;
  if (byId) return byId;
  // A duplicate of the sheet carries its tag too, but not its id: the tag names the id it was made on.
  for (const md of spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_TAG).find()) {
    const sheet = md.getLocation().getSheet();
    if (sheet && md.getValue() === sheetTagValue(spec, sheet.getSheetId())) {
      placeOf(spec).save({ sheetId: sheet.getSheetId() });
      return sheet;
    }
  }
  return null;
}

const sheetTagValue = (spec: OwnedSheetKind, sheetId: number) => `${spec.kind}#${sheetId}`;

/** The first of "Action Plan", "SECOR Action Plan", "SECOR Action Plan 2", ... that no sheet has. */
function freeName(spreadsheet: Spreadsheet, name: string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
  if (!taken.has(name)) return name;
  for (let n = 1; ; n++) {
    const candidate = `SECOR ${name}${n === 1 ? '' : ` ${n}`}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The add-on's sheet of this kind, made (header bold and frozen, sheet and columns tagged) when it has none. */
export function ownedSheet(spreadsheet: Spreadsheet, spec: OwnedSheetKind): Sheet {
  const existing = findOwnedSheet(spreadsheet, spec);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, spec.name));
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  sheet.getRange(1, 1, 1, spec.header.length).setValues([[...spec.header]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.addDeveloperMetadata(SHEET_TAG, sheetTagValue(spec, sheet.getSheetId()), visibility);
  spec.header.forEach((name, c) => sheet.getRange(1, c + 1, sheet.getMaxRows(), 1).addDeveloperMetadata(COLUMN_TAG, name, visibility));
  placeOf(spec).save({ sheetId: sheet.getSheetId() });
  return sheet;
}

/** The add-on's sheet read in one call: where each of its columns is now, and the rows below the header. */
export interface OwnedTable {
  readonly sheet: Sheet;
  /** 0-based column of each header the add-on wrote. */
  readonly columns: ReadonlyMap<string, number>;
  /** Rows 2 and down, as getValues gives them. */
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * Reads the add-on's sheet and finds its columns: by their header texts in the same read when
 * each is where a header says, else by their tags (the team renamed a header, or inserted a
 * column of its own). When a column cannot be found either way nothing is written.
 */
export function readOwnedTable(sheet: Sheet, spec: OwnedSheetKind): OwnedTable {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const header = (values[0] ?? []).map((c) => cellText(c));
  const columns = new Map<string, number>();
  for (const name of spec.header) {
    const at = header.indexOf(name);
    if (at >= 0 && header.lastIndexOf(name) === at) columns.set(name, at);
  }
  if (columns.size < spec.header.length) {
    columns.clear();
    for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_TAG).find()) {
      const column = md.getLocation().getColumn();
      const name = md.getValue();
      if (column && name !== null && spec.header.includes(name)) columns.set(name, column.getColumn() - 1);
    }
    const lost = spec.header.filter((name) => !columns.has(name));
    if (lost.length > 0) {
      throw new NeedsSetupError(`The "${lost[0]}" column of the add-on's sheet "${sheet.getName()}" is gone. Nothing was written: delete that sheet and the add-on makes a new one.`);
    }
  }
  return { sheet, columns, rows: values.slice(1) };
}

/** Consecutive runs of sorted numbers: [1, 2, 3, 7, 8] → [[1, 3], [7, 8]]. */
function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * Writes the named columns of the given rows (sheet rows, 1-based) and nothing else: one
 * setValues per block of adjacent rows and adjacent columns, so a column the team inserted
 * among the add-on's is never written.
 */
export function writeOwnedRows(table: OwnedTable, names: readonly string[], rows: ReadonlyMap<number, Readonly<Record<string, Cell>>>): void {
  if (rows.size === 0) return;
  const { sheet, columns } = table;
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
  ensureRows(sheet, rowNumbers[rowNumbers.length - 1]!);
  const byIndex = new Map(names.map((name) => [columns.get(name)!, name]));
  const columnRuns = runs([...byIndex.keys()].sort((a, b) => a - b));
  for (const [top, bottom] of runs(rowNumbers)) {
    for (const [left, right] of columnRuns) {
      const block: Cell[][] = [];
      for (let r = top; r <= bottom; r++) {
        const record = rows.get(r)!;
        const line: Cell[] = [];
        for (let c = left; c <= right; c++) line.push(record[byIndex.get(c)!] ?? '');
        block.push(line);
      }
      sheet.getRange(top, left + 1, block.length, right - left + 1).setValues(block);
    }
  }
}

/** Empties the named columns from sheet row `from` (1-based) to `to`. */
export function clearOwnedRows(table: OwnedTable, names: readonly string[], from: number, to: number): void {
  if (to < from) return;
  for (const [left, right] of runs(names.map((n) => table.columns.get(n)!).sort((a, b) => a - b))) {
    table.sheet.getRange(from, left + 1, to - from + 1, right - left + 1).clearContent();
  }
}
