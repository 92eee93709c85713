import { describe, expect, it } from 'vitest';
import { type ClippedItem, dayFromIso, type ItemVerdict, type JudgedItem } from '../../shared/index.ts';
import { elementOfReadinessCell, readinessCellText } from './readiness-cell.ts';

/** A clipped E5-02 item and its verdict (ready, no warnings, unless `verdict` says otherwise). */
const item = (over: Partial<ClippedItem>, verdict: Partial<ItemVerdict> = {}) =>
  ({
    element: 'E5',
    requirement: { id: 'E5-02' },
    clips: 1,
    ...over,
    verdict: { readiness: 'ready', gaps: [], warnings: [], details: [], ...verdict },
  }) as unknown as JudgedItem<ClippedItem>;

describe('the Readiness cell', () => {
  it('names the clip that made a row ready, and keeps the element readable at its end', () => {
    const text = readinessCellText(item({ byClip: { recordDate: dayFromIso('2026-11-20') } }));
    expect(text).toBe('READY · by a clip of 2026-11-20 · E5-02');
    expect(elementOfReadinessCell(text)).toBe('E5');
    expect(readinessCellText(item({ byClip: { recordDate: null } }, { warnings: ['expiring'] }))).toMatch(/^WARNING · .+ · by a clip · E5-02$/);
  });

  it('says nothing of a clip when the row is ready by its own cells, or is still a gap', () => {
    expect(readinessCellText(item({}))).toBe('READY · E5-02');
    expect(readinessCellText(item({ byClip: { recordDate: dayFromIso('2024-01-05') } }, { readiness: 'gap', gaps: ['stale'] }))).toBe(
      'GAP · Stale evidence · E5-02',
    );
  });
});
