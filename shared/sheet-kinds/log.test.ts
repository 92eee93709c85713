import { describe, expect, it } from 'vitest';
import { findLogLayout, readAsLog, readsAsTotal } from './log.ts';

const inspections = [
  ['Date', 'Site', 'Inspected by', 'Findings', 'Corrective action', 'Closed'],
  ['2026-01-13', 'Shop', 'Gary', 'none', '', ''],
  ['2026-02-10', 'Aspen Ridge', 'Mike', 'Ladder not tied off', 'Tie off', '2026-02-10'],
  ['2026-03-17', 'Shop', 'Gary', 'Cord damaged', 'Thrown out', '2026-03-17'],
  ['TOTAL', '3', '', '', '', ''],
];

describe('readAsLog', () => {
  it('does not read rows that all share one date as a log: a formal hazard assessment reviewed once is a document', () => {
    expect(
      readAsLog('Hazard Assessment', [
        ['Task', 'Hazard', 'Risk', 'Controls', 'Reviewed'],
        ['Tear off', 'Falls from height', 'H', 'Guardrails, harness', '2026-03-01'],
        ['Tear off', 'Heat stress', 'M', 'Water, shade', '2026-03-01'],
        ['Hoisting', 'Struck by', 'H', 'Exclusion zone', '2026-03-01'],
      ]),
    ).toBeNull();
  });

  it('reads a dated event log and what it logs from its name', () => {
    const reading = readAsLog('Inspections', inspections);
    expect(reading).toMatchObject({ kind: 'activity-log', activity: 'inspections' });
    expect(reading?.reasons[0]).toBe(
      'row 1 heads a log: column A "Date" dates 3 of 3 rows below (2026-01-13 to 2026-03-17), beside Site (site), Inspected by (who), Findings (findings), Corrective action (corrective action), Closed (closed)',
    );
  });

  it('takes what it logs from its headers, else from what its Type cells say most', () => {
    expect(readAsLog('Sheet1', inspections)?.activity).toBe('inspections');
    const mixed = [
      ['When', 'Type', 'Where', 'Details'],
      ['2026-01-05', 'Near miss', 'Shop', 'Ladder slipped'],
      ['2026-02-05', 'Fire drill', 'Shop', 'All out in 3 min'],
      ['2026-03-05', 'Near miss', 'Yard', 'Forklift close call'],
    ];
    const reading = readAsLog('Log 2026', mixed);
    expect(reading).toMatchObject({ kind: 'activity-log', activity: 'incidents' });
    expect(reading?.reasons).toContain('2 of 3 rows name incidents and near misses');
  });

  it("reads a year's two drills, a maintenance log by its headers and a training log by its courses", () => {
    expect(
      readAsLog('Drills', [
        ['Date', 'Drill type', 'Location', 'Participants', 'Issues', 'Follow up'],
        ['2026-02-01', 'Fire', 'Shop', '6', 'door blocked', 'cleared'],
        ['2026-08-01', 'Evacuation', 'Site', '5', '', ''],
      ])?.activity,
    ).toBe('drills');
    expect(
      readAsLog('Sheet3', [
        ['Date', 'Equipment', 'Work done', 'Mechanic', 'Next service'],
        ['2026-01-05', 'Truck 1', 'Oil change', 'Jiffy', '2026-04-05'],
        ['2026-03-05', 'Bobcat', 'Grease + filters', 'Dev', ''],
      ])?.activity,
    ).toBe('maintenance');
    expect(
      readAsLog('Training records', [
        ['Date', 'Worker', 'Course', 'Expiry'],
        ['2026-01-10', 'Ray', 'First Aid', '2029-01-10'],
        ['2026-02-11', 'Ana', 'WHMIS', '2027-02-11'],
      ])?.activity,
    ).toBe('training');
  });

  it('says so when nothing tells what the log records', () => {
    const reading = readAsLog('Sheet1', [
      ['Date', 'Site', 'Done by'],
      ['2026-01-05', 'Shop', 'Gary'],
      ['2026-02-05', 'Yard', 'Mike'],
      ['2026-03-05', 'Yard', 'Gary'],
    ]);
    expect(reading?.activity).toBeNull();
    expect(reading?.reasons.at(-1)).toContain('say which at setup');
  });

  it('is no log without a dated column, or with a date column and no log columns (a checklist)', () => {
    expect(
      readAsLog('Inspections', [
        ['Site', 'Findings', 'Corrective action'],
        ['Shop', 'none', ''],
      ]),
    ).toBeNull();
    expect(
      readAsLog('Sheet1', [
        ['Requirement', 'Evidence', 'Last reviewed'],
        ['Policy', 'policy.pdf', '2026-01-01'],
        ['ERP', 'erp.pdf', '2026-02-01'],
        ['Drill', 'drill.pdf', '2026-03-01'],
      ]),
    ).toBeNull();
  });

  it("gives the judge the layout it read: header row, date column, the log's own columns and a due column", () => {
    const withDue = [
      ['Title'],
      ['Date', 'Site', 'Findings', 'Corrective action', 'CA due', 'Closed'],
      ['2026-01-13', 'Shop', 'Cord', 'Replace', '2026-01-20', ''],
      ['2026-02-10', 'Yard', 'none', '', '', ''],
    ];
    expect(findLogLayout('Inspections', withDue)).toEqual({
      headerRow: 1,
      dateColumn: 0,
      columns: { site: 1, findings: 2, correctiveAction: 3, closed: 5 },
      dueColumn: 4,
      activity: 'inspections',
    });
    expect(
      findLogLayout('Contacts', [
        ['Name', 'Phone'],
        ['ABC', '403-555-0111'],
      ]),
    ).toBeNull();
    expect(readsAsTotal(['', 'TOTAL', '12'])).toBe(true);
    expect(readsAsTotal(['2026-01-13', 'Total station check'])).toBe(false);
  });
});
