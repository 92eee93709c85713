import { type GapKind, refreshDays } from './gaps.ts';
import type { TrackerItem } from './items.ts';
import type { Profile } from './profile.ts';

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
      return `Renew it: ${evidenceKinds(item)}, dated within the last ${refreshDays(item, profile)} days.`;
    case 'expired':
      return `Renew ${evidenceKinds(item)}, file the new one and enter its new expiry date.`;
    case 'overdue':
      return item.dueKind === 'deadline'
        ? 'Do it, mark it done and set the next due date.'
        : 'Do it, file the record, enter its date and set the next due date.';
    case 'open':
      return `Finish it, file ${evidenceKinds(item)} and mark it done.`;
  }
}
