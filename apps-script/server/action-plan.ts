import { type Cell, cellText, GAP_LABEL, isoFromDay, suggestedAction } from '../../shared/index.ts';
import { type OwnedSheetKind, ownedTable, writeOwnedRows } from './owned-sheet.ts';
import type { Scan } from './scan.ts';
import type { SheetWritten } from './views.ts';

const HEADER = ['Requirement', 'Element', 'Tracker row', 'Item', 'Gap', 'Suggested action', 'Owner', 'Due', 'Status', 'Notes', 'Gap now', 'Plan key'] as const;
type Column = (typeof HEADER)[number];
export const ACTION_PLAN: OwnedSheetKind<Column> = { kind: 'action-plan', name: 'Action Plan', columns: HEADER.map((h) => [h, h] as const), key: 'Plan key', dates: ['Due'] };
/** What the team fills in: written once, when a line is added, and never again. */
const TEAM_COLUMNS: readonly Column[] = ['Owner', 'Due', 'Status', 'Notes'];
/** What the add-on keeps up to date on every run. */
const OWN_COLUMNS: readonly Column[] = HEADER.filter((c) => !TEAM_COLUMNS.includes(c));
const STATUSES = ['Open', 'In progress', 'Done'];
const FOLLOW_UP_DAYS = 30;

/**
 * Builds or updates the Action Plan: a line per gap of the current scan, keyed by the item's text
 * and the gap, so running it again updates the add-on's columns where they changed, adds new
 * gaps below the last line, marks closed ones, and never writes Owner, Due, Status or Notes of a
 * line it has written before, nor any column the team added.
 */
export function writeActionPlan(scan: Scan): SheetWritten {
  const { tracker, evaluation, today, profile } = scan;
  const table = ownedTable(tracker.spreadsheet, ACTION_PLAN);
  const { sheet, columns, rows } = table;
  const cell = (row: readonly Cell[], column: Column) => row[columns.get(column)!];
  // Sheet row of each line, by its key; the team may have sorted the plan or left blank rows.
  const lineAt = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = cellText(cell(row, 'Plan key'));
    if (key !== '' && !lineAt.has(key)) lineAt.set(key, i + 2);
  });
  let next = rows.length + 2;

  const open = new Set<string>();
  const updates = new Map<number, Partial<Record<Column, Cell>>>();
  const additions = new Map<number, Partial<Record<Column, Cell>>>();
  for (const item of evaluation.items) {
    for (const gap of item.verdict.gaps) {
      const key = `${item.text}\u2002|\u2002${gap}`;
      if (open.has(key)) continue;
      open.add(key);
      const computed: Partial<Record<Column, Cell>> = {
        Requirement: item.requirement?.id ?? '',
        Element: item.element ?? '',
        'Tracker row': item.row + 1,
        Item: item.text,
        Gap: GAP_LABEL[gap],
        'Suggested action': suggestedAction(item, gap, profile),
        'Gap now': 'open',
        'Plan key': key,
      };
      const at = lineAt.get(key);
      if (at === undefined) {
        const due = item.due !== null && item.due > today ? item.due : today + FOLLOW_UP_DAYS;
        additions.set(next++, { ...computed, Owner: item.owner, Due: isoFromDay(due), Status: 'Open', Notes: '' });
      } else if (OWN_COLUMNS.some((c) => cellText(cell(rows[at - 2]!, c)) !== cellText(computed[c]))) {
        updates.set(at, computed);
      }
    }
  }
  // A gap no longer found is marked closed once, on the day it was first seen closed.
  const closed = new Map<number, Partial<Record<Column, Cell>>>();
  for (const [key, at] of lineAt) {
    if (!open.has(key) && cellText(cell(rows[at - 2]!, 'Gap now')) === 'open') closed.set(at, { 'Gap now': `closed by ${isoFromDay(today)}` });
  }

  writeOwnedRows(table, OWN_COLUMNS, updates);
  writeOwnedRows(table, ['Gap now'], closed);
  writeOwnedRows(table, HEADER, additions);
  if (additions.size > 0) {
    const first = Math.min(...additions.keys());
    const status = SpreadsheetApp.newDataValidation().requireValueInList(STATUSES, true).setAllowInvalid(true).build();
    sheet.getRange(first, columns.get('Status')! + 1, additions.size, 1).setDataValidation(status);
  }
  return { sheetName: sheet.getName(), added: additions.size, updated: updates.size + closed.size };
}

