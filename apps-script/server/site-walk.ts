import { type ActionLine, buildSiteWalk, type Cell, cellText, controlsOf, type Day, readSiteWalk, type SiteWalkReading } from '../../shared/index.ts';
import { scanTracker } from './scan.ts';
import { loadConfig } from './tracker-config.ts';
import { findOwnedSheet, ownedLines, type OwnedSheetKind, ownedTable, readOwnedTable, writeOwnedRows } from './owned-sheet.ts';
import { spreadsheetZone } from './today.ts';
import type { SheetWritten } from './views.ts';

type Column = 'look' | 'requirement' | 'inPlace' | 'finding' | 'walkedOn' | 'walkedBy' | 'key';

/**
 * The Site Walk sheet: a line per thing to look at, the add-on's (what to look for, its
 * requirement, its key); what was found is the team's (In place, Finding, Walked on, Walked by),
 * filled in on the walk, in the Sheets app on a phone as on a laptop.
 */
export const SITE_WALK: OwnedSheetKind<Column> = {
  kind: 'site-walk',
  name: 'Site Walk',
  columns: [
    ['look', 'What to look for'],
    ['requirement', 'Requirement'],
    ['inPlace', 'In place'],
    ['finding', 'Finding'],
    ['walkedOn', 'Walked on'],
    ['walkedBy', 'Walked by'],
    ['key', 'Item key'],
  ],
  key: 'key',
  dates: ['walkedOn'],
};
const OWN: readonly Column[] = ['look', 'requirement', 'key'];

/**
 * Makes the Site Walk sheet, or adds below its last line the items it lacks (a newer checklist's,
 * or a control the team's FLHAs started writing), and selects it. A line it wrote before is never written again, so what the team found stays.
 */
export function planSiteWalk(): SheetWritten {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const controls = loadConfig() === null ? [] : teamControls();
  const table = ownedTable(spreadsheet, SITE_WALK);
  const key = table.columns.get('key')!;
  const have = new Set(table.rows.map((row) => cellText(row[key])).filter((k) => k !== ''));
  const additions = new Map<number, Partial<Record<Column, Cell>>>();
  let next = table.rows.length + 2;
  for (const item of buildSiteWalk({ controls })) {
    // A team control is keyed by its words, not its place in this run's list, which moves as the FLHAs grow.
    const id =
      item.from === 'reference'
        ? item.id
        : `HA.${item.control
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')
            .slice(0, 40)}`;
    if (!have.has(id)) additions.set(next++, { look: item.look, requirement: item.requirement, key: id });
    have.add(id);
  }
  writeOwnedRows(table, OWN, additions);
  if (additions.size > 0) {
    const first = Math.min(...additions.keys());
    const inPlace = SpreadsheetApp.newDataValidation().requireValueInList(['Yes', 'No', 'N/A'], true).setAllowInvalid(true).build();
    table.sheet.getRange(first, table.columns.get('inPlace')! + 1, additions.size, 1).setDataValidation(inPlace);
  }
  table.sheet.activate();
  return { sheetName: table.sheet.getName(), added: additions.size, updated: 0 };
}

/** The controls the team's confirmed hazard-assessment logs (FLHAs) write, for the walk to find in place. */
function teamControls(): string[] {
  const written = scanTracker().sheets.flatMap(({ judgement }) =>
    judgement?.kind === 'activity-log' && judgement.log.activity === 'hazard-assessments' ? judgement.log.events.map((e) => e.correctiveAction) : [],
  );
  return controlsOf(written);
}

/** The site walk read (one read): its items, what was found, the actions; null when the add-on has made none. */
export function readSiteWalkSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  order: 'day-first' | 'month-first',
  today: Day,
): SiteWalkReading | null {
  const sheet = findOwnedSheet(spreadsheet, SITE_WALK, false);
  if (!sheet) return null;
  return readSiteWalk(ownedLines(readOwnedTable(sheet, SITE_WALK)), { order, timeZone: spreadsheetZone(spreadsheet), today });
}

/** What the site walk found not in place, as Action Plan lines (none without the sheet). */
export function siteWalkActions(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, order: 'day-first' | 'month-first', today: Day): ActionLine[] {
  return readSiteWalkSheet(spreadsheet, order, today)?.actions ?? [];
}
