import { type Cell, cellText, columnIndex, columnLetter } from '../../shared/cells.ts';
import { slashOrderForLocale } from '../../shared/dates.ts';
import { detectLayout } from '../../shared/layout/detect.ts';
import { ROLE_LABEL, ROLES, type Role } from '../../shared/layout/roles.ts';
import { installColourRules } from './colour-rules.ts';
import { type ColumnTag, tagColumns } from './column-tags.ts';
import { NeedsSetupError, headerTextsOf } from './tracker.ts';
import { type TrackerConfig, knownColumns, loadConfig, saveConfig } from './tracker-config.ts';
import type { ColumnChoice, SetupChoice, SetupProposal } from './views.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const READINESS_HEADER = 'Readiness';
export const REQUIREMENT_HEADER = 'Requirement';

function headersOf(grid: readonly (readonly Cell[])[], headerRow: number | null, width: number): SetupProposal['headers'] {
  const row = headerRow === null ? [] : (grid[headerRow] ?? []);
  return Array.from({ length: width }, (_, c) => ({ column: columnLetter(c), text: cellText(row[c]) }));
}

/** The engine's reading of the active sheet, or the saved mapping when this sheet is set up. */
export function proposeSetup(): SetupProposal {
  const sheet = SpreadsheetApp.getActiveSheet();
  const grid = sheet.getDataRange().getValues() as Cell[][];
  const sheetName = sheet.getName();
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const saved = loadConfig();
  if (saved && saved.sheetId === sheet.getSheetId()) {
    const own = new Set([saved.readinessColumn, saved.ownRequirementColumn]);
    return {
      sheetName,
      headerRow: saved.headerRow + 1,
      columns: ROLES.map((role) => {
        const c = saved.columns[role];
        return { role, column: c === null ? null : columnLetter(c), header: c === null ? '' : cellText(grid[saved.headerRow]?.[c]), confidence: 1 };
      }),
      headers: headersOf(grid, saved.headerRow, width).filter((h) => !own.has(columnIndex(h.column))),
      problem: null,
      configured: true,
    };
  }
  const detected = detectLayout(grid);
  if (!detected.ok) {
    return { sheetName, headerRow: null, columns: ROLES.map((role) => ({ role, column: null, header: '', confidence: 0 })), headers: headersOf(grid, 0, width), problem: detected.error.message, configured: false };
  }
  const { layout } = detected;
  const columns: ColumnChoice[] = ROLES.map((role) => {
    const c = layout.columns[role];
    return { role, column: c === null ? null : columnLetter(c), header: c === null ? '' : (layout.headers[c] ?? ''), confidence: layout.confidence[role] };
  });
  return { sheetName, headerRow: layout.headerRow + 1, columns, headers: headersOf(grid, layout.headerRow, width), problem: null, configured: false };
}

/** Checks the user's choice against the sheet; the message says what to change. Nothing is written before this passes. */
function validChoice(choice: SetupChoice, grid: readonly (readonly Cell[])[], width: number): { headerRow: number; columns: Record<Role, number | null> } {
  const headerRow = choice.headerRow - 1;
  if (!Number.isInteger(choice.headerRow) || headerRow < 0 || headerRow >= grid.length) {
    throw new NeedsSetupError(`The header row must be a row of the sheet, from 1 to ${grid.length}; it was ${choice.headerRow}.`);
  }
  const columns = {} as Record<Role, number | null>;
  const used = new Map<number, Role>();
  for (const role of ROLES) {
    const letter = choice.columns[role];
    const c = letter === null || letter === undefined || letter === '' ? null : columnIndex(letter);
    if (letter && (c === null || c >= width)) throw new NeedsSetupError(`Column "${letter}" chosen for the ${ROLE_LABEL[role]} is not a column of the table.`);
    if (c !== null && used.has(c)) throw new NeedsSetupError(`Column ${letter} is chosen for both the ${ROLE_LABEL[used.get(c)!]} and the ${ROLE_LABEL[role]}: give each column one role.`);
    if (c !== null) used.set(c, role);
    columns[role] = c;
  }
  for (const role of ['requirement', 'evidence'] as const) {
    if (columns[role] === null) throw new NeedsSetupError(`Choose the ${role} column: the add-on cannot judge the tracker without it.`);
  }
  return { headerRow, columns };
}

/**
 * Confirms setup on the active sheet: the add-on's own columns after the table (Readiness, and
 * Requirement when the sheet has no ids), tags on every column it reads, the colour rules, and the
 * saved mapping. The team's cells are not touched: the new columns start beyond the last column
 * that holds anything.
 */
export function confirmSetup(choice: SetupChoice): TrackerConfig {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet: Sheet = spreadsheet.getActiveSheet();
  const grid = sheet.getDataRange().getValues() as Cell[][];
  const saved = loadConfig();
  const again = saved !== null && saved.sheetId === sheet.getSheetId();
  const ownColumns = again ? new Set([saved.readinessColumn, saved.ownRequirementColumn]) : new Set<number | null>();
  const tableWidth = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const { headerRow, columns } = validChoice(choice, grid, tableWidth);
  for (const role of ROLES) {
    if (ownColumns.has(columns[role]) && !(role === 'id' && columns[role] === saved?.ownRequirementColumn)) {
      throw new NeedsSetupError(`Column ${columnLetter(columns[role]!)} is the add-on's own column: choose one of your columns for the ${ROLE_LABEL[role]}.`);
    }
  }

  // The add-on's columns: kept where they are on a second setup, else added after the table.
  let ownRequirementColumn = again ? saved.ownRequirementColumn : null;
  let readinessColumn = again ? saved.readinessColumn : tableWidth;
  const newHeaders: [number, string][] = [];
  if (!again) {
    if (columns.id === null) {
      ownRequirementColumn = tableWidth;
      readinessColumn = tableWidth + 1;
      newHeaders.push([ownRequirementColumn, REQUIREMENT_HEADER]);
    }
    newHeaders.push([readinessColumn, READINESS_HEADER]);
  }
  if (columns.id === null && ownRequirementColumn !== null) columns.id = ownRequirementColumn;
  if (newHeaders.length > 0) {
    const first = newHeaders[0]![0];
    sheet.getRange(headerRow + 1, first + 1, 1, newHeaders.length).setValues([newHeaders.map(([, text]) => text)]).setFontWeight('bold');
  }

  const points = again ? saved.points : pointsOf(grid, headerRow, columns);
  const headerGrid = grid.map((row) => [...row]);
  for (const [c, text] of newHeaders) headerGrid[headerRow]![c] = text;
  const base = { columns, points, readinessColumn };
  const config: TrackerConfig = {
    version: 1,
    sheetId: sheet.getSheetId(),
    spreadsheetName: spreadsheet.getName(),
    sheetName: sheet.getName(),
    headerRow,
    columns,
    points,
    readinessColumn,
    ownRequirementColumn,
    headerTexts: headerTextsOf(headerGrid, headerRow, knownColumns(base)),
    slashOrder: slashOrderForLocale(spreadsheet.getSpreadsheetLocale().replace('_', '-')),
    dateOrders: again ? saved.dateOrders : { date: 'month-first', due: 'month-first' },
  };

  const tags = new Map<ColumnTag, number>();
  for (const role of ROLES) if (columns[role] !== null) tags.set(role, columns[role]!);
  if (points) {
    tags.set('pointsAvailable', points.available);
    tags.set('pointsEarned', points.earned);
  }
  tags.set('readiness', readinessColumn);
  tagColumns(sheet, tags);
  installColourRules(sheet, config);
  saveConfig(config);
  return config;
}

/** Points columns as the engine finds them beside the columns the user chose. */
function pointsOf(grid: readonly (readonly Cell[])[], headerRow: number, columns: Record<Role, number | null>): TrackerConfig['points'] {
  const detected = detectLayout(grid, { headerRow, columns });
  return detected.ok ? detected.layout.points : null;
}
