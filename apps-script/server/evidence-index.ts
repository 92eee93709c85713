import { type Cell, cellText, ELEMENT_BY_ID, isoFromDay, REFERENCE_CHECKLIST, rowList } from '../../shared/index.ts';
import { clearOwnedRows, type OwnedSheetKind, ownedTable, writeOwnedRows } from './owned-sheet.ts';
import type { Scan } from './scan.ts';
import type { SheetWritten } from './views.ts';

const HEADER = ['Element', 'Requirement', 'Requirement text', 'Tracker row', 'Item', 'Evidence', 'Record date', 'Status'];
export const EVIDENCE_INDEX: OwnedSheetKind = {
  kind: 'evidence-index',
  name: 'Evidence Index',
  columns: HEADER.map((h) => [h, h] as const),
  key: null,
  dates: ['Record date'],
};
const STATUS_WORD = { ready: 'Ready', gap: 'Gap', 'n/a': 'N/A' } as const;

/** "Training, rows 4-8": where on an evidence sheet a reviewer finds it. */
function placeOnSheet(sheet: string, rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  if (sorted.length === 0) return sheet;
  return `${sheet}, ${rowList(sorted)}`;
}

/**
 * The Evidence Index a certifying partner's reviewer asks for: per element and requirement, each
 * piece of evidence with its date and status (the tracker's rows, and what each confirmed
 * evidence sheet shows, its sheet and rows named), and the reference requirements nothing covers yet.
 * The add-on owns this sheet and rewrites its own columns whole; a column the team added is never
 * written.
 */
export function writeEvidenceIndex(scan: Scan): SheetWritten {
  const { tracker, evaluation } = scan;
  const table = ownedTable(tracker.spreadsheet, EVIDENCE_INDEX);
  const textOf = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r.text]));
  const rows: (string | number)[][] = evaluation.items.map((item) => [
    item.element ? `${item.element} ${ELEMENT_BY_ID.get(item.element)!.name}` : '',
    item.requirement?.id ?? '',
    item.requirement?.text ?? '',
    item.row + 1,
    item.text,
    item.evidence,
    item.date === null ? '' : isoFromDay(item.date),
    STATUS_WORD[item.verdict.readiness],
  ]);
  const bySheets = new Set<string>();
  for (const e of scan.sheets.flatMap((s) => s.judgement?.evidence ?? [])) {
    const element = ELEMENT_BY_ID.get(e.requirement.slice(0, 2) as 'E1')!;
    bySheets.add(e.requirement);
    rows.push([
      `${element.id} ${element.name}`,
      e.requirement,
      textOf.get(e.requirement) ?? '',
      '',
      placeOnSheet(e.sheet, e.rows),
      e.summary,
      e.latest === null ? '' : isoFromDay(e.latest),
      STATUS_WORD[e.finding],
    ]);
  }
  for (const id of evaluation.missing.filter((m) => !bySheets.has(m))) {
    const element = ELEMENT_BY_ID.get(id.slice(0, 2) as 'E1')!;
    rows.push([`${element.id} ${element.name}`, id, textOf.get(id) ?? '', '', '', '', '', 'No row covers it']);
  }
  rows.sort((a, b) => cellText(a[0]).localeCompare(cellText(b[0])) || cellText(a[1]).localeCompare(cellText(b[1])) || Number(a[3]) - Number(b[3]));

  writeOwnedRows(table, HEADER, new Map(rows.map((row, i) => [i + 2, Object.fromEntries(HEADER.map((name, c) => [name, row[c] as Cell]))])));
  clearOwnedRows(table, HEADER, rows.length + 2, table.rows.length + 1);
  return { sheetName: table.sheet.getName(), added: rows.length, updated: 0 };
}
