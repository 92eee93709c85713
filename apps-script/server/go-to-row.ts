import { trackerSheet } from './tracker.ts';

/** Selects a row of the tracker (1-based), as "Go to row" in the sidebar asks. */
export function selectRow(row: number): void {
  const { sheet } = trackerSheet();
  const last = sheet.getLastRow();
  if (!Number.isInteger(row) || row < 1 || row > last) throw new Error(`Row ${row} is not a row of the tracker (1 to ${last}).`);
  sheet.getRange(row, 1, 1, sheet.getLastColumn()).activate();
}
