import { type Cell, cellText, columnIndex, type ElementId, headingElement, parseElement } from '../../shared/index.ts';
import { elementOfReadinessCell, readinessCellText } from './readiness-cell.ts';
import { highlightJudgedMatrix } from './colour-rules.ts';
import { scanTracker } from './scan.ts';
import { UserFacingRefusal } from './tracker.ts';
import { judgeEditedSheet, judgeRows, openEvidenceSheet, readRows } from './tracker-read.ts';
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

/** The columns moved since they were saved: judge the whole sheet again from where the tags are now, or say why not. */
function rescanMoved(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    scanTracker();
  } catch (error) {
    if (!(error instanceof UserFacingRefusal)) throw error;
    e.source.toast(error.message, 'SECOR Ready');
  }
}

/**
 * An edit on a confirmed training matrix (a ticket renewed, a worker added): the matrix is read
 * and judged again and its highlights replaced, so the cell's colour follows what was typed; the
 * prediction follows at the next scan.
 */
function rehighlightMatrix(e: GoogleAppsScript.Events.SheetsOnEdit, config: TrackerConfig, sheetId: number): void {
  const matrix = (config.evidenceSheets ?? []).find((s) => s.sheetId === sheetId && s.kind === 'training-matrix');
  if (!matrix) return;
  highlightJudgedMatrix(judgeEditedSheet(e.source, config, openEvidenceSheet(matrix, e.range.getSheet())));
}

/**
 * The simple onEdit trigger: re-judges only the edited rows of the tracker, re-highlights a
 * confirmed training matrix edited, and ignores edits on other sheets, above the table and outside
 * the columns the add-on reads. Before it writes, the header row read in the same call must still
 * read as saved: when the team has inserted, deleted or moved rows or columns since, the whole
 * sheet is judged again from where the tags are now (or nothing is written and the toast says why). A handful of Spreadsheet calls otherwise,
 * whatever the size of the sheet.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const config = loadConfig();
  if (config === null) return;
  const sheetId = e.range.getGridId();
  if (sheetId !== config.sheetId) {
    rehighlightMatrix(e, config, sheetId);
    return;
  }
  const bounds = boundsOf(e.range.getA1Notation());
  if (bounds === null) return;
  const firstItemRow = config.headerRow + 2;
  const within = (c: number) => c + 1 >= bounds.left && c + 1 <= bounds.right;
  const read = knownColumns(config).filter((c) => c !== config.readinessColumn);
  // Typing into the Readiness column is put back at once, and said why, rather than undone unseen by the next scan.
  const intoReadiness = within(config.readinessColumn);
  if (bounds.bottom < firstItemRow || !(intoReadiness || read.some(within))) return;

  // The edited rows and the one above them, which tells the element carried down.
  const top = Math.max(firstItemRow, bounds.top);
  const from = top > firstItemRow ? top - 1 : top;
  const grid = readRows(e.range, bounds, config, from, bounds.bottom);
  if (grid === null) {
    rescanMoved(e);
    return;
  }
  const items = judgeRows(e.source, config, grid, { from: top - 1, to: bounds.bottom - 1, carried: top > from ? carriedFrom(grid[from - 1], config) : null });
  const cells: string[][] = [];
  for (let r = top; r <= bounds.bottom; r++) cells.push(['']);
  for (const item of items) cells[item.row + 1 - top] = [readinessCellText(item)];
  e.range.offset(top - bounds.top, config.readinessColumn + 1 - bounds.left, cells.length, 1).setValues(cells);
  if (intoReadiness) e.source.toast(READINESS_IS_OURS, 'SECOR Ready');
}

const READINESS_IS_OURS =
  "The Readiness column is the add-on's: it shows each row's verdict and is rewritten on every scan, so what you typed there was put back. Change the row's own cells (its date, status or evidence) and the verdict follows.";
