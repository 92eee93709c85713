import { describe, expect, it } from 'vitest';
import { dayFromIso } from './dates.ts';
import { judgeEvidenceSheet } from './workbook.ts';

const today = dayFromIso('2026-11-26')!;

describe('judgeEvidenceSheet', () => {
  it('judges an activity log by what it was confirmed to log, and gives its evidence', () => {
    const grid = [
      ['Date', 'Site', 'Inspected by', 'Findings'],
      ['2026-10-13', 'Shop', 'Gary', 'none'],
      ['2026-11-10', 'Shop', 'Gary', 'none'],
    ];
    const judged = judgeEvidenceSheet({ name: 'Walkarounds', grid, kind: 'activity-log', activity: 'inspections' }, { today });
    expect(judged).toMatchObject({ kind: 'activity-log', sheet: 'Walkarounds', log: { activity: 'inspections', headerRow: 1 } });
    expect(judged!.evidence).toEqual([
      {
        requirement: 'E4-02',
        sheet: 'Walkarounds',
        kind: 'activity-log',
        finding: 'ready',
        summary: '2 of 2 months since the log began in October 2026',
        rows: [2, 3],
        latest: dayFromIso('2026-11-10'),
      },
    ]);
  });

  it('is null for a log that no longer reads as one', () => {
    expect(judgeEvidenceSheet({ name: 'Walkarounds', grid: [['Name'], ['Gary']], kind: 'activity-log', activity: 'inspections' }, { today })).toBeNull();
  });
});
