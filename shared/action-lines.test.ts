import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, actionProgress, actionStatusOf, isActionFinished } from './action-lines.ts';

describe('action statuses', () => {
  it("reads the team's Status cell in any case and spacing, empty as Open", () => {
    expect(actionStatusOf('  in   PROGRESS ')).toBe('In progress');
    expect(actionStatusOf('')).toBe('Open');
    expect(actionStatusOf('verified')).toBe('Verified');
    expect(actionStatusOf('waiting on parts')).toBeNull();
  });

  it('counts only Done and Verified as finished', () => {
    expect(ACTION_STATUSES.filter(isActionFinished)).toEqual(['Done', 'Verified']);
    expect(isActionFinished(null)).toBe(false);
  });
});

describe('actionProgress', () => {
  const today = 20_000;
  const line = (row: number, item: string, due: unknown, status: string, gapNow = 'open') => ({
    row,
    item,
    requirement: 'E6-05',
    owner: 'Gary',
    due: due as never,
    status,
    gapNow,
    source: 'Tracker gap',
  });

  it('counts lines by status and lists those overdue: due before today, not done, gap not gone', () => {
    const progress = actionProgress(
      [
        line(2, 'Drill not held', '1924-10-01', 'Open'),
        line(3, 'Policy unsigned', new Date(Date.UTC(2024, 0, 1)), 'in progress'),
        line(4, 'Old gap', '2020-01-01', 'Open', 'closed by 2026-11-01'),
        line(5, 'Done late', '2020-01-01', 'Done'),
        line(6, 'Waiting', '2020-01-01', 'waiting on parts'),
        line(7, '', '2020-01-01', 'Open'),
        line(8, 'Not due yet', '2099-01-01', ''),
      ],
      { today, order: 'month-first', timeZone: 'UTC' },
    );
    expect(progress.counts).toEqual({ Open: 4, 'In progress': 1, Done: 1, Verified: 0 });
    expect(progress.unreadable).toBe(1);
    expect(progress.overdue.map((o) => o.row)).toEqual([2, 6, 3]);
    expect(progress.overdue[2]).toMatchObject({ item: 'Policy unsigned', requirement: 'E6-05', status: 'in progress', owner: 'Gary' });
  });
});
