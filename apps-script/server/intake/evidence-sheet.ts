import type { Cell } from '../../../shared/cells.ts';
import type { ClipEvidence } from '../../../shared/clips.ts';
import { type Day, dayFromDate, dayFromIso } from '../../../shared/dates.ts';
import { documentItem } from '../document-item.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const EVIDENCE_SHEET = 'Evidence';
export const EVIDENCE_HEADER = ['Captured at', 'By', 'Requirement', 'Element', 'Title', 'Link', 'Record date', 'Excerpt', 'Note', 'Snapshot', 'SHA-256', 'Clip id'] as const;
const WIDTH = EVIDENCE_HEADER.length;
/** 0-based columns of the row. */
export const COL = { requirement: 2, title: 4, link: 5, recordDate: 6, snapshot: 9, sha256: 10, clipId: 11 } as const;

/**
 * Where the add-on's Evidence sheet is, saved when the add-on creates it. A scan reads clips only
 * when it exists (no call to find out), and by id the add-on never mistakes a team's own sheet
 * that happens to be called "Evidence" for its own.
 */
export interface EvidencePlace {
  readonly sheetId: number;
  readonly name: string;
}

const PLACE = documentItem<EvidencePlace>('secor-ready.evidence-sheet');

export function loadEvidencePlace(): EvidencePlace | null {
  return PLACE.load();
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The rows below the header, without the blank rows Sheets returns after the last one. */
function filled(values: readonly (readonly Cell[])[]): Cell[][] {
  let n = values.length;
  while (n > 0 && values[n - 1]!.every((c) => c === '' || c === null)) n--;
  return values.slice(0, n).map((row) => [...row]);
}

/** The Evidence sheet's rows (from row 2), or null when the add-on has not made one. Two calls when it is where it was left. */
function evidenceRows(spreadsheet: Spreadsheet, place: EvidencePlace | null): Cell[][] {
  if (place === null) return [];
  try {
    return filled(spreadsheet.getRange(`${quoted(place.name)}!A2:L`).getValues() as Cell[][]);
  } catch {
    // Renamed by the team (or deleted): find it by id once and remember its new name.
    const sheet = spreadsheet.getSheetById(place.sheetId);
    if (!sheet) return [];
    PLACE.save({ sheetId: place.sheetId, name: sheet.getName() });
    return filled(sheet.getRange('A2:L').getValues() as Cell[][]);
  }
}

function recordDay(cell: Cell | undefined): Day | null {
  if (cell instanceof Date) return dayFromDate(cell);
  return typeof cell === 'string' ? dayFromIso(cell) : null;
}

const ROW_TARGET = /^row\s+(\d+)\b/i;
const ID_TARGET = /^(E\d-\d\d)\b/;

/** A row's target as written in the Requirement column: "E4-02", or "Row 14" (optionally "· E4-02"). */
function targetOf(text: string): Pick<ClipEvidence, 'requirement' | 'row'> | null {
  const row = ROW_TARGET.exec(text);
  if (row) return { requirement: null, row: Number(row[1]) - 1 };
  const id = ID_TARGET.exec(text);
  return id ? { requirement: id[1]!, row: null } : null;
}

/**
 * The clips saved in the Evidence sheet, as the engine counts them: at most 2 Spreadsheet calls
 * (none when the add-on has no Evidence sheet yet).
 */
export function readClips(spreadsheet: Spreadsheet, place: EvidencePlace | null = loadEvidencePlace()): ClipEvidence[] {
  const clips: ClipEvidence[] = [];
  for (const row of evidenceRows(spreadsheet, place)) {
    const target = targetOf(String(row[COL.requirement] ?? '').trim());
    if (!target) continue;
    const title = String(row[COL.title] ?? '').trim();
    const link = String(row[COL.link] ?? '').trim();
    clips.push({ ...target, recordDate: recordDay(row[COL.recordDate]), label: title || link || 'Clipped evidence' });
  }
  return clips;
}

/** The add-on's Evidence sheet, or null when it has none (it is found by id, whatever the team renamed it to). */
export function findEvidenceSheet(spreadsheet: Spreadsheet): Sheet | null {
  const place = loadEvidencePlace();
  const found = place ? spreadsheet.getSheetById(place.sheetId) : null;
  if (!found) return null;
  const name = found.getName();
  if (name !== place!.name) PLACE.save({ sheetId: place!.sheetId, name });
  return found;
}

/** Makes the add-on's Evidence sheet, header bold and frozen, under a name no team sheet has. */
export function createEvidenceSheet(spreadsheet: Spreadsheet): Sheet {
  // A team's own sheet may already be called "Evidence": never write into it.
  let name = EVIDENCE_SHEET;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `SECOR ${EVIDENCE_SHEET}${n === 2 ? '' : ` ${n - 1}`}`;
  const sheet = spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, 1, WIDTH).setValues([[...EVIDENCE_HEADER]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  PLACE.save({ sheetId: sheet.getSheetId(), name });
  return sheet;
}

/** The rows of the Evidence sheet (from row 2), read in one go. */
export function rowsOf(sheet: Sheet): Cell[][] {
  return filled(sheet.getRange('A2:L').getValues() as Cell[][]);
}

export { WIDTH as EVIDENCE_WIDTH };
