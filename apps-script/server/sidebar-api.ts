import type {
  AuditPackSaved,
  ClipperAddress,
  ClipperPairing,
  ClipperPerson,
  FindingsPreview,
  InstallationReport,
  ReadinessView,
  SettingsView,
  SetupChoice,
  SetupProposal,
  SheetWritten,
  SidebarState,
  WeeklyDigestView,
} from './views.ts';

/**
 * The server functions the sidebar calls through google.script.run. The server's index module
 * exports exactly these (a type check there keeps the two in step), so the sidebar's RPC is typed
 * from what the server really exposes.
 */
export interface SidebarApi {
  /** What to show on opening: the setup view when the sheet is not set up, else readiness. */
  getSidebarState(): SidebarState;
  /** The engine's reading of the active sheet: header row and a column per role, with confidence, and what each other sheet is. */
  proposeSetup(): SetupProposal;
  /** For a team with no checklist: makes one (a new sheet, a row per reference requirement), selects it and reads it for setup. */
  startChecklist(): SetupProposal;
  /** Tags the columns, adds the Readiness column and the colour rules, scans. */
  confirmSetup(choice: SetupChoice): ReadinessView;
  /** Reads the sheet, evaluates it, writes the Readiness column. */
  rescan(): ReadinessView;
  /** Selects a row (1-based) of the tracker, or of another sheet by its id. */
  goToRow(row: number, sheetId?: number | null): void;
  /** Appends the chosen reference requirements below the table, marked as added, and rescans. */
  addMissingRequirements(ids: string[]): ReadinessView;
  /**
   * Writes the requirement picked for an unmatched row into the add-on's Requirement column, once
   * the row (1-based) is checked to still read `text`, and rescans.
   */
  pickRequirement(row: number, text: string, id: string): ReadinessView;
  /** Builds or updates the Action Plan sheet from the current gaps. */
  createActionPlan(): SheetWritten;
  /** Builds or updates the Evidence Index sheet. */
  buildEvidenceIndex(): SheetWritten;
  /** Reads a pasted audit report: each finding with the requirement it matched, a proposed owner and due date. Writes nothing. */
  readAuditReport(report: string, year: number): FindingsPreview;
  /** Adds the report's findings to the Action Plan under the requirements chosen (by finding index), then rescans. */
  addAuditFindings(report: string, year: number, chosen: Record<string, string | null>): ReadinessView;
  /** Makes the Interview Practice sheet (or selects it) and rescans. */
  createPracticeLog(): ReadinessView;
  /** Makes the Site Walk sheet, or adds the items it lacks, selects it and rescans. */
  planSiteWalk(): ReadinessView;
  /** Saves the reviewer's audit pack as a new Google Doc in the user's Drive (drive.file); no sheet is written. */
  buildAuditPack(): AuditPackSaved;
  /** The team's profile and the reference requirements it applies to. */
  getSettings(): SettingsView;
  /** Saves the team's profile in the document (checked first) and rescans. */
  saveSettings(profile: SettingsView['profile']): ReadinessView;
  /** The people paired with the clipper, with their last use. */
  listClipperPeople(): ClipperPerson[];
  /** The web app address pairing codes carry, and what Apps Script reports (maybe a /dev address). */
  getClipperAddress(): ClipperAddress;
  /** Keeps the address the coordinator pasted, once it is a deployment's /exec address. */
  confirmClipperAddress(url: string): ClipperAddress;
  /** Pairs a person (replacing their old code): the pairing code, shown once; refused until the address is confirmed. */
  connectClipperPerson(name: string, email?: string | null): ClipperPairing;
  /** Revokes a person's pairing; returns the list as it now stands. */
  revokeClipperPerson(id: string): ClipperPerson[];
  /** Tries each thing the add-on relies on (scopes, tracker, lock, Evidence sheet, Drive, web app address, colour rules), changing nothing of the team's. */
  checkInstallation(): InstallationReport;
  /** Whether the weekly digest is on in this spreadsheet, and who it mails. */
  getWeeklyDigest(): WeeklyDigestView;
  /** Switches the weekly digest on (one weekly trigger, however often asked) or off (its trigger removed). */
  switchWeeklyDigest(on: boolean): WeeklyDigestView;
}
