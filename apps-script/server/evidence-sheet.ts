import { type Cell, cellText, type ClipEvidence, type Day, dayFromDate, dayFromIso, parseClipTarget } from '../../shared/index.ts';
import {
  createOwnedSheet,
  findOwnedSheet,
  type OwnedHeader,
  type OwnedSheetKind,
  type OwnedTable,
  readOwnedHeader,
  readOwnedTable,
  withAllColumns,
} from './owned-sheet.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** The clipper's Evidence sheet: lines are clips, found again by their clip id. Its place keeps the key of the first version. */
export const EVIDENCE: OwnedSheetKind<EvidenceRole> = {
  kind: 'evidence',
  name: 'Evidence',
  columns: EVIDENCE_COLUMNS,
  key: 'clipId',
  dates: ['recordDate'],
  placeKey: 'secor-ready.evidence-sheet',
};

export type EvidenceTable = OwnedTable<EvidenceRole>;
export type EvidenceHeader = OwnedHeader<EvidenceRole>;

/**
 * The add-on's Evidence sheet read whole (one getDataRange().getValues()), or null when it has
 * none: 3 Spreadsheet calls while every header is where the add-on finds it, none before the
 * first clip.
 */
export function readEvidence(spreadsheet: Spreadsheet): EvidenceTable | null {
  const sheet = findOwnedSheet(spreadsheet, EVIDENCE, false);
  return sheet ? readOwnedTable(sheet, EVIDENCE) : null;
}

/** The add-on's Evidence sheet's columns (its header row read, no clip), or null when it has none. */
export function readEvidenceHeader(spreadsheet: Spreadsheet): EvidenceHeader | null {
  const sheet = findOwnedSheet(spreadsheet, EVIDENCE, false);
  return sheet ? readOwnedHeader(sheet, EVIDENCE) : null;
}

/** A clip saved before: its sheet row (1-based) and that row's cells. */
export interface SavedClip {
  readonly row: number;
  readonly cell: (role: EvidenceRole) => Cell | undefined;
}

/**
 * The clip of this id in the Evidence sheet, or null: one TextFinder on the Clip id column (the
 * whole cell, in its case: ids differing in case are two clips), then that row read, so a clip
 * costs the same calls whatever the number of rows. Null too without a Clip id column (see
 * withAllColumns).
 */
export function findClip(header: EvidenceHeader, clipId: string): SavedClip | null {
  const { sheet, columns, width } = header;
  const idColumn = columns.get('clipId');
  const lastRow = sheet.getLastRow();
  if (idColumn === undefined || lastRow < 2) return null;
  const found = sheet
    .getRange(2, idColumn + 1, lastRow - 1, 1)
    .createTextFinder(clipId)
    .matchEntireCell(true)
    .matchCase(true)
    .findNext();
  if (!found) return null;
  const row = found.getRow();
  const cells = sheet.getRange(row, 1, 1, width).getValues()[0] as Cell[];
  return { row, cell: (role) => cells[columns.get(role) ?? -1] };
}

function recordDay(cell: Cell | undefined, timeZone: string): Day | null {
  if (cell instanceof Date) return dayFromDate(cell, timeZone);
  return typeof cell === 'string' ? dayFromIso(cell) : null;
}

/** The clips of a read Evidence sheet, as the engine counts them; its dates are midnight in `timeZone`, the spreadsheet's. */
export function clipsOf(table: EvidenceTable | null, timeZone: string): ClipEvidence[] {
  if (!table) return [];
  const { rows, columns } = table;
  const cell = (row: readonly Cell[], role: EvidenceRole): Cell | undefined => {
    const c = columns.get(role);
    return c === undefined ? undefined : row[c];
  };
  const text = (row: readonly Cell[], role: EvidenceRole) => cellText(cell(row, role), timeZone).trim();
  const clips: ClipEvidence[] = [];
  for (const row of rows) {
    // A row naming no target the add-on knows (the team cleared or mistyped it) counts toward nothing.
    const parsed = parseClipTarget({ requirement: cell(row, 'requirement'), item: cell(row, 'item'), itemRow: cell(row, 'itemRow') });
    if (!parsed.ok) continue;
    clips.push({
      target: parsed.target,
      recordDate: recordDay(cell(row, 'recordDate'), timeZone),
      label: text(row, 'title') || text(row, 'link') || 'Clipped evidence',
    });
  }
  return clips;
}

/** The clips saved in the Evidence sheet, its dates read in the spreadsheet's `timeZone`: 3 Spreadsheet calls (none when the add-on has no Evidence sheet yet). */
export function readClips(spreadsheet: Spreadsheet, timeZone: string): ClipEvidence[] {
  return clipsOf(readEvidence(spreadsheet), timeZone);
}

/** The Evidence sheet to append a clip to: made when the add-on has none, with every column it needs (see withAllColumns). */
export function evidenceToWrite(spreadsheet: Spreadsheet, existing: EvidenceHeader | null): EvidenceHeader {
  if (existing) return withAllColumns(existing, EVIDENCE);
  // No sheet by id: one found by its tag (the document's properties lost) is used before a new one is made.
  const tagged = findOwnedSheet(spreadsheet, EVIDENCE);
  return tagged ? withAllColumns(readOwnedHeader(tagged, EVIDENCE), EVIDENCE) : createOwnedSheet(spreadsheet, EVIDENCE);
}
