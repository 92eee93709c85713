import { trackerSheet } from './tracker.ts';

/**
 * Selects a row (1-based) of a sheet, as "Go to row" in the sidebar asks: the tracker, or another
 * sheet by its id (an evidence sheet's row named as a requirement's source).
 */
export function selectRow(row: number, sheetId: number | null = null): void {
  const { spreadsheet, sheet: tracker } = trackerSheet();
  const sheet = sheetId === null ? tracker : spreadsheet.getSheetById(sheetId);
  if (!sheet) throw new Error('That sheet was deleted: rescan to see where the evidence comes from now.');
  const last = sheet.getLastRow();
  if (!Number.isInteger(row) || row < 1 || row > last)
    throw new Error(`Row ${row} is not a row of ${sheetId === null ? 'the tracker' : `"${sheet.getName()}"`} (1 to ${last}).`);
  sheet.getRange(row, 1, 1, sheet.getLastColumn()).activate();
}
