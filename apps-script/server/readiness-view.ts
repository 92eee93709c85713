import { columnLetter, type Day, describeSheetKind, GAP_KINDS, GAP_LABEL, isoFromDay, nextSubmissionMonth, REFERENCE_CHECKLIST } from '../../shared/index.ts';
import type { TeamProfile } from './profile-store.ts';
import { readyByClip } from './readiness-cell.ts';
import { ACTION_PLAN, scanActionProgress } from './action-plan.ts';
import { findOwnedSheet } from './owned-sheet.ts';
import { practiceView } from './practice-view.ts';
import type { Scan } from './scan.ts';
import type { ActionPlanView, DueSoon, EvidenceSheetView, GapGroup, ReadinessView, RowFinding, UnmatchedRow } from './views.ts';

function submissionOf(profile: TeamProfile, today: Day): ReadinessView['submission'] {
  if (profile.auditMonth === null) return null;
  const [year, month] = isoFromDay(today).split('-').map(Number) as [number, number];
  const next = nextSubmissionMonth({ year, month }, profile.auditMonth);
  return { month: `${next.year}-${String(next.month).padStart(2, '0')}`, partner: profile.certifyingPartner };
}

/** The confirmed evidence sheets as the scan found them: those it read, then those gone since setup. */
function evidenceSheetsOf(scan: Scan): EvidenceSheetView[] {
  const read: EvidenceSheetView[] = scan.sheets.map(({ read: { config, name }, judgement }) => ({
    sheetId: config.sheetId,
    name,
    kind: config.kind,
    note:
      judgement === null
        ? `It no longer reads as ${describeSheetKind({ kind: config.kind, activity: config.activity, confidence: 1, reasons: [] })}: nothing of it is counted. Set it up again to say what it is.`
        : null,
  }));
  const gone: EvidenceSheetView[] = scan.goneSheets.map((config) => ({
    sheetId: null,
    name: config.name,
    kind: config.kind,
    note: 'It was deleted: its evidence is no longer counted. Set up again to choose the evidence sheets.',
  }));
  return [...read, ...gone];
}

/** The Action Plan's lines by status and those overdue (one read), or null before it is made. */
function actionPlanView(scan: Scan): ActionPlanView | null {
  const progress = scanActionProgress(scan);
  const sheet = progress && findOwnedSheet(scan.tracker.spreadsheet, ACTION_PLAN, false);
  if (!progress || !sheet) return null;
  return {
    sheetName: sheet.getName(),
    sheetId: sheet.getSheetId(),
    counts: progress.counts,
    overdue: progress.overdue.map((o) => ({ ...o, due: isoFromDay(o.due) })),
  };
}

/** The sidebar's picture of a scan: scores, gaps grouped by kind, what falls due soon, what is missing. */
export function readinessView(scan: Scan): ReadinessView {
  const { evaluation, today, tracker, profile } = scan;
  const { items, readiness, prediction, missing } = evaluation;
  const findings: RowFinding[] = items.map((item) => {
    const { verdict } = item;
    return {
      row: item.row + 1,
      text: item.text,
      element: item.element,
      requirement: item.requirement?.id ?? null,
      readiness: verdict.readiness,
      gaps: verdict.gaps,
      warnings: verdict.warnings,
      details: verdict.details,
      readyByClip: readyByClip(item),
    };
  });
  const gapGroups: GapGroup[] = GAP_KINDS.map((kind) => ({
    kind,
    label: GAP_LABEL[kind],
    rows: findings.filter((f) => f.gaps.includes(kind)),
  })).filter((group) => group.rows.length > 0);

  const dueSoon: DueSoon[] = [];
  for (const item of items) {
    const { expiring } = item.verdict;
    if (expiring) dueSoon.push({ row: item.row + 1, text: item.text, on: isoFromDay(expiring.on), inDays: expiring.on - today, why: expiring.why });
  }
  dueSoon.sort((a, b) => a.inDays - b.inDays);

  const byId = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));
  const requirementOf = (id: string) => {
    const r = byId.get(id)!;
    return { id, element: r.element, text: r.text };
  };
  // N/A items carry no unmatched warning: they leave the score, whatever they would match.
  const unmatched: UnmatchedRow[] = items
    .filter((item) => item.verdict.warnings.includes('unmatched'))
    .map((item) => ({ row: item.row + 1, text: item.text, element: item.element, candidates: item.candidates.map((c) => requirementOf(c.id)) }));
  const { columns, ownRequirementColumn } = tracker.config;
  return {
    spreadsheetName: tracker.config.spreadsheetName,
    sheetName: tracker.config.sheetName,
    scannedAt: scan.scannedAt.toISOString(),
    today: isoFromDay(today),
    prediction: {
      by: prediction.by,
      percent: prediction.percent,
      pass: prediction.pass,
      reasons: prediction.reasons,
      elements: prediction.elements,
      coverage: prediction.coverage,
      toPrepare: prediction.toPrepare.map(requirementOf),
      evidence: prediction.evidence,
    },
    overall: {
      percent: readiness.overall.percent,
      ready: readiness.overall.ready,
      applicable: readiness.overall.applicable,
    },
    elements: readiness.elements.map(({ id, name, applicable, ready, percent }) => ({ id, name, applicable, ready, percent })),
    gapGroups,
    readyByClips: findings.filter((f) => f.readyByClip !== null),
    dueSoon,
    unmatched,
    requirementColumn: columns.id === null ? null : { letter: columnLetter(columns.id), ownedBy: ownRequirementColumn === null ? 'team' : 'add-on' },
    missing: missing.map(requirementOf),
    gate: readiness.gate,
    submission: submissionOf(profile, today),
    evidenceSheets: evidenceSheetsOf(scan),
    practice: practiceView(scan),
    actions: actionPlanView(scan),
  };
}
