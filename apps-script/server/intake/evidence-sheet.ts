import { type Cell, cellText, columnLetter } from '../../../shared/cells.ts';
import type { ClipEvidence } from '../../../shared/clips.ts';
import { type Day, dayFromDate, dayFromIso } from '../../../shared/dates.ts';
import { documentItem } from '../document-item.ts';
import { Refusal } from './answer.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const EVIDENCE_SHEET = 'Evidence';

/** The add-on's columns of the Evidence sheet, in the order it makes them: each one's role and header. */
const EVIDENCE_COLUMNS = [
  ['capturedAt', 'Captured at'],
  ['by', 'By'],
  ['requirement', 'Requirement'],
  ['item', 'Item'],
  ['itemRow', 'Item row when saved'],
  ['element', 'Element'],
  ['title', 'Title'],
  ['link', 'Link'],
  ['recordDate', 'Record date'],
  ['excerpt', 'Excerpt'],
  ['note', 'Note'],
  ['snapshot', 'Snapshot'],
  ['sha256', 'SHA-256'],
  ['clipId', 'Clip id'],
] as const;
export type EvidenceRole = (typeof EVIDENCE_COLUMNS)[number][0];
const ROLES: readonly EvidenceRole[] = EVIDENCE_COLUMNS.map(([role]) => role);
const HEADER = new Map<EvidenceRole, string>(EVIDENCE_COLUMNS);

/** DeveloperMetadata key on each of the add-on's columns of the Evidence sheet; the value is the column's role. */
const TAG = 'secor-ready.evidence-column';

/**
 * Where the add-on's Evidence sheet is, saved when the add-on creates it: by id the add-on finds it
 * whatever the team renamed it to, and never mistakes a team's own sheet called "Evidence" for it.
 * `headers` holds the header a team gave one of its columns, learned from the column's tag, so the
 * next read finds it by header again.
 */
interface EvidencePlace {
  readonly sheetId: number;
  readonly headers?: Partial<Record<EvidenceRole, string>>;
}

const PLACE = documentItem<EvidencePlace>('secor-ready.evidence-sheet');

/** The Evidence sheet as read in one go: its rows below the header and where each of the add-on's columns is now. */
export interface EvidenceTable {
  readonly sheet: Sheet;
  /** Rows from row 2, as many as the sheet's data range has (the team's cells included). */
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based column of each of the add-on's columns found, by header or by tag. */
  readonly columns: ReadonlyMap<EvidenceRole, number>;
  /** Columns of the data range: a column added goes after them. */
  readonly width: number;
}

const headerKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The add-on's columns whose header is in row 1 once (a header written twice says nothing). */
function columnsByHeader(header: readonly Cell[], learned: EvidencePlace['headers'] = {}): Map<EvidenceRole, number> {
  const at = new Map<string, number[]>();
  header.forEach((cell, c) => at.set(headerKey(cellText(cell)), [...(at.get(headerKey(cellText(cell))) ?? []), c]));
  const found = new Map<EvidenceRole, number>();
  for (const role of ROLES) {
    const columns = at.get(headerKey(learned[role] ?? HEADER.get(role)!));
    if (columns?.length === 1) found.set(role, columns[0]!);
  }
  return found;
}

/** Where each tagged column is now (0-based). A few calls a column: asked only when a header does not match. */
function columnsByTag(sheet: Sheet): Map<EvidenceRole, number> {
  const found = new Map<EvidenceRole, number>();
  for (const md of sheet.createDeveloperMetadataFinder().withKey(TAG).find()) {
    const role = md.getValue() as EvidenceRole | null;
    const column = md.getLocation().getColumn();
    if (column && role !== null && HEADER.has(role)) found.set(role, column.getColumn() - 1);
  }
  return found;
}

function tagColumns(sheet: Sheet, columns: readonly (readonly [EvidenceRole, number])[]): void {
  for (const [role, column] of columns) {
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(TAG, role, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

/**
 * Finds the add-on's columns: by header, which costs nothing more than the read; when a header
 * is missing, renamed or doubled (the team renamed or inserted columns) by the columns' tags, and
 * the headers those columns have now are remembered for the next read.
 */
function locateColumns(sheet: Sheet, header: readonly Cell[], place: EvidencePlace): Map<EvidenceRole, number> {
  const byHeader = columnsByHeader(header, place.headers);
  if (byHeader.size === ROLES.length) return byHeader;
  const byTag = columnsByTag(sheet);
  const columns = new Map([...byHeader, ...byTag]);
  const headers = { ...place.headers };
  for (const [role, column] of byTag) {
    const text = cellText(header[column]).trim();
    if (text !== '' && headerKey(text) !== headerKey(HEADER.get(role)!)) headers[role] = text;
    else delete headers[role];
  }
  if (JSON.stringify(headers) !== JSON.stringify(place.headers ?? {})) PLACE.save({ sheetId: place.sheetId, headers });
  return columns;
}

/**
 * The add-on's Evidence sheet read whole (one getDataRange().getValues()), or null when it has
 * none: 3 Spreadsheet calls while every header is where the add-on finds it.
 */
export function readEvidence(spreadsheet: Spreadsheet): EvidenceTable | null {
  const place = PLACE.load();
  const sheet = place ? spreadsheet.getSheetById(place.sheetId) : null;
  if (!place || !sheet) return null;
  const values = sheet.getDataRange().getValues() as Cell[][];
  const header = values[0] ?? [];
  return { sheet, rows: values.slice(1), columns: locateColumns(sheet, header, place), width: header.length };
}

function recordDay(cell: Cell | undefined): Day | null {
  if (cell instanceof Date) return dayFromDate(cell);
  return typeof cell === 'string' ? dayFromIso(cell) : null;
}

const REQUIREMENT_ID = /\b(E\d-\d\d)\b/;
/** How Evidence rows written before the Item column name their row: "Row 14" or "Row 14 · E4-02". */
const ROW_TARGET = /^row\s+(\d+)\b/i;

/** A row's target: the item's text, the requirement id and the item's (1-based) row when saved. */
function targetOf(item: string, requirement: string, itemRow: Cell | undefined): Pick<ClipEvidence, 'item' | 'requirement' | 'row'> | null {
  const id = REQUIREMENT_ID.exec(requirement)?.[1] ?? null;
  const row = typeof itemRow === 'number' && Number.isInteger(itemRow) ? itemRow : Number(ROW_TARGET.exec(requirement)?.[1] ?? NaN);
  const target = { item: item === '' ? null : item, requirement: id, row: Number.isNaN(row) ? null : row - 1 };
  return target.item === null && target.requirement === null && target.row === null ? null : target;
}

/** The clips of a read Evidence sheet, as the engine counts them. */
export function clipsOf(table: EvidenceTable | null): ClipEvidence[] {
  if (!table) return [];
  const { rows, columns } = table;
  const cell = (row: readonly Cell[], role: EvidenceRole): Cell | undefined => {
    const c = columns.get(role);
    return c === undefined ? undefined : row[c];
  };
  const text = (row: readonly Cell[], role: EvidenceRole) => cellText(cell(row, role)).trim();
  const clips: ClipEvidence[] = [];
  for (const row of rows) {
    const target = targetOf(text(row, 'item'), text(row, 'requirement'), cell(row, 'itemRow'));
    if (!target) continue;
    clips.push({ ...target, recordDate: recordDay(cell(row, 'recordDate')), label: text(row, 'title') || text(row, 'link') || 'Clipped evidence' });
  }
  return clips;
}

/** The clips saved in the Evidence sheet: 3 Spreadsheet calls (none when the add-on has no Evidence sheet yet). */
export function readClips(spreadsheet: Spreadsheet): ClipEvidence[] {
  return clipsOf(readEvidence(spreadsheet));
}

/** Makes the add-on's Evidence sheet, header bold and frozen, each column tagged, under a name no team sheet has. */
export function createEvidenceSheet(spreadsheet: Spreadsheet): EvidenceTable {
  // A team's own sheet may already be called "Evidence": never write into it.
  let name = EVIDENCE_SHEET;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `SECOR ${EVIDENCE_SHEET}${n === 2 ? '' : ` ${n - 1}`}`;
  const sheet = spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, 1, ROLES.length).setValues([EVIDENCE_COLUMNS.map(([, header]) => header)]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const columns = new Map(ROLES.map((role, c) => [role, c]));
  tagColumns(sheet, [...columns]);
  PLACE.save({ sheetId: sheet.getSheetId() });
  return { sheet, rows: [], columns, width: ROLES.length };
}

/**
 * The Evidence sheet with every one of the add-on's columns: one the team deleted, or one an
 * Evidence sheet made by an earlier version lacks (Item), is added after the last column, with
 * its header and tag. Without its Clip id column the sheet cannot tell a clip saved before from a
 * new one: that is refused, and nothing is written.
 */
export function withAllColumns(table: EvidenceTable): EvidenceTable {
  if (!table.columns.has('clipId')) {
    throw new Refusal('not-set-up', `The "${table.sheet.getName()}" sheet has lost its "Clip id" column, so the tracker cannot tell which clips it already saved: undo the change that removed it, or name a column "Clip id" again. Nothing was saved.`);
  }
  const missing = ROLES.filter((role) => !table.columns.has(role));
  if (missing.length === 0) return table;
  const { sheet, width } = table;
  const max = sheet.getMaxColumns();
  if (width + missing.length > max) sheet.insertColumnsAfter(max, width + missing.length - max);
  sheet.getRange(1, width + 1, 1, missing.length).setValues([missing.map((role) => HEADER.get(role)!)]).setFontWeight('bold');
  const added = missing.map((role, i) => [role, width + i] as const);
  tagColumns(sheet, added);
  return { ...table, columns: new Map([...table.columns, ...added]), width: width + missing.length };
}

/** Rows added at a time when the sheet is full: Sheets throws on a range below its last row. */
const ROWS_ADDED = 500;

/**
 * Appends one row, writing only the add-on's columns: a column the team inserted among them stays
 * as it was. Each run of adjacent columns is one setValues. Returns the row (1-based).
 */
export function appendEvidenceRow(table: EvidenceTable, values: ReadonlyMap<EvidenceRole, Cell>): number {
  const { sheet, columns } = table;
  const row = table.rows.length + 2;
  // A new sheet has 1,000 rows, and getRange outside them throws
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)).
  const maxRows = sheet.getMaxRows();
  if (row > maxRows) sheet.insertRowsAfter(maxRows, ROWS_ADDED);
  const placed = [...values].map(([role, value]) => [columns.get(role)!, value] as const).sort((a, b) => a[0] - b[0]);
  for (let start = 0; start < placed.length; ) {
    let end = start + 1;
    while (end < placed.length && placed[end]![0] === placed[end - 1]![0] + 1) end++;
    sheet.getRange(row, placed[start]![0] + 1, 1, end - start).setValues([placed.slice(start, end).map(([, value]) => value)]);
    start = end;
  }
  return row;
}
