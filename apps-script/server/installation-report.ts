/**
 * "Check the installation", the words: what each probe found, made into a check with what to do.
 * Pure, so every case reads the same in the sidebar as in its tests; the probes that gather the
 * facts live in installation-check.ts.
 */
import { CONFIRM_ADDRESS, DEPLOY_FIRST } from './clipper-address.ts';
import type { ClipperAddress, InstallationCheck } from './views.ts';

/** What a probe answered, or the message of what it threw. */
export type Tried<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface InstallationFacts {
  /** The setup's sheet name and whether that sheet still exists; null when not set up. */
  readonly setup: { readonly sheetName: string; readonly sheetFound: boolean } | null;
  /** The active spreadsheet's id (the one being checked). */
  readonly activeId: string;
  /** The id kept for the web app; null when none is kept. */
  readonly keptId: string | null;
  /** openById on the kept id (needs the spreadsheets scope): the spreadsheet's name. Null when no id is kept. */
  readonly opened: Tried<string> | null;
  /** SpreadsheetApp.getUi() (the script.container.ui scope). */
  readonly ui: Tried<null>;
  /** The script lock: taken (and released) or busy. */
  readonly lock: Tried<boolean>;
  /** The add-on's Evidence sheet found by its id or tag: its name, clip rows, and the headers of its columns not found. Null when there is none. */
  readonly evidence: Tried<{ readonly name: string; readonly rows: number; readonly missing: readonly string[]; readonly keyMissing: string | null } | null>;
  /** A folder and a file made and removed through the advanced Drive service (drive.file). */
  readonly drive: Tried<null>;
  readonly address: Tried<ClipperAddress>;
  /** The spreadsheet's zone, and the instants whose day the engine (Intl) reads otherwise than Apps Script's formatDate. */
  readonly dates: Tried<{ readonly zone: string; readonly disagree: readonly string[] }>;
  /** The add-on's colour rules on the tracker sheet; null when the tracker is not set up. */
  readonly colourRules: Tried<{ readonly own: number; readonly expected: number }> | null;
}

const works = (name: string, found: string): InstallationCheck => ({ name, ok: true, found, todo: null });
const problem = (name: string, found: string, todo: string): InstallationCheck => ({ name, ok: false, found, todo });

const SET_UP = 'Choose Set up this sheet on your tracker sheet and press Confirm.';
const AUTHORISE =
  'Reload the tracker, choose any SECOR Ready menu item and allow what it asks; if it still fails, push the add-on again (npm run deploy), whose appsscript.json lists the scopes.';

function setupCheck(facts: InstallationFacts): InstallationCheck {
  const name = 'The tracker is set up';
  if (facts.setup === null) return problem(name, 'This spreadsheet is not set up yet.', SET_UP);
  if (!facts.setup.sheetFound) return problem(name, `The tracker sheet "${facts.setup.sheetName}" was deleted.`, SET_UP);
  return works(name, `"${facts.setup.sheetName}" is set up.`);
}

function trackerCheck(facts: InstallationFacts): InstallationCheck {
  const name = 'The clipper finds the tracker by the id kept at setup (spreadsheets permission)';
  if (facts.keptId === null || facts.opened === null) return problem(name, "No tracker id is kept, so the clipper's web app cannot open this tracker.", SET_UP);
  if (!facts.opened.ok) return problem(name, `Opening the tracker by its id failed: ${facts.opened.error}`, AUTHORISE);
  if (facts.keptId !== facts.activeId)
    return problem(name, `The id kept names another spreadsheet ("${facts.opened.value}"), not this one: clips would go there.`, SET_UP);
  return works(name, `Opened "${facts.opened.value}" by its id.`);
}

function uiCheck(facts: InstallationFacts): InstallationCheck {
  const name = 'The menu and the sidebar (script.container.ui permission)';
  return facts.ui.ok
    ? works(name, 'Sheets gave the add-on its user interface: it can show its menu, sidebar and messages.')
    : problem(name, `Sheets refused: ${facts.ui.error}`, AUTHORISE);
}

function lockCheck(facts: InstallationFacts): InstallationCheck {
  const name = 'A script lock, taken and released';
  if (!facts.lock.ok)
    return problem(name, `The lock could not be taken: ${facts.lock.error}`, 'Try again in a minute; clips are saved one at a time under this lock.');
  if (!facts.lock.value)
    return problem(name, 'The lock is busy: another run (a clip being saved) holds it.', 'Try again in a minute; if it stays busy, reload the tracker.');
  return works(name, 'Taken and released: clips are saved one at a time.');
}

function evidenceCheck(facts: InstallationFacts): InstallationCheck {
  const name = 'The Evidence sheet the clipper writes to';
  const { evidence } = facts;
  if (!evidence.ok) return problem(name, `It could not be read: ${evidence.error}`, AUTHORISE);
  if (evidence.value === null) return works(name, 'Not made yet: the first clip makes it.');
  const { name: sheet, rows, missing, keyMissing } = evidence.value;
  const clips = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  if (keyMissing !== null) {
    return problem(
      name,
      `"${sheet}" (the add-on's, found by its tag) has lost its "${keyMissing}" column, so no clip can be saved.`,
      `Undo the change that removed it, or name a column "${keyMissing}" again.`,
    );
  }
  const lost = missing.length === 0 ? 'every column found' : `the next clip adds back ${missing.map((h) => `"${h}"`).join(', ')}`;
  return works(name, `"${sheet}" is the add-on's own (found by its tag), ${clips} below its header, ${lost}.`);
}

/**
 * The engine reads a date cell's day with Intl in the spreadsheet's zone; no Google page says
 * Apps Script's V8 has every zone's data, so the check compares it with Apps Script's own
 * Utilities.formatDate on the real runtime.
 */
function datesCheck(facts: InstallationFacts): InstallationCheck {
  const name = "Dates read in the spreadsheet's time zone";
  const { dates } = facts;
  if (!dates.ok) return problem(name, `The time zone could not be read: ${dates.error}`, REPORT_DATES);
  const { zone, disagree } = dates.value;
  if (disagree.length > 0) return problem(name, `In ${zone}, ${disagree.join('; ')}: verdicts near a day's end could be a day off.`, REPORT_DATES);
  return works(name, `Days are read in ${zone}, as Sheets shows them.`);
}

const REPORT_DATES =
  "Tell whoever installed SECOR Ready, with this line: this Apps Script runtime reads time zones otherwise than Sheets. Until then, check due and expiry dates near a day's end by eye.";

function driveCheck(facts: InstallationFacts): InstallationCheck {
  const name = 'Drive: a folder and a file made and removed (drive.file permission)';
  if (facts.drive.ok) return works(name, 'Snapshots of clips can be kept in Drive.');
  return problem(name, `Drive refused: ${facts.drive.error}`, AUTHORISE);
}

function addressCheck(facts: InstallationFacts): InstallationCheck {
  const name = "The clipper's web app address";
  if (!facts.address.ok) return problem(name, `It could not be read: ${facts.address.error}`, CONFIRM_ADDRESS);
  const { confirmed, reported } = facts.address.value;
  if (confirmed !== null) return works(name, `Pairing codes carry ${confirmed}.`);
  if (reported === null) return problem(name, 'The web app is not deployed, so nobody can be paired.', `${DEPLOY_FIRST} ${CONFIRM_ADDRESS}`);
  return problem(name, 'No address is confirmed yet, so nobody can be paired.', CONFIRM_ADDRESS);
}

function colourRulesCheck(facts: InstallationFacts): InstallationCheck {
  const name = 'The colour rules on the tracker';
  const rules = facts.colourRules;
  if (rules === null) return problem(name, 'None: the tracker is not set up.', SET_UP);
  if (!rules.ok) return problem(name, `They could not be read: ${rules.error}`, SET_UP);
  const { own, expected } = rules.value;
  if (own < expected) {
    return problem(
      name,
      `${own} of the add-on's ${expected} colour rules are on the tracker (some were deleted), so rows are not all tinted by their Readiness.`,
      'Choose Set up this sheet and press Confirm: it puts them back and leaves your own rules alone.',
    );
  }
  return works(name, `All ${expected} are there: rows are tinted by their Readiness.`);
}

/** The report, in the order a coordinator fixes things: setup first, the clipper last. */
export function installationChecks(facts: InstallationFacts): InstallationCheck[] {
  return [setupCheck, uiCheck, colourRulesCheck, datesCheck, trackerCheck, lockCheck, evidenceCheck, driveCheck, addressCheck].map((check) => check(facts));
}
