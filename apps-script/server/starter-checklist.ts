import { proposeSheetKind, starterChecklist } from '../../shared/index.ts';
import { proposeEvidenceSheets } from './evidence-sheets.ts';
import { freeSheetName } from './owned-sheet.ts';
import { loadProfile } from './profile-store.ts';
import { UserFacingRefusal } from './tracker.ts';
import { readSheet } from './tracker-read.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** On the sheet the add-on started, valued with its id: a second Start opens it instead of making another. */
const STARTER_TAG = 'secor-ready.starter-checklist';

/** ID, Element, Requirement, Evidence, in pixels. */
const STARTER_WIDTHS = [70, 250, 420, 260];

/** The checklist the add-on started in this spreadsheet, found by its tag, while it is still there. */
function startedChecklist(spreadsheet: Spreadsheet): Sheet | null {
  for (const md of spreadsheet.createDeveloperMetadataFinder().withKey(STARTER_TAG).find()) {
    const sheet = spreadsheet.getSheetById(Number(md.getValue()));
    if (sheet) return sheet;
  }
  return null;
}

/**
 * Starts a checklist for a team that keeps none (only logs, a matrix, or nothing yet), when they
 * asked for it: a new sheet, "Checklist", with a row per reference requirement their profile keeps
 * and their evidence, dates and status to fill in. No sheet of theirs is written. Once made it is
 * their sheet like any tracker: the add-on writes into it only what setup adds. Refused while a
 * sheet already reads as a checklist (that one is to be set up); a second press selects the one made.
 */
export function startChecklist(): Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const started = startedChecklist(spreadsheet);
  if (started) return started.activate();
  const active = spreadsheet.getActiveSheet();
  const here = proposeSheetKind(active.getName(), readSheet(active)).kind === 'checklist' ? [active.getName()] : [];
  const checklists = [...here, ...proposeEvidenceSheets(spreadsheet, active.getSheetId(), []).checklists];
  if (checklists.length > 0) {
    throw new UserFacingRefusal(`"${checklists[0]}" reads as your checklist already: open it and choose Set up this sheet, rather than starting another.`);
  }
  const grid = starterChecklist(loadProfile());
  const width = grid[0]!.length;
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, 'Checklist'));
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  // Wide enough to read a requirement and write its evidence; the rest keep Sheets' 100 px.
  STARTER_WIDTHS.forEach((px, c) => sheet.setColumnWidth(c + 1, px));
  sheet.addDeveloperMetadata(STARTER_TAG, String(sheet.getSheetId()), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  return sheet.activate();
}
