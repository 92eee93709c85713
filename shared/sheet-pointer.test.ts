import { describe, expect, it } from 'vitest';
import { dayFromIso } from './dates.ts';
import { evaluateTracker } from './evaluate.ts';
import type { SheetEvidence } from './sheet-evidence.ts';
import { pointedSheet } from './sheet-pointer.ts';

const today = dayFromIso('2026-11-26')!;
const evidence = (sheet: string, requirement: string, latest: string, finding: 'ready' | 'gap' = 'ready'): SheetEvidence => ({
  requirement,
  sheet,
  kind: 'activity-log',
  finding,
  summary: 's',
  rows: [2],
  latest: dayFromIso(latest),
});

describe('a checklist row whose evidence is another sheet', () => {
  it('names the sheet in whole words, the longest name first', () => {
    const sheets = ['Tickets', 'Monthly Inspections', 'Inspections'];
    expect(pointedSheet('see Monthly Inspections tab', sheets)).toBe('Monthly Inspections');
    expect(pointedSheet('Tickets sheet', sheets)).toBe('Tickets');
    expect(pointedSheet('inspections-2026.pdf', sheets)).toBe('Inspections');
    expect(pointedSheet('ticketsbinder', sheets)).toBeNull();
    expect(pointedSheet('', sheets)).toBeNull();
  });

  it("dates an undated row by the sheet's newest record, and gives an unmatched row the requirement the sheet speaks for", () => {
    const grid = [
      ['Item', 'Where is it', 'Done', 'Date'],
      ['Monthly inspections', 'see Monthly Inspections tab', 'yes', ''],
      ['Tickets tracked', 'see Tickets tab', 'yes', ''],
      ['Tailgate meetings', 'binder', 'yes', ''],
    ];
    const sheetEvidence = [
      evidence('Monthly Inspections', 'E4-02', '2026-11-04', 'gap'),
      evidence('Monthly Inspections', 'E4-03', '2026-11-04'),
      { ...evidence('Tickets', 'E5-02', '2027-09-09'), kind: 'training-matrix' as const, latest: dayFromIso('2026-10-01') },
    ];
    const alone = evaluateTracker(grid, { today });
    expect(alone.ok && alone.evaluation.items.map((i) => [i.requirement?.id ?? null, i.verdict.gaps])).toEqual([
      ['E4-02', ['undated']],
      [null, ['undated']],
      ['E8-01', ['undated']],
    ]);
    const result = evaluateTracker(grid, { today, sheetEvidence, sheetName: 'Checklist' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [inspections, tickets, tailgates] = result.evaluation.items;
    expect(inspections).toMatchObject({ requirement: { id: 'E4-02' }, date: dayFromIso('2026-11-04'), bySheet: { sheet: 'Monthly Inspections' } });
    expect(inspections!.verdict.readiness).toBe('ready');
    expect(tickets).toMatchObject({ requirement: { id: 'E5-02' }, candidates: [], bySheet: { sheet: 'Tickets' } });
    expect(tickets!.verdict.warnings).not.toContain('unmatched');
    // A row pointing nowhere is judged as before.
    expect(tailgates!.verdict.gaps).toEqual(['undated']);
    // The log's own gap still counts: the row is ready, the requirement is not.
    expect(result.evaluation.prediction.evidence.find((e) => e.requirement === 'E4-02')).toMatchObject({ finding: 'gap' });
  });
});
