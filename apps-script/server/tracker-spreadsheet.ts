import { storeItem } from './store.ts';
import { UserFacingRefusal } from './tracker.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tracker's spreadsheet id, for the web app: a bound script's web app has no active spreadsheet. */
const SPREADSHEET_ID = storeItem<string>('secor-ready.spreadsheet-id');

/** Kept at setup and when a person is connected to the clipper: both run in the tracker itself. */
export function rememberSpreadsheet(spreadsheet: Spreadsheet): void {
  const id = spreadsheet.getId();
  if (SPREADSHEET_ID.load() !== id) SPREADSHEET_ID.save(id);
}

/** The id kept, or null when no setup or connect has kept one yet. */
export function rememberedSpreadsheetId(): string | null {
  return SPREADSHEET_ID.load();
}

/** The tracker as the web app opens it, by the id kept (openById needs the `spreadsheets` scope). */
export function openRememberedSpreadsheet(): Spreadsheet {
  const id = rememberedSpreadsheetId();
  if (id === null) throw new UserFacingRefusal('The clipper endpoint does not know its tracker yet: open the tracker, and connect people from the sidebar.');
  return SpreadsheetApp.openById(id);
}
