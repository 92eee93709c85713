import { describe, expect, it } from 'vitest';
import type { Cell } from './cells.ts';
import { dayFromIso } from './dates.ts';
import { evaluateTracker } from './evaluate.ts';
import { DEFAULT_PROFILE } from './profile.ts';

const TODAY = dayFromIso('2026-11-26')!;

const TRACKER: Cell[][] = [
  ['Acme Roofing - SECOR tracker'],
  [],
  ['ID', 'Element', 'Requirement', 'Evidence', 'Owner', 'Last reviewed'],
  ['E1-01', '1. Policy', 'Signed H&S policy', 'policy.pdf', 'Ann', '2026-06-01'],
  ['E4-02', 'Inspections', 'Monthly site inspection', 'insp-oct.pdf', 'Bo', '2026-09-01'],
  ['', '', 'ELEMENT 5 - TRAINING', '', '', ''],
  ['', '', 'Orientation checklist signed', 'orientation.pdf', 'Bo', '2026-10-01'],
  ['', '', '* Prepared by Ann', '', '', ''],
];

function evaluate(grid: Cell[][], profile = DEFAULT_PROFILE) {
  const result = evaluateTracker(grid, { today: TODAY, profile });
  if (!result.ok) throw new Error(result.error.message);
  return result.evaluation;
}

describe('evaluateTracker', () => {
  it('reads items under the header, skipping headings and footers, carrying a heading down', () => {
    const { items } = evaluate(TRACKER);
    expect(items.map((i) => [i.row, i.element])).toEqual([
      [3, 'E1'],
      [4, 'E4'],
      [6, 'E5'],
    ]);
  });

  it('judges stale evidence by the requirement refresh interval', () => {
    const { items } = evaluate(TRACKER);
    // E4-02 expects an inspection record every 30 days; 86 days is stale.
    expect(items.map((item) => item.verdict.gaps)).toEqual([[], ['stale'], []]);
  });

  it("uses the team's own interval from the profile", () => {
    const { items } = evaluate(TRACKER, { ...DEFAULT_PROFILE, intervals: { 'E4-02': 120 } });
    expect(items[1]!.verdict.gaps).toEqual([]);
  });

  it('lists uncovered reference requirements as missing, except those the team switched off', () => {
    const all = evaluate(TRACKER).missing;
    expect(all).toContain('E6-05');
    expect(all).not.toContain('E1-01');
    expect(all.some((id) => id.startsWith('E0'))).toBe(false);
    const trimmed = evaluate(TRACKER, { ...DEFAULT_PROFILE, disabled: ['E6-05'] }).missing;
    expect(trimmed).not.toContain('E6-05');
    expect(trimmed).toHaveLength(all.length - 1);
  });

  it('names the missing role instead of flagging every row', () => {
    const result = evaluateTracker(
      [
        ['Requirement', 'Owner', 'Status'],
        ['Policy', 'Ann', 'Done'],
      ],
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('no-evidence-column');
  });
});
