import {
  ACTION_STATUSES,
  type ActionLine,
  type ActionProgress,
  actionProgress,
  actionStatusOf,
  type Cell,
  cellText,
  columnLetter,
  type Day,
  DateReader,
  gapActions,
  gapGone,
  isActionFinished,
  isoFromDay,
  type SlashOrder,
} from '../../shared/index.ts';
import { findOwnedSheet, ownedCell, type OwnedSheetKind, type OwnedTable, ownedTable, readOwnedTable, writeOwnedRows } from './owned-sheet.ts';
import type { Scan } from './scan.ts';
import { spreadsheetZone } from './today.ts';
import type { SheetWritten } from './views.ts';

// Source is last: a plan made before it had one gets it added after its columns, so old and new plans read alike.
const HEADER = [
  'Requirement',
  'Element',
  'Tracker row',
  'Item',
  'Gap',
  'Suggested action',
  'Owner',
  'Due',
  'Status',
  'Notes',
  'Gap now',
  'Plan key',
  'Source',
] as const;
type Column = (typeof HEADER)[number];
export const ACTION_PLAN: OwnedSheetKind<Column> = {
  kind: 'action-plan',
  name: 'Action Plan',
  columns: HEADER.map((h) => [h, h] as const),
  key: 'Plan key',
  dates: ['Due'],
};
/** What the team fills in: written once, when a line is added, and never again. */
const TEAM_COLUMNS: readonly Column[] = ['Owner', 'Due', 'Status', 'Notes'];
/** What the add-on keeps up to date on every run. */
const OWN_COLUMNS: readonly Column[] = HEADER.filter((c) => !TEAM_COLUMNS.includes(c));

/** Keys of audit findings' lines: they stay until the team finishes them, whatever the scan finds. */
const FINDING_KEY = 'finding | ';

/** An audit finding's line: the key a finding line is found again by (its source and its words). */
export function findingKey(source: string, text: string): string {
  return `${FINDING_KEY}${source} | ${text.trim().replace(/\s+/g, ' ')}`;
}

/**
 * What "Gap now" says of an audit finding's line: cleared once the team marked it Done or
 * Verified and its requirement now has current evidence (the scan finds it ready); done without
 * that evidence says so; otherwise open. A reviewer checks the record, not the tick.
 */
function findingGapNow(scan: Scan, requirement: string, status: string, before: string): string {
  const ready = scan.evaluation.prediction.evidence.find((e) => e.requirement === requirement)?.finding === 'ready';
  if (!isActionFinished(actionStatusOf(status))) return 'open';
  if (!ready) return 'done, evidence still missing';
  return /^cleared by /.test(before) ? before : `cleared by ${isoFromDay(scan.today)}`;
}

/**
 * Builds or updates the Action Plan: a line per gap of the current scan and per extra line (audit
 * findings, site-walk findings), each found again by its key, so running it again updates the
 * add-on's columns where they changed, adds new lines below the last, marks those no longer found
 * closed (an audit finding's stays until done with evidence), and never writes Owner, Due, Status
 * or Notes of a line it has written before, nor any column the team added. Overdue lines are
 * highlighted by the add-on's own rule.
 */
export function writeActionPlan(scan: Scan, extra: readonly ActionLine[] = []): SheetWritten {
  const { tracker, today } = scan;
  const table = ownedTable(tracker.spreadsheet, ACTION_PLAN);
  const { sheet, columns, rows } = table;
  const cell = (row: readonly Cell[], column: Column) => ownedCell(columns, row, column);
  // Sheet row of each line, by its key; the team may have sorted the plan or left blank rows.
  const lineAt = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = cellText(cell(row, 'Plan key'));
    if (key !== '' && !lineAt.has(key)) lineAt.set(key, i + 2);
  });
  let next = rows.length + 2;

  const raised = new Set<string>();
  const updates = new Map<number, Partial<Record<Column, Cell>>>();
  const additions = new Map<number, Partial<Record<Column, Cell>>>();
  for (const line of [...gapActions(scan.evaluation.items, scan.today, scan.profile), ...extra]) {
    if (raised.has(line.key)) continue;
    raised.add(line.key);
    const at = lineAt.get(line.key);
    const status = at === undefined ? 'Open' : cellText(cell(rows[at - 2]!, 'Status'));
    const before = at === undefined ? '' : cellText(cell(rows[at - 2]!, 'Gap now'));
    const computed: Partial<Record<Column, Cell>> = {
      Requirement: line.requirement ?? '',
      Element: line.element ?? '',
      Source: line.source,
      'Tracker row': line.trackerRow ?? '',
      Item: line.item,
      Gap: line.gap,
      'Suggested action': line.suggested,
      'Gap now': line.key.startsWith(FINDING_KEY) && line.requirement !== null ? findingGapNow(scan, line.requirement, status, before) : 'open',
      'Plan key': line.key,
    };
    if (at === undefined) {
      additions.set(next++, { ...computed, Owner: line.owner, Due: isoFromDay(line.due), Status: 'Open', Notes: '' });
    } else if (OWN_COLUMNS.some((c) => cellText(cell(rows[at - 2]!, c)) !== cellText(computed[c]))) {
      updates.set(at, computed);
    }
  }
  // A line not raised this run: a finding's Gap now follows its status and evidence; any other is
  // marked closed once, on the day it was first seen closed.
  const settled = new Map<number, Partial<Record<Column, Cell>>>();
  for (const [key, at] of lineAt) {
    if (raised.has(key)) continue;
    const row = rows[at - 2]!;
    const before = cellText(cell(row, 'Gap now'));
    const requirement = cellText(cell(row, 'Requirement'));
    const now = key.startsWith(FINDING_KEY)
      ? requirement === ''
        ? before || 'open'
        : findingGapNow(scan, requirement, cellText(cell(row, 'Status')), before)
      : before === 'open'
        ? `closed by ${isoFromDay(today)}`
        : before;
    if (now !== before) settled.set(at, { 'Gap now': now });
  }

  writeOwnedRows(table, OWN_COLUMNS, updates);
  writeOwnedRows(table, ['Gap now'], settled);
  writeOwnedRows(table, HEADER, additions);
  if (additions.size > 0) {
    const first = Math.min(...additions.keys());
    const status = SpreadsheetApp.newDataValidation()
      .requireValueInList([...ACTION_STATUSES], true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange(first, columns.get('Status')! + 1, additions.size, 1).setDataValidation(status);
  }
  highlightOverdue(readOwnedTable(sheet, ACTION_PLAN), scan);
  return { sheetName: sheet.getName(), added: additions.size, updated: updates.size + settled.size };
}

/** How a plan's days are read: today, and the tracker's slashed-date order. */
interface PlanReading {
  readonly today: Day;
  readonly order: SlashOrder;
}

/** The plan's lines as actionProgress reads them. */
function progressOf(table: OwnedTable<Column>, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, reading: PlanReading): ActionProgress {
  const at = (row: readonly Cell[], c: Column) => ownedCell(table.columns, row, c);
  const lines = table.rows.map((row, i) => ({
    row: i + 2,
    item: at(row, 'Item'),
    requirement: at(row, 'Requirement'),
    owner: at(row, 'Owner'),
    due: at(row, 'Due'),
    status: at(row, 'Status'),
    gapNow: at(row, 'Gap now'),
    source: at(row, 'Source'),
  }));
  return actionProgress(lines, { ...reading, timeZone: spreadsheetZone(spreadsheet) });
}

const readingOf = (scan: Scan): PlanReading => ({ today: scan.today, order: scan.tracker.config.slashOrder });

/** The add-on's overdue rule: a fingerprint naming the rows it covers, so an unchanged one is not written again. */
const OVERDUE_FORMULA = /^=ISTEXT\("SECOR Ready: overdue actions [^"]*"\)$/;
const OVERDUE_COLOUR = '#f4c7c3';

/**
 * Colours the overdue lines across the add-on's columns, by a rule of the add-on's own (the
 * team's rules stay, ahead of it). Replaced only when the overdue lines changed.
 */
function highlightOverdue(table: OwnedTable<Column>, scan: Scan): void {
  const { sheet } = table;
  const last = columnLetter(Math.max(table.width, HEADER.length) - 1);
  const ranges = progressOf(table, scan.tracker.spreadsheet, readingOf(scan)).overdue.map((o) => `A${o.row}:${last}${o.row}`);
  const formula = `=ISTEXT("SECOR Ready: overdue actions ${ranges.join(',')}")`;
  const rules = sheet.getConditionalFormatRules();
  const formulas = rules.map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0]);
  const own = (f: unknown) => typeof f === 'string' && OVERDUE_FORMULA.test(f);
  const present = formulas.filter(own);
  if (ranges.length === 0 ? present.length === 0 : present.length === 1 && present[0] === formula) return;
  const ours =
    ranges.length === 0
      ? []
      : [
          SpreadsheetApp.newConditionalFormatRule()
            .whenFormulaSatisfied(formula)
            .setBackground(OVERDUE_COLOUR)
            .setRanges(ranges.map((a1) => sheet.getRange(a1)))
            .build(),
        ];
  sheet.setConditionalFormatRules([...rules.filter((_, i) => !own(formulas[i])), ...ours]);
}

/**
 * The Action Plan's progress for the sidebar and the weekly digest (one read), or null when the
 * add-on has made none; found by its saved id, so the digest's trigger reads it from a spreadsheet
 * opened by id.
 */
export function readActionProgress(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, reading: PlanReading): ActionProgress | null {
  const sheet = findOwnedSheet(spreadsheet, ACTION_PLAN, false);
  return sheet ? progressOf(readOwnedTable(sheet, ACTION_PLAN), spreadsheet, reading) : null;
}

/** The same for a scan's spreadsheet. */
export function scanActionProgress(scan: Scan): ActionProgress | null {
  return readActionProgress(scan.tracker.spreadsheet, readingOf(scan));
}

/**
 * The Action Plan's lines still to do, as the team keeps them (owner, due date, status): not Done
 * or Verified and their gap not gone; null when the add-on has made no plan, so the scan's gaps
 * stand in for it (the audit pack). A due date cleared or mistyped reads as due today: still open.
 */
export function openActionLines(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, reading: PlanReading): ActionLine[] | null {
  const sheet = findOwnedSheet(spreadsheet, ACTION_PLAN);
  if (!sheet) return null;
  const { rows, columns } = readOwnedTable(sheet, ACTION_PLAN);
  const dates = new DateReader(reading.order, spreadsheetZone(spreadsheet));
  const lines: ActionLine[] = [];
  for (const row of rows) {
    const cell = (c: Column) => ownedCell(columns, row, c);
    const text = (c: Column) => cellText(cell(c)).trim();
    if (text('Plan key') === '' || isActionFinished(actionStatusOf(text('Status'))) || gapGone(text('Gap now'))) continue;
    const trackerRow = Number(text('Tracker row'));
    lines.push({
      key: text('Plan key'),
      requirement: text('Requirement') || null,
      element: text('Element') || null,
      trackerRow: Number.isInteger(trackerRow) && trackerRow > 0 ? trackerRow : null,
      item: text('Item'),
      gap: text('Gap'),
      suggested: text('Suggested action'),
      owner: text('Owner'),
      due: dates.read(cell('Due')) ?? reading.today,
      // A plan made before its Source column had only the tracker's gaps.
      source: text('Source') || 'Tracker gap',
    });
  }
  return lines;
}
