import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../dates.ts';
import { periodWords, scheduleOf } from './periods.ts';

const TODAY = dayFromIso('2026-11-26')!;
const span = (p: { start: number; end: number }) => `${isoFromDay(p.start)}..${isoFromDay(p.end)}`;

describe('scheduleOf', () => {
  it("cuts a 30-day interval into the 12 calendar months up to today's", () => {
    const { unit, periods, lastUnderWay } = scheduleOf(30, TODAY);
    expect(unit).toEqual(['month', 'months']);
    expect(periods).toHaveLength(12);
    expect(span(periods[0]!)).toBe('2025-12-01..2025-12-31');
    expect(span(periods[2]!)).toBe('2026-02-01..2026-02-28');
    expect(span(periods[11]!)).toBe('2026-11-01..2026-11-30');
    expect(lastUnderWay).toBe(true);
  });

  it('cuts 92 days into calendar quarters and 184 into half-years', () => {
    const quarters = scheduleOf(92, TODAY).periods;
    expect(quarters.map((p) => `${p.label} ${p.year}`)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    expect(span(quarters[3]!)).toBe('2026-10-01..2026-12-31');
    expect(scheduleOf(184, TODAY).periods.map((p) => `${p.label} ${p.year}`)).toEqual(['January-June 2026', 'July-December 2026']);
  });

  it("cuts a week's interval into 52 weeks from Monday, and a year into the 12 months to today", () => {
    const weeks = scheduleOf(7, TODAY).periods;
    expect(weeks).toHaveLength(52);
    // 2026-11-26 is a Thursday: its week began Monday the 23rd.
    expect(weeks[51]).toMatchObject({ label: 'the week of 2026-11-23', year: null });
    expect(span(weeks[51]!)).toBe('2026-11-23..2026-11-29');
    const year = scheduleOf(365, TODAY);
    expect(year.periods).toEqual([{ start: dayFromIso('2025-11-27')!, end: TODAY, label: 'the 12 months to 2026-11-26', year: null }]);
    expect(year.lastUnderWay).toBe(false);
  });
});

describe('periodWords', () => {
  it('says each year once, after its own periods', () => {
    const months = scheduleOf(30, TODAY).periods;
    expect(periodWords([months[0]!, months[7]!, months[8]!])).toBe('December 2025, July, August 2026');
  });

  it('names missed weeks once, the first few of many', () => {
    const weeks = scheduleOf(7, TODAY).periods;
    expect(periodWords([weeks[50]!])).toBe('the week of 2026-11-16');
    expect(periodWords(weeks.slice(0, 8))).toBe('the weeks of 2025-12-01, 2025-12-08, 2025-12-15, 2025-12-22, 2025-12-29, 2026-01-05 and 2 more');
  });
});
