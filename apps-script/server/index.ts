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
import type { SidebarApi } from './sidebar-api.ts';
import { selectRow } from './go-to-row.ts';
import { loadConfig } from './tracker-config.ts';
import type { AuditPackSaved, ClipperAddress, ClipperPairing, ClipperPerson, InstallationReport, ReadinessView, SettingsView, SetupChoice, SetupProposal, SheetWritten, SidebarState } from './views.ts';
import { loadProfile, saveProfile } from './profile-store.ts';
import { settingsView } from './settings-view.ts';
import { clipperPeople, connectPerson, revokeClipper } from './intake/clipper-people.ts';
import { doGetPage, doPostAnswer } from './intake/web-app.ts';
import { clipperAddress, confirmAddress } from './clipper-address.ts';
import { checkTheInstallation as runInstallationCheck } from './installation-check.ts';
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
  const written = writeActionPlan(scan);
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

// The sidebar's RPC is typed from SidebarApi: these exports must match it exactly.
({ getSidebarState, proposeSetup, confirmSetup, rescan, goToRow, addMissingRequirements, pickRequirement, createActionPlan, buildEvidenceIndex, buildAuditPack, getSettings, saveSettings, listClipperPeople, getClipperAddress, confirmClipperAddress, connectClipperPerson, revokeClipperPerson, checkInstallation }) satisfies SidebarApi;
