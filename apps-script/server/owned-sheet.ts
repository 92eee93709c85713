type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A sheet the add-on creates and owns (Action Plan, Evidence Index): found by name, made with its
 * header row when missing.
 */
export function ownedSheet(spreadsheet: Spreadsheet, name: string, header: readonly string[]): Sheet {
  const existing = spreadsheet.getSheetByName(name);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, 1, header.length).setValues([[...header]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}
