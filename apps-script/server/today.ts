import { type Day, dayFromIso } from '../../shared/index.ts';

const ZONE_KEY = 'secor-ready.time-zone';
/** The zone changes rarely (File > Settings); a changed one is heeded within this time. */
const ZONE_SECONDS = 600;

/**
 * Today in the spreadsheet's time zone, where its date cells are midnight: the script's own zone
 * (what Date's local getters read) may be a day off near midnight. The zone is kept in the
 * document cache, as asking the spreadsheet costs a scan and an edit a round trip each time;
 * outside a document's context (the web app) that cache is null and the spreadsheet is asked
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()).
 */
export function today(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Day {
  const cache = CacheService.getDocumentCache();
  let zone = cache?.get(ZONE_KEY) ?? null;
  if (zone === null) {
    zone = spreadsheet.getSpreadsheetTimeZone();
    cache?.put(ZONE_KEY, zone, ZONE_SECONDS);
  }
  return dayFromIso(Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd'))!;
}
