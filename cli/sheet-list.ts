import {
  type Day,
  type LogActivity,
  type LogJudgement,
  type MatrixJudgement,
  type PeriodStatus,
  type RegisterDocument,
  type RegisterJudgement,
  type SheetEvidence,
  type SheetKind,
  type SheetKindProposal,
  type SlashOrder,
  describeSheetKind,
  isProposal,
  isoFromDay,
  judgeEvidenceSheet,
  proposeSheetKind,
  REFERENCE_CHECKLIST,
} from '../shared/index.ts';
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
  /** A document register's documents judged as of the scan's day. */
  readonly register?: RegisterJson;
  /** An activity log's rows judged as of the scan's day. */
  readonly log?: LogJson;
  /** What a judged matrix, log or register shows per requirement; absent for a checklist or a sheet that is not evidence. */
  readonly evidence?: readonly SheetEvidence[];
  /** The proposal in words, for the report and messages (not in the JSON). */
  readonly described: string;
}

/** A training matrix in the JSON: its cells' verdicts, expiry days as YYYY-MM-DD. */
export interface MatrixJson {
  readonly workers: readonly string[];
  readonly left: readonly string[];
  readonly courses: readonly string[];
  readonly cells: readonly {
    row: number;
    column: string;
    worker: string;
    course: string;
    canonical: string | null;
    verdict: string;
    expires: string | null;
    taken: string | null;
    reason: string;
  }[];
  readonly counts: MatrixJudgement['counts'];
}

/** A document register in the JSON: each document's verdict, days as YYYY-MM-DD, rows 1-based. */
export interface RegisterJson {
  /** Every document listed, its revised and next review days as YYYY-MM-DD (or null). */
  readonly documents: readonly (Omit<RegisterDocument, 'revised' | 'nextReview'> & { readonly revised: string | null; readonly nextReview: string | null })[];
  /** As the judgement counts them: ready, with a gap, retired, unmatched. */
  readonly counts: RegisterJudgement['counts'];
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
  readonly events: readonly {
    row: number;
    day: string;
    site: string | null;
    type: string | null;
    equipment: string | null;
    who: string | null;
    description: string | null;
    findings: string | null;
    correctiveAction: string | null;
    investigation: string | null;
    due: IsoDay;
    closed: boolean;
    closedOn: IsoDay;
  }[];
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
}

/** How the scan judges: its day and how ambiguous slashed dates read. */
export interface Judging {
  readonly today: Day;
  readonly slashOrder: SlashOrder;
}

function matrixJson(judgement: MatrixJudgement): MatrixJson {
  const { workers, left, courses, counts } = judgement;
  const cells = judgement.cells.map((c) => ({
    ...c,
    expires: c.expires === null ? null : isoFromDay(c.expires),
    taken: c.taken === null ? null : isoFromDay(c.taken),
  }));
  return { workers, left, courses, cells, counts };
}

const iso = (day: Day | null): IsoDay => (day === null ? null : isoFromDay(day));

function registerJson(judgement: RegisterJudgement): RegisterJson {
  return { documents: judgement.documents.map((d) => ({ ...d, revised: iso(d.revised), nextReview: iso(d.nextReview) })), counts: judgement.counts };
}

function logJson(log: LogJudgement): LogJson {
  const { activity, headerRow, skipped, actionsJudged, coverage } = log;
  return {
    activity,
    headerRow,
    events: log.events.map((e) => ({ ...e, day: isoFromDay(e.day), due: iso(e.due), closedOn: iso(e.closedOn) })),
    skipped,
    coverage:
      coverage === null
        ? null
        : {
            requirement: coverage.requirement,
            intervalDays: coverage.intervalDays,
            unit: coverage.unit[1],
            first: iso(coverage.first),
            covered: coverage.covered,
            of: coverage.of,
            missedPeriods: coverage.missed,
            periods: coverage.periods.map((p) => ({
              period: p.period.year === null ? p.period.label : `${p.period.label} ${p.period.year}`,
              start: isoFromDay(p.period.start),
              end: isoFromDay(p.period.end),
              status: p.status,
              rows: p.rows,
            })),
            sites: coverage.sites.map((s) => ({ site: s.site, judged: s.judged, first: iso(s.first), covered: s.covered, of: s.of, missedPeriods: s.missed })),
          },
    actionsJudged,
    openActions: log.openActions.map((a) => ({ ...a, raised: isoFromDay(a.raised), due: iso(a.due) })),
    withoutInvestigation: log.withoutInvestigation.map((w) => ({ ...w, day: isoFromDay(w.day) })),
  };
}

/** A sheet's name: its tab's, or a CSV's file name without the extension (as Sheets names an imported CSV). */
export function sheetName(file: string, sheet: TrackerSheet): string {
  return sheet.name ?? csvSheetName(file);
}

/** What every sheet of the file is proposed as, in order; a training matrix's cells and a log's rows judged as of `judging.today`. */
export function listSheets(file: string, sheets: readonly TrackerSheet[], judging: Judging): SheetListing[] {
  return sheets.map((sheet) => {
    const name = sheetName(file, sheet);
    const proposal: SheetKindProposal = proposeSheetKind(name, sheet.grid);
    const { kind, confidence, reasons } = proposal;
    const listing = { name, kind, confidence, reasons, described: describeSheetKind(proposal) };
    if (proposal.kind === 'checklist' || proposal.kind === 'not-evidence') return listing;
    const activity = proposal.kind === 'activity-log' ? proposal.activity : undefined;
    const judged = judgeEvidenceSheet({ name, grid: sheet.grid, kind: proposal.kind, activity }, judging);
    const own = { ...listing, ...(activity === undefined ? {} : { activity }) };
    if (judged === null) return own;
    const evidence = { evidence: judged.evidence };
    if (judged.kind === 'training-matrix') return { ...own, matrix: matrixJson(judged.matrix), ...evidence };
    if (judged.kind === 'document-register') return { ...own, register: registerJson(judged.register), ...evidence };
    return { ...own, log: logJson(judged.log), ...evidence };
  });
}

/** What a sheet shows a reviewer per requirement, in the JSON: its record day as YYYY-MM-DD. */
export type SheetEvidenceJson = Omit<SheetEvidence, 'latest'> & { readonly latest: IsoDay };

/** One sheet in the JSON's `sheets`: the listing without its words for people. */
export type SheetJson = Omit<SheetListing, 'described' | 'evidence'> & { readonly evidence?: readonly SheetEvidenceJson[] };

/** The JSON's `sheets`: the listing without its words for people, record days as YYYY-MM-DD. */
export function sheetsJson(listings: readonly SheetListing[]): SheetJson[] {
  return listings.map(({ described: _, evidence, ...rest }) =>
    evidence === undefined ? rest : { ...rest, evidence: evidence.map((e) => ({ ...e, latest: iso(e.latest) })) },
  );
}

/** The evidence every judged sheet gives, but the named one's (the sheet scanned as the checklist). */
export function evidenceBesides(listings: readonly SheetListing[], checklist: string | null): SheetEvidence[] {
  return listings.filter((l) => l.name !== checklist).flatMap((l) => l.evidence ?? []);
}

/** A matrix in one line: its counts, then each expired and missing cell ("Ray Dumont: First Aid expired 2026-09-14"). */
export function matrixLine(matrix: MatrixJson): string {
  const { counts } = matrix;
  const figures = `${matrix.workers.length} worker${matrix.workers.length === 1 ? '' : 's'} x ${matrix.courses.length} course${matrix.courses.length === 1 ? '' : 's'}: ${counts.current} current, ${counts.expiring} expiring, ${counts.expired} expired, ${counts.missing} missing, ${counts.na} n/a`;
  const named = matrix.cells
    .filter((c) => c.verdict === 'expired' || c.verdict === 'missing')
    .map((c) => `${c.worker}: ${c.verdict === 'expired' ? c.reason : `${c.course} missing`}`);
  return named.length === 0 ? figures : `${figures}. ${named.join('; ')}`;
}

/** A register in one line: its counts, then each document with a gap and its gaps ("HS-003: overdue"). */
export function registerLine(register: RegisterJson): string {
  const { counts } = register;
  const listed = register.documents.length;
  const figures = `${listed} document${listed === 1 ? '' : 's'}: ${counts.ready} ready, ${counts.gap} with a gap, ${counts.retired} retired, ${counts.unmatched} unmatched`;
  const named = register.documents.filter((d) => d.readiness === 'gap').map((d) => `${d.docNumber || d.title}: ${d.gaps.join(', ')}`);
  return named.length === 0 ? figures : `${figures}. ${named.join('; ')}`;
}

/** Requirements the product proposes (a consultant's or its own reading), off in the default profile: evidence for them is shown, not scored. */
const PROPOSALS = new Set(REFERENCE_CHECKLIST.filter(isProposal).map((r) => r.id));

/** A log in one line: its events, then each requirement's finding ("E4-02 gap: 11 of 12 months; no inspection in July 2026"). */
export function logLine(log: LogJson, evidence: readonly Pick<SheetEvidence, 'requirement' | 'finding' | 'summary'>[]): string {
  const events = `${log.events.length} ${log.events.length === 1 ? 'event' : 'events'}`;
  if (evidence.length === 0) return log.activity === null ? `${events}; say what it logs to judge it` : events;
  return `${events}. ${evidence.map((e) => `${e.requirement} ${e.finding}${PROPOSALS.has(e.requirement) ? ' (a proposal: not scored unless switched on in the settings)' : ''}: ${e.summary}`).join('. ')}`;
}
