import { suggestedAction } from '../../shared/actions.ts';
import type { Cell } from '../../shared/cells.ts';
import { cellText } from '../../shared/cells.ts';
import { isoFromDay } from '../../shared/dates.ts';
import { GAP_LABEL } from '../../shared/gaps.ts';
import { inertText } from './inert-text.ts';
import { ownedSheet } from './owned-sheet.ts';
import type { Scan } from './scan.ts';
import type { SheetWritten } from './views.ts';

export const ACTION_PLAN_SHEET = 'Action Plan';
const HEADER = ['Requirement', 'Element', 'Tracker row', 'Item', 'Gap', 'Suggested action', 'Owner', 'Due', 'Status', 'Notes', 'Gap now', 'Plan key'] as const;
type Column = (typeof HEADER)[number];
const at = (column: Column): number => HEADER.indexOf(column);
/** What the team fills in and the add-on never overwrites once filled. */
const TEAM_COLUMNS: readonly Column[] = ['Owner', 'Due', 'Status', 'Notes'];
const STATUSES = ['Open', 'In progress', 'Done'];
const FOLLOW_UP_DAYS = 30;

/**
 * Builds or updates the Action Plan: a line per gap of the current scan, keyed by the item's text
 * and the gap, so running it again updates the add-on's columns, adds new gaps, marks closed ones,
 * and keeps what the team typed (values and formulas) in Owner, Due, Status and Notes.
 */
export function writeActionPlan(scan: Scan): SheetWritten {
  const { tracker, evaluation, today, profile } = scan;
  const sheet = ownedSheet(tracker.spreadsheet, ACTION_PLAN_SHEET, HEADER);
  const range = sheet.getDataRange();
  const values = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  // What is in the sheet now, with the team's formulas kept as formulas.
  const rows: Cell[][] = values.slice(1).map((row, r) => HEADER.map((_, c) => formulas[r + 1]?.[c] || (row[c] ?? '')));
  const byKey = new Map(rows.map((row, i) => [cellText(row[at('Plan key')]), i]));

  const open = new Set<string>();
  let added = 0;
  let updated = 0;
  evaluation.items.forEach((item, i) => {
    for (const gap of evaluation.verdicts[i]!.gaps) {
      const key = `${item.text}\u2002|\u2002${gap}`;
      open.add(key);
      const computed: Partial<Record<Column, Cell>> = {
        Requirement: item.requirement?.id ?? '',
        Element: item.element ?? '',
        'Tracker row': item.row + 1,
        Item: inertText(item.text),
        Gap: GAP_LABEL[gap],
        'Suggested action': suggestedAction(item, gap, profile),
        'Gap now': 'open',
        'Plan key': key,
      };
      const existing = byKey.get(key);
      if (existing === undefined) {
        const due = item.due !== null && item.due > today ? item.due : today + FOLLOW_UP_DAYS;
        const starting: Partial<Record<Column, Cell>> = { Owner: inertText(item.owner), Due: isoFromDay(due), Status: 'Open' };
        rows.push(HEADER.map((column) => computed[column] ?? starting[column] ?? ''));
        added++;
      } else {
        const row = rows[existing]!;
        for (const column of HEADER) {
          if (!TEAM_COLUMNS.includes(column) && computed[column] !== undefined) row[at(column)] = computed[column]!;
        }
        updated++;
      }
    }
  });
  // A gap no longer found is marked closed once, on the day it was first seen closed.
  for (const row of rows) {
    if (!open.has(cellText(row[at('Plan key')])) && row[at('Gap now')] === 'open') row[at('Gap now')] = `closed by ${isoFromDay(today)}`;
  }

  if (rows.length > 0) {
    sheet.getRange(2, 1, rows.length, HEADER.length).setValues(rows);
    const status = SpreadsheetApp.newDataValidation().requireValueInList(STATUSES, true).setAllowInvalid(true).build();
    sheet.getRange(2, at('Status') + 1, rows.length, 1).setDataValidation(status);
  }
  return { sheetName: ACTION_PLAN_SHEET, added, updated };
}
