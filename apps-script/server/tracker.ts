import { type Cell, cellText } from '../../shared/cells.ts';
import { ROLES, type Role } from '../../shared/layout/roles.ts';
import { type ColumnTag, findTaggedColumns } from './column-tags.ts';
import { type TrackerConfig, knownColumns, loadConfig, saveConfig } from './tracker-config.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The team's tracker, read in bulk: one getValues for the whole sheet. */
export interface OpenTracker {
  readonly spreadsheet: Spreadsheet;
  readonly sheet: Sheet;
  readonly config: TrackerConfig;
  readonly grid: Cell[][];
}

/** Something the user must do before the add-on can go on; the sidebar shows the message. */
export class NeedsSetupError extends Error {}

export function headerTextsOf(grid: readonly (readonly Cell[])[], headerRow: number, columns: readonly number[]): Record<string, string> {
  const header = grid[headerRow] ?? [];
  return Object.fromEntries(columns.map((c) => [String(c), cellText(header[c])]));
}

function positionsHold(config: TrackerConfig, grid: readonly (readonly Cell[])[]): boolean {
  const header = grid[config.headerRow] ?? [];
  return Object.entries(config.headerTexts).every(([c, text]) => cellText(header[Number(c)]) === text);
}

/** Rebuilds the column positions from the columns' tags, after the team moved or inserted columns. */
function relocate(config: TrackerConfig, sheet: Sheet, grid: readonly (readonly Cell[])[]): TrackerConfig {
  const tags = findTaggedColumns(sheet);
  const at = (tag: ColumnTag): number | null => tags.get(tag) ?? null;
  const columns = Object.fromEntries(ROLES.map((role) => [role, at(role)])) as Record<Role, number | null>;
  const readiness = at('readiness');
  if (columns.requirement === null || columns.evidence === null || readiness === null) {
    const lost = columns.requirement === null ? 'requirement' : columns.evidence === null ? 'evidence' : 'Readiness';
    throw new NeedsSetupError(`The ${lost} column of "${config.sheetName}" is gone. Run "Set up this sheet" again to map its columns.`);
  }
  const available = at('pointsAvailable');
  const earned = at('pointsEarned');
  const moved = {
    ...config,
    columns,
    points: available !== null && earned !== null ? { available, earned } : null,
    readinessColumn: readiness,
    ownRequirementColumn: config.ownRequirementColumn === null ? null : columns.id,
  };
  const relocated = { ...moved, headerTexts: headerTextsOf(grid, config.headerRow, knownColumns(moved)) };
  saveConfig(relocated);
  return relocated;
}

/** The set-up tracker sheet, without reading it. */
export function trackerSheet(): { spreadsheet: Spreadsheet; sheet: Sheet; config: TrackerConfig } {
  const config = loadConfig();
  if (config === null) throw new NeedsSetupError('This spreadsheet is not set up yet: choose "Set up this sheet" on your tracker sheet.');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetById(config.sheetId);
  if (!sheet) throw new NeedsSetupError(`The tracker sheet "${config.sheetName}" was deleted. Run "Set up this sheet" on your tracker.`);
  return { spreadsheet, sheet, config };
}

/**
 * Opens the set-up tracker and reads it whole. Column positions are checked against the header
 * texts saved at the last scan, which costs nothing more than the read; only when they no longer
 * hold are the column tags consulted.
 */
export function openTracker(): OpenTracker {
  const { spreadsheet, sheet, config: saved } = trackerSheet();
  const grid = sheet.getDataRange().getValues() as Cell[][];
  // Names are kept from setup for messages and the sidebar: asking Sheets again costs a call a scan.
  const config = positionsHold(saved, grid) ? saved : relocate(saved, sheet, grid);
  return { spreadsheet, sheet, config, grid };
}
