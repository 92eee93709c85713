import { basename, extname } from 'node:path';
import { type Day, type LogActivity, type LogJudgement, type MatrixJudgement, type PeriodStatus, type SheetKind, type SheetKindProposal, type SlashOrder, describeSheetKind, isoFromDay, judgeLog, judgeMatrix, proposeSheetKind } from '../shared/index.ts';
import type { TrackerSheet } from './read-tracker.ts';

/** One sheet of the file as the JSON's `sheets` lists it. */
export interface SheetListing {
  readonly name: string;
  readonly kind: SheetKind;
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly activity?: LogActivity | null;
  /** A training matrix's cells judged as of the scan's day. */
  readonly matrix?: MatrixJson;
  /** An activity log's rows judged as of the scan's day. */
  readonly log?: LogJson;
  /** The proposal in words, for the report and messages (not in the JSON). */
  readonly described: string;
}

/** A training matrix in the JSON: its cells' verdicts, expiry days as YYYY-MM-DD. */
export interface MatrixJson {
  readonly workers: readonly string[];
  readonly left: readonly string[];
  readonly courses: readonly string[];
  readonly cells: readonly { row: number; column: string; worker: string; course: string; canonical: string | null; verdict: string; expires: string | null; reason: string }[];
  readonly counts: MatrixJudgement['counts'];
}

/** A day in the JSON: YYYY-MM-DD, or null. */
type IsoDay = string | null;

/** An activity log in the JSON: its events, coverage, open actions and evidence, days as YYYY-MM-DD (see LogJudgement). */
export interface LogJson {
  /** What it logs, as proposed; null when its name, headers and rows do not say. */
  readonly activity: LogActivity | null;
  /** Sheet row (1-based) of its header. */
  readonly headerRow: number;
  /** Its rows read as events, each with its sheet row. */
  readonly events: readonly { row: number; day: string; site: string | null; type: string | null; equipment: string | null; who: string | null; description: string | null; findings: string | null; correctiveAction: string | null; investigation: string | null; due: IsoDay; closed: boolean; closedOn: IsoDay }[];
  /** Filled rows not counted, and why. */
  readonly skipped: LogJudgement['skipped'];
  /** How its records cover its kept requirement's periods; null for incidents, which have no interval. */
  readonly coverage: {
    /** The requirement kept, e.g. "E4-02". */
    requirement: string;
    /** Its interval in days, the team's own when set. */
    intervalDays: number;
    /** What the periods are: "months", "quarters", "weeks". */
    unit: string;
    /** The first record's day. */
    first: IsoDay;
    /** Periods with a record, of those counted (since the first record, the one under way left out while empty). */
    covered: number;
    of: number;
    /** The missed periods in words, "July, August 2026"; null when none is. */
    missedPeriods: string | null;
    /** Each period of the last 12 months: covered, missed, pending (under way) or before-log. */
    periods: readonly { period: string; start: string; end: string; status: PeriodStatus; rows: readonly number[] }[];
    /** Each site's count; judged: whether the finding counts it (a site kept over time, when 2 or more are). */
    sites: readonly { site: string; judged: boolean; first: IsoDay; covered: number; of: number; missedPeriods: string | null }[];
  } | null;
  /** Whether it has a closed column, so that open actions are judged. */
  readonly actionsJudged: boolean;
  /** Corrective actions not closed, overdue first. */
  readonly openActions: readonly { row: number; raised: string; action: string; due: IsoDay; overdue: boolean; daysOpen: number }[];
  /** Incidents with no investigation on record. */
  readonly withoutInvestigation: readonly { row: number; day: string; description: string | null; reason: string }[];
  /** What it shows a reviewer per requirement, as the prediction counts it. */
  readonly evidence: readonly { requirement: string; finding: 'ready' | 'gap'; summary: string; rows: readonly number[]; latest: IsoDay }[];
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

const iso = (day: Day | null): IsoDay => (day === null ? null : isoFromDay(day));

function logJson(log: LogJudgement): LogJson {
  const { activity, headerRow, skipped, actionsJudged, coverage } = log;
  return {
    activity,
    headerRow,
    events: log.events.map((e) => ({ ...e, day: isoFromDay(e.day), due: iso(e.due), closedOn: iso(e.closedOn) })),
    skipped,
    coverage: coverage === null ? null : {
      requirement: coverage.requirement,
      intervalDays: coverage.intervalDays,
      unit: coverage.unit[1],
      first: iso(coverage.first),
      covered: coverage.covered,
      of: coverage.of,
      missedPeriods: coverage.missed,
      periods: coverage.periods.map((p) => ({ period: p.period.year === null ? p.period.label : `${p.period.label} ${p.period.year}`, start: isoFromDay(p.period.start), end: isoFromDay(p.period.end), status: p.status, rows: p.rows })),
      sites: coverage.sites.map((s) => ({ site: s.site, judged: s.judged, first: iso(s.first), covered: s.covered, of: s.of, missedPeriods: s.missed })),
    },
    actionsJudged,
    openActions: log.openActions.map((a) => ({ ...a, raised: isoFromDay(a.raised), due: iso(a.due) })),
    withoutInvestigation: log.withoutInvestigation.map((w) => ({ ...w, day: isoFromDay(w.day) })),
    evidence: log.evidence.map(({ requirement, finding, summary, rows, latest }) => ({ requirement, finding, summary, rows, latest: iso(latest) })),
  };
}

/** A sheet's name: its tab's, or a CSV's file name without the extension (as Sheets names an imported CSV). */
export function sheetName(file: string, sheet: TrackerSheet): string {
  return sheet.name ?? basename(file, extname(file));
}

/** What every sheet of the file is proposed as, in order; a training matrix's cells and a log's rows judged as of `judging.today`. */
export function listSheets(file: string, sheets: readonly TrackerSheet[], judging: Judging): SheetListing[] {
  return sheets.map((sheet) => {
    const name = sheetName(file, sheet);
    const proposal: SheetKindProposal = proposeSheetKind(name, sheet.grid);
    const { kind, confidence, reasons } = proposal;
    const listing = { name, kind, confidence, reasons, described: describeSheetKind(proposal) };
    if (proposal.kind === 'activity-log') {
      const log = judgeLog(sheet.grid, name, proposal.activity, judging);
      return log === null ? { ...listing, activity: proposal.activity } : { ...listing, activity: proposal.activity, log: logJson(log) };
    }
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

/** A log in one line: its events, then each requirement's finding ("E4-02 gap: 11 of 12 months; no inspection in July 2026"). */
export function logLine(log: LogJson): string {
  const events = `${log.events.length} ${log.events.length === 1 ? 'event' : 'events'}`;
  if (log.evidence.length === 0) return log.activity === null ? `${events}; say what it logs to judge it` : events;
  return `${events}. ${log.evidence.map((e) => `${e.requirement} ${e.finding}: ${e.summary}`).join('. ')}`;
}
