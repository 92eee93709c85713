import type { GapKind } from './gaps.ts';
import type { TrackerItem } from './items.ts';
import { type Profile, staleAfterDays } from './profile.ts';

function evidenceKinds(item: TrackerItem): string {
  const kinds = item.requirement?.evidence ?? [];
  if (kinds.length === 0) return 'the record';
  return kinds.length === 1 ? `the ${kinds[0]}` : `the ${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
}

/**
 * What to do about a gap, in the words of the reference evidence kinds, for the action plan a
 * SECOR audit expects for every "no".
 */
export function suggestedAction(item: TrackerItem, gap: GapKind, profile: Profile): string {
  switch (gap) {
    case 'missing-evidence':
      return `File ${evidenceKinds(item)} and put its link or location in the evidence column.`;
    case 'undated':
      return 'Enter the date of the record (YYYY-MM-DD) beside its evidence.';
    case 'stale':
      return `Renew it: ${evidenceKinds(item)}, dated within the last ${staleAfterDays(item.requirement, profile)} days.`;
    case 'overdue':
      return 'Do it, mark it done and set the next due date.';
    case 'open':
      return `Finish it, file ${evidenceKinds(item)} and mark it done.`;
  }
}
