import {
  INTERVIEW_QUESTIONS,
  type PracticeLogRow,
  type SkippedPracticeRow,
  questionChoice,
  readPracticeLog,
  STAFF_ROLE_LABEL,
  STAFF_ROLES,
} from '../../shared/index.ts';
import { findOwnedSheet, ownedLines, type OwnedSheetKind, ownedTable, readOwnedTable } from './owned-sheet.ts';
import { spreadsheetZone } from './today.ts';
import type { SheetWritten } from './views.ts';

type Column = 'date' | 'person' | 'role' | 'question' | 'answeredWell' | 'notes';

/**
 * The Interview Practice sheet: a line per person per question practised, filled in by the team
 * (the add-on writes only its header and dropdowns, when it makes the sheet). No key column: the
 * add-on never writes a line, so it never needs to find one again.
 */
export const PRACTICE_LOG: OwnedSheetKind<Column> = {
  kind: 'practice-log',
  name: 'Interview Practice',
  columns: [
    ['date', 'Date'],
    ['person', 'Person'],
    ['role', 'Role'],
    ['question', 'Question'],
    ['answeredWell', 'Answered well'],
    ['notes', 'Notes'],
  ],
  key: null,
  dates: ['date'],
};

/** Lines the dropdowns are set on when the sheet is made; typed lines below them are read the same. */
const DROPDOWN_ROWS = 500;

/**
 * Makes the Interview Practice sheet (or finds the one it made) and selects it: its Role,
 * Question and Answered well columns get dropdowns, so a phone or a laptop fills it the same way.
 */
export function createPracticeLog(): SheetWritten {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = findOwnedSheet(spreadsheet, PRACTICE_LOG);
  if (existing) {
    existing.activate();
    return { sheetName: existing.getName(), added: 0, updated: 0 };
  }
  const { sheet, columns } = ownedTable(spreadsheet, PRACTICE_LOG);
  const list = (values: readonly string[]) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      .setAllowInvalid(true)
      .build();
  const column = (c: Column) => sheet.getRange(2, columns.get(c)! + 1, DROPDOWN_ROWS, 1);
  column('role').setDataValidation(list(STAFF_ROLES.map((r) => STAFF_ROLE_LABEL[r])));
  column('question').setDataValidation(list(INTERVIEW_QUESTIONS.map(questionChoice)));
  column('answeredWell').setDataValidation(list(['Yes', 'No']));
  sheet.activate();
  return { sheetName: sheet.getName(), added: 0, updated: 0 };
}

/** The practice log read for the interview scores (one read), or null when the add-on has made none. */
export function readPracticeSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  order: 'day-first' | 'month-first',
): { rows: PracticeLogRow[]; skipped: SkippedPracticeRow[] } | null {
  const sheet = findOwnedSheet(spreadsheet, PRACTICE_LOG, false);
  if (!sheet) return null;
  return readPracticeLog(ownedLines(readOwnedTable(sheet, PRACTICE_LOG)), { order, timeZone: spreadsheetZone(spreadsheet) });
}
