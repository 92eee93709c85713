import { type Cell, cellText, type Role, ROLES } from '../../shared/index.ts';
import { type ColumnTag, findTags } from './column-tags.ts';
import { type TrackerConfig, knownColumns, loadConfig, saveConfig } from './tracker-config.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A refusal the user can act on: setup to redo, a column lost, a paste with no finding, a digest
 * switched on before setup. It changes nothing; the sidebar, a toast or the menu's error shows its
 * message, which says what is wrong and what to do.
 */
export class UserFacingRefusal extends Error {}

export function headerTextsOf(grid: readonly (readonly Cell[])[], headerRow: number, columns: readonly number[]): Record<string, string> {
  const header = grid[headerRow] ?? [];
  return Object.fromEntries(columns.map((c) => [String(c), cellText(header[c])]));
}

/** True when the header row still reads, at the saved positions, what it read when they were saved. */
export function positionsHold(config: TrackerConfig, grid: readonly (readonly Cell[])[]): boolean {
  const header = grid[config.headerRow] ?? [];
  return Object.entries(config.headerTexts).every(([c, text]) => cellText(header[Number(c)]) === text);
}

/**
 * Where the tracker's header row and columns are now, from their tags, after the team inserted,
 * deleted or moved rows or columns. Throws, having written nothing, when a column the add-on
 * needs is gone: the user is told to set the sheet up again.
 */
export function relocate(config: TrackerConfig, sheet: Sheet, grid: readonly (readonly Cell[])[]): TrackerConfig {
  const tags = findTags(sheet);
  const at = (tag: ColumnTag): number | null => tags.columns.get(tag) ?? null;
  // A tracker set up before the header row was tagged keeps its saved row while it still reads right.
  const headerRow = tags.headerRow ?? config.headerRow;
  const columns = Object.fromEntries(ROLES.map((role) => [role, at(role)])) as Record<Role, number | null>;
  const readiness = at('readiness');
  // Before the own Requirement column had a tag of its own it carried the id tag.
  const ownRequirement = config.ownRequirementColumn === null ? null : (at('ownRequirement') ?? columns.id);
  if (ownRequirement !== null) columns.id = ownRequirement;
  const lost = columns.requirement === null ? 'requirement' : columns.evidence === null ? 'evidence' : readiness === null ? 'Readiness' : null;
  if (lost !== null) {
    throw new UserFacingRefusal(
      `The ${lost} column of "${config.sheetName}" is gone (deleted, or its tag lost). Nothing was written: run "Set up this sheet" again to map its columns.`,
    );
  }
  if (tags.headerRow === null && cellText(grid[headerRow]?.[readiness!]) !== cellText(config.headerTexts[String(config.readinessColumn)])) {
    throw new UserFacingRefusal(
      `The header row of "${config.sheetName}" cannot be found (it may have been deleted or copied). Nothing was written: run "Set up this sheet" again.`,
    );
  }
  const available = at('pointsAvailable');
  const earned = at('pointsEarned');
  const moved = {
    ...config,
    headerRow,
    columns,
    points: available !== null && earned !== null ? { available, earned } : null,
    readinessColumn: readiness!,
    ownRequirementColumn: ownRequirement,
  };
  const relocated = { ...moved, headerTexts: headerTextsOf(grid, headerRow, knownColumns(moved)) };
  saveConfig(relocated);
  return relocated;
}

/** The set-up tracker sheet, without reading it; the web app passes the spreadsheet it opened by id. */
export function trackerSheet(spreadsheet: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  config: TrackerConfig;
} {
  const config = loadConfig();
  if (config === null) throw new UserFacingRefusal('This spreadsheet is not set up yet: choose "Set up this sheet" on your tracker sheet.');
  const sheet = spreadsheet.getSheetById(config.sheetId);
  if (!sheet) throw new UserFacingRefusal(`The tracker sheet "${config.sheetName}" was deleted. Run "Set up this sheet" on your tracker.`);
  return { spreadsheet, sheet, config };
}

/** The saved positions when they hold in `grid`, else the positions the tags give now. */
export function confirmedConfig(saved: TrackerConfig, sheet: Sheet, grid: readonly (readonly Cell[])[]): TrackerConfig {
  return positionsHold(saved, grid) ? saved : relocate(saved, sheet, grid);
}
