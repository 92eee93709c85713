import type { Day } from './dates.ts';
import type { TrackerItem } from './items.ts';

/** A clip saved to the Evidence sheet, as the engine counts it toward a tracker item. */
export interface ClipEvidence {
  /** The reference requirement it was saved against, or null when saved against a row. */
  readonly requirement: string | null;
  /** 0-based grid row it was saved against, or null when saved against a requirement. */
  readonly row: number | null;
  readonly recordDate: Day | null;
  /** What the item's evidence reads as when the clip is all it has: the title, or the link. */
  readonly label: string;
}

/**
 * Counts clips toward their items: an item with no evidence of its own but a clip has evidence
 * (the clip), and an item's date is the newest of its own date and its clips' record dates. An
 * item matches a clip by its row, or by the reference requirement it matched.
 */
export function applyClips(items: readonly TrackerItem[], clips: readonly ClipEvidence[]): TrackerItem[] {
  if (clips.length === 0) return [...items];
  const byRow = new Map<number, ClipEvidence[]>();
  const byRequirement = new Map<string, ClipEvidence[]>();
  for (const clip of clips) {
    if (clip.row !== null) byRow.set(clip.row, [...(byRow.get(clip.row) ?? []), clip]);
    else if (clip.requirement !== null) byRequirement.set(clip.requirement, [...(byRequirement.get(clip.requirement) ?? []), clip]);
  }
  return items.map((item) => {
    const mine = [...(byRow.get(item.row) ?? []), ...(item.requirement ? (byRequirement.get(item.requirement.id) ?? []) : [])];
    if (mine.length === 0) return item;
    const dates = mine.map((c) => c.recordDate).filter((d): d is Day => d !== null);
    const newest = Math.max(item.date ?? -Infinity, ...dates);
    const newestClip = [...mine].sort((a, b) => (b.recordDate ?? -Infinity) - (a.recordDate ?? -Infinity))[0]!;
    return {
      ...item,
      evidence: item.evidence === '' ? newestClip.label : item.evidence,
      evidencePlaceholder: item.evidence === '' ? null : item.evidencePlaceholder,
      date: Number.isFinite(newest) ? newest : item.date,
      unreadableDate: Number.isFinite(newest) ? null : item.unreadableDate,
      clips: mine.length,
    };
  });
}
