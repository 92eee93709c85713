import { cellText } from '../../shared/cells.ts';
import { isoFromDay } from '../../shared/dates.ts';
import { REFERENCE_CHECKLIST } from '../../shared/reference/checklist.ts';
import { ELEMENT_BY_ID } from '../../shared/reference/elements.ts';
import { inertText } from './inert-text.ts';
import { ownedSheet } from './owned-sheet.ts';
import type { Scan } from './scan.ts';
import type { SheetWritten } from './views.ts';

export const EVIDENCE_INDEX_SHEET = 'Evidence Index';
const HEADER = ['Element', 'Requirement', 'Requirement text', 'Tracker row', 'Item', 'Evidence', 'Record date', 'Status'];
const STATUS_WORD = { ready: 'Ready', gap: 'Gap', 'n/a': 'N/A' } as const;

/**
 * The Evidence Index a certifying partner's reviewer asks for: per element and requirement, each
 * piece of evidence with its date and status, and the reference requirements nothing covers yet.
 * The add-on owns this sheet and rewrites it whole.
 */
export function writeEvidenceIndex(scan: Scan): SheetWritten {
  const { tracker, evaluation } = scan;
  const sheet = ownedSheet(tracker.spreadsheet, EVIDENCE_INDEX_SHEET, HEADER);
  const textOf = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r.text]));
  const rows: (string | number)[][] = evaluation.items.map((item, i) => [
    item.element ? `${item.element} ${ELEMENT_BY_ID.get(item.element)!.name}` : '',
    item.requirement?.id ?? '',
    item.requirement?.text ?? '',
    item.row + 1,
    inertText(item.text),
    inertText(item.evidence),
    item.date === null ? '' : isoFromDay(item.date),
    STATUS_WORD[evaluation.verdicts[i]!.status],
  ]);
  for (const id of evaluation.missing) {
    const element = ELEMENT_BY_ID.get(id.slice(0, 2) as 'E1')!;
    rows.push([`${element.id} ${element.name}`, id, textOf.get(id) ?? '', '', '', '', '', 'No row covers it']);
  }
  rows.sort((a, b) => cellText(a[0]).localeCompare(cellText(b[0])) || cellText(a[1]).localeCompare(cellText(b[1])) || Number(a[3]) - Number(b[3]));

  const previous = sheet.getLastRow();
  if (previous > rows.length + 1) sheet.getRange(rows.length + 2, 1, previous - rows.length - 1, HEADER.length).clearContent();
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, HEADER.length).setValues(rows);
  return { sheetName: EVIDENCE_INDEX_SHEET, added: rows.length, updated: 0 };
}
