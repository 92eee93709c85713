import type { Clip, RequirementChoice } from '../../../shared/clip-protocol.ts';
import { type ClipTarget, itemKey, REFERENCE_CHECKLIST, type TrackerEvaluation, type TrackerItem } from '../../../shared/index.ts';
import { Refusal } from './answer.ts';

const EVIDENCE_KINDS = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r.evidence]));

/** The picker's list: every item of the tracker, with its row (1-based) and readiness. */
export function requirementChoices(evaluation: TrackerEvaluation): RequirementChoice[] {
  return evaluation.items.map((item) => ({
    id: item.requirement?.id ?? null,
    element: item.element,
    text: item.text,
    row: item.row + 1,
    readiness: item.verdict.readiness,
    evidence: item.requirement ? [...(EVIDENCE_KINDS.get(item.requirement.id) ?? [])] : [],
  }));
}

/** What a clip is saved against, and the element it is filed in ('' for an item of none). */
export interface CheckedTarget {
  readonly target: ClipTarget;
  readonly element: string;
}

/**
 * The item a clip saved against a row is for. With the item's text (a newer clipper sends it) the
 * text decides, as rows are sorted and inserted while a clip waits in the queue: the item of that
 * text at the given row, else the only one elsewhere. Without it, the item at the row.
 */
function itemOfRow(evaluation: TrackerEvaluation, row: number, text: string | null | undefined): TrackerItem {
  const { items } = evaluation;
  if (!text?.trim()) {
    const item = items.find((i) => i.row + 1 === row);
    if (!item)
      throw new Refusal('unknown-requirement', `Row ${row} is not an item of the tracker (it may have moved): reload the requirements and choose again.`);
    return item;
  }
  const key = itemKey(text);
  const sameText = items.filter((i) => itemKey(i.text) === key);
  const item = sameText.find((i) => i.row + 1 === row) ?? (sameText.length === 1 ? sameText[0]! : null);
  if (item) return item;
  const quoted = `"${text.trim().slice(0, 80)}"`;
  if (sameText.length === 0)
    throw new Refusal(
      'unknown-requirement',
      `The tracker has no item ${quoted} any more: it was changed or removed. Reload the requirements and choose again.`,
    );
  throw new Refusal(
    'unknown-requirement',
    `${sameText.length} items of the tracker read ${quoted} (rows ${sameText.map((i) => i.row + 1).join(', ')}): reload the requirements and choose one again.`,
  );
}

/**
 * Checks the clip's target against the tracker: a reference id some item of the tracker matched,
 * or an item (by its text, else its row). Anything else is refused.
 */
export function clipTarget(evaluation: TrackerEvaluation, clip: Pick<Clip, 'requirement' | 'item'>): CheckedTarget {
  const { requirement } = clip;
  if (typeof requirement === 'string') {
    const item = evaluation.items.find((i) => i.requirement?.id === requirement);
    if (!item)
      throw new Refusal(
        'unknown-requirement',
        `No row of the tracker is for ${requirement}: choose another requirement, or ask the coordinator to add it to the tracker.`,
      );
    return { target: { kind: 'requirement', requirement }, element: item.element ?? requirement.slice(0, 2) };
  }
  const item = itemOfRow(evaluation, requirement, clip.item);
  // The item's row now, not the one the clipper sent: the row only breaks ties between items of one text.
  return { target: { kind: 'item', text: item.text, row: item.row + 1, requirement: item.requirement?.id ?? null }, element: item.element ?? '' };
}
