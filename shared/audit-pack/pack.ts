import type { ActionLine } from '../action-lines.ts';
import { type ClipEvidence, type ClippedItem, itemKey } from '../clips.ts';
import { type Day, isoFromDay } from '../dates.ts';
import { GAP_LABEL, type JudgedItem } from '../gaps.ts';
import { type Prediction, type RequirementFinding, auditRequirements } from '../prediction.ts';
import type { Profile } from '../profile.ts';
import type { ElementId } from '../reference/types.ts';
import type { EvidenceSheetKind, SheetEvidence } from '../sheet-evidence.ts';
import { rowList } from '../words.ts';

/** Where one piece of evidence is kept, for the caller's link maker: a row of a sheet, or a clip. */
export type EvidencePlace = { readonly kind: 'row'; readonly sheet: string; readonly row: number } | { readonly kind: 'clip'; readonly clip: ClipEvidence };

/**
 * A working link to a place, or null when there is none: the add-on links a sheet row and a
 * clip's snapshot in Drive, the CLI the tracker file. The pack itself knows no platform.
 */
export type LinkMaker = (place: EvidencePlace) => string | null;

/** One piece of evidence, as the reviewer is pointed to it. */
export interface PackEvidence {
  /** What the reviewer looks at: the row's evidence, the clip's title, the sheet's summary. */
  readonly label: string;
  /** The record's date (YYYY-MM-DD); null when it has none. */
  readonly date: string | null;
  /** Where it is kept, in words: "Tracker, row 12", "Training, rows 4, 9", "Evidence sheet (clip)". */
  readonly where: string;
  /** A link that opens it; null when the caller has none. */
  readonly link: string | null;
  /** How this piece reads: ready, a gap, or N/A. */
  readonly finding: 'ready' | 'gap' | 'n/a';
  /** What is wrong with it, when it is a gap ("Stale evidence"); '' otherwise. */
  readonly note: string;
}

/** A requirement as the pack shows it: its finding and every piece of evidence behind it. */
export interface PackRequirement {
  /** The reference id, "E2-02". */
  readonly id: string;
  /** The reference checklist's words for it. */
  readonly text: string;
  /** How a reviewer would find it: ready, a gap, missing (no evidence), or N/A. */
  readonly finding: RequirementFinding;
  /** The evidence, tracker rows first; [] when there is none (then `noEvidence` says so). */
  readonly evidence: readonly PackEvidence[];
  /** Why there is nothing to show, in words, when `evidence` is empty; null otherwise. */
  readonly noEvidence: string | null;
}

/** An element with its predicted score, its bar and its requirements. */
export interface PackElement {
  /** "E1" to "E9". */
  readonly id: ElementId;
  /** "Management commitment & policy". */
  readonly name: string;
  /** One decimal, as the prediction gives it; null when nothing in it can be scored. */
  readonly percent: number | null;
  /** Requirements ready, of those scored from documents. */
  readonly ready: number;
  /** Requirements scored from documents (N/A ones left out). */
  readonly applicable: number;
  /** The bar's length, 0 to 1 (0 when nothing is scored). */
  readonly bar: number;
  /** Its requirements scored from documents, in checklist order. */
  readonly requirements: readonly PackRequirement[];
}

/** An open action, as the reviewer reads it. */
export interface PackAction {
  /** The requirement it is filed under; null when nothing matched. */
  readonly requirement: string | null;
  /** What it is about: the tracker item, the finding's words. */
  readonly item: string;
  /** What is wrong, in a few words. */
  readonly gap: string;
  /** What to do about it. */
  readonly suggested: string;
  /** '' when no one is named. */
  readonly owner: string;
  /** YYYY-MM-DD. */
  readonly due: string;
  /** Where it came from: "Tracker gap", "2026 audit, finding 3". */
  readonly source: string;
  /** Its due date has passed. */
  readonly overdue: boolean;
}

/** The reviewer's audit pack: what every renderer (PDF, HTML for a Google Doc) draws. */
export interface AuditPack {
  /** The team or workbook the pack is about. */
  readonly team: string;
  /** The day it was built for (YYYY-MM-DD). */
  readonly date: string;
  /** The predicted result: PASS or FAIL. */
  readonly pass: boolean;
  /** The predicted overall score, one decimal; null when nothing can be scored. */
  readonly percent: number | null;
  /** Why it would fail, when it would ([] on a pass). */
  readonly reasons: readonly string[];
  /** E1 to E9, each with its bar and requirements. */
  readonly elements: readonly PackElement[];
  /** Requirements an audit checks by interview or observation only, not judged from documents. */
  readonly toPrepare: readonly string[];
  /** The open actions, soonest due first. */
  readonly actions: readonly PackAction[];
}

export interface PackInput {
  /** The team or workbook, for the title. */
  readonly team: string;
  /** The day the pack is built for; actions due before it are overdue. */
  readonly today: Day;
  /** The team's profile, which says which requirements the audit scores. */
  readonly profile: Profile;
  /** The evaluation's prediction: its evidence per requirement is what the pack lists. */
  readonly prediction: Prediction;
  /** The tracker's judged items; [] when the workbook has no checklist. */
  readonly items: readonly JudgedItem<ClippedItem>[];
  /** The checklist's sheet name, as the prediction's sources name it. */
  readonly checklistSheet: string;
  /** The clips the evaluation counted, each handed to the link maker as it is. */
  readonly clips?: readonly ClipEvidence[];
  /** What the evidence sheets showed, for their newest record dates. */
  readonly sheetEvidence?: readonly SheetEvidence[];
  /** The open actions (Action Plan lines not done, or the scan's gaps as lines). */
  readonly actions: readonly ActionLine[];
  /** Makes each piece of evidence's link. */
  readonly link: LinkMaker;
}

/** An evidence sheet's kind, as the label of its line names it. */
const SHEET_WORD: Record<EvidenceSheetKind, string> = { 'training-matrix': 'Training matrix', 'activity-log': 'Log', 'document-register': 'Document register' };

const NO_EVIDENCE = 'No evidence: no tracker row, clip or evidence sheet covers it yet.';

function listed(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  return rowList(sorted);
}

function clipLine(clip: ClipEvidence, link: LinkMaker, finding: PackEvidence['finding']): PackEvidence {
  return {
    label: clip.label,
    date: clip.recordDate === null ? null : isoFromDay(clip.recordDate),
    where: 'Evidence sheet (clip)',
    link: link({ kind: 'clip', clip }),
    finding,
    note: clip.recordDate === null ? 'Clip without a record date' : '',
  };
}

/**
 * The clips counted toward an item, as applyClips counts them: those of its text, those of its
 * requirement (saved against it, or against an item no longer in the tracker), and (older clips
 * with neither) those of its row. `texts` holds the tracker's item texts.
 */
function clipsOfItem(item: ClippedItem, clips: readonly ClipEvidence[], texts: ReadonlySet<string>): ClipEvidence[] {
  if (item.clips === 0) return [];
  const key = itemKey(item.text);
  const requirement = item.requirement?.id;
  return clips.filter(({ target }) => {
    if (target.kind === 'item' && texts.has(itemKey(target.text))) return itemKey(target.text) === key;
    if (target.requirement !== null) return target.requirement === requirement;
    return target.kind === 'row' && target.row === item.row + 1;
  });
}

/**
 * The pack built from an evaluation: per element (E1 to E9) each requirement the audit scores
 * from documents, with every piece of evidence the prediction counted (tracker rows, clips,
 * evidence sheets), its date, where it is kept and a link; a requirement with none says so. So
 * every "yes" has its evidence line and every "no" its reason.
 */
export function buildAuditPack(input: PackInput): AuditPack {
  const { prediction, items, link, checklistSheet } = input;
  const clips = input.clips ?? [];
  const sheetEvidence = input.sheetEvidence ?? [];
  const sourcesOf = new Map(prediction.evidence.map((e) => [e.requirement, e]));
  const itemAt = new Map(items.map((item) => [item.row + 1, item]));
  // As the prediction counts them: a clip of an item still in the tracker reaches the reviewer through that item's row.
  const texts = new Set(items.map((item) => itemKey(item.text)));
  const looseClips = clips.filter(({ target }) => !(target.kind === 'item' && texts.has(itemKey(target.text))));

  const requirementOf = (id: string, text: string): PackRequirement => {
    const found = sourcesOf.get(id);
    if (!found) return { id, text, finding: 'missing', evidence: [], noEvidence: NO_EVIDENCE };
    const evidence: PackEvidence[] = [];
    for (const source of found.sources) {
      if (source.kind === 'checklist') {
        const sheet = source.sheet ?? checklistSheet;
        for (const row of [...source.rows].sort((a, b) => a - b)) {
          const item = itemAt.get(row);
          if (!item) continue;
          const { readiness, gaps } = item.verdict;
          evidence.push({
            label: item.evidence === '' ? `${item.text} (no evidence entered)` : item.evidence,
            date: item.date === null ? null : isoFromDay(item.date),
            where: `${sheet}, row ${row}`,
            link: link({ kind: 'row', sheet, row }),
            finding: readiness,
            note: gaps.map((g) => GAP_LABEL[g]).join(', '),
          });
          for (const clip of clipsOfItem(item, clips, texts)) evidence.push(clipLine(clip, link, readiness));
        }
      } else if (source.kind === 'clip') {
        for (const clip of looseClips.filter((c) => c.target.requirement === id)) evidence.push(clipLine(clip, link, source.finding));
      } else {
        const sheet = source.sheet ?? '';
        const latest = sheetEvidence.find((e) => e.sheet === sheet && e.requirement === id)?.latest ?? null;
        evidence.push({
          label: `${SHEET_WORD[source.kind]}: ${source.summary}`,
          date: latest === null ? null : isoFromDay(latest),
          where: source.rows.length === 0 ? sheet : `${sheet}, ${listed(source.rows)}`,
          link: source.rows.length === 0 ? null : link({ kind: 'row', sheet, row: Math.min(...source.rows) }),
          finding: source.finding,
          // The label already gives the summary that says what is short.
          note: source.finding === 'gap' ? 'not all current' : '',
        });
      }
    }
    return { id, text, finding: found.finding, evidence, noEvidence: evidence.length === 0 ? NO_EVIDENCE : null };
  };

  const scored = auditRequirements(input.profile).scored;
  const elements: PackElement[] = prediction.elements.map((e) => ({
    id: e.id,
    name: e.name,
    percent: e.percent,
    ready: e.ready,
    applicable: e.applicable,
    bar: e.percent === null ? 0 : Math.max(0, Math.min(1, e.percent / 100)),
    requirements: scored.filter((r) => r.element === e.id).map((r) => requirementOf(r.id, r.text)),
  }));
  const actions = [...input.actions]
    .sort((a, b) => a.due - b.due || (a.requirement ?? '').localeCompare(b.requirement ?? ''))
    .map(
      (a): PackAction => ({
        requirement: a.requirement,
        item: a.item,
        gap: a.gap,
        suggested: a.suggested,
        owner: a.owner,
        due: isoFromDay(a.due),
        source: a.source,
        overdue: a.due < input.today,
      }),
    );
  return {
    team: input.team,
    date: isoFromDay(input.today),
    pass: prediction.pass,
    percent: prediction.percent,
    reasons: prediction.reasons,
    elements,
    toPrepare: prediction.toPrepare,
    actions,
  };
}
