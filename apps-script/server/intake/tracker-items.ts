import type { Clip, RequirementChoice } from '../../../shared/clip-protocol.ts';
import { evaluateTracker, type TrackerEvaluation } from '../../../shared/evaluate.ts';
import { REFERENCE_CHECKLIST } from '../../../shared/reference/checklist.ts';
import { loadProfile } from '../profile-store.ts';
import { layoutOf, today } from '../scan.ts';
import { NeedsSetupError, openTracker } from '../tracker.ts';
import { Refusal } from './answer.ts';
import { readClips } from './evidence-sheet.ts';

/**
 * The tracker as the intake sees it: read and judged (clips counted), never written. The intake
 * writes only into the Evidence sheet; the Readiness column is the scan's.
 */
export function judgeTracker(): TrackerEvaluation {
  const tracker = openTracker();
  const result = evaluateTracker(tracker.grid, {
    today: today(),
    slashOrder: tracker.config.slashOrder,
    profile: loadProfile(),
    layout: layoutOf(tracker.config),
    clips: readClips(tracker.spreadsheet),
  });
  if (!result.ok) throw new NeedsSetupError(`${result.error.message} Run "Set up this sheet" to map the columns again.`);
  return result.evaluation;
}

const EVIDENCE_KINDS = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r.evidence]));

/** The picker's list: every item of the tracker, with its row (1-based) and readiness. */
export function requirementChoices(evaluation: TrackerEvaluation): RequirementChoice[] {
  return evaluation.items.map((item, i) => ({
    id: item.requirement?.id ?? null,
    element: item.element,
    text: item.text,
    row: item.row + 1,
    readiness: evaluation.verdicts[i]!.status,
    evidence: item.requirement ? [...(EVIDENCE_KINDS.get(item.requirement.id) ?? [])] : [],
  }));
}

/** What a clip is saved against, as the Evidence sheet records it. */
export interface ClipTarget {
  /** "E4-02", or "Row 14 · E4-02" / "Row 14" for a row. */
  readonly label: string;
  readonly element: string;
}

/**
 * Checks the clip's requirement against the tracker: a reference id some item of the tracker
 * matched, or the row (1-based) of an item. Anything else is refused.
 */
export function clipTarget(evaluation: TrackerEvaluation, requirement: Clip['requirement']): ClipTarget {
  const { items } = evaluation;
  if (typeof requirement === 'string') {
    const item = items.find((i) => i.requirement?.id === requirement);
    if (!item) throw new Refusal('unknown-requirement', `No row of the tracker is for ${requirement}: choose another requirement, or ask the coordinator to add it to the tracker.`);
    return { label: requirement, element: item.element ?? requirement.slice(0, 2) };
  }
  const item = items.find((i) => i.row + 1 === requirement);
  if (!item) throw new Refusal('unknown-requirement', `Row ${requirement} is not an item of the tracker (it may have moved): reload the requirements and choose again.`);
  return { label: item.requirement ? `Row ${requirement} · ${item.requirement.id}` : `Row ${requirement}`, element: item.element ?? '' };
}
