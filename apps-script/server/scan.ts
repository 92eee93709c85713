import { type Cell, cellText } from '../../shared/cells.ts';
import type { Day } from '../../shared/dates.ts';
import { type TrackerEvaluation, evaluateTracker } from '../../shared/evaluate.ts';
import type { Layout } from '../../shared/layout/detect.ts';
import { readClips } from './intake/evidence-sheet.ts';
import { loadProfile, type TeamProfile } from './profile-store.ts';
import { readinessCellText } from './readiness-cell.ts';
import { today } from './today.ts';
import { NeedsSetupError, type OpenTracker, openTracker } from './tracker.ts';
import { type TrackerConfig, saveConfig } from './tracker-config.ts';

export interface Scan {
  readonly tracker: OpenTracker;
  readonly evaluation: TrackerEvaluation;
  readonly profile: TeamProfile;
  readonly today: Day;
  readonly scannedAt: Date;
}

/** The saved mapping as a layout, for judging rows without finding the layout again. */
export function layoutOf(config: TrackerConfig): Layout {
  const confidence = Object.fromEntries(Object.keys(config.columns).map((role) => [role, 1])) as Record<keyof TrackerConfig['columns'], number>;
  return { headerRow: config.headerRow, columns: config.columns, confidence, points: config.points, headers: [] };
}

/**
 * The add-on's own columns below the header, as they should read now: the Readiness verdict of
 * each item, and the matched requirement id in the add-on's Requirement column where the team has
 * not written one (a team's correction there is theirs and is what the engine reads next time).
 */
function ownColumnValues(tracker: OpenTracker, evaluation: TrackerEvaluation): { readiness: string[]; requirement: Cell[] | null } {
  const { grid, config } = tracker;
  const first = config.headerRow + 1;
  const readiness: string[] = new Array(Math.max(0, grid.length - first)).fill('');
  const own = config.ownRequirementColumn;
  const requirement = own === null ? null : grid.slice(first).map((row) => row[own] ?? '');
  evaluation.items.forEach((item, i) => {
    readiness[item.row - first] = readinessCellText(item, evaluation.verdicts[i]!);
    if (requirement && cellText(requirement[item.row - first]) === '' && item.requirement) requirement[item.row - first] = item.requirement.id;
  });
  return { readiness, requirement };
}

function writeOwnColumns(tracker: OpenTracker, evaluation: TrackerEvaluation): void {
  const { sheet, config } = tracker;
  const { readiness, requirement } = ownColumnValues(tracker, evaluation);
  if (readiness.length === 0) return;
  const firstRow = config.headerRow + 2;
  const own = config.ownRequirementColumn;
  // The add-on puts its Requirement column just before Readiness: one write for both.
  if (requirement && own === config.readinessColumn - 1) {
    sheet.getRange(firstRow, own + 1, readiness.length, 2).setValues(readiness.map((r, i) => [requirement[i], r]));
    return;
  }
  sheet.getRange(firstRow, config.readinessColumn + 1, readiness.length, 1).setValues(readiness.map((r) => [r]));
  if (requirement && own !== null) sheet.getRange(firstRow, own + 1, requirement.length, 1).setValues(requirement.map((r) => [r]));
}

/**
 * Scan: read the tracker once, evaluate it, write the add-on's own columns once. The number of
 * Spreadsheet calls does not grow with the rows.
 */
export function scanTracker(): Scan {
  const tracker = openTracker();
  const profile = loadProfile();
  const day = today(tracker.spreadsheet);
  // Clips in the add-on's Evidence sheet count toward their items: 3 calls, none without the sheet.
  const clips = readClips(tracker.spreadsheet);
  const result = evaluateTracker(tracker.grid, { today: day, slashOrder: tracker.config.slashOrder, profile, layout: layoutOf(tracker.config), clips });
  if (!result.ok) throw new NeedsSetupError(`${result.error.message} Run "Set up this sheet" to map the columns again.`);
  const { evaluation } = result;
  writeOwnColumns(tracker, evaluation);
  const { dateOrders } = evaluation;
  let config = tracker.config;
  if (dateOrders.date !== config.dateOrders.date || dateOrders.due !== config.dateOrders.due) {
    config = { ...config, dateOrders };
    saveConfig(config);
  }
  return { tracker: { ...tracker, config }, evaluation, profile, today: day, scannedAt: new Date() };
}
