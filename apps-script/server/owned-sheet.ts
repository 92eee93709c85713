import { type Cell, cellText, columnLetter } from '../../shared/index.ts';
import { literalText } from './inert-text.ts';
import { storeItem } from './store.ts';
import { ensureColumns, ensureRows } from './sheet-size.ts';
import { UserFacingRefusal } from './tracker.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A sheet the add-on makes and owns (Action Plan, Evidence Index, Evidence, Interview Practice, Site Walk): its kind (its tag),
 * the name it wants, its columns (a role and the header the add-on writes), and the column its
 * lines are found again by, without which it must not write.
 */
export interface OwnedSheetKind<R extends string = string> {
  readonly kind: 'action-plan' | 'evidence-index' | 'evidence' | 'practice-log' | 'site-walk';
  readonly name: string;
  readonly columns: readonly (readonly [R, string])[];
  readonly key: R | null;
  /** Columns whose yyyy-MM-dd text is written for Sheets to read as a date; every other text is written as literal text. */
  readonly dates?: readonly R[];
  /** The store key of its place, when not `secor-ready.sheet.<kind>`. */
  readonly placeKey?: string;
}

/** DeveloperMetadata on the add-on's own sheets (value: the kind and the sheet's id) and on their columns (value: the column's role). */
const SHEET_TAG = 'secor-ready.sheet';
const COLUMN_TAG = 'secor-ready.own-column';

/**
 * Where the sheet is: its id, saved when the add-on made it; and the header a team gave one of
 * the add-on's columns, learned from the column's tag, so the next read finds it by header again.
 */
interface Place {
  readonly sheetId: number;
  readonly headers?: Readonly<Record<string, string>>;
}

const placeOf = (spec: OwnedSheetKind) => storeItem<Place>(spec.placeKey ?? `secor-ready.sheet.${spec.kind}`);
const sheetTagValue = (spec: OwnedSheetKind, sheetId: number) => `${spec.kind}#${sheetId}`;

/**
 * The add-on's sheet of this kind, or null when it has none: found by the sheet id saved when it
 * was made (renaming it changes nothing), else by its tag; never by its name, which a team's own
 * sheet may have, nor by a tag alone, which a team's copy of the sheet has. Readers on every scan
 * and edit ask by id only (`byTag` false): the tags cost a few calls, asked before a sheet is made.
 */
export function findOwnedSheet(spreadsheet: Spreadsheet, spec: OwnedSheetKind, byTag = true): Sheet | null {
  const item = placeOf(spec);
  const place = item.load();
  const byId = place ? spreadsheet.getSheetById(place.sheetId) : null;
  if (byId || !byTag) return byId;
  // A duplicate of the sheet carries its tag too, but not its id: the tag names the id it was made on.
  for (const md of spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_TAG).find()) {
    const sheet = md.getLocation().getSheet();
    if (sheet && md.getValue() === sheetTagValue(spec, sheet.getSheetId())) {
      item.save({ sheetId: sheet.getSheetId() });
      return sheet;
    }
  }
  return null;
}

/** The ids of the add-on's own sheets, by their tags (each names the id it was made on): left out of the sheets setup proposes as evidence. */
export function ownedSheetIds(spreadsheet: Spreadsheet): Set<number> {
  const ids = new Set<number>();
  for (const md of spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_TAG).find()) {
    const id = Number(/#(\d+)$/.exec(md.getValue() ?? '')?.[1]);
    if (Number.isInteger(id)) ids.add(id);
  }
  return ids;
}

/** The first of "Action Plan", "SECOR Action Plan", "SECOR Action Plan 2", ... that no sheet has (in any letter case). */
export function freeSheetName(spreadsheet: Spreadsheet, name: string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName().toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 1; ; n++) {
    const candidate = `SECOR ${name}${n === 1 ? '' : ` ${n}`}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function tagColumns<R extends string>(sheet: Sheet, columns: readonly (readonly [R, number])[]): void {
  for (const [role, column] of columns) {
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_TAG, role, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

/** Where each of the add-on's columns of its sheet is now. */
export interface OwnedHeader<R extends string = string> {
  readonly sheet: Sheet;
  readonly spec: OwnedSheetKind<R>;
  /** 0-based column of each of the add-on's columns found, by header or by tag. */
  readonly columns: ReadonlyMap<R, number>;
  /** Columns of the data range: a column the add-on adds goes after them. */
  readonly width: number;
}

/** The add-on's sheet read in one call: its columns, and the rows below the header. */
export interface OwnedTable<R extends string = string> extends OwnedHeader<R> {
  /** Rows 2 and down, as getValues gives them (the team's cells included). */
  readonly rows: readonly (readonly Cell[])[];
}

/** Makes the add-on's sheet of this kind under a name no sheet has: header bold and frozen, sheet and columns tagged. */
export function createOwnedSheet<R extends string>(spreadsheet: Spreadsheet, spec: OwnedSheetKind<R>): OwnedTable<R> {
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, spec.name));
  sheet
    .getRange(1, 1, 1, spec.columns.length)
    .setValues([spec.columns.map(([, header]) => header)])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.addDeveloperMetadata(SHEET_TAG, sheetTagValue(spec, sheet.getSheetId()), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  const columns = new Map(spec.columns.map(([role], c) => [role, c]));
  tagColumns(sheet, [...columns]);
  placeOf(spec).save({ sheetId: sheet.getSheetId() });
  return { sheet, spec, columns, rows: [], width: spec.columns.length };
}

const headerKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The add-on's columns whose header is in row 1 exactly once (a header written twice says nothing). */
function columnsByHeader<R extends string>(spec: OwnedSheetKind<R>, header: readonly Cell[], learned: Place['headers'] = {}): Map<R, number> {
  const at = new Map<string, number[]>();
  header.forEach((cell, c) => {
    const key = headerKey(cellText(cell));
    at.set(key, [...(at.get(key) ?? []), c]);
  });
  const found = new Map<R, number>();
  for (const [role, text] of spec.columns) {
    const columns = at.get(headerKey(learned[role] ?? text));
    if (columns?.length === 1) found.set(role, columns[0]!);
  }
  return found;
}

/**
 * Finds the add-on's columns in its sheet's header row: by header, which costs no call; when a
 * header is missing, renamed or doubled (the team renamed or inserted columns), by the columns'
 * tags, and the headers those columns have now are remembered for the next read. Writes nothing.
 */
function headerOf<R extends string>(sheet: Sheet, spec: OwnedSheetKind<R>, header: readonly Cell[]): OwnedHeader<R> {
  const item = placeOf(spec);
  const place = item.load() ?? { sheetId: sheet.getSheetId() };
  let columns = columnsByHeader(spec, header, place.headers);
  if (columns.size < spec.columns.length) {
    const byTag = new Map<R, number>();
    const roles = new Set<string>(spec.columns.map(([role]) => role));
    for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_TAG).find()) {
      const role = md.getValue();
      const column = md.getLocation().getColumn();
      if (column && role !== null && roles.has(role)) byTag.set(role as R, column.getColumn() - 1);
    }
    columns = new Map([...columns, ...byTag]);
    const headers: Record<string, string> = { ...place.headers };
    const wants = new Map<string, string>(spec.columns);
    for (const [role, column] of byTag) {
      const text = cellText(header[column]);
      if (text !== '' && headerKey(text) !== headerKey(wants.get(role)!)) headers[role] = text;
      else delete headers[role];
    }
    if (JSON.stringify(headers) !== JSON.stringify(place.headers ?? {})) item.save({ sheetId: place.sheetId, headers });
  }
  return { sheet, spec, columns, width: header.length };
}

/** Reads the add-on's sheet whole (one getDataRange().getValues()) and finds its columns (see headerOf). */
export function readOwnedTable<R extends string>(sheet: Sheet, spec: OwnedSheetKind<R>): OwnedTable<R> {
  const values = sheet.getDataRange().getValues() as Cell[][];
  return { ...headerOf(sheet, spec, values[0] ?? []), rows: values.slice(1) };
}

/** A line's cell in one of the add-on's columns: '' where the team deleted that column. */
export function ownedCell<R extends string>(columns: ReadonlyMap<R, number>, row: readonly Cell[], role: R): Cell {
  const c = columns.get(role);
  return c === undefined ? '' : (row[c] ?? '');
}

/** The table's lines as records by role (a column the team deleted reads ''), each with its sheet row (1-based). */
export function ownedLines<R extends string>(table: OwnedTable<R>): ({ readonly row: number } & Readonly<Record<R, Cell>>)[] {
  return table.rows.map((line, i) => {
    const record = Object.fromEntries(table.spec.columns.map(([role]) => [role, ownedCell(table.columns, line, role)])) as Record<R, Cell>;
    return { row: i + 2, ...record };
  });
}

/** Reads only the header row of the add-on's sheet (3 calls, whatever its rows) and finds its columns (see headerOf). */
export function readOwnedHeader<R extends string>(sheet: Sheet, spec: OwnedSheetKind<R>): OwnedHeader<R> {
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] as Cell[];
  return headerOf(sheet, spec, header);
}

/** The add-on's sheet of this kind read, made first when it has none. */
export function ownedTable<R extends string>(spreadsheet: Spreadsheet, spec: OwnedSheetKind<R>): OwnedTable<R> {
  const existing = findOwnedSheet(spreadsheet, spec);
  return existing ? withAllColumns(readOwnedTable(existing, spec), spec) : createOwnedSheet(spreadsheet, spec);
}

/**
 * The table with every one of the add-on's columns, before it writes: one the team deleted (or
 * one an earlier version did not make) is added after the last column, with its header and tag.
 * Without its key column the sheet cannot tell a line it wrote from a new one: that is refused,
 * and nothing is written.
 */
export function withAllColumns<R extends string, T extends OwnedHeader<R>>(table: T, spec: OwnedSheetKind<R>): T {
  if (spec.key !== null && !table.columns.has(spec.key)) {
    const header = spec.columns.find(([role]) => role === spec.key)![1];
    throw new UserFacingRefusal(
      `The "${table.sheet.getName()}" sheet has lost its "${header}" column, so the add-on cannot tell which lines it wrote: undo the change that removed it, or name a column "${header}" again. Nothing was written.`,
    );
  }
  const missing = spec.columns.filter(([role]) => !table.columns.has(role));
  if (missing.length === 0) return table;
  const { sheet, width } = table;
  ensureColumns(sheet, width + missing.length);
  sheet
    .getRange(1, width + 1, 1, missing.length)
    .setValues([missing.map(([, header]) => header)])
    .setFontWeight('bold');
  const added = missing.map(([role], i) => [role, width + i] as const);
  tagColumns(sheet, added);
  return { ...table, columns: new Map([...table.columns, ...added]), width: width + missing.length };
}

/** Rows an own sheet grows by past what it needs when it is full. */
const ROWS_HEADROOM = 500;

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
 * Writes the given roles' cells of the given rows (sheet rows, 1-based) and nothing else: one
 * setValues per block of adjacent rows and adjacent columns, so a column the team inserted among
 * the add-on's is never written. Text goes in as literal text (Sheets would read "1/2", "50%",
 * "TRUE", "0123" or "=..." as something else), but in the spec's date columns. The sheet grows
 * first when the rows are past its edge.
 */
export function writeOwnedRows<R extends string>(
  table: OwnedHeader<R>,
  roles: readonly R[],
  rows: ReadonlyMap<number, Readonly<Partial<Record<R, Cell>>>>,
): void {
  if (rows.size === 0) return;
  const { sheet, columns, spec } = table;
  const dates = new Set<R>(spec.dates ?? []);
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
  ensureRows(sheet, rowNumbers[rowNumbers.length - 1]!, ROWS_HEADROOM);
  const byIndex = new Map(roles.map((role) => [columns.get(role)!, role]));
  const columnRuns = runs([...byIndex.keys()].sort((a, b) => a - b));
  for (const [top, bottom] of runs(rowNumbers)) {
    for (const [left, right] of columnRuns) {
      const block: Cell[][] = [];
      for (let r = top; r <= bottom; r++) {
        const record = rows.get(r)!;
        const line: Cell[] = [];
        for (let c = left; c <= right; c++) {
          const role = byIndex.get(c)!;
          const value = record[role] ?? '';
          line.push(typeof value === 'string' && !dates.has(role) ? literalText(value) : value);
        }
        block.push(line);
      }
      sheet.getRange(top, left + 1, block.length, right - left + 1).setValues(block);
    }
  }
}

/** Empties the given roles' cells from sheet row `from` (1-based) to `to`. */
export function clearOwnedRows<R extends string>(table: OwnedHeader<R>, roles: readonly R[], from: number, to: number): void {
  if (to < from) return;
  for (const [left, right] of runs(roles.map((role) => table.columns.get(role)!).sort((a, b) => a - b))) {
    table.sheet.getRange(from, left + 1, to - from + 1, right - left + 1).clearContent();
  }
}
