import type { ClipEvidence } from './clips.ts';
import { itemKey } from './clips.ts';
import type { Day } from './dates.ts';
import type { ItemVerdict, JudgedItem } from './gaps.ts';
import { type Profile, enabledRequirements, staleAfterDays } from './profile.ts';
import { type Readiness, percentOf } from './readiness.ts';
import type { EvidenceSheetKind, SheetEvidence } from './sheet-evidence.ts';
import { ELEMENTS } from './reference/elements.ts';
import { type ElementId, type ReferenceRequirement, isProposal } from './reference/types.ts';
import { plural, rowList } from './words.ts';

/** The SECOR pass rule: at least this overall ... */
export const PASS_OVERALL_PERCENT = 80;
/** ... and at least this in every element. */
export const PASS_ELEMENT_PERCENT = 50;

/** How a reviewer would find one requirement in the tracker. */
export type RequirementFinding = 'ready' | 'gap' | 'missing' | 'n/a';

export interface ElementPrediction {
  readonly id: ElementId;
  readonly name: string;
  /** Requirements scored from documents (N/A ones left out). */
  readonly applicable: number;
  readonly ready: number;
  readonly gap: number;
  readonly missing: number;
  /** One decimal; ready / applicable, or the element's points in a points tracker; null when nothing can be scored. */
  readonly percent: number | null;
}

export interface Prediction {
  /** `requirements`: over the team's profile; `points`: the tracker is a scored instrument and its points are the score. */
  readonly by: 'requirements' | 'points';
  readonly percent: number | null;
  readonly pass: boolean;
  readonly reasons: readonly string[];
  /** Every scored element, E1 to E9. */
  readonly elements: readonly ElementPrediction[];
  /** How many applicable requirements the tracker covers, whatever scores it. */
  readonly coverage: { readonly applicable: number; readonly ready: number; readonly gap: number; readonly missing: number; readonly percent: number | null };
  /** Applicable requirements an audit checks by interview or observation only: not scored from documents. */
  readonly toPrepare: readonly string[];
  /** Where each scored requirement's evidence comes from, in checklist order: those with none are left out. */
  readonly evidence: readonly RequirementEvidence[];
}

/** One place a requirement's evidence is found: the checklist's rows, clips, or another sheet. */
export interface EvidenceSource {
  /** The sheet's name; null for the checklist when the caller did not name it, and for clips. */
  readonly sheet: string | null;
  readonly kind: 'checklist' | 'clip' | EvidenceSheetKind;
  readonly finding: 'ready' | 'gap' | 'n/a';
  /** In a few words: "row 12", "rows 4, 9 (1 with a gap)", "2 clips", "10 of 12 months". */
  readonly summary: string;
  /** Sheet rows (1-based) it rests on, gaps first; [] for clips. */
  readonly rows: readonly number[];
}

export interface RequirementEvidence {
  readonly requirement: string;
  readonly finding: RequirementFinding;
  readonly sources: readonly EvidenceSource[];
}

/** The requirements the audit would ask of this team: scored from documents, or to prepare for interview or observation. */
export function auditRequirements(profile: Profile): { scored: ReferenceRequirement[]; toPrepare: ReferenceRequirement[] } {
  const on = new Set(profile.proposalsOn);
  const scoredElements = new Set(ELEMENTS.filter((e) => e.scored).map((e) => e.id));
  const applicable = enabledRequirements(profile).filter((r) => scoredElements.has(r.element) && (!isProposal(r) || on.has(r.id)));
  return {
    scored: applicable.filter((r) => r.method.includes('D')),
    toPrepare: applicable.filter((r) => !r.method.includes('D')),
  };
}

/**
 * A clip saved against a requirement no row holds still shows the reviewer a record: current when
 * its record date is within the requirement's interval, else (undated or stale) a gap.
 */
function clipFinding(clips: readonly ClipEvidence[], requirement: ReferenceRequirement, today: Day, profile: Profile): RequirementFinding | null {
  if (clips.length === 0) return null;
  const limit = staleAfterDays(requirement, profile);
  return clips.some((c) => c.recordDate !== null && today - c.recordDate <= limit) ? 'ready' : 'gap';
}

function findingOf(verdicts: readonly ItemVerdict[]): RequirementFinding {
  const applicable = verdicts.filter((v) => v.readiness !== 'n/a');
  if (applicable.length === 0) return 'n/a';
  return applicable.every((v) => v.readiness === 'ready') ? 'ready' : 'gap';
}

/**
 * A requirement over all its sources, as a reviewer reads the workbook: sources all N/A take it
 * out; otherwise ready only when every applicable source is (a stale tracker row beside a current
 * log is still a discrepancy the reviewer would query), missing when there is none.
 */
function combine(sources: readonly EvidenceSource[]): RequirementFinding {
  const applicable = sources.filter((s) => s.finding !== 'n/a');
  if (applicable.length === 0) return sources.length > 0 ? 'n/a' : 'missing';
  return applicable.every((s) => s.finding === 'ready') ? 'ready' : 'gap';
}

function checklistSource(sheet: string | null, rows: readonly { row: number; verdict: ItemVerdict }[]): EvidenceSource {
  const finding = findingOf(rows.map((r) => r.verdict));
  const gaps = rows.filter((r) => r.verdict.readiness === 'gap');
  const ordered = [...gaps, ...rows.filter((r) => r.verdict.readiness !== 'gap')].map((r) => r.row + 1);
  const summary = `${rowList(ordered, 5)}${gaps.length > 0 && rows.length > 1 ? ` (${gaps.length} with a gap)` : ''}`;
  return { sheet, kind: 'checklist', finding: finding === 'ready' || finding === 'n/a' ? finding : 'gap', summary, rows: ordered };
}

/** What keeps requirements from ready: those with no row (per element), then those with a gap; a zero is left unsaid. */
function shortfall(missing: number, gap: number, perElement: string): string {
  const parts = [missing > 0 ? `${missing} with no row, clip or sheet (${perElement})` : '', gap > 0 ? `${gap} with a gap` : ''];
  return parts.filter(Boolean).join(', ');
}

export interface PredictionInput {
  readonly items: readonly JudgedItem[];
  readonly clips: readonly ClipEvidence[];
  readonly readiness: Readiness;
  readonly profile: Profile;
  readonly today: Day;
  /** What the workbook's other confirmed sheets (matrices, logs, registers) show, per requirement. */
  readonly sheetEvidence?: readonly SheetEvidence[];
  /** The checklist's sheet name, for the sources' words; null when it has none (a CSV read alone names it after its file). */
  readonly checklistSheet?: string | null;
}

/**
 * Predicts the audit, not the sheet: each requirement the team's profile makes applicable is
 * ready when a row or clip is matched to it and every applicable matched row is ready, missing
 * when nothing is, a gap otherwise (rows matched to it all N/A take it out, as a reviewer removes
 * an N/A question). Pass: >= 80 % overall and >= 50 % in every element. A points tracker is its
 * own scored instrument: its points give the score, the requirements its coverage.
 */
export function predictAudit({ items, clips, readiness, profile, today, sheetEvidence = [], checklistSheet = null }: PredictionInput): Prediction {
  const { scored, toPrepare } = auditRequirements(profile);
  const rowsOf = new Map<string, { row: number; verdict: ItemVerdict }[]>();
  // Pushed, not spread: a spread per row copies each requirement's list again (quadratic on big trackers).
  for (const item of items) {
    if (!item.requirement) continue;
    const rows = rowsOf.get(item.requirement.id);
    const entry = { row: item.row, verdict: item.verdict };
    if (rows) rows.push(entry);
    else rowsOf.set(item.requirement.id, [entry]);
  }
  const sheetsOf = new Map<string, SheetEvidence[]>();
  for (const e of sheetEvidence) sheetsOf.set(e.requirement, [...(sheetsOf.get(e.requirement) ?? []), e]);
  // Clips already counted toward a row reach the reviewer through that row.
  const texts = new Set(clips.length === 0 ? [] : items.map((item) => itemKey(item.text)));
  const looseClips = new Map<string, ClipEvidence[]>();
  for (const clip of clips) {
    const { target } = clip;
    if (target.requirement === null || (target.kind === 'item' && texts.has(itemKey(target.text)))) continue;
    looseClips.set(target.requirement, [...(looseClips.get(target.requirement) ?? []), clip]);
  }

  const findings = new Map<string, RequirementFinding>();
  const evidence: RequirementEvidence[] = [];
  for (const r of scored) {
    const sources: EvidenceSource[] = [];
    const rows = rowsOf.get(r.id);
    if (rows) sources.push(checklistSource(checklistSheet, rows));
    // Loose clips count only where no row holds the requirement (a row's clips reach the reviewer through it).
    const clipsFor = rows ? [] : (looseClips.get(r.id) ?? []);
    const byClips = clipFinding(clipsFor, r, today, profile);
    if (byClips === 'ready' || byClips === 'gap')
      sources.push({ sheet: null, kind: 'clip', finding: byClips, summary: plural(clipsFor.length, 'clip'), rows: [] });
    for (const e of sheetsOf.get(r.id) ?? []) sources.push({ sheet: e.sheet, kind: e.kind, finding: e.finding, summary: e.summary, rows: e.rows });
    const finding = combine(sources);
    findings.set(r.id, finding);
    if (sources.length > 0) evidence.push({ requirement: r.id, finding, sources });
  }

  const count = (of: readonly ReferenceRequirement[], finding: RequirementFinding) => of.filter((r) => findings.get(r.id) === finding).length;
  const tally = (of: readonly ReferenceRequirement[]) => {
    const ready = count(of, 'ready');
    const gap = count(of, 'gap');
    const missing = count(of, 'missing');
    const applicable = ready + gap + missing;
    return { applicable, ready, gap, missing, percent: percentOf(ready, applicable) };
  };
  const byPoints = readiness.scoredBy === 'points';
  const pointsPercent = new Map(readiness.elements.map((e) => [e.id, e.percent]));
  const elements: ElementPrediction[] = ELEMENTS.filter((e) => e.scored).map((e) => {
    const t = tally(scored.filter((r) => r.element === e.id));
    return { id: e.id, name: e.name, ...t, percent: byPoints ? (pointsPercent.get(e.id) ?? null) : t.percent };
  });
  const coverage = tally(scored);
  const percent = byPoints ? readiness.overall.percent : coverage.percent;

  const reasons: string[] = [];
  const missingByElement = elements
    .filter((e) => e.missing > 0)
    .map((e) => `${e.id} ${e.missing}`)
    .join(', ');
  if (percent === null) {
    reasons.push(
      byPoints
        ? 'No points to score: the tracker has no scored items in elements 1 to 9.'
        : 'No requirement of elements 1 to 9 applies: the team switched them all off or marked them N/A.',
    );
  } else if (percent < PASS_OVERALL_PERCENT) {
    const why = byPoints
      ? `${readiness.overall.points!.earned} of ${readiness.overall.points!.available} points earned`
      : `${coverage.ready} of ${plural(coverage.applicable, 'requirement')} ready; ${shortfall(coverage.missing, coverage.gap, missingByElement)}`;
    reasons.push(`Predicted score is ${percent.toFixed(1)} %, below the ${PASS_OVERALL_PERCENT} % pass mark: ${why}.`);
  }
  for (const e of elements) {
    if (e.percent === null || e.percent >= PASS_ELEMENT_PERCENT) continue;
    const why = byPoints
      ? ''
      : `: ${e.missing > 0 ? `${e.missing} of ${plural(e.applicable, 'requirement')} with no row, clip or sheet${e.gap > 0 ? `, ${e.gap} with a gap` : ''}` : `${e.gap} of ${plural(e.applicable, 'requirement')} with a gap`}`;
    reasons.push(`${e.id} ${e.name} is at ${e.percent.toFixed(1)} %, below the ${PASS_ELEMENT_PERCENT} % every element needs${why}.`);
  }
  return {
    by: byPoints ? 'points' : 'requirements',
    percent,
    pass: reasons.length === 0,
    reasons,
    elements,
    coverage,
    toPrepare: toPrepare.map((r) => r.id),
    evidence,
  };
}
