import { describe, expect, it } from 'vitest';
import type { Cell } from '../cells.ts';
import { dayFromIso } from '../dates.ts';
import { DEFAULT_PROFILE } from '../profile.ts';
import { judgeLog } from './judge.ts';

const TODAY = dayFromIso('2026-11-26')!;
const day = (iso: string) => dayFromIso(iso)!;

// A shop and a yard inspected monthly, written as a busy office writes: sites in any case, dates in
// five formats (text, slashed, spelled, a serial number, a date cell), a blank row, a TOTAL, a
// year typed 2062, a "TBD" row. The yard starts in March and misses August.
const twoSites: Cell[][] = [
  ['Monthly inspections - shop & yard'],
  ['Date', 'Site', 'Inspected by', 'Findings', 'Corrective action', 'Due', 'Closed'],
  ['2025-12-09', 'Shop', 'Gary', 'none', '', '', ''], // row 3
  ['Jan 13 2026', 'shop ', 'Gary', 'OK', '', '', ''],
  ['2/10/2026', 'SHOP', 'Mike', 'Ladder not tied off', 'Tie off', '', '2026-02-10'], // row 5
  ['17-Mar-2026', 'Shop', 'Gary', 'nil', '', '', ''],
  ['2026-03-20', 'Yard', 'Mike', 'no deficiencies', '', '', ''], // row 7
  [46126, 'Shop', 'Gary', 'n/a', '', '', ''], // 2026-04-14
  ['2026-04-21', 'yard', 'Mike', 'Guardrail loose', '', '', 'Y'], // row 9
  [new Date(2026, 4, 12), 'Shop', 'Gary', 'none', '', '', ''],
  ['2026-05-19', 'YARD ', 'Mike', 'none', '', '', ''], // row 11
  ['', '', '', '', '', '', ''],
  ['June 9, 2026', 'Shop', 'Gary', 'none', '', '', ''], // row 13
  ['2026-06-16', 'Yard', 'Mike', 'none', '', '', ''],
  ['2026-07-14', 'Shop', 'Gary', 'none', '', '', ''], // row 15
  ['2026-07-21', 'Yard', 'Mike', 'none', '', '', ''],
  ['Aug 18 2026', 'Shop', 'Gary', 'none', '', '', ''], // row 17
  ['2026-09-15', 'Shop', 'Gary', 'none', '', '', ''],
  ['2026-09-22', 'Yard', 'Mike', 'none', '', '', ''], // row 19
  ['2026-10-14', 'Shop', 'Gary', 'Eyewash expired', 'Order eyewash', '2026-10-28', ''], // row 20
  ['2062-10-14', 'Shop', 'Gary', 'none', '', '', ''], // row 21: a typo for 2026
  ['2026-10-20', 'Yard', 'Mike', 'none', '', '', ''],
  ['TBD', 'Yard', 'Mike', 'next one', '', '', ''], // row 23
  ['2026-11-10', 'Shop', 'Gary', 'none', '', '', ''],
  ['2026-11-17', 'yard', 'Mike', 'Extinguisher tag missing', 'Tag it', '', ''], // row 25
  ['TOTAL', '20', '', '', '', '', ''],
];

describe('judgeLog', () => {
  it('covers each site kept over time from its first record on, and names the month a site missed', () => {
    const log = judgeLog(twoSites, 'Inspections', 'inspections', { today: TODAY })!;
    expect(log.headerRow).toBe(2);
    expect(log.events).toHaveLength(20);
    expect(log.events.find((e) => e.row === 8)!.day).toBe(day('2026-04-14'));
    expect(log.events.find((e) => e.row === 10)!.day).toBe(day('2026-05-12'));
    expect(log.events.find((e) => e.row === 5)!.day).toBe(day('2026-02-10'));
    expect(log.skipped).toEqual([
      { row: 21, reason: 'dated 2062-10-14, after today: a typo?' },
      { row: 23, reason: '"TBD" is no date' },
      { row: 26, reason: 'a total row' },
    ]);
    const coverage = log.coverage!;
    expect(coverage).toMatchObject({ requirement: 'E4-02', intervalDays: 30, covered: 12, of: 12, missed: null });
    expect(coverage.sites.map(({ site, judged, covered, of, missed }) => ({ site, judged, covered, of, missed }))).toEqual([
      { site: 'Shop', judged: true, covered: 12, of: 12, missed: null },
      // "Yard", "yard", "YARD " are one site; it began in March, so April to November are 9 months.
      { site: 'Yard', judged: true, covered: 8, of: 9, missed: 'August 2026' },
    ]);
    expect(log.evidence[0]).toMatchObject({
      requirement: 'E4-02',
      kind: 'activity-log',
      finding: 'gap',
      summary: '12 of 12 months; at Yard, no inspection in August 2026 (8 of 9 months since its first record in March 2026)',
      latest: day('2026-11-17'),
    });
  });

  it('finds corrective actions open past their own due date, or 30 days after the record when none is given', () => {
    const log = judgeLog(twoSites, 'Inspections', 'inspections', { today: TODAY })!;
    expect(log.actionsJudged).toBe(true);
    expect(log.openActions).toEqual([
      { row: 20, raised: day('2026-10-14'), action: 'Order eyewash', due: day('2026-10-28'), overdue: true, daysOpen: 43 },
      { row: 25, raised: day('2026-11-17'), action: 'Tag it', due: null, overdue: false, daysOpen: 9 },
    ]);
    // Row 9's loose guardrail has no action written but a "Y" closed: a deficiency found, and closed.
    expect(log.evidence[1]).toEqual({
      requirement: 'E4-03',
      sheet: 'Inspections',
      kind: 'activity-log',
      finding: 'gap',
      summary: '1 corrective action open past due (row 20, due 2026-10-28); 1 open, not yet due (row 25, raised 2026-11-17, 9 days open)',
      rows: [20, 5, 9, 25],
      latest: day('2026-11-17'),
    });
  });

  it("judges the log as a whole when no two sites are kept over time: one-off jobs ride on the company's schedule", () => {
    const jobs = [
      ['Date', 'Job site', 'Inspected by'],
      ['2026-09-02', 'Shop', 'Gary'],
      ['2026-10-06', 'Aspen Ridge', 'Mike'],
      ['2026-11-03', 'Shop', 'Gary'],
      ['2026-11-20', 'Coach Hill', 'Mike'],
    ];
    const log = judgeLog(jobs, 'Site inspections', null, { today: TODAY })!;
    expect(log.activity).toBe('inspections');
    expect(log.coverage!.sites.every((s) => !s.judged)).toBe(true);
    expect(log.evidence).toEqual([
      expect.objectContaining({ requirement: 'E4-02', finding: 'ready', summary: '3 of 3 months since the log began in September 2026' }),
    ]);
  });

  it("says when a site kept over time is counted from its first record, not the window's start", () => {
    const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
    const rows = [
      ['Date', 'Site', 'Inspected by'],
      ...months.map((m) => [`${m}-03`, 'Shop', 'Gary']),
      ...months.slice(6).map((m) => [`${m}-10`, 'North yard', 'Mike']),
    ];
    const log = judgeLog(rows, 'Inspections', 'inspections', { today: TODAY })!;
    expect(log.coverage!.sites.map((s) => [s.site, s.judged, s.covered, s.of])).toEqual([
      ['Shop', true, 12, 12],
      ['North yard', true, 6, 6],
    ]);
    expect(log.evidence[0]).toMatchObject({ finding: 'ready', summary: '12 of 12 months; North yard: 6 of 6 months since its first record in June 2026' });
  });

  it('asks maintenance and training records once in the 12 months, the reference giving them no shorter interval', () => {
    const maintenance = [
      ['Date', 'Unit', 'Work done', 'Mechanic'],
      ['2026-03-02', 'Truck 2', 'Oil change', 'Lou'],
      ['2026-09-14', 'Truck 2', 'Brakes', 'Lou'],
    ];
    expect(judgeLog(maintenance, 'Maintenance', 'maintenance', { today: TODAY })!.evidence).toEqual([
      expect.objectContaining({ requirement: 'E3-05', finding: 'ready', summary: '2 maintenance records in the 12 months to 2026-11-26' }),
    ]);
    const training = [
      ['Date', 'Course', 'Trainee', 'Instructor'],
      ['2025-06-02', 'WHMIS', 'Dev', 'Helen'],
      ['2025-08-11', 'Fall protection', 'Sam', 'ACSA'],
    ];
    expect(judgeLog(training, 'Training log', 'training', { today: TODAY })!.evidence).toEqual([
      expect.objectContaining({
        requirement: 'E5-05',
        finding: 'gap',
        summary: 'no training record in the 12 months to 2026-11-26',
        latest: day('2025-08-11'),
      }),
    ]);
  });

  it('leaves the month under way out of the count until it has a record, and says so', () => {
    const talks = [
      ['Meeting date', 'Topic', 'Presented by'],
      ...[
        '2025-12-02',
        '2026-01-06',
        '2026-02-03',
        '2026-03-03',
        '2026-04-07',
        '2026-05-05',
        '2026-06-02',
        '2026-07-07',
        '2026-08-04',
        '2026-09-01',
        '2026-10-06',
      ].map((d) => [d, 'Talk', 'Mike']),
    ];
    const log = judgeLog(talks, 'Toolbox talks', 'meetings', { today: TODAY })!;
    expect(log.coverage).toMatchObject({ requirement: 'E8-01', covered: 11, of: 11, missed: null });
    expect(log.coverage!.periods.at(-1)).toMatchObject({ status: 'pending', rows: [] });
    expect(log.evidence[0]).toMatchObject({ finding: 'ready', summary: '11 of 11 months; none yet in November 2026' });
  });

  it("reads month-only dates as their month, and cuts periods by the team's own interval (quarterly here)", () => {
    const monthly = [
      ['Date', 'Topic', 'Led by'],
      ['Jan 2026', 'Cold stress', 'Mike'],
      ['02/2026', 'Ladders', 'Mike'],
      ['August 2026', 'Propane', 'Gary'],
      ['Oct. 2026', 'Winter driving', 'Helen'],
    ];
    const quarterly = { ...DEFAULT_PROFILE, intervals: { 'E8-01': 92 } };
    const log = judgeLog(monthly, 'Safety meetings', 'meetings', { today: TODAY, profile: quarterly })!;
    expect(log.events.map((e) => e.day)).toEqual([day('2026-01-01'), day('2026-02-01'), day('2026-08-01'), day('2026-10-01')]);
    expect(log.coverage).toMatchObject({ intervalDays: 92, unit: ['quarter', 'quarters'], covered: 3, of: 4, missed: 'Q2 2026' });
    expect(log.evidence[0]).toMatchObject({ finding: 'gap', summary: '3 of 4 quarters; no safety meeting or toolbox talk in Q2 2026' });
    // Monthly, the reference's own interval: the months between are missed, each year said once.
    const byMonth = judgeLog(monthly, 'Safety meetings', 'meetings', { today: TODAY })!;
    expect(byMonth.coverage!.missed).toBe('March, April, May, June, July, September 2026');
  });

  it('asks one drill in the 12 months to today', () => {
    const drills = (dates: string[]) => [['Date', 'Type', 'Conducted by'], ...dates.map((d) => [d, 'Fire drill', 'Gary'])];
    const held = judgeLog(drills(['2025-10-02', '2026-05-14']), 'Drills', 'drills', { today: TODAY })!;
    expect(held.evidence).toEqual([
      expect.objectContaining({ requirement: 'E6-05', finding: 'ready', summary: '1 drill in the 12 months to 2026-11-26', latest: day('2026-05-14') }),
    ]);
    const lapsed = judgeLog(drills(['2024-10-02', '2025-10-02']), 'Drills', 'drills', { today: TODAY })!;
    expect(lapsed.evidence[0]).toMatchObject({ finding: 'gap', summary: 'no drill in the 12 months to 2026-11-26' });
  });

  it('judges incidents by their investigations, injuries and actions, not by an interval', () => {
    const incidents = [
      ['Date', 'Type', 'What happened', 'Investigation', 'Corrective action', 'Closed'],
      ['2026-02-03', 'Near miss', 'Ladder slipped', 'Form HS-F07 #3', 'Ladder feet replaced', 'Yes'], // row 2
      ['2026-04-10', 'First aid', 'Cut hand', '', 'Gloves for flashing', '2026-04-12'], // row 3: a corrective action stands for the investigation
      ['2026-06-17', 'Property damage', 'Fence post hit', '', '', ''], // row 4: nothing recorded
      ['2026-09-01', 'Near miss', 'Cylinder tipped', 'pending', 'Chain cylinders', ''], // row 5
      ['2026-11-20', 'Near miss', 'Slip on ice', 'yes', 'Salt the steps', ''], // row 6: open 6 days, not yet due
    ];
    const log = judgeLog(incidents, 'Incident log', 'incidents', { today: TODAY })!;
    expect(log.coverage).toBeNull();
    expect(log.withoutInvestigation).toEqual([
      { row: 4, day: day('2026-06-17'), description: 'Fence post hit', reason: 'no investigation or corrective action recorded' },
      { row: 5, day: day('2026-09-01'), description: 'Cylinder tipped', reason: 'investigation: "pending"' },
    ]);
    expect(log.evidence.map(({ requirement, finding, summary, rows }) => ({ requirement, finding, summary, rows }))).toEqual([
      { requirement: 'E7-02', finding: 'gap', summary: '2 of 5 incidents without an investigation record (rows 4, 5)', rows: [4, 5, 2, 3, 6] },
      { requirement: 'E7-06', finding: 'ready', summary: '1 injury or first aid case recorded (row 3)', rows: [3] },
      {
        requirement: 'E7-07',
        finding: 'gap',
        summary: '1 corrective action open past due (row 5, raised 2026-09-01, 86 days open); 1 open, not yet due (row 6, raised 2026-11-20, 6 days open)',
        rows: [5, 2, 3, 6],
      },
    ]);
  });

  it("does not judge actions of a log with no closed column: a hazard assessment's controls are put in place on the spot", () => {
    const flha = [
      ['Date', 'Location', 'Hazards identified', 'Controls', 'Supervisor'],
      ['2026-11-02', 'Shop', 'Pinch points', 'Two-person lift', 'Gary'],
      ['2026-11-09', 'Condos', 'Ice on deck', 'Salt + sweep', 'Mike'],
    ];
    const log = judgeLog(flha, 'FLHA', 'hazard-assessments', { today: TODAY })!;
    expect(log.actionsJudged).toBe(false);
    expect(log.openActions).toEqual([]);
    expect(log.evidence.map((e) => e.requirement)).toEqual(['E2-05']);
  });

  it('evidences nothing when what it logs is unknown, or the requirement is switched off', () => {
    const rows = [
      ['Date', 'Site', 'Done by', 'Notes'],
      ['2026-10-01', 'Shop', 'Gary', 'walked'],
      ['2026-11-01', 'Shop', 'Gary', 'walked'],
    ];
    const unknown = judgeLog(rows, 'Log', null, { today: TODAY })!;
    expect(unknown.activity).toBeNull();
    expect(unknown.events).toHaveLength(2);
    expect(unknown.evidence).toEqual([]);
    const off = { ...DEFAULT_PROFILE, disabled: ['E4-02'] };
    expect(judgeLog(rows, 'Log', 'inspections', { today: TODAY, profile: off })!.evidence).toEqual([]);
  });

  it('is null for a sheet that no longer reads as a log, and never throws on a cell', () => {
    expect(
      judgeLog(
        [
          ['Name', 'Phone'],
          ['ABC', '403-555-0111'],
        ],
        'Contacts',
        'inspections',
        { today: TODAY },
      ),
    ).toBeNull();
    const odd: Cell[] = [
      null,
      undefined,
      true,
      false,
      Number.NaN,
      Infinity,
      -1,
      1e300,
      new Date(Number.NaN),
      '',
      ' ',
      '=SUM(A1)',
      'x'.repeat(5000),
      '31/31/2026',
      'Feb 30 2026',
      '2026-13-01',
      '0000-00-00',
    ];
    const grid: Cell[][] = [
      ['Date', 'Site', 'Inspected by', 'Findings', 'Corrective action', 'Due', 'Closed'],
      ['2026-10-01', 'Shop', 'Gary', 'ok', '', '', ''],
      ['2026-11-01', 'Shop', 'Gary', 'ok', '', '', ''],
    ];
    for (let i = 0; i < odd.length; i++) grid.push(Array.from({ length: 7 }, (_, c) => odd[(i + c) % odd.length]));
    grid.push(['2026-09-01', ...odd]);
    expect(() => judgeLog(grid, 'Inspections', 'inspections', { today: TODAY, timeZone: 'America/Edmonton' })).not.toThrow();
  });
});

describe('actions in a log with no closed column', () => {
  it('judges an action its own words say is still open, and leaves the others unjudged', () => {
    const log = judgeLog(
      [
        ['Date', 'Unit', 'Driver', 'Defects', 'Corrective action / closed'],
        ['2026-02-02', 'T-01', 'Jake', 'wiper torn', 'replaced 2026-02-03'],
        ['2026-05-04', 'T-01', 'Jake', 'cracked mirror', 'OPEN - order mirror'],
        ['2026-11-20', 'T-02', 'Rita', 'tire low', 'pending'],
        ['2026-11-23', 'T-02', 'Rita', 'none', ''],
      ],
      'Pre-trip',
      'pre-use-checks',
      { today: TODAY },
    )!;
    expect(log.actionsJudged).toBe(true);
    expect(log.openActions.map((a) => [a.row, a.overdue])).toEqual([
      [3, true],
      [4, false],
    ]);
    expect(log.evidence.find((e) => e.requirement === 'E4-03')).toMatchObject({ finding: 'gap', rows: [3, 2, 4] });
  });
});

describe('a maintenance log', () => {
  it("is a gap while a machine's newest record says its next service has passed", () => {
    const log = judgeLog(
      [
        ['Equipment', 'Date', 'Work done', 'By', 'Next due'],
        ['Floor scrubber #1', '2026-02-01', 'Service + brushes', 'Ana', '2026-08-01'],
        ['Floor scrubber #1', '2026-08-15', 'Service', 'Ana', '2027-02-15'],
        ['Burnisher', '2025-10-01', 'Belt replaced', 'Ana', '2026-04-01'],
      ],
      'Maintenance',
      'maintenance',
      { today: TODAY },
    )!;
    const e = log.evidence.find((x) => x.requirement === 'E3-05')!;
    expect(e.finding).toBe('gap');
    expect(e.summary).toContain('1 past its next service (row 4 Burnisher, due 2026-04-01)');
    expect(e.rows[0]).toBe(4);
  });
});
