import { type Day, type LogActivity, type MatrixJudgement, type SheetKind, type SheetKindProposal, type SlashOrder, describeSheetKind, isoFromDay, judgeMatrix, proposeSheetKind } from '../shared/index.ts';
import { csvSheetName, type TrackerSheet } from './read-tracker.ts';

/** One sheet of the file as the JSON's `sheets` lists it. */
export interface SheetListing {
  readonly name: string;
  readonly kind: SheetKind;
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly activity?: LogActivity | null;
  /** A training matrix's cells judged as of the scan's day. */
  readonly matrix?: MatrixJson;
  /** The proposal in words, for the report and messages (not in the JSON). */
  readonly described: string;
}

/** A training matrix in the JSON: its cells' verdicts, expiry days as YYYY-MM-DD. */
export interface MatrixJson {
  readonly workers: readonly string[];
  readonly left: readonly string[];
  readonly courses: readonly string[];
  readonly cells: readonly { row: number; column: string; worker: string; course: string; verdict: string; expires: string | null; reason: string }[];
  readonly counts: MatrixJudgement['counts'];
}

/** How the scan judges: its day and how ambiguous slashed dates read. */
export interface Judging {
  readonly today: Day;
  readonly slashOrder: SlashOrder;
}

function matrixJson(judgement: MatrixJudgement): MatrixJson {
  const { workers, left, courses, counts } = judgement;
  const cells = judgement.cells.map((c) => ({ ...c, expires: c.expires === null ? null : isoFromDay(c.expires) }));
  return { workers, left, courses, cells, counts };
}

/** A sheet's name: its tab's, or a CSV's file name without the extension (as Sheets names an imported CSV). */
export function sheetName(file: string, sheet: TrackerSheet): string {
  return sheet.name ?? csvSheetName(file);
}

/** What every sheet of the file is proposed as, in order; a training matrix's cells judged as of `judging.today`. */
export function listSheets(file: string, sheets: readonly TrackerSheet[], judging: Judging): SheetListing[] {
  return sheets.map((sheet) => {
    const name = sheetName(file, sheet);
    const proposal: SheetKindProposal = proposeSheetKind(name, sheet.grid);
    const { kind, confidence, reasons } = proposal;
    const listing = { name, kind, confidence, reasons, described: describeSheetKind(proposal) };
    if (proposal.kind === 'activity-log') return { ...listing, activity: proposal.activity };
    if (proposal.kind === 'training-matrix') {
      const judgement = judgeMatrix(sheet.grid, judging);
      if (judgement !== null) return { ...listing, matrix: matrixJson(judgement) };
    }
    return listing;
  });
}

/** The JSON's `sheets`: the listing without its words for people. */
export function sheetsJson(listings: readonly SheetListing[]): Omit<SheetListing, 'described'>[] {
  return listings.map(({ described: _, ...rest }) => rest);
}

const NOT_SCANNED: Partial<Record<SheetKind, string>> = {
  'training-matrix': 'matrices',
  'activity-log': 'logs',
  'document-register': 'document registers',
};

/**
 * When no sheet reads as a checklist but some hold other evidence: what each sheet is, and that
 * those kinds are not scanned yet. Null when the file has no such sheet (the layout's own problem says more).
 */
export function notScannedYet(file: string, listings: readonly SheetListing[]): string | null {
  if (listings.some((l) => l.kind === 'checklist')) return null;
  const kinds = [...new Set(listings.map((l) => NOT_SCANNED[l.kind]).filter((k): k is string => k !== undefined))];
  if (kinds.length === 0) return null;
  const what = listings.map((l, i) => `${i === 0 ? 'Sheet' : 'sheet'} "${l.name}" reads as ${l.described}`).join('; ');
  const list = kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
  return `${file}: ${what}: ${list} are not scanned yet. Scan a checklist tracker (one row per requirement, with its evidence), or map this sheet's columns yourself: --column requirement=LETTER --column evidence=LETTER.`;
}

/** A matrix in one line: its counts, then each expired and missing cell ("Ray Dumont: First Aid expired 2026-09-14"). */
export function matrixLine(matrix: MatrixJson): string {
  const { counts } = matrix;
  const figures = `${matrix.workers.length} workers x ${matrix.courses.length} courses: ${counts.current} current, ${counts.expiring} expiring, ${counts.expired} expired, ${counts.missing} missing, ${counts.na} n/a`;
  const named = matrix.cells
    .filter((c) => c.verdict === 'expired' || c.verdict === 'missing')
    .map((c) => `${c.worker}: ${c.verdict === 'expired' ? c.reason : `${c.course} missing`}`);
  return named.length === 0 ? figures : `${figures}. ${named.join('; ')}`;
}
