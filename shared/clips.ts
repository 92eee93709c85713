import type { ClipTarget } from './clip-target.ts';
import { type Day, dayFromIso } from './dates.ts';
import type { TrackerItem } from './items.ts';

/** A clip saved to the Evidence sheet, as the engine counts it toward a tracker item. */
export interface ClipEvidence {
  /** What it was saved against: its item's text (its row when saved only breaks ties), or a requirement. */
  readonly target: ClipTarget;
  readonly recordDate: Day | null;
  /** What the item's evidence reads as when the clip is all it has: the title, or the link. */
  readonly label: string;
}

/** A tracker item with its clips counted. */
export interface ClippedItem extends TrackerItem {
  /**
   * The clip the item's record is, when a clip is what its verdict rests on: the newest clip gave
   * the evidence (the row had none) or the date (newer than the row's own). Absent otherwise.
   */
  readonly byClip?: { readonly recordDate: Day | null };
  /** The sheet of the workbook the row's evidence points to, when its newest record dates the row (see sheet-pointer.ts). */
  readonly bySheet?: { readonly sheet: string; readonly latest: Day };
}

/** An item's text as clips match it: trimmed, whitespace and case folded, so an edit of spacing or capitals keeps its clips. */
export function itemKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Of the items with one text, the one nearest `row`: a clip counts toward one item, even after a sort. */
function nearest<T extends Pick<TrackerItem, 'row'>>(sameText: readonly T[], row: number | null): T {
  if (row === null) return sameText[0]!;
  return sameText.reduce((best, i) => (Math.abs(i.row - row) < Math.abs(best.row - row) ? i : best));
}

/**
 * The earliest record date a clip may have. Older is a misread (a zero date serial is 1899-12-30,
 * a zero timestamp 1970-01-01), not a record an audit of the last 12 months would look at.
 */
export const EARLIEST_RECORD_DATE = '1990-01-01';
const EARLIEST_RECORD_DAY = dayFromIso(EARLIEST_RECORD_DATE)!;

/** Why a clip's record date cannot be believed, or null when it can: after today, or before 1990. */
export function implausibleRecordDate(recordDate: Day, today: Day): 'future' | 'too-old' | null {
  if (recordDate > today) return 'future';
  return recordDate < EARLIEST_RECORD_DAY ? 'too-old' : null;
}

/**
 * Counts clips toward their items: an item with no evidence of its own but a clip has evidence
 * (the clip), and an item's date is the newest of its own date and its clips' record dates. A clip
 * goes to the item of its text (the one at its row, else the nearest, when several read the same),
 * then, when no item has that text any more, to the items that matched its requirement; an
 * Evidence row with neither (written before the Item column) goes to its row.
 *
 * `whole` says the items are the whole tracker. The rows of an edit are not: a text missing from
 * them may be on another row, so there a clip of an item not among them counts toward nothing
 * rather than toward another item of the same requirement.
 */
export function applyClips(items: readonly TrackerItem[], clips: readonly ClipEvidence[], whole = true): ClippedItem[] {
  if (clips.length === 0) return [...items];
  const byText = new Map<string, TrackerItem[]>();
  for (const item of items) {
    const key = itemKey(item.text);
    const same = byText.get(key);
    if (same) same.push(item);
    else byText.set(key, [item]);
  }
  const byRow = new Map<number, ClipEvidence[]>();
  const byRequirement = new Map<string, ClipEvidence[]>();
  const add = <K>(map: Map<K, ClipEvidence[]>, key: K, clip: ClipEvidence) => map.set(key, [...(map.get(key) ?? []), clip]);
  // A target's row is a sheet row (1-based), an item's a grid row (0-based).
  for (const clip of clips) {
    const { target } = clip;
    if (target.kind === 'item') {
      const sameText = byText.get(itemKey(target.text));
      if (sameText) {
        add(byRow, nearest(sameText, target.row === null ? null : target.row - 1).row, clip);
        continue;
      }
      if (!whole) continue;
    }
    if (target.requirement !== null) add(byRequirement, target.requirement, clip);
    else if (target.kind === 'row') add(byRow, target.row - 1, clip);
  }
  return items.map((item) => {
    const mine = [...(byRow.get(item.row) ?? []), ...(item.requirement ? (byRequirement.get(item.requirement.id) ?? []) : [])];
    if (mine.length === 0) return item;
    const dates = mine.map((c) => c.recordDate).filter((d): d is Day => d !== null);
    const newest = Math.max(item.date ?? -Infinity, ...dates);
    const newestClip = [...mine].sort((a, b) => (b.recordDate ?? -Infinity) - (a.recordDate ?? -Infinity))[0]!;
    const clipIsRecord = item.evidence === '' || (newestClip.recordDate !== null && (item.date === null || newestClip.recordDate > item.date));
    return {
      ...item,
      evidence: item.evidence === '' ? newestClip.label : item.evidence,
      evidencePlaceholder: item.evidence === '' ? null : item.evidencePlaceholder,
      date: Number.isFinite(newest) ? newest : item.date,
      unreadableDate: Number.isFinite(newest) ? null : item.unreadableDate,
      clips: mine.length,
      ...(clipIsRecord ? { byClip: { recordDate: newestClip.recordDate } } : {}),
    };
  });
}
