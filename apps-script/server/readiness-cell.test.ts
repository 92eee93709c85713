import { describe, expect, it } from 'vitest';
import type { ClippedItem } from '../../shared/clips.ts';
import { dayFromIso } from '../../shared/dates.ts';
import type { ItemVerdict } from '../../shared/gaps.ts';
import { elementOfReadinessCell, readinessCellText } from './readiness-cell.ts';

const item = (over: Partial<ClippedItem>) => ({ element: 'E5', requirement: { id: 'E5-02' }, clips: 1, ...over }) as ClippedItem;
const verdict = (over: Partial<ItemVerdict>) => ({ status: 'ready', gaps: [], warnings: [], details: [], ...over }) as unknown as ItemVerdict;

describe('the Readiness cell', () => {
  it('names the clip that made a row ready, and keeps the element readable at its end', () => {
    const text = readinessCellText(item({ byClip: { recordDate: dayFromIso('2026-11-20') } }), verdict({}));
    expect(text).toBe('READY · by a clip of 2026-11-20 · E5-02');
    expect(elementOfReadinessCell(text)).toBe('E5');
    expect(readinessCellText(item({ byClip: { recordDate: null } }), verdict({ warnings: ['expiring'] }))).toMatch(/^WARNING · .+ · by a clip · E5-02$/);
  });

  it('says nothing of a clip when the row is ready by its own cells, or is still a gap', () => {
    expect(readinessCellText(item({}), verdict({}))).toBe('READY · E5-02');
    expect(readinessCellText(item({ byClip: { recordDate: dayFromIso('2024-01-05') } }), verdict({ status: 'gap', gaps: ['stale'] }))).toBe('GAP · Stale evidence · E5-02');
  });
});
