import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates.ts';
import { confidenceOf, dayRange, readDays } from './grid-reading.ts';

describe('grid reading', () => {
  it("reads a column's days in the order the column shows, blanks not counted as filled", () => {
    const read = readDays(['15/03/2026', '01/04/2026', '', null, 'booked', 'Mar 3, 2027']);
    expect(read.filled).toBe(4);
    expect(read.days).toEqual([dayFromIso('2026-03-15'), dayFromIso('2026-04-01'), dayFromIso('2027-03-03')]);
  });

  it('says a range of days and a confidence in 0..1', () => {
    expect(dayRange([dayFromIso('2026-11-10')!, dayFromIso('2025-12-09')!])).toBe('2025-12-09 to 2026-11-10');
    expect(dayRange([dayFromIso('2026-11-10')!])).toBe('2026-11-10');
    expect(confidenceOf(1.3)).toBe(1);
    expect(confidenceOf(-0.2)).toBe(0);
    expect(confidenceOf(0.876)).toBe(0.88);
  });
});
