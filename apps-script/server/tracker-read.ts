import {
  type Cell,
  type ClipEvidence,
  type ClippedItem,
  columnReadings,
  type Day,
  type ElementId,
  evaluateRows,
  evaluateTracker,
  type JudgedItem,
  judgeEvidenceSheet,
  type JudgeSheetOptions,
  type Layout,
  type SheetJudgement,
  type TrackerEvaluation,
} from '../../shared/index.ts';
import { readClips } from './evidence-sheet.ts';
import { loadProfile, type TeamProfile } from './profile-store.ts';
import { spreadsheetZone, todayIn } from './today.ts';
import { confirmedConfig, UserFacingRefusal, positionsHold, trackerSheet } from './tracker.ts';
import { type EvidenceSheetConfig, knownColumns, type TrackerConfig } from './tracker-config.ts';

/**
 * The one way the server reads and judges the team's tracker: the scan, the intake and onEdit
 * all come here, so a reading costs the same few calls whoever asks, and the tracker's values are
 * read nowhere else (test/invariants.test.ts keeps it so).
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The team's tracker, read in bulk: one getValues for the whole sheet. */
export interface OpenTracker {
  readonly spreadsheet: Spreadsheet;
  readonly sheet: Sheet;
  readonly config: TrackerConfig;
  readonly grid: Cell[][];
}

/** A sheet's values, whole: the tracker's, or those of the sheet being set up as the tracker. */
export function readSheet(sheet: Sheet): Cell[][] {
  return sheet.getDataRange().getValues() as Cell[][];
}

/**
 * Opens the set-up tracker and reads it whole. Column positions are checked against the header
 * texts saved at the last scan, which costs nothing more than the read; only when they no longer
 * hold are the tags consulted.
 */
export function openTracker(spreadsheet?: Spreadsheet): OpenTracker {
  const { spreadsheet: book, sheet, config: saved } = trackerSheet(spreadsheet);
  const grid = readSheet(sheet);
  // Names are kept from setup for messages and the sidebar: asking Sheets again costs a call a scan.
  return { spreadsheet: book, sheet, config: confirmedConfig(saved, sheet, grid), grid };
}

/** The saved mapping as a layout, for judging rows without finding the layout again. */
export function layoutOf(config: TrackerConfig): Layout {
  const confidence = Object.fromEntries(Object.keys(config.columns).map((role) => [role, 1])) as Record<keyof TrackerConfig['columns'], number>;
  // The header texts saved at setup say what the due and interval columns mean.
  const readings = columnReadings(config.columns, (c) => config.headerTexts[String(c)] ?? '');
  return { headerRow: config.headerRow, columns: config.columns, confidence, points: config.points, headers: [], readings };
}

/** What every judgement needs besides the rows: asked once each (the zone is a Spreadsheet call in the web app, which has no document cache). */
interface Judging {
  readonly today: Day;
  readonly timeZone: string;
  readonly profile: TeamProfile;
}

function judging(spreadsheet: Spreadsheet): Judging {
  const timeZone = spreadsheetZone(spreadsheet);
  return { today: todayIn(timeZone), timeZone, profile: loadProfile() };
}

/** A confirmed evidence sheet, read whole: its name as the tab reads now (it may have been renamed). */
export interface OpenEvidenceSheet {
  readonly config: EvidenceSheetConfig;
  readonly sheet: Sheet;
  readonly name: string;
  readonly grid: Cell[][];
}

/** Reads a confirmed evidence sheet: its name and one getValues. */
export function openEvidenceSheet(config: EvidenceSheetConfig, sheet: Sheet): OpenEvidenceSheet {
  return { config, sheet, name: sheet.getName(), grid: readSheet(sheet) };
}

/** An evidence sheet judged by its kind's judge; null when it no longer reads as that kind. */
export interface JudgedSheet {
  readonly read: OpenEvidenceSheet;
  readonly judgement: SheetJudgement | null;
}

function judgeSheet(read: OpenEvidenceSheet, options: JudgeSheetOptions): JudgedSheet {
  return { read, judgement: judgeEvidenceSheet({ name: read.name, grid: read.grid, kind: read.config.kind, activity: read.config.activity }, options) };
}

/** One evidence sheet judged alone, as an edit on it asks: its reading of the tracker's day, zone and profile. */
export function judgeEditedSheet(spreadsheet: Spreadsheet, config: TrackerConfig, read: OpenEvidenceSheet): JudgedSheet {
  const { today, timeZone, profile } = judging(spreadsheet);
  return judgeSheet(read, { today, slashOrder: config.slashOrder, timeZone, profile });
}

/** The tracker judged whole, and what it was judged with. */
export interface JudgedTracker {
  readonly evaluation: TrackerEvaluation;
  readonly today: Day;
  readonly profile: TeamProfile;
  readonly sheets: readonly JudgedSheet[];
}

/**
 * Judges the read tracker whole, its clips counted: those given, else the Evidence sheet's (3
 * calls, none without the sheet), and the evidence sheets given judged and counted in the
 * prediction beside its rows. Throws when its saved mapping no longer reads as a tracker.
 */
export function judgeTracker(tracker: OpenTracker, clips?: readonly ClipEvidence[], evidenceSheets: readonly OpenEvidenceSheet[] = []): JudgedTracker {
  const { today, timeZone, profile } = judging(tracker.spreadsheet);
  const options = { today, slashOrder: tracker.config.slashOrder, timeZone, profile };
  const sheets = evidenceSheets.map((read) => judgeSheet(read, options));
  const result = evaluateTracker(tracker.grid, {
    ...options,
    layout: layoutOf(tracker.config),
    clips: clips ?? readClips(tracker.spreadsheet, timeZone),
    sheetEvidence: sheets.flatMap((s) => s.judgement?.evidence ?? []),
    sheetName: tracker.config.sheetName,
  });
  if (!result.ok) throw new UserFacingRefusal(`${result.error.message} Run "Set up this sheet" to map the columns again.`);
  return { evaluation: result.evaluation, today, profile, sheets };
}

/** Edits this close below the header row are read together with it: one read confirms the positions too. */
const SAME_READ_ROWS = 300;

/**
 * The rows `from` to `bottom` (1-based) around an edit, with the header row: one read beside
 * `edited` (whose top left cell is `at`) when they are close, else two. A sparse grid holding only those rows, at their own
 * (0-based) indexes; null when the saved positions no longer hold (the header row reads otherwise,
 * or the saved columns are past the sheet's edge), so the whole sheet must be judged again.
 */
export function readRows(edited: Range, at: { top: number; left: number }, config: TrackerConfig, from: number, bottom: number): Cell[][] | null {
  const header = config.headerRow + 1;
  const width = Math.max(...knownColumns(config)) + 1;
  // Ranges relative to the edited one: same sheet, no name to look up.
  const rows = (first: number, count: number) => edited.offset(first - at.top, 1 - at.left, count, width).getValues() as Cell[][];
  let headerValues: Cell[];
  let values: Cell[][];
  try {
    if (bottom - header <= SAME_READ_ROWS) {
      const all = rows(header, bottom - header + 1);
      headerValues = all[0]!;
      values = all.slice(from - header);
    } else {
      headerValues = rows(header, 1)[0]!;
      values = rows(from, bottom - from + 1);
    }
  } catch {
    // Saved columns past the sheet's edge (the team deleted columns): Sheets throws on such a range.
    return null;
  }
  const headerGrid: Cell[][] = [];
  headerGrid[config.headerRow] = headerValues;
  if (!positionsHold(config, headerGrid)) return null;
  const grid: Cell[][] = [];
  values.forEach((row, i) => {
    grid[from - 1 + i] = row;
  });
  return grid;
}

/**
 * Judges the rows `top` to `bottom` (0-based) of a sparse grid read by readRows, with their clips
 * (3 calls when the add-on has an Evidence sheet, none otherwise) and the element the rows above
 * carry down to them.
 */
export function judgeRows(
  spreadsheet: Spreadsheet,
  config: TrackerConfig,
  grid: Cell[][],
  span: { from: number; to: number; carried: ElementId | null },
): JudgedItem<ClippedItem>[] {
  const { today, timeZone, profile } = judging(spreadsheet);
  return evaluateRows(grid, {
    today,
    profile,
    layout: layoutOf(config),
    dateOrders: config.dateOrders,
    timeZone,
    clips: readClips(spreadsheet, timeZone),
    span,
    sheetEvidence: config.sheetDates ?? [],
  });
}
