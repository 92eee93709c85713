import { describe, expect, it } from 'vitest';
import type { ClipTarget } from './clip-target.ts';
import { type ClipEvidence, applyClips, implausibleRecordDate, itemKey } from './clips.ts';
import { dayFromIso } from './dates.ts';
import { evaluateTracker, evaluateRows } from './evaluate.ts';

const TODAY = dayFromIso('2026-11-26')!;
const GRID = [
  ['ID', 'Requirement', 'Evidence', 'Last reviewed'],
  ['E6-05', 'Emergency drill held and written up', '', ''],
  ['E4-02', 'Monthly site inspection', 'insp-aug.pdf', '2026-08-01'],
  ['E1-01', 'Signed H&S policy', '', ''],
];

/** A clip saved against an item's text, else a row, else a requirement; `row` is the grid row (0-based), as items have it. */
function clip({
  item = null,
  requirement = null,
  row = null,
  recordDate = dayFromIso('2026-11-20'),
  label = 'Clipped',
}: {
  item?: string | null;
  requirement?: string | null;
  row?: number | null;
  recordDate?: number | null;
  label?: string;
}): ClipEvidence {
  const sheetRow = row === null ? null : row + 1;
  const target: ClipTarget =
    item !== null
      ? { kind: 'item', text: item, row: sheetRow, requirement }
      : sheetRow !== null
        ? { kind: 'row', row: sheetRow, requirement }
        : { kind: 'requirement', requirement: requirement! };
  return { target, recordDate, label };
}

function gapsOf(clips: ClipEvidence[], grid: unknown[][] = GRID) {
  const result = evaluateTracker(grid as never, { today: TODAY, clips });
  if (!result.ok) throw new Error(result.error.message);
  return result.evaluation.items.map((item) => item.verdict.gaps);
}

describe('clips counted toward items', () => {
  it('a dated clip gives an item with no evidence its evidence and its date', () => {
    expect(gapsOf([])[0]).toEqual(['missing-evidence']);
    expect(gapsOf([clip({ requirement: 'E6-05', recordDate: dayFromIso('2026-10-15'), label: 'Drill report' })])[0]).toEqual([]);
  });

  it("the item's date is the newest of its own and its clips' record dates", () => {
    expect(gapsOf([])[1]).toEqual(['stale']);
    expect(gapsOf([clip({ item: 'Monthly site inspection', row: 2 })])[1]).toEqual([]);
    expect(gapsOf([clip({ requirement: 'E4-02', recordDate: dayFromIso('2026-07-01') })])[1]).toEqual(['stale']);
  });

  it('an undated clip is evidence without a date', () => {
    expect(gapsOf([clip({ requirement: 'E1-01', recordDate: null })])[2]).toEqual(['undated']);
  });

  it('a clip of an item follows its text, whatever row the item is on now', () => {
    // Saved when the inspection was on row 2; the team sorted it to row 3.
    const sorted = [GRID[0]!, GRID[1]!, GRID[3]!, GRID[2]!];
    const saved = clip({ item: '  monthly   SITE inspection ', requirement: 'E4-02', row: 2 });
    expect(gapsOf([saved], sorted)).toEqual([['missing-evidence'], ['missing-evidence'], []]);
  });

  it('between items of the same text the row decides: the one at it, else the nearest', () => {
    const twins = [GRID[0]!, ['', 'Site inspection', '', ''], ['', 'Other', 'x.pdf', '2026-11-01'], ['', 'Site inspection', '', '']];
    expect(gapsOf([clip({ item: 'Site inspection', row: 3 })], twins)).toEqual([['missing-evidence'], [], []]);
    expect(gapsOf([clip({ item: 'Site inspection', row: 1 })], twins)).toEqual([[], [], ['missing-evidence']]);
    expect(gapsOf([clip({ item: 'Site inspection', row: 4 })], twins)).toEqual([['missing-evidence'], [], []]);
  });

  it("an item's text gone from the tracker: its requirement's items count the clip; without one, nothing does", () => {
    expect(gapsOf([clip({ item: 'Annual drill', requirement: 'E6-05', row: 1 })])[0]).toEqual([]);
    expect(gapsOf([clip({ item: 'Annual drill', row: 1 })])[0]).toEqual(['missing-evidence']);
  });

  it('a row written before the Item column counts toward its row, or with an id ("Row 2 · E4-02") toward that id', () => {
    expect(gapsOf([clip({ row: 3 })])[2]).toEqual([]);
    expect(gapsOf([clip({ row: 1, requirement: 'E1-01' })])).toEqual([['missing-evidence'], ['stale'], []]);
  });

  it("in an edit's rows, a clip of an item not among them counts toward nothing, not toward another of its requirement", () => {
    const result = evaluateTracker(GRID as never, { today: TODAY });
    if (!result.ok) throw new Error(result.error.message);
    const { layout, dateOrders } = result.evaluation;
    const edit = (clips: ClipEvidence[]) =>
      evaluateRows([undefined, undefined, GRID[2]!] as never, { today: TODAY, layout, dateOrders, span: { from: 2, to: 2, carried: null }, clips }).map(
        (item) => item.verdict.gaps,
      );
    expect(edit([clip({ item: 'Monthly site inspection', requirement: 'E4-02', row: 2 })])).toEqual([[]]);
    expect(edit([clip({ item: 'Monthly inspection of the other site', requirement: 'E4-02', row: 7 })])).toEqual([['stale']]);
    expect(edit([clip({ requirement: 'E4-02' })])).toEqual([[]]);
  });

  it('names the clip an item rests on: the one giving its evidence or a date newer than its own', () => {
    const items = (clips: ClipEvidence[]) => {
      const result = evaluateTracker(GRID as never, { today: TODAY, clips });
      if (!result.ok) throw new Error(result.error.message);
      return result.evaluation.items.map((i) => i.byClip);
    };
    expect(items([])).toEqual([undefined, undefined, undefined]);
    const drill = clip({ requirement: 'E6-05', recordDate: dayFromIso('2026-10-15') });
    const older = clip({ item: 'Monthly site inspection', row: 2, recordDate: dayFromIso('2026-07-01') });
    const newer = clip({ item: 'Monthly site inspection', row: 2, recordDate: dayFromIso('2026-11-20') });
    expect(items([drill, older])).toEqual([{ recordDate: dayFromIso('2026-10-15') }, undefined, undefined]);
    // The newest of several clips is the one named; an undated clip still gives evidence.
    expect(items([older, newer, clip({ row: 3, recordDate: null })])).toEqual([undefined, { recordDate: dayFromIso('2026-11-20') }, { recordDate: null }]);
  });

  it('leaves items without clips as they were', () => {
    const items = [{ row: 1, requirement: null, evidence: 'x', date: 5 }] as never[];
    expect(applyClips(items, [])).toEqual(items);
  });
});

describe('item texts', () => {
  it('fold spacing and case, nothing else', () => {
    expect(itemKey('  Monthly\tSite \n inspection ')).toBe('monthly site inspection');
    expect(itemKey('Monthly site inspections')).not.toBe(itemKey('Monthly site inspection'));
  });
});

describe('record dates', () => {
  it('after today, or before 1990, cannot be believed', () => {
    expect(implausibleRecordDate(TODAY, TODAY)).toBeNull();
    expect(implausibleRecordDate(TODAY + 1, TODAY)).toBe('future');
    expect(implausibleRecordDate(dayFromIso('9999-12-31')!, TODAY)).toBe('future');
    expect(implausibleRecordDate(dayFromIso('1990-01-01')!, TODAY)).toBeNull();
    expect(implausibleRecordDate(dayFromIso('1989-12-31')!, TODAY)).toBe('too-old');
    expect(implausibleRecordDate(dayFromIso('1899-12-30')!, TODAY)).toBe('too-old');
  });
});
