import { describe, expect, it } from 'vitest';
import { readAsMatrix } from './matrix.ts';

describe('readAsMatrix', () => {
  it('reads workers x tickets, skipping a Required for row, notes and totals', () => {
    const reading = readAsMatrix([
      ['Crew tickets'],
      ['Worker', 'First Aid', 'WHMIS', 'H2S Alive'],
      ['Required for', 'All', 'All', 'Field'],
      ['Ray', '2027-01-02', '2026-05-01', 'N/A'],
      ['Ana', '2026-12-01', '', 'expired'],
      ['Total current', '2', '1', '0'],
    ]);
    expect(reading?.kind).toBe('training-matrix');
    expect(reading?.reasons).toEqual([
      'row 2 names 3 courses: First Aid, WHMIS, H2S Alive',
      'row 3 says which jobs need each ticket ("Required for")',
      'column A "Worker" lists 2 workers',
      'of their 5 filled ticket cells, 3 are dates, 1 N/A, 1 other text',
    ]);
  });

  it('reads a merged course header split into Completed and Expiry columns', () => {
    const reading = readAsMatrix([
      ['Name', 'First Aid', '', 'WHMIS', '', 'H2S', ''],
      ['', 'Completed', 'Expiry', 'Completed', 'Expiry', 'Completed', 'Expiry'],
      ['Ray', '2024-01-10', '2027-01-10', '2025-02-01', '2026-02-01', '', ''],
      ['Ana', '2023-05-05', '2026-05-05', '2025-03-01', '2026-03-01', '2024-09-09', '2027-09-09'],
      ['Mike', '2025-05-05', '2028-05-05', '', '', 'N/A', ''],
    ]);
    expect(reading?.reasons).toEqual([
      'row 1 names 3 courses: First Aid, WHMIS, H2S',
      'row 2 splits each course into its dates (Completed / Expiry)',
      'column A "Name" lists 3 workers',
      'of their 13 filled ticket cells, 12 are dates, 1 N/A',
    ]);
  });

  it("finds the workers' column by its names when it has no header", () => {
    const reading = readAsMatrix([
      [null, 'First Aid', 'WHMIS', 'TDG'],
      ['Ray Dumont', '2027-01-02', '2026-05-01', '2026-05-01'],
    ]);
    expect(reading?.reasons).toContain('column A "(no header)" lists 1 workers');
  });

  it('is no matrix with one course, or two with no dates below them', () => {
    expect(
      readAsMatrix([
        ['Name', 'First Aid', 'Phone'],
        ['Ray', '2027-01-02', '555'],
      ]),
    ).toBeNull();
    expect(
      readAsMatrix([
        ['Item', 'First Aid', 'WHMIS'],
        ['kit', 'in truck', 'binder'],
      ]),
    ).toBeNull();
  });
});

describe('a matrix on its side', () => {
  it("reads courses down column A and workers across the header row, in the sheet's own words", () => {
    const reading = readAsMatrix([
      ['Ticket / Cert', 'Ray Dumont', 'Ana Lopez', 'Bo Chen'],
      ['First Aid (exp)', '2027-03-03', '2026-10-01', '2027-06-01'],
      ['WHMIS', '2026-01-15', '2026-12-10', '2027-01-01'],
      ['Fall Protection', '2028-01-01', 'N/A', '2027-05-05'],
    ]);
    expect(reading?.kind).toBe('training-matrix');
    expect(reading!.reasons.slice(0, 2)).toEqual([
      'column A names 3 courses: First Aid (exp), WHMIS, Fall Protection',
      'the sheet is on its side: courses down column A, one column per worker',
    ]);
  });

  it('does not turn a checklist whose requirements name courses into a matrix', () => {
    expect(
      readAsMatrix([
        ['Requirement', 'Evidence', 'Owner', 'Last reviewed'],
        ['First aid kits inspected', 'kit log', 'Ann', '2026-06-01'],
        ['WHMIS training records', 'binder', 'Ann', '2026-06-01'],
        ['Fall protection plan', 'plan.pdf', 'Bo', '2026-06-01'],
      ]),
    ).toBeNull();
  });
});

describe("a team's own courses", () => {
  it('reads a header with dates under it beside the known courses as a course too, not a start date or notes', () => {
    const reading = readAsMatrix([
      ['Worker', 'Start date', 'WHMIS 2015', 'First Aid', 'Floor Machine', 'Back care', 'Notes'],
      ['Maria Santos', '2021-03-01', '2026-01-08', '2025-03-15', '2024-06-01', '', 'lead'],
      ['Joao Silva', '2023-05-01', '2026-02-09', '2024-04-20', '2025-06-01', '2025-09-01', ''],
      ['Ana Reyes', '2024-01-15', '2026-02-09', '2024-04-20', 'N/A', '2025-10-01', 'part time'],
    ]);
    expect(reading!.reasons[0]).toBe('row 1 names 4 courses: WHMIS 2015, First Aid, Floor Machine, Back care');
  });
});
