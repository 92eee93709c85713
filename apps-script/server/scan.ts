import { cellText, type Day, type TrackerEvaluation } from '../../shared/index.ts';
import type { TeamProfile } from './profile-store.ts';
import { changedSpans, type Wanted, writeChangedCells } from './own-cells.ts';
import { readinessCellText } from './readiness-cell.ts';
import { READINESS_HEADER, REQUIREMENT_HEADER, writeOwnHeaders } from './own-headers.ts';
import { highlightJudgedMatrix } from './colour-rules.ts';
import { findEvidenceSheets } from './evidence-sheets.ts';
import { type JudgedSheet, type JudgedTracker, judgeTracker, type OpenTracker, openEvidenceSheet, openTracker } from './tracker-read.ts';
import { type EvidenceSheetConfig, knownColumns, saveConfig, type TrackerConfig } from './tracker-config.ts';
import { headerTextsOf } from './tracker.ts';

export interface Scan {
  readonly tracker: OpenTracker;
  readonly evaluation: TrackerEvaluation;
  readonly profile: TeamProfile;
  readonly today: Day;
  readonly scannedAt: Date;
  /** The confirmed evidence sheets judged, and those deleted since setup (they drop out, named). */
  readonly sheets: readonly JudgedSheet[];
  readonly goneSheets: readonly EvidenceSheetConfig[];
}

/**
 * The add-on's own columns below the header, as they should read now: the Readiness verdict of
 * each item (blank elsewhere), and the matched requirement id in the add-on's Requirement column
 * only where that cell is empty: a team's correction there is theirs, never written again, and is
 * what the engine reads next time.
 */
function ownColumnValues(tracker: OpenTracker, evaluation: TrackerEvaluation): { readiness: Wanted[]; requirement: Wanted[] | null } {
  const { grid, config } = tracker;
  const first = config.headerRow + 1;
  const rows = Math.max(0, grid.length - first);
  const readiness: Wanted[] = new Array<Wanted>(rows).fill('');
  const own = config.ownRequirementColumn;
  const requirement: Wanted[] | null = own === null ? null : grid.slice(first).map((row) => (cellText(row[own]) === '' ? '' : undefined));
  for (const item of evaluation.items) {
    readiness[item.row - first] = readinessCellText(item);
    if (requirement && requirement[item.row - first] === '' && item.requirement) requirement[item.row - first] = item.requirement.id;
  }
  return { readiness, requirement };
}

/** Writes only the add-on's cells that changed: none at all when the verdicts are as they were. */
function writeOwnColumns(tracker: OpenTracker, evaluation: TrackerEvaluation): void {
  const { sheet, config, grid } = tracker;
  const { readiness, requirement } = ownColumnValues(tracker, evaluation);
  const top = config.headerRow + 2;
  const below = grid.slice(config.headerRow + 1);
  const current = (column: number) => below.map((row) => row[column] ?? '');
  writeChangedCells(sheet, top, config.readinessColumn, current(config.readinessColumn), readiness);
  const own = config.ownRequirementColumn;
  if (requirement && own !== null) {
    const spans = changedSpans(current(own), requirement);
    if (spans.length === 0) return;
    // A formula whose value is blank is still the team's: look at formulas only when there is something to fill.
    const first = spans[0]![0];
    const last = spans[spans.length - 1]![1];
    const formulas = sheet.getRange(top + first, own + 1, last - first + 1, 1).getFormulas();
    formulas.forEach(([formula], i) => {
      if (formula) requirement[first + i] = undefined;
    });
    writeChangedCells(sheet, top, own, current(own), requirement);
  }
}

/**
 * The tracker read (any spreadsheet: the active one, or one opened by id as the weekly digest's
 * trigger does) judged whole with its confirmed evidence sheets and clips, writing no cell: the
 * scan writes its own columns after; the digest only reads.
 */
export function judgeWholeTracker(tracker: OpenTracker): JudgedTracker & { readonly gone: readonly EvidenceSheetConfig[] } {
  // Each confirmed evidence sheet: found by id, its name and one read (4 calls), none without them.
  const { found, gone } = findEvidenceSheets(tracker.spreadsheet, tracker.config.evidenceSheets ?? []);
  // Clips in the add-on's Evidence sheet count toward their items: 3 calls, none without the sheet.
  return {
    ...judgeTracker(
      tracker,
      undefined,
      found.map(({ config, sheet }) => openEvidenceSheet(config, sheet)),
    ),
    gone,
  };
}

/**
 * The add-on's header cells the team cleared are written again, so its columns keep saying what
 * they are (a renamed one stays as the team named it); the config's header texts follow.
 */
function repairOwnHeaders({ sheet, config, grid }: OpenTracker): TrackerConfig {
  const own: [number, string][] = [[config.readinessColumn, READINESS_HEADER]];
  if (config.ownRequirementColumn !== null) own.push([config.ownRequirementColumn, REQUIREMENT_HEADER]);
  const header = grid[config.headerRow];
  if (!header || !writeOwnHeaders(sheet, config.headerRow, header, own, 'empty')) return config;
  return { ...config, headerTexts: headerTextsOf(grid, config.headerRow, knownColumns(config)) };
}

/**
 * Scan: read the tracker once, evaluate it, write the add-on's own columns once. The number of
 * Spreadsheet calls does not grow with the rows. A caller that has just read the tracker (and
 * written a cell of its own into that reading) passes it, so the sheet is not read twice.
 */
export function scanTracker(tracker: OpenTracker = openTracker()): Scan {
  const { evaluation, today, profile, sheets, gone } = judgeWholeTracker(tracker);
  writeOwnColumns(tracker, evaluation);
  for (const judged of sheets) highlightJudgedMatrix(judged);
  const { dateOrders } = evaluation;
  const sheetDates = sheets.flatMap(({ judgement }) => (judgement?.evidence ?? []).map(({ sheet, requirement, latest }) => ({ sheet, requirement, latest })));
  const repaired = repairOwnHeaders(tracker);
  let config = tracker.config;
  // Saved only when changed: a scan with nothing new writes no property.
  if (
    repaired !== config ||
    dateOrders.date !== config.dateOrders.date ||
    dateOrders.due !== config.dateOrders.due ||
    JSON.stringify(sheetDates) !== JSON.stringify(config.sheetDates ?? [])
  ) {
    config = { ...repaired, dateOrders, sheetDates };
    saveConfig(config);
  }
  return { tracker: { ...tracker, config }, evaluation, profile, today, scannedAt: new Date(), sheets, goneSheets: gone };
}
