import {
  type Cell,
  cellText,
  columnIndex,
  columnLetter,
  detectLayout,
  notAChecklist,
  proposeSheetKind,
  type Role,
  ROLE_LABEL,
  ROLES,
  slashOrderForLocale,
} from '../../shared/index.ts';
import { installColourRules } from './colour-rules.ts';
import { isReadinessCellText } from './readiness-cell.ts';
import { type ColumnTag, findTags, tagTracker } from './column-tags.ts';
import { confirmEvidenceSheets, proposeEvidenceSheets } from './evidence-sheets.ts';
import { READINESS_HEADER, REQUIREMENT_HEADER, writeOwnHeaders } from './own-headers.ts';
import { ensureColumns } from './sheet-size.ts';
import { rememberSpreadsheet } from './tracker-spreadsheet.ts';
import { UserFacingRefusal, confirmedConfig, headerTextsOf } from './tracker.ts';
import { readSheet } from './tracker-read.ts';
import { type TrackerConfig, knownColumns, loadConfig, saveConfig } from './tracker-config.ts';
import type { ColumnChoice, SetupChoice, SetupProposal } from './views.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function headersOf(grid: readonly (readonly Cell[])[], headerRow: number | null, width: number): SetupProposal['headers'] {
  const row = headerRow === null ? [] : (grid[headerRow] ?? []);
  return Array.from({ length: width }, (_, c) => ({ column: columnLetter(c), text: cellText(row[c]) }));
}

/** The add-on's own columns on this sheet, where their tags are now (0-based). */
interface OwnColumns {
  readonly readiness: number | null;
  readonly ownRequirement: number | null;
}

function ownColumnsOf(tags: ReadonlyMap<ColumnTag, number>, saved: TrackerConfig | null, grid: readonly (readonly Cell[])[]): OwnColumns {
  if (!tags.has('readiness')) {
    const untagged = untaggedOwnColumns(grid);
    if (untagged) return untagged;
  }
  // Before the own Requirement column had a tag of its own it carried the id tag.
  const legacy = saved !== null && saved.ownRequirementColumn !== null && !tags.has('ownRequirement') ? (tags.get('id') ?? null) : null;
  return { readiness: tags.get('readiness') ?? null, ownRequirement: tags.get('ownRequirement') ?? legacy };
}

/** Every non-blank cell of a column below a row passes the test, and at least one is there. */
function columnBelowIs(grid: readonly (readonly Cell[])[], row: number, column: number, test: (text: string) => boolean, allowEmpty = false): boolean {
  const texts = grid
    .slice(row + 1)
    .map((r) => cellText(r[column]))
    .filter((t) => t !== '');
  return (allowEmpty || texts.length > 0) && texts.every(test);
}

/**
 * The add-on's own columns in a sheet that lost its tags: a tracker downloaded (from Sheets or
 * the workbench) and opened again keeps the add-on's Readiness column, and its Requirement column
 * just before it, as plain cells. They are recognised by their headers and what the add-on
 * writes in them, so setting up again reuses them rather than taking them for the team's and
 * adding a second pair.
 */
function untaggedOwnColumns(grid: readonly (readonly Cell[])[]): OwnColumns | null {
  for (let r = 0; r < Math.min(grid.length, 50); r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (cellText(row[c]) !== READINESS_HEADER || !columnBelowIs(grid, r, c, isReadinessCellText)) continue;
      const ownRequirement =
        c > 0 && cellText(row[c - 1]) === REQUIREMENT_HEADER && columnBelowIs(grid, r, c - 1, (t) => /^E\d-\d\d$/.test(t), true) ? c - 1 : null;
      return { readiness: c, ownRequirement };
    }
  }
  return null;
}

/** The saved mapping of this sheet where its tags are now, or null when it is not set up (or cannot be found again). */
function savedHere(sheet: Sheet, grid: readonly (readonly Cell[])[]): TrackerConfig | null {
  const saved = loadConfig();
  if (!saved || saved.sheetId !== sheet.getSheetId()) return null;
  try {
    return confirmedConfig(saved, sheet, grid);
  } catch (error) {
    if (error instanceof UserFacingRefusal) return null;
    throw error;
  }
}

/** The engine's reading of the active sheet, or the saved mapping (where the tags are now) when this sheet is set up. */
export function proposeSetup(): SetupProposal {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const grid = readSheet(sheet);
  const sheetName = sheet.getName();
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const { sheets, checklists } = proposeEvidenceSheets(spreadsheet, sheet.getSheetId(), loadConfig()?.evidenceSheets ?? []);
  const saved = savedHere(sheet, grid);
  if (saved) {
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
      sheets,
      canStartChecklist: false,
    };
  }
  // Not set up, or its mapping lost: read afresh, leaving out the add-on's own columns still there.
  const own = ownColumnsOf(findTags(sheet).columns, loadConfig(), grid);
  const ownSet = new Set([own.readiness, own.ownRequirement].filter((c): c is number => c !== null));
  const teamGrid = ownSet.size === 0 ? grid : grid.map((row) => row.map((cell, c) => (ownSet.has(c) ? '' : cell)));
  const headers = (headerRow: number | null) => headersOf(grid, headerRow, width).filter((h) => !ownSet.has(columnIndex(h.column)!));
  const detected = detectLayout(teamGrid);
  if (!detected.ok) {
    const kind = proposeSheetKind(sheetName, teamGrid);
    return {
      sheetName,
      headerRow: null,
      columns: ROLES.map((role) => ({ role, column: null, header: '', confidence: 0 })),
      headers: headers(0),
      // A log or a matrix is not set up as the tracker: say what it is and where to go, not which column to rename.
      problem: notAChecklist(sheetName, kind, checklists) ?? detected.error.message,
      configured: false,
      sheets,
      canStartChecklist: kind.kind !== 'checklist' && checklists.length === 0,
    };
  }
  const { layout } = detected;
  const columns: ColumnChoice[] = ROLES.map((role) => {
    const c = layout.columns[role];
    return { role, column: c === null ? null : columnLetter(c), header: c === null ? '' : (layout.headers[c] ?? ''), confidence: layout.confidence[role] };
  });
  return {
    sheetName,
    headerRow: layout.headerRow + 1,
    columns,
    headers: headers(layout.headerRow),
    problem: null,
    configured: false,
    sheets,
    canStartChecklist: false,
  };
}

/** Checks the user's choice against the sheet; the message says what to change. Nothing is written before this passes. */
function validChoice(
  choice: SetupChoice,
  grid: readonly (readonly Cell[])[],
  width: number,
  own: OwnColumns,
): { headerRow: number; columns: Record<Role, number | null> } {
  const headerRow = choice.headerRow - 1;
  if (!Number.isInteger(choice.headerRow) || headerRow < 0 || headerRow >= grid.length) {
    throw new UserFacingRefusal(`The header row must be a row of the sheet, from 1 to ${grid.length}; it was ${choice.headerRow}.`);
  }
  const columns = {} as Record<Role, number | null>;
  const used = new Map<number, Role>();
  for (const role of ROLES) {
    const letter = choice.columns[role];
    const c = letter === null || letter === undefined || letter === '' ? null : columnIndex(letter);
    if (letter && (c === null || c >= width))
      throw new UserFacingRefusal(`Column "${letter}" chosen for the ${ROLE_LABEL[role]} is not a column of the table.`);
    if (c !== null && used.has(c))
      throw new UserFacingRefusal(
        `Column ${letter} is chosen for both the ${ROLE_LABEL[used.get(c)!]} and the ${ROLE_LABEL[role]}: give each column one role.`,
      );
    // The add-on's Requirement column may be named as the id column: it is what it is for.
    const ownHere = c !== null && (c === own.readiness || (c === own.ownRequirement && role !== 'id'));
    if (ownHere) throw new UserFacingRefusal(`Column ${letter} is the add-on's own column: choose one of your columns for the ${ROLE_LABEL[role]}.`);
    if (c !== null) used.set(c, role);
    columns[role] = c;
  }
  for (const role of ['requirement', 'evidence'] as const) {
    if (columns[role] === null) throw new UserFacingRefusal(`Choose the ${role} column: the add-on cannot judge the tracker without it.`);
  }
  return { headerRow, columns };
}

/**
 * Confirms setup on the active sheet: the add-on's own columns (Readiness, and Requirement when
 * the sheet has no ids), tags on the header row and on every column it reads, the colour rules,
 * the other sheets confirmed as evidence (tagged), and the saved mapping. Its own columns are found by their tags; those missing (never made, or
 * deleted by the team) are added after the last column that holds anything, so no team cell is
 * touched, whatever was moved since the last setup.
 */
export function confirmSetup(choice: SetupChoice): TrackerConfig {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet: Sheet = spreadsheet.getActiveSheet();
  const grid = readSheet(sheet);
  const saved = loadConfig();
  const found = findTags(sheet);
  const own = ownColumnsOf(found.columns, saved, grid);
  const tableWidth = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const { headerRow, columns } = validChoice(choice, grid, tableWidth, own);
  // Checked before anything is written, like the columns: the evidence sheets' tags come first.
  const trackerId = sheet.getSheetId();
  const evidenceSheets = confirmEvidenceSheets(
    spreadsheet,
    trackerId,
    choice.sheets,
    (saved?.evidenceSheets ?? []).filter((s) => s.sheetId !== trackerId),
  );

  let next = tableWidth;
  const newColumns: number[] = [];
  const take = (): number => {
    newColumns.push(next);
    return next++;
  };
  rememberSpreadsheet(spreadsheet);
  const teamIds = columns.id !== null && columns.id !== own.ownRequirement;
  const ownRequirementColumn = teamIds ? null : (own.ownRequirement ?? take());
  const readinessColumn = own.readiness ?? take();
  if (ownRequirementColumn !== null) columns.id = ownRequirementColumn;
  if (newColumns.length > 0) ensureColumns(sheet, next);

  // The add-on's header cells are its own: written where they do not read right yet.
  const headerGrid = grid.map((row) => [...row]);
  const ownHeaders: [number, string][] = [[readinessColumn, READINESS_HEADER]];
  if (ownRequirementColumn !== null) ownHeaders.push([ownRequirementColumn, REQUIREMENT_HEADER]);
  writeOwnHeaders(sheet, headerRow, headerGrid[headerRow]!, ownHeaders, 'not as named');

  const samePoints = saved !== null && saved.sheetId === sheet.getSheetId() && saved.headerRow === headerRow;
  const points = samePoints && saved.points ? (pointsWhereTagged(found.columns) ?? pointsOf(grid, headerRow, columns)) : pointsOf(grid, headerRow, columns);
  const base = { columns, points, readinessColumn };
  const config: TrackerConfig = {
    version: 1,
    sheetId: trackerId,
    spreadsheetName: spreadsheet.getName(),
    sheetName: sheet.getName(),
    headerRow,
    columns,
    points,
    readinessColumn,
    ownRequirementColumn,
    headerTexts: headerTextsOf(headerGrid, headerRow, knownColumns(base)),
    slashOrder: slashOrderForLocale(spreadsheet.getSpreadsheetLocale().replace('_', '-')),
    dateOrders: samePoints ? saved.dateOrders : { date: 'month-first', due: 'month-first' },
    evidenceSheets,
  };

  const tags = new Map<ColumnTag, number>();
  for (const role of ROLES) if (columns[role] !== null && columns[role] !== ownRequirementColumn) tags.set(role, columns[role]!);
  if (points) {
    tags.set('pointsAvailable', points.available);
    tags.set('pointsEarned', points.earned);
  }
  tags.set('readiness', readinessColumn);
  if (ownRequirementColumn !== null) tags.set('ownRequirement', ownRequirementColumn);
  tagTracker(sheet, headerRow, tags);
  installColourRules(sheet, config);
  saveConfig(config);
  return config;
}

function pointsWhereTagged(tags: ReadonlyMap<ColumnTag, number>): TrackerConfig['points'] {
  const available = tags.get('pointsAvailable');
  const earned = tags.get('pointsEarned');
  return available !== undefined && earned !== undefined ? { available, earned } : null;
}

/** Points columns as the engine finds them beside the columns the user chose. */
function pointsOf(grid: readonly (readonly Cell[])[], headerRow: number, columns: Record<Role, number | null>): TrackerConfig['points'] {
  const detected = detectLayout(grid, { headerRow, columns });
  return detected.ok ? detected.layout.points : null;
}
