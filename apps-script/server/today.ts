import { type Day, dayFromIso } from '../../shared/index.ts';

const ZONE_KEY = 'secor-ready.time-zone';
/** The zone changes rarely (File > Settings); a changed one is heeded within this time. */
const ZONE_SECONDS = 600;

/**
 * The spreadsheet's time zone, where its date cells are midnight and its days begin: the script's
 * own zone (what Date's local getters read) may be another, a day off near midnight. The zone is
 * kept in the document cache, as asking the spreadsheet costs a scan and an edit a round trip
 * each time; outside a document's context (the web app) that cache is null and the spreadsheet is
 * asked (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()).
 */
export function spreadsheetZone(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const cache = CacheService.getDocumentCache();
  let zone = cache?.get(ZONE_KEY) ?? null;
  if (zone === null) {
    zone = spreadsheet.getSpreadsheetTimeZone();
    cache?.put(ZONE_KEY, zone, ZONE_SECONDS);
  }
  return zone;
}

/** Today in a time zone: the spreadsheet's (see spreadsheetZone). */
export function todayIn(timeZone: string): Day {
  return dayFromIso(Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'))!;
}
