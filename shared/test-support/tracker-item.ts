import type { Day } from '../dates.ts';
import type { TrackerItem } from '../items.ts';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';

/**
 * A tracker item for a test: ready, dated five days before `today`, owned, matched to E1-01 (a
 * yearly refresh), on sheet row 5; override what the test is about.
 */
export function trackerItem(today: Day, overrides: Partial<TrackerItem> = {}): TrackerItem {
  return {
    row: 5,
    text: 'Signed H&S policy',
    element: 'E1',
    requirement: REFERENCE_CHECKLIST.find((r) => r.id === 'E1-01')!,
    matchScore: 1,
    candidates: [],
    evidence: 'https://drive.example.com/policy.pdf',
    evidencePlaceholder: null,
    owner: 'Dana',
    hasDateColumn: true,
    hasOwnerColumn: true,
    date: today - 5,
    unreadableDate: null,
    due: null,
    dueKind: 'deadline',
    interval: null,
    statusSays: 'done',
    notApplicable: false,
    points: null,
    clips: 0,
    ...overrides,
  };
}
