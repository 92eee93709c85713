import { basename, extname } from 'node:path';
import { type Day, type LogActivity, type MatrixJudgement, type RegisterDocument, type RegisterJudgement, type SheetEvidence, type SheetKind, type SheetKindProposal, type SlashOrder, describeSheetKind, isoFromDay, judgeEvidenceSheet, proposeSheetKind } from '../shared/index.ts';
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
  /** A document register's documents judged as of the scan's day. */
  readonly register?: RegisterJson;
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
  readonly cells: readonly { row: number; column: string; worker: string; course: string; verdict: string; expires: string | null; taken: string | null; reason: string }[];
  readonly counts: MatrixJudgement['counts'];
}

/** A document register in the JSON: each document's verdict, days as YYYY-MM-DD, rows 1-based. */
export interface RegisterJson {
  /** Every document listed, its revised and next review days as YYYY-MM-DD (or null). */
  readonly documents: readonly (Omit<RegisterDocument, 'revised' | 'nextReview'> & { readonly revised: string | null; readonly nextReview: string | null })[];
  /** As the judgement counts them: ready, with a gap, retired, unmatched. */
  readonly counts: RegisterJudgement['counts'];
}

/** How the scan judges: its day and how ambiguous slashed dates read. */
export interface Judging {
  readonly today: Day;
  readonly slashOrder: SlashOrder;
}

function matrixJson(judgement: MatrixJudgement): MatrixJson {
  const { workers, left, courses, counts } = judgement;
  const cells = judgement.cells.map((c) => ({ ...c, expires: c.expires === null ? null : isoFromDay(c.expires), taken: c.taken === null ? null : isoFromDay(c.taken) }));
  return { workers, left, courses, cells, counts };
}

function registerJson(judgement: RegisterJudgement): RegisterJson {
  const iso = (day: Day | null) => (day === null ? null : isoFromDay(day));
  return { documents: judgement.documents.map((d) => ({ ...d, revised: iso(d.revised), nextReview: iso(d.nextReview) })), counts: judgement.counts };
}

/** A sheet's name: its tab's, or a CSV's file name without the extension (as Sheets names an imported CSV). */
export function sheetName(file: string, sheet: TrackerSheet): string {
  return sheet.name ?? basename(file, extname(file));
}

/** What every sheet of the file is proposed as, in order; a training matrix's cells judged as of `judging.today`. */
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
    return { ...own, ...evidence };
  });
}

/** The JSON's `sheets`: the listing without its words for people, record days as YYYY-MM-DD. */
export function sheetsJson(listings: readonly SheetListing[]) {
  return listings.map(({ described: _, evidence, ...rest }) =>
    evidence === undefined ? rest : { ...rest, evidence: evidence.map((e) => ({ ...e, latest: e.latest === null ? null : isoFromDay(e.latest) })) },
  );
}

/** The evidence every judged sheet gives, but the named one's (the sheet scanned as the checklist). */
export function evidenceBesides(listings: readonly SheetListing[], checklist: string | null): SheetEvidence[] {
  return listings.filter((l) => l.name !== checklist).flatMap((l) => l.evidence ?? []);
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
