import { describe, expect, it } from 'vitest';
import { type Day, dayFromIso, isoFromDay } from '../dates.ts';
import { judgeItems } from '../gaps.ts';
import type { TrackerItem } from '../items.ts';
import { DEFAULT_PROFILE } from '../profile.ts';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import type { SheetEvidence } from '../sheet-evidence.ts';
import { DIGEST_DAYS, nextSubmission, yearlyCycle } from './cycle.ts';
import { trackerItem } from '../test-support/tracker-item.ts';

const today: Day = dayFromIso('2026-11-26')!;
const iso = (text: string): Day => dayFromIso(text)!;
const requirement = (id: string) => REFERENCE_CHECKLIST.find((r) => r.id === id)!;

/** A ready, dated, owned row matched to E1-01 (a yearly refresh); override what a test is about. */
function item(overrides: Partial<TrackerItem> = {}): TrackerItem {
  return trackerItem(today, { row: 4, evidence: 'policy.pdf', ...overrides });
}

describe('nextSubmission', () => {
  it('a certificate from March 2025 on 2026-11-26: maintenance year 2, due 2027-03-31, records 2026-03-01..2027-02-28', () => {
    const next = nextSubmission(today, { auditMonth: 3, certifiedYear: 2025 })!;
    expect(next).toMatchObject({ kind: 'maintenance-2', year: 2027, month: 3 });
    expect(isoFromDay(next.dueOn)).toBe('2027-03-31');
    expect([isoFromDay(next.window.from), isoFromDay(next.window.to)]).toEqual(['2026-03-01', '2027-02-28']);
  });

  it('the first anniversary is maintenance year 1 and the third recertification; the cycle then repeats', () => {
    expect(nextSubmission(iso('2025-11-26'), { auditMonth: 3, certifiedYear: 2025 })!).toMatchObject({ kind: 'maintenance-1', year: 2026 });
    expect(nextSubmission(iso('2027-11-26'), { auditMonth: 3, certifiedYear: 2025 })!).toMatchObject({ kind: 'recertification', year: 2028 });
    expect(nextSubmission(iso('2028-11-26'), { auditMonth: 3, certifiedYear: 2025 })!).toMatchObject({ kind: 'maintenance-1', year: 2029 });
  });

  it('a window ending in a leap February ends on the 29th; a February submission is due on the 29th', () => {
    const march = nextSubmission(iso('2027-11-26'), { auditMonth: 3, certifiedYear: 2025 })!;
    expect([isoFromDay(march.window.from), isoFromDay(march.window.to)]).toEqual(['2027-03-01', '2028-02-29']);
    const february = nextSubmission(iso('2027-11-26'), { auditMonth: 2, certifiedYear: 2026 })!;
    expect(isoFromDay(february.dueOn)).toBe('2028-02-29');
    expect(isoFromDay(february.window.to)).toBe('2028-01-31');
  });

  it('an audit month equal to the current month is due this month, at its end', () => {
    const next = nextSubmission(today, { auditMonth: 11, certifiedYear: 2024 })!;
    expect(next).toMatchObject({ kind: 'maintenance-2', year: 2026 });
    expect(isoFromDay(next.dueOn)).toBe('2026-11-30');
    expect([isoFromDay(next.window.from), isoFromDay(next.window.to)]).toEqual(['2025-11-01', '2026-10-31']);
  });

  it('certified this very month: the certification audit is no yearly submission, so the first anniversary comes next', () => {
    expect(nextSubmission(today, { auditMonth: 11, certifiedYear: 2026 })!).toMatchObject({ kind: 'maintenance-1', year: 2027 });
  });

  it('without the certification year: the month and window, but not which submission', () => {
    expect(nextSubmission(today, { auditMonth: 3, certifiedYear: null })!).toMatchObject({ kind: null, year: 2027, month: 3 });
  });

  it('a month outside 1-12 or a fractional year gives nothing rather than throwing', () => {
    expect(nextSubmission(today, { auditMonth: 13, certifiedYear: 2025 })).toBeNull();
    expect(nextSubmission(today, { auditMonth: 0, certifiedYear: null })).toBeNull();
    expect(nextSubmission(today, { auditMonth: Number.NaN, certifiedYear: null })).toBeNull();
    expect(nextSubmission(today, { auditMonth: 3, certifiedYear: 2025.5 })).toBeNull();
  });
});

describe('yearlyCycle', () => {
  const certificate = { auditMonth: 3, certifiedYear: 2025 };
  const items = judgeItems(
    [
      // Signed 2026-01-10, yearly: stale 2027-01-11, before the March 2027 submission.
      item({ row: 4, date: iso('2026-01-10') }),
      // Inspections every 30 days, last 2026-11-10: stale 2026-12-11, within 30 days.
      item({ row: 5, text: 'Site inspections', element: 'E4', requirement: requirement('E4-02'), date: iso('2026-11-10') }),
      // A first-aid ticket expiring after the submission: not listed.
      item({ row: 6, text: 'First aid ticket', due: iso('2027-06-01'), dueKind: 'expiry', date: iso('2024-06-01'), requirement: requirement('E1-01') }),
      // A drill due 2027-02-15 by its next-due date.
      item({ row: 7, text: 'Fire drill', due: iso('2027-02-15'), dueKind: 'next', date: iso('2026-02-15'), requirement: null, element: 'E5' }),
      // N/A: never listed.
      item({ row: 8, text: 'Not for us', notApplicable: true, date: iso('2026-01-01') }),
      // Already stale: a gap today, not something still to come.
      item({ row: 9, text: 'Old policy', date: iso('2025-01-01') }),
    ],
    today,
    DEFAULT_PROFILE,
  );

  it('lists what goes stale, falls due or expires before the submission, soonest first, with the day and the requirement', () => {
    const cycle = yearlyCycle(today, certificate, items, [], DEFAULT_PROFILE)!;
    expect(cycle.beforeSubmission.map((l) => [l.row, l.requirement, isoFromDay(l.on), l.why])).toEqual([
      [6, 'E4-02', '2026-12-11', 'stale'],
      [5, 'E1-01', '2027-01-11', 'stale'],
      [8, null, '2027-02-15', 'due'],
    ]);
    expect(cycle.nextDays.map((l) => l.row)).toEqual([6]);
  });

  it("a sheet's newest record goes stale a day after its requirement's interval, as a row's date does", () => {
    const evidence: SheetEvidence = {
      requirement: 'E4-02',
      sheet: 'Inspections',
      kind: 'activity-log',
      finding: 'ready',
      summary: '12 of 12 months',
      rows: [],
      latest: iso('2026-11-20'),
    };
    const cycle = yearlyCycle(today, certificate, [], [evidence], DEFAULT_PROFILE)!;
    expect(cycle.beforeSubmission).toEqual([{ source: 'sheet', row: null, text: 'Inspections', requirement: 'E4-02', on: iso('2026-12-21'), why: 'stale' }]);
    expect(yearlyCycle(today, certificate, [], [evidence], { ...DEFAULT_PROFILE, disabled: ['E4-02'] })!.beforeSubmission).toEqual([]);
  });

  it(`a submission closer than ${DIGEST_DAYS} days still lists the next ${DIGEST_DAYS} days, past its due day`, () => {
    const soon = judgeItems([item({ row: 4, date: iso('2025-12-20') })], today, DEFAULT_PROFILE); // stale 2026-12-21
    const cycle = yearlyCycle(today, { auditMonth: 11, certifiedYear: 2024 }, soon, [], DEFAULT_PROFILE)!;
    expect(cycle.beforeSubmission).toEqual([]);
    expect(cycle.nextDays.map((l) => isoFromDay(l.on))).toEqual(['2026-12-21']);
  });

  it('gives nothing for a month it cannot read', () => {
    expect(yearlyCycle(today, { auditMonth: 0, certifiedYear: null }, items, [], DEFAULT_PROFILE)).toBeNull();
  });
});
