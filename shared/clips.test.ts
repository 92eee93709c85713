import { describe, expect, it } from 'vitest';
import { type ClipEvidence, applyClips } from './clips.ts';
import { dayFromIso } from './dates.ts';
import { evaluateTracker } from './evaluate.ts';

const TODAY = dayFromIso('2026-11-26')!;
const GRID = [
  ['ID', 'Requirement', 'Evidence', 'Last reviewed'],
  ['E6-05', 'Emergency drill held and written up', '', ''],
  ['E4-02', 'Monthly site inspection', 'insp-aug.pdf', '2026-08-01'],
  ['E1-01', 'Signed H&S policy', '', ''],
];

function verdicts(clips: ClipEvidence[]) {
  const result = evaluateTracker(GRID, { today: TODAY, clips });
  if (!result.ok) throw new Error(result.error.message);
  return result.evaluation.verdicts.map((v) => v.gaps);
}

describe('clips counted toward items', () => {
  it('a dated clip gives an item with no evidence its evidence and its date', () => {
    expect(verdicts([])[0]).toEqual(['missing-evidence']);
    expect(verdicts([{ requirement: 'E6-05', row: null, recordDate: dayFromIso('2026-10-15'), label: 'Drill report' }])[0]).toEqual([]);
  });

  it("the item's date is the newest of its own and its clips' record dates", () => {
    expect(verdicts([])[1]).toEqual(['stale']);
    expect(verdicts([{ requirement: null, row: 2, recordDate: dayFromIso('2026-11-20'), label: 'Inspection Nov' }])[1]).toEqual([]);
    expect(verdicts([{ requirement: 'E4-02', row: null, recordDate: dayFromIso('2026-07-01'), label: 'Inspection Jul' }])[1]).toEqual(['stale']);
  });

  it('an undated clip is evidence without a date', () => {
    expect(verdicts([{ requirement: 'E1-01', row: null, recordDate: null, label: 'Policy page' }])[2]).toEqual(['undated']);
  });

  it('leaves items without clips as they were', () => {
    const items = [{ row: 1, requirement: null, evidence: 'x', date: 5 }] as never[];
    expect(applyClips(items, [])).toEqual(items);
  });
});
