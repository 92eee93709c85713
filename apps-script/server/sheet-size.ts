type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Grows a sheet before the add-on writes past its edge: in Sheets, getRange outside the sheet's
 * rows or columns throws ("The coordinates of the range are outside the dimensions of the
 * sheet"), and a new sheet has 1,000 rows and 26 columns. `headroom` grows the add-on's own
 * sheets by more than one row at a time, so the next lines cost no call to grow again.
 */
export function ensureRows(sheet: Sheet, rows: number, headroom = 0): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max + headroom);
}

export function ensureColumns(sheet: Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (columns > max) sheet.insertColumnsAfter(max, columns - max);
}
