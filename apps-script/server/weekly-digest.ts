import { composeDigest, type Digest, ticketsDue, yearlyCycle } from '../../shared/index.ts';
import { readActionProgress } from './action-plan.ts';
import { judgeWholeTracker } from './scan.ts';
import { store, storeItem } from './store.ts';
import { UserFacingRefusal } from './tracker.ts';
import { loadConfig } from './tracker-config.ts';
import { openTracker } from './tracker-read.ts';
import type { WeeklyDigestView } from './views.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The weekly digest: one installable time-driven trigger (off until the coordinator switches it on
 * in the sidebar's settings) that mails the coordinator what expires or falls due in the next 30
 * days and the Action Plan's overdue actions. It reads the team's sheets and writes none of them.
 */

/** The top-level function the trigger calls (index.ts exports it): the trigger is found again by it, never by a remembered id. */
export const DIGEST_HANDLER = 'sendWeeklyDigest';
/** When it comes: Monday, near 7 in the morning in the script's zone, so the week starts with it. */
const WEEKDAY = 'MONDAY';
const HOUR = 7;
const SCHEDULE = 'Mondays around 7 a.m.';

/** What the trigger needs and has no other way to know: a trigger has no active spreadsheet, and who to mail. */
interface DigestPlace {
  readonly spreadsheetId: string;
  readonly recipient: string;
}

const PLACE_KEY = 'secor-ready.weekly-digest';
const PLACE = storeItem<DigestPlace>(PLACE_KEY);

function digestTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  // This document's triggers only: an add-on's trigger belongs to the document it was made in.
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === DIGEST_HANDLER && t.getEventType() === ScriptApp.EventType.CLOCK);
}

function view(on: boolean, recipient: string | null): WeeklyDigestView {
  return { on, recipient, schedule: SCHEDULE };
}

/** Whether the digest is on in this spreadsheet, and who it mails (or would mail: the user here). */
export function weeklyDigestView(): WeeklyDigestView {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const on = digestTriggers(spreadsheet).length > 0;
  return view(on, (on ? PLACE.load()?.recipient : null) ?? (Session.getActiveUser().getEmail() || null));
}

/**
 * Switches the digest on (exactly one weekly trigger: one already there, also one an older install
 * left, is kept; extras go) or off (every trigger of its handler goes). Refused, changing nothing,
 * before setup or when the user's address cannot be read.
 */
export function switchWeeklyDigest(on: unknown): WeeklyDigestView {
  if (typeof on !== 'boolean') throw new UserFacingRefusal('The weekly digest was not switched: say on (true) or off (false).');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = digestTriggers(spreadsheet);
  if (!on) {
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    store().deleteProperty(PLACE_KEY);
    return view(false, Session.getActiveUser().getEmail() || null);
  }
  if (loadConfig() === null)
    throw new UserFacingRefusal('The weekly digest reads the set-up tracker: choose "Set up this sheet" first. Nothing was switched on.');
  const recipient = Session.getActiveUser().getEmail();
  if (recipient === '')
    throw new UserFacingRefusal(
      "Your email address is not available to the add-on (your domain's policy may hide it), so the digest has no one to mail. Nothing was switched on.",
    );
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
  if (existing.length === 0) {
    const trigger = ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay[WEEKDAY]).atHour(HOUR).nearMinute(0).create();
    // The executions log's trigger id, to match a later run (its event's triggerUid) to this switch.
    console.log(`Weekly digest switched on: trigger ${trigger.getUniqueId()}, mailing ${recipient}.`);
  }
  PLACE.save({ spreadsheetId: spreadsheet.getId(), recipient });
  return view(true, recipient);
}

/** A Due cell as a day: a date cell in the spreadsheet's zone, or yyyy-mm-dd text; null otherwise. */
/** The digest of a spreadsheet as the scan reads it, writing nothing. */
export function digestOf(spreadsheet: Spreadsheet): Digest {
  const tracker = openTracker(spreadsheet);
  const { evaluation, today, profile, sheets } = judgeWholeTracker(tracker);
  const sheetEvidence = sheets.flatMap((s) => s.judgement?.evidence ?? []);
  const cycle =
    profile.auditMonth === null
      ? null
      : yearlyCycle(today, { auditMonth: profile.auditMonth, certifiedYear: profile.certifiedYear }, evaluation.items, sheetEvidence, profile);
  const tickets = sheets.flatMap((s) => (s.judgement?.kind === 'training-matrix' ? ticketsDue(s.read.name, s.judgement.matrix, today) : []));
  return composeDigest({
    spreadsheetName: spreadsheet.getName(),
    spreadsheetUrl: spreadsheet.getUrl(),
    today,
    cycle,
    tickets,
    overdue: readActionProgress(spreadsheet, { today, order: tracker.config.slashOrder })?.overdue ?? [],
  });
}

/**
 * The trigger's run: opens the tracker by the id saved at switch-on (a time-driven trigger has no
 * active spreadsheet), composes the whole digest, and only then mails it: a failure on the way
 * sends nothing, and leaves one log line saying why (and fails the execution, so Apps Script's
 * failure notice reaches the owner too).
 */
export function sendWeeklyDigest(): void {
  const place = PLACE.load();
  if (place === null) {
    console.error('Weekly digest not sent: it has no saved tracker or recipient. Switch it off and on again in the SECOR Ready sidebar (Settings).');
    return;
  }
  let digest: Digest;
  try {
    digest = digestOf(SpreadsheetApp.openById(place.spreadsheetId));
  } catch (e) {
    console.error(`Weekly digest not sent: ${e instanceof Error ? e.message : String(e)} Nothing was mailed.`);
    throw e;
  }
  // One recipient: a used-up daily quota would throw in sendEmail; saying so is clearer.
  if (MailApp.getRemainingDailyQuota() < 1) {
    console.error(`Weekly digest not sent: today's mail quota is used up. Nothing was mailed; next week's digest will come as usual.`);
    return;
  }
  MailApp.sendEmail({ to: place.recipient, subject: digest.subject, body: digest.text, htmlBody: digest.html, name: 'SECOR Ready' });
  console.log(`Weekly digest sent to ${place.recipient}: ${digest.subject}`);
}
