import { describe, expect, it } from 'vitest';
import { dayFromIso, type Day } from '../dates.ts';
import type { MatrixJudgement } from '../training-matrix/judge.ts';
import type { YearlyCycle } from '../yearly-cycle/cycle.ts';
import { composeDigest, type DigestInput, ticketsDue } from './digest.ts';

const day = (iso: string): Day => dayFromIso(iso)!;
const TODAY = day('2026-11-26');

const CYCLE: YearlyCycle = {
  submission: { kind: 'maintenance-1', year: 2027, month: 3, dueOn: day('2027-03-31'), window: { from: day('2026-03-01'), to: day('2027-02-28') } },
  beforeSubmission: [],
  nextDays: [
    { source: 'row', row: 7, text: 'Fire extinguisher inspection', requirement: 'E8-03', on: day('2026-12-05'), why: 'due' },
    { source: 'sheet', row: null, text: 'Inspections', requirement: 'E5-01', on: day('2026-12-20'), why: 'stale' },
  ],
};

const INPUT: DigestInput = {
  spreadsheetName: 'Team tracker',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  today: TODAY,
  cycle: CYCLE,
  tickets: [{ sheet: 'Training', worker: 'Ray', course: 'First Aid', expires: day('2026-12-10') }],
  overdue: [
    { row: 4, item: 'Review <hazard> assessment', requirement: 'E2-01', owner: 'Sam', due: day('2026-11-01'), status: 'In progress', source: 'Tracker gap' },
  ],
};

describe('the weekly digest', () => {
  it('lists what falls due, the tickets expiring and the overdue actions, in text and escaped HTML', () => {
    const digest = composeDigest(INPUT);
    expect(digest.subject).toBe('SECOR Ready weekly digest: 3 falling due in 30 days, 1 action overdue (Team tracker)');
    expect(digest.text).toContain('Your maintenance year 1 submission is due by 2027-03-31; its records must fall from 2026-03-01 to 2027-02-28.');
    expect(digest.text).toContain('- 2026-12-05: Fire extinguisher inspection (row 7, E8-03) falls due');
    expect(digest.text).toContain('- 2026-12-20: the newest record (Inspections sheet, E5-01) goes stale');
    expect(digest.text).toContain("- 2026-12-10: Ray's First Aid expires (Training sheet)");
    expect(digest.text).toContain('- due 2026-11-01: Review <hazard> assessment (E2-01), Sam, In progress (Action Plan row 4)');
    expect(digest.text).toContain('Switch it off there to stop it.');
    expect(digest.html).toContain('<li>due 2026-11-01: Review &lt;hazard&gt; assessment (E2-01), Sam, In progress (Action Plan row 4)</li>');
    expect(digest.html).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit">Open the tracker</a>');
    expect(digest.html).not.toContain('<hazard>');
  });

  it('still says so, briefly, when nothing falls due and nothing is overdue; without an audit month it says where to set one', () => {
    const digest = composeDigest({ ...INPUT, cycle: null, tickets: [], overdue: [] });
    expect(digest.subject).toBe('SECOR Ready weekly digest: nothing falls due (Team tracker)');
    expect(digest.text).toContain('Nothing expires or falls due in the next 30 days, and no action in the Action Plan is overdue.');
    expect(digest.text).toContain("Set the audit month in the add-on's Settings");
    expect(digest.html).not.toContain('<ul>');
  });

  it('takes the tickets that expire from today to 30 days ahead, soonest first', () => {
    const cell = (worker: string, expires: string | null) => ({
      row: 2,
      column: 'B',
      worker,
      course: 'Std FA/CPR',
      canonical: 'First Aid',
      verdict: 'expiring' as const,
      expires: expires === null ? null : day(expires),
      taken: null,
      reason: '',
    });
    const matrix = {
      workers: [],
      left: [],
      courses: [],
      counts: { current: 0, expiring: 0, expired: 0, missing: 0, na: 0 },
      cells: [cell('Lee', '2026-12-26'), cell('Ray', '2026-12-01'), cell('Old', '2026-11-20'), cell('Far', '2026-12-27'), cell('None', null)],
    } satisfies MatrixJudgement;
    expect(ticketsDue('Training', matrix, TODAY).map((t) => `${t.worker} ${t.course}`)).toEqual(['Ray First Aid', 'Lee First Aid']);
  });
});
