import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, recordHistory, type HistoryEntry } from './history-model.ts';
import { backoffDelay } from './queue-model.ts';

describe('backoff schedule', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, 30_000, 3_600_000) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(backoffDelay(500, 30_000, 3_600_000)).toBe(3_600_000);
  });
});

describe('history', () => {
  it(`keeps the last ${HISTORY_LIMIT}, newest first, one entry per clip`, () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < 60; i++) list = recordHistory(list, { id: `c${i}`, title: '', url: '', requirement: 'E1-01', requirementLabel: '', state: 'queued', at: i, attempts: 0 });
    list = recordHistory(list, { ...list[10]!, state: 'saved' });
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]).toMatchObject({ id: 'c49', state: 'saved' });
    expect(new Set(list.map((e) => e.id)).size).toBe(HISTORY_LIMIT);
  });
});
