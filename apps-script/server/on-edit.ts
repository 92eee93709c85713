import { type Cell, cellText, columnIndex, type ElementId, evaluateRows, headingElement, parseElement } from '../../shared/index.ts';
import { readClips } from './evidence-sheet.ts';
import { loadProfile } from './profile-store.ts';
import { elementOfReadinessCell, readinessCellText } from './readiness-cell.ts';
import { layoutOf, scanTracker } from './scan.ts';
import { spreadsheetZone, today } from './today.ts';
import { NeedsSetupError, positionsHold } from './tracker.ts';
import { knownColumns, loadConfig, type TrackerConfig } from './tracker-config.ts';

/** Rows and columns (1-based, inclusive) of an A1 range such as "C5" or "B5:D9". */
function boundsOf(a1: string): { top: number; bottom: number; left: number; right: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const left = columnIndex(m[1]!)! + 1;
  const top = Number(m[2]);
  return { top, left, right: m[3] ? columnIndex(m[3])! + 1 : left, bottom: m[4] ? Number(m[4]) : top };
}

/** The element the rows above an edit carry down to it, as the last scan recorded it. */
function carriedFrom(above: readonly Cell[] | undefined, config: TrackerConfig): ElementId | null {
  if (!above) return null;
  const element = config.columns.element === null ? '' : cellText(above[config.columns.element]);
  if (element !== '') return parseElement(element);
  return elementOfReadinessCell(cellText(above[config.readinessColumn])) ?? headingElement(cellText(above[config.columns.requirement!]));
}

/** Edits this close below the header row are read together with it: one read confirms the positions too. */
const SAME_READ_ROWS = 300;

/** The columns moved since they were saved: judge the whole sheet again from where the tags are now, or say why not. */
function rescanMoved(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    scanTracker();
  } catch (error) {
    if (!(error instanceof NeedsSetupError)) throw error;
    e.source.toast(error.message, 'SECOR Ready');
  }
}

/**
 * The simple onEdit trigger: re-judges only the edited rows of the tracker, and ignores edits on
 * other sheets, above the table and outside the columns the add-on reads. Before it writes, the
 * header row read in the same call must still read as saved: when the team has inserted, deleted
 * or moved rows or columns since, the whole sheet is judged again from where the tags are now
 * (or nothing is written and the toast says why). A handful of Spreadsheet calls otherwise,
 * whatever the size of the sheet.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const config = loadConfig();
  if (config === null || e.range.getGridId() !== config.sheetId) return;
  const bounds = boundsOf(e.range.getA1Notation());
  if (bounds === null) return;
  const header = config.headerRow + 1;
  const firstItemRow = header + 1;
  const read = knownColumns(config).filter((c) => c !== config.readinessColumn);
  if (bounds.bottom < firstItemRow || !read.some((c) => c + 1 >= bounds.left && c + 1 <= bounds.right)) return;

  // The edited rows and the one above them, which tells the element carried down.
  const top = Math.max(firstItemRow, bounds.top);
  const from = top > firstItemRow ? top - 1 : top;
  const width = Math.max(...knownColumns(config)) + 1;
  // Ranges relative to the edited one: same sheet, no name to look up.
  const rows = (first: number, count: number) => e.range.offset(first - bounds.top, 1 - bounds.left, count, width).getValues() as Cell[][];
  let headerValues: Cell[];
  let values: Cell[][];
  try {
    if (bounds.bottom - header <= SAME_READ_ROWS) {
      const all = rows(header, bounds.bottom - header + 1);
      headerValues = all[0]!;
      values = all.slice(from - header);
    } else {
      headerValues = rows(header, 1)[0]!;
      values = rows(from, bounds.bottom - from + 1);
    }
  } catch {
    // Saved columns past the sheet's edge (the team deleted columns): Sheets throws on such a range.
    return rescanMoved(e);
  }
  const headerGrid: Cell[][] = [];
  headerGrid[config.headerRow] = headerValues;
  if (!positionsHold(config, headerGrid)) return rescanMoved(e);

  // A sparse grid holding only these rows, at their own (0-based) indexes.
  const grid: Cell[][] = [];
  values.forEach((row, i) => (grid[from - 1 + i] = row));
  const items = evaluateRows(grid, {
    today: today(e.source),
    profile: loadProfile(),
    layout: layoutOf(config),
    dateOrders: config.dateOrders,
    timeZone: spreadsheetZone(e.source),
    // The edited rows' clips: 3 calls when the add-on has an Evidence sheet, none otherwise.
    clips: readClips(e.source),
    span: { from: top - 1, to: bounds.bottom - 1, carried: top > from ? carriedFrom(values[0], config) : null },
  });
  const cells: string[][] = [];
  for (let r = top; r <= bounds.bottom; r++) cells.push(['']);
  for (const item of items) cells[item.row + 1 - top] = [readinessCellText(item)];
  e.range.offset(top - bounds.top, config.readinessColumn + 1 - bounds.left, cells.length, 1).setValues(cells);
}
