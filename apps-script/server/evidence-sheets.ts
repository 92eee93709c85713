import { type LogActivity, proposeSheetKind, SHEET_KIND_LABEL } from '../../shared/index.ts';
import { removeMatrixHighlights } from './colour-rules.ts';
import { ownedSheetIds } from './owned-sheet.ts';
import { UserFacingRefusal } from './tracker.ts';
import { readSheet } from './tracker-read.ts';
import type { EvidenceSheetConfig } from './tracker-config.ts';
import type { SetupChoice, SheetKindChoice, SheetKindView } from './views.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The workbook's other sheets confirmed as evidence (a training matrix, an activity log, a
 * document register): saved by sheet id in the tracker's config and tagged on the sheet itself
 * (DeveloperMetadata, value "<kind>#<sheet id>"), so a renamed or moved tab is still the same sheet
 * and a copy of it (which carries the tag, not the id) is not taken for it.
 */
const EVIDENCE_SHEET_TAG = 'secor-ready.evidence-sheet';

const tagValue = (config: Pick<EvidenceSheetConfig, 'kind' | 'sheetId'>) => `${config.kind}#${config.sheetId}`;

const KIND_CHOICES: readonly SheetKindChoice[] = ['training-matrix', 'activity-log', 'document-register', 'not-evidence'];

/**
 * Every sheet but the tracker and the add-on's own, with what it reads as (one read each, at setup
 * only): what the coordinator confirmed before where the sheet is still tagged so, else the
 * engine's proposal. A sheet that reads as another checklist is proposed as not evidence: the
 * tracker is the one checklist; `checklists` names them, where the tracker may be set up instead.
 */
export function proposeEvidenceSheets(
  spreadsheet: Spreadsheet,
  trackerId: number,
  saved: readonly EvidenceSheetConfig[],
): { sheets: SheetKindView[]; checklists: string[] } {
  const own = ownedSheetIds(spreadsheet);
  const tagged = taggedValues(spreadsheet);
  const views: SheetKindView[] = [];
  const checklists: { name: string; confidence: number }[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const sheetId = sheet.getSheetId();
    if (sheetId === trackerId || own.has(sheetId)) continue;
    const name = sheet.getName();
    const confirmed = saved.find((s) => s.sheetId === sheetId && tagged.has(tagValue(s)));
    if (confirmed) {
      views.push({
        sheetId,
        name,
        kind: confirmed.kind,
        activity: confirmed.activity,
        confidence: 1,
        reasons: ['confirmed at the last setup'],
        confirmed: true,
      });
      continue;
    }
    const proposal = proposeSheetKind(name, readSheet(sheet));
    if (proposal.kind === 'checklist') {
      checklists.push({ name, confidence: proposal.confidence });
      views.push({
        sheetId,
        name,
        kind: 'not-evidence',
        activity: null,
        confidence: proposal.confidence,
        reasons: [`it reads as ${SHEET_KIND_LABEL.checklist}: set it up as the tracker to use it`],
        confirmed: false,
      });
      continue;
    }
    const activity = proposal.kind === 'activity-log' ? proposal.activity : null;
    views.push({ sheetId, name, kind: proposal.kind, activity, confidence: proposal.confidence, reasons: proposal.reasons, confirmed: false });
  }
  return { sheets: views, checklists: checklists.sort((a, b) => b.confidence - a.confidence).map((c) => c.name) };
}

function taggedValues(spreadsheet: Spreadsheet): Set<string> {
  return new Set(
    spreadsheet
      .createDeveloperMetadataFinder()
      .withKey(EVIDENCE_SHEET_TAG)
      .find()
      .map((md) => md.getValue() ?? ''),
  );
}

/**
 * Saves what the coordinator confirmed for each sheet: checked first (a sheet gone since the
 * proposal is refused with its id, the tracker cannot be evidence too), then the old tags removed,
 * the new ones added, and the add-on's highlights taken off a sheet that is no longer a matrix.
 * Absent choices keep the sheets as confirmed before. Nothing of the team's cells is written.
 */
export function confirmEvidenceSheets(
  spreadsheet: Spreadsheet,
  trackerId: number,
  choices: SetupChoice['sheets'],
  saved: readonly EvidenceSheetConfig[],
): EvidenceSheetConfig[] {
  if (choices === undefined) return [...saved];
  const chosen: { sheet: Sheet; config: EvidenceSheetConfig }[] = [];
  for (const choice of choices) {
    if (!KIND_CHOICES.includes(choice.kind))
      throw new UserFacingRefusal(
        `"${String(choice.kind)}" is not a kind of sheet: choose a training matrix, an activity log, a document register or not evidence.`,
      );
    if (choice.sheetId === trackerId) throw new UserFacingRefusal('The tracker is the checklist: it cannot be confirmed as another kind of evidence too.');
    const sheet = spreadsheet.getSheetById(choice.sheetId);
    if (!sheet) throw new UserFacingRefusal(`A sheet chosen as evidence (id ${choice.sheetId}) is gone since the proposal: open "Set up this sheet" again.`);
    if (choice.kind === 'not-evidence') continue;
    const activity: LogActivity | null = choice.kind === 'activity-log' ? (choice.activity ?? null) : null;
    chosen.push({ sheet, config: { sheetId: choice.sheetId, name: sheet.getName(), kind: choice.kind, activity } });
  }
  for (const md of spreadsheet.createDeveloperMetadataFinder().withKey(EVIDENCE_SHEET_TAG).find()) md.remove();
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  for (const { sheet, config } of chosen) sheet.addDeveloperMetadata(EVIDENCE_SHEET_TAG, tagValue(config), visibility);
  for (const before of saved) {
    if (before.kind !== 'training-matrix' || chosen.some((c) => c.config.sheetId === before.sheetId && c.config.kind === 'training-matrix')) continue;
    const sheet = spreadsheet.getSheetById(before.sheetId);
    if (sheet) removeMatrixHighlights(sheet);
  }
  return chosen.map((c) => c.config);
}

/** The confirmed sheets by their ids (one call each), and those deleted since. */
export function findEvidenceSheets(
  spreadsheet: Spreadsheet,
  configs: readonly EvidenceSheetConfig[],
): { found: { config: EvidenceSheetConfig; sheet: Sheet }[]; gone: EvidenceSheetConfig[] } {
  const found: { config: EvidenceSheetConfig; sheet: Sheet }[] = [];
  const gone: EvidenceSheetConfig[] = [];
  for (const config of configs) {
    const sheet = spreadsheet.getSheetById(config.sheetId);
    if (sheet) found.push({ config, sheet });
    else gone.push(config);
  }
  return { found, gone };
}
