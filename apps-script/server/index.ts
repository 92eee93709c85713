/**
 * The server's entry points, and nothing else: menu handlers, the simple triggers and the
 * functions the sidebar calls. Apps Script sees each export as a top-level function of Code.js.
 * Logic lives in the modules beside this one and in shared/.
 */
import { writeActionPlan } from './action-plan.ts';
import { writeEvidenceIndex } from './evidence-index.ts';
import { addMenu } from './menu.ts';
import { appendRequirements } from './missing-requirements.ts';
import { writePickedRequirement } from './pick-requirement.ts';
import { handleEdit } from './on-edit.ts';
import { readinessView } from './readiness-view.ts';
import { scanTracker } from './scan.ts';
import { confirmSetup as saveSetup, proposeSetup as readSetup } from './setup.ts';
import { showSidebar } from './sidebar.ts';
import { startChecklist as makeChecklist } from './starter-checklist.ts';
import { showTeamBriefing } from './team-briefing.ts';
import { createPracticeLog as makePracticeLog } from './practice-log.ts';
import { planSiteWalk as makeSiteWalk, siteWalkActions } from './site-walk.ts';
import { addFindings, previewFindings } from './audit-findings.ts';
import type { SidebarApi } from './sidebar-api.ts';
import { selectRow } from './go-to-row.ts';
import { loadConfig } from './tracker-config.ts';
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
import { loadProfile, saveProfile } from './profile-store.ts';
import { settingsView } from './settings-view.ts';
import { clipperPeople, connectPerson, revokeClipper } from './intake/clipper-people.ts';
import { doGetPage, doPostAnswer } from './intake/web-app.ts';
import { clipperAddress, confirmAddress } from './clipper-address.ts';
import { checkTheInstallation as runInstallationCheck } from './installation-check.ts';
import { sendWeeklyDigest as mailWeeklyDigest, switchWeeklyDigest as switchDigest, weeklyDigestView } from './weekly-digest.ts';
import { saveAuditPack } from './audit-pack.ts';

export function onOpen(): void {
  addMenu();
}

export function onInstall(): void {
  addMenu();
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

export function openReadiness(): void {
  showSidebar('readiness');
}

export function setUpThisSheet(): void {
  showSidebar('setup');
}

export function scanNow(): void {
  const scan = scanTracker();
  const { percent, pass } = scan.evaluation.prediction;
  const rows = scan.evaluation.readiness.overall;
  scan.tracker.spreadsheet.toast(
    `Predicted ${pass ? 'PASS' : 'FAIL'}${percent === null ? '' : ` at ${percent.toFixed(1)} %`}; ${rows.ready} of ${rows.applicable} rows ready.`,
    'SECOR Ready',
  );
}

function scanView(): ReadinessView {
  return readinessView(scanTracker());
}

export function getSidebarState(): SidebarState {
  return loadConfig() === null ? { kind: 'needs-setup', proposal: readSetup() } : { kind: 'ready', readiness: scanView() };
}

export function proposeSetup(): SetupProposal {
  return readSetup();
}

export function startChecklist(): SetupProposal {
  makeChecklist();
  return readSetup();
}

export function confirmSetup(choice: SetupChoice): ReadinessView {
  saveSetup(choice);
  return scanView();
}

export function rescan(): ReadinessView {
  return scanView();
}

export function goToRow(row: number, sheetId?: number | null): void {
  selectRow(row, sheetId ?? null);
}

export function addMissingRequirements(ids: string[]): ReadinessView {
  const scan = scanTracker();
  appendRequirements(scan.tracker, scan.evaluation.items, ids, scan.evaluation.missing);
  return scanView();
}

export function pickRequirement(row: number, text: string, id: string): ReadinessView {
  return readinessView(writePickedRequirement(row, text, id));
}

export function createActionPlan(): SheetWritten {
  const scan = scanTracker();
  const written = writeActionPlan(scan, siteWalkActions(scan.tracker.spreadsheet, scan.tracker.config.slashOrder, scan.today));
  scan.tracker.spreadsheet.toast(`${written.sheetName}: ${written.added} added, ${written.updated} updated.`, 'SECOR Ready');
  return written;
}

export function buildEvidenceIndex(): SheetWritten {
  const scan = scanTracker();
  const written = writeEvidenceIndex(scan);
  scan.tracker.spreadsheet.toast(`${written.sheetName}: ${written.added} rows.`, 'SECOR Ready');
  return written;
}

/** The reviewer's audit pack as a new Google Doc in the user's Drive (menu and sidebar). */
export function buildAuditPack(): AuditPackSaved {
  return saveAuditPack();
}

export function getSettings(): SettingsView {
  return settingsView(loadProfile());
}

export function saveSettings(profile: SettingsView['profile']): ReadinessView {
  saveProfile(profile);
  return scanView();
}

export function openTeamBriefing(): void {
  showTeamBriefing();
}

export function prepareForInterviews(): void {
  const written = makePracticeLog();
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `${written.sheetName}: a line per person per question practised; the sidebar scores it at the next scan.`,
    'SECOR Ready',
  );
}

export function walkTheSite(): void {
  const written = makeSiteWalk();
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `${written.sheetName}: ${written.added} items added. Fill In place as you walk; the sidebar scores it at the next scan.`,
    'SECOR Ready',
  );
}

export function addAuditFindingsFromMenu(): void {
  showSidebar('findings');
}

export function readAuditReport(report: string, year: number): FindingsPreview {
  return previewFindings(report, year);
}

export function addAuditFindings(report: string, year: number, chosen: Record<string, string | null>): ReadinessView {
  const written = addFindings(report, year, chosen);
  SpreadsheetApp.getActiveSpreadsheet().toast(`${written.sheetName}: ${written.added} added, ${written.updated} updated.`, 'SECOR Ready');
  return scanView();
}

export function createPracticeLog(): ReadinessView {
  makePracticeLog();
  return scanView();
}

export function planSiteWalk(): ReadinessView {
  makeSiteWalk();
  return scanView();
}

export function connectTheClipper(): void {
  showSidebar('clipper');
}

export function checkTheInstallation(): void {
  showSidebar('check');
}

export function checkInstallation(): InstallationReport {
  return runInstallationCheck();
}

/** The clipper's web app: one JSON request, one JSON answer (see shared/clip-protocol.ts). */
export function doPost(e: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  return doPostAnswer(e);
}

export function doGet(): GoogleAppsScript.Content.TextOutput {
  return doGetPage();
}

export function listClipperPeople(): ClipperPerson[] {
  return clipperPeople();
}

export function getClipperAddress(): ClipperAddress {
  return clipperAddress();
}

export function confirmClipperAddress(url: string): ClipperAddress {
  return confirmAddress(url);
}

export function connectClipperPerson(name: string, email?: string | null): ClipperPairing {
  return connectPerson(name, email);
}

export function revokeClipperPerson(id: string): ClipperPerson[] {
  return revokeClipper(id);
}

export function getWeeklyDigest(): WeeklyDigestView {
  return weeklyDigestView();
}

export function switchWeeklyDigest(on: boolean): WeeklyDigestView {
  return switchDigest(on);
}

/** The weekly digest's time-driven trigger (weekly-digest.ts's DIGEST_HANDLER names it). */
export function sendWeeklyDigest(): void {
  mailWeeklyDigest();
}

// The sidebar's RPC is typed from SidebarApi: these exports must match it exactly.
({
  getSidebarState,
  proposeSetup,
  startChecklist,
  confirmSetup,
  rescan,
  goToRow,
  addMissingRequirements,
  pickRequirement,
  createActionPlan,
  buildEvidenceIndex,
  createPracticeLog,
  planSiteWalk,
  readAuditReport,
  addAuditFindings,
  getSettings,
  saveSettings,
  listClipperPeople,
  getClipperAddress,
  confirmClipperAddress,
  connectClipperPerson,
  revokeClipperPerson,
  checkInstallation,
  getWeeklyDigest,
  switchWeeklyDigest,
  buildAuditPack,
}) satisfies SidebarApi;
