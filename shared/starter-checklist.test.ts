import { describe, expect, it } from 'vitest';
import { evaluateTracker } from './evaluate.ts';
import { detectLayout } from './layout/detect.ts';
import { DEFAULT_PROFILE } from './profile.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import { dayFromIso } from './dates.ts';
import { STARTER_HEADERS, elementLabel, starterChecklist } from './starter-checklist.ts';

describe('the starter checklist', () => {
  const grid = starterChecklist(DEFAULT_PROFILE);

  it('lists each reference requirement once, in the reference order', () => {
    const ids = grid.slice(1).map((row) => row[0]);
    expect(ids).toEqual(REFERENCE_CHECKLIST.map((r) => r.id));
    const first = REFERENCE_CHECKLIST[0]!;
    expect(grid[1]!.slice(0, 4)).toEqual([first.id, elementLabel(first.element), first.text, '']);
    expect(grid.every((row) => row.length === STARTER_HEADERS.length)).toBe(true);
  });

  it('leaves out what the team switched off', () => {
    const first = grid[1]![0]!;
    expect(starterChecklist({ ...DEFAULT_PROFILE, disabled: [first] }).map((row) => row[0])).not.toContain(first);
  });

  it('is read by setup as a checklist with every role in its own column, and judged all missing evidence', () => {
    const detected = detectLayout(grid);
    expect(detected.ok).toBe(true);
    if (!detected.ok) return;
    expect(detected.layout.headerRow).toBe(0);
    const { id, element, requirement, evidence, owner, date, due, status, notes } = detected.layout.columns;
    expect([id, element, requirement, evidence, owner, date, due, status, notes]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const result = evaluateTracker(grid, { today: dayFromIso('2026-11-26')!, profile: DEFAULT_PROFILE });
    if (!result.ok) throw new Error(result.error.message);
    // Every row matched to its own requirement by its id, none ready yet: nothing is missing, all is to do.
    expect(result.evaluation.items.map((item) => item.requirement?.id)).toEqual(grid.slice(1).map((row) => row[0]));
    expect(result.evaluation.missing).toEqual([]);
    expect(result.evaluation.prediction.percent).toBe(0);
  });
});
