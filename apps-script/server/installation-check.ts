/**
 * "Check the installation": tries each thing the add-on relies on, changing nothing of the
 * team's: it reads the tracker's rules and the Evidence sheet's tag and header, takes and releases
 * the script lock, and makes a Drive folder and file it removes at once.
 */
import { dayFromDate, isoFromDay } from '../../shared/index.ts';
import { colourRulesOn } from './colour-rules.ts';
import { EVIDENCE } from './evidence-sheet.ts';
import { installationChecks, type InstallationFacts, type Tried } from './installation-report.ts';
import { clipperAddress } from './clipper-address.ts';
import { driveFiles, FOLDER_MIME } from './drive-files.ts';
import { findOwnedSheet, readOwnedHeader } from './owned-sheet.ts';
import { loadConfig } from './tracker-config.ts';
import { rememberedSpreadsheetId } from './tracker-spreadsheet.ts';
import { spreadsheetZone } from './today.ts';
import { UserFacingRefusal, trackerSheet } from './tracker.ts';
import type { InstallationReport } from './views.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function tried<T>(probe: () => T): Tried<T> {
  try {
    return { ok: true, value: probe() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** How long the check waits for the lock: a clip being saved holds it for a few seconds. */
const LOCK_WAIT_MS = 5_000;

function lockTakenAndReleased(): boolean {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return false;
  lock.releaseLock();
  return true;
}

/** Its tag, header and rows only: no row is written. */
function evidenceSheet(spreadsheet: Spreadsheet) {
  const sheet = findOwnedSheet(spreadsheet, EVIDENCE);
  if (sheet === null) return null;
  const { columns } = readOwnedHeader(sheet, EVIDENCE);
  const missing = EVIDENCE.columns.filter(([role]) => !columns.has(role)).map(([, header]) => header);
  const key = EVIDENCE.columns.find(([role]) => role === EVIDENCE.key)!;
  return { name: sheet.getName(), rows: Math.max(sheet.getLastRow() - 1, 0), missing, keyMissing: columns.has(key[0]) ? null : key[1] };
}

/** Each instant's day as the engine reads it against Apps Script's formatDate: now and half a day either side. */
function daysAgree(spreadsheet: Spreadsheet): { zone: string; disagree: string[] } {
  const zone = spreadsheetZone(spreadsheet);
  const disagree: string[] = [];
  for (const hours of [-12, 0, 12]) {
    const at = new Date(Date.now() + hours * 3_600_000);
    const sheets = Utilities.formatDate(at, zone, 'yyyy-MM-dd');
    const day = dayFromDate(at, zone);
    const ours = day === null ? 'no day' : isoFromDay(day);
    if (ours !== sheets) disagree.push(`${sheets} is read as ${ours}`);
  }
  return { zone, disagree };
}

/** Makes a folder and a file in it, then removes both (the folder even when the file failed). */
function driveMakesAndRemoves(): null {
  const files = driveFiles();
  const folder = files.create({ name: `SECOR Ready installation check ${Date.now()}`, mimeType: FOLDER_MIME });
  try {
    const file = files.create(
      { name: 'check.txt', mimeType: 'text/plain', parents: [folder.id!] },
      Utilities.newBlob('SECOR Ready installation check', 'text/plain', 'check.txt'),
    );
    files.remove(file.id!);
  } finally {
    files.remove(folder.id!);
  }
  return null;
}

export function checkTheInstallation(): InstallationReport {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // A web app has no active spreadsheet: the check is the coordinator's, run inside the tracker.
  if (!spreadsheet)
    throw new UserFacingRefusal('Check the installation runs inside the tracker: open it and choose Extensions > SECOR Ready > Check the installation.');
  const config = loadConfig();
  const keptId = rememberedSpreadsheetId();
  const facts: InstallationFacts = {
    setup: config === null ? null : { sheetName: config.sheetName, sheetFound: spreadsheet.getSheetById(config.sheetId) !== null },
    activeId: spreadsheet.getId(),
    keptId,
    opened: keptId === null ? null : tried(() => SpreadsheetApp.openById(keptId).getName()),
    ui: tried(() => {
      SpreadsheetApp.getUi();
      return null;
    }),
    lock: tried(lockTakenAndReleased),
    evidence: tried(() => evidenceSheet(spreadsheet)),
    drive: tried(driveMakesAndRemoves),
    address: tried(clipperAddress),
    dates: tried(() => daysAgree(spreadsheet)),
    colourRules: config === null ? null : tried(() => colourRulesOn(trackerSheet(spreadsheet).sheet)),
  };
  return { checkedAt: new Date().toISOString(), checks: installationChecks(facts) };
}
