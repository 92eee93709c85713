import { describe, expect, it } from 'vitest';
import { suggestedAction } from './actions.ts';
import type { TrackerItem } from './items.ts';
import { DEFAULT_PROFILE } from './profile.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';

const drills = REFERENCE_CHECKLIST.find((r) => r.id === 'E6-05')!;
const item = { requirement: drills } as TrackerItem;

describe('suggestedAction', () => {
  it('names the reference evidence kinds for missing evidence', () => {
    expect(suggestedAction(item, 'missing-evidence', DEFAULT_PROFILE)).toBe(
      'File the drill records with debrief and put its link or location in the evidence column.',
    );
  });

  it("states the renewal interval, the team's own when set", () => {
    expect(suggestedAction(item, 'stale', DEFAULT_PROFILE)).toContain('within the last 365 days');
    expect(suggestedAction(item, 'stale', { ...DEFAULT_PROFILE, intervals: { 'E6-05': 180 } })).toContain('within the last 180 days');
    // The row's own interval column is the team's word for that row, over the profile's.
    expect(suggestedAction({ ...item, interval: 92 }, 'stale', { ...DEFAULT_PROFILE, intervals: { 'E6-05': 180 } })).toContain('within the last 92 days');
  });

  it('asks for the new expiry date of an expired record, and a dated record for a passed next-due date', () => {
    expect(suggestedAction(item, 'expired', DEFAULT_PROFILE)).toBe('Renew the drill records with debrief, file the new one and enter its new expiry date.');
    expect(suggestedAction({ ...item, dueKind: 'next' }, 'overdue', DEFAULT_PROFILE)).toContain('enter its date');
    expect(suggestedAction({ ...item, dueKind: 'deadline' }, 'overdue', DEFAULT_PROFILE)).toBe('Do it, mark it done and set the next due date.');
  });

  it('falls back to "the record" for an unmatched item', () => {
    expect(suggestedAction({ requirement: null } as TrackerItem, 'open', DEFAULT_PROFILE)).toBe('Finish it, file the record and mark it done.');
  });
});
