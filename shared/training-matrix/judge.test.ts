import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../cells.ts';
import { dayFromIso, isoFromDay } from '../dates.ts';
import { addYears, dateKindOfHeader, dateKindOfValues, judgeMatrix, requiredForJob, workerLeft } from './judge.ts';

const today = dayFromIso('2026-11-26')!;
const judge = (grid: Grid) => judgeMatrix(grid, { today, slashOrder: 'month-first' });
const brief = (grid: Grid) => judge(grid)!.cells.map((c) => `${c.worker} ${c.course}: ${c.verdict}${c.expires === null ? '' : ` ${isoFromDay(c.expires)}`}`);

describe('reading a matrix cell', () => {
  it('reads dates as text in several formats, N/A in its wordings, blanks and other text', () => {
    const grid = [
      ['Name', 'First Aid exp', 'WHMIS exp', 'H2S exp', 'TDG exp'],
      ['Ray', 'Mar 3, 2027', '12-Jan-28', 'n/a', 'in progress'],
      ['Ana', '15 May 2026', '03/2027', 'NA', '2027-06-01'],
      ['Bo', 'Sept 2027', '2026-12-01', 'not required', '2027-06-01'],
    ];
    expect(brief(grid)).toEqual([
      'Ray First Aid exp: current 2027-03-03',
      'Ray WHMIS exp: current 2028-01-12',
      'Ray H2S exp: n/a',
      'Ray TDG exp: missing',
      'Ana First Aid exp: expired 2026-05-15',
      'Ana WHMIS exp: current 2027-03-31',
      'Ana H2S exp: n/a',
      'Ana TDG exp: current 2027-06-01',
      'Bo First Aid exp: current 2027-09-30',
      'Bo WHMIS exp: expiring 2026-12-01',
      'Bo H2S exp: n/a',
      'Bo TDG exp: current 2027-06-01',
    ]);
    // A month-only completion stays the month's first day: the ticket's end is then the earlier, safer one.
    expect(
      brief([
        ['Name', 'First Aid completed', 'H2S'],
        ['Ray', '03/2024', '2027-01-01'],
        ['Ana', 'Sept 2025', '2027-01-01'],
      ]),
    ).toEqual([
      'Ray First Aid completed: current 2027-03-01',
      'Ray H2S: current 2027-01-01',
      'Ana First Aid completed: current 2028-09-01',
      'Ana H2S: current 2027-01-01',
    ]);
    expect(judge(grid)!.cells[3]!.reason).toBe('TDG exp "in progress" is no date; 2 of 3 workers it applies to hold it');
  });

  it('reads a seasonal worker whose season is done, or one retired or let go, as having left', () => {
    for (const note of ['Ben Howe (seasonal - done Oct)', 'Al (retired June)', 'Jo - let go', 'Sam, not returning 2027'])
      expect(workerLeft([note]), note).toBe(true);
    for (const name of ['Don Seasonwood', 'Leftwich, Amy', 'Finn Ward']) expect(workerLeft([name]), name).toBe(false);
  });

  it('does not judge workers who left, in the name or a note', () => {
    const j = judge([
      ['Name', 'First Aid', 'WHMIS', 'Notes'],
      ['Ray Dumont (LEFT Aug 2026)', '2026-09-14', '2027-01-01', ''],
      ['Kyle', '2026-09-14', '2027-01-01', 'terminated March'],
      ['Ana', '2027-09-14', '2027-01-01', 'inactive since June'],
      ['Bo', '2027-09-14', '2027-01-01', ''],
    ])!;
    expect(j.left).toEqual(['Ray Dumont (LEFT Aug 2026)', 'Kyle', 'Ana']);
    expect(j.workers).toEqual(['Bo']);
    expect(workerLeft(['LEFT - Kyle Mercer'])).toBe(true);
    expect(workerLeft(['Cleft Palmer'])).toBe(false);
  });
});

describe('expiry or completion, per column', () => {
  it('reads the header', () => {
    expect(dateKindOfHeader('First Aid Exp.')).toBe('expiry');
    expect(dateKindOfHeader('Valid until')).toBe('expiry');
    expect(dateKindOfHeader('Expires')).toBe('expiry');
    expect(dateKindOfHeader('Completed')).toBe('completion');
    expect(dateKindOfHeader('Date taken')).toBe('completion');
    expect(dateKindOfHeader('Issued')).toBe('completion');
    expect(dateKindOfHeader('WHMIS')).toBeNull();
  });

  it('else the values: dates mostly after today are expiries', () => {
    expect(dateKindOfValues([today + 10, today + 400, today - 3], today)).toBe('expiry');
    expect(dateKindOfValues([today - 10, today - 400, today + 3], today)).toBe('completion');
    expect(dateKindOfValues([], today)).toBeNull();
  });

  it('adds the course validity to a completion date, and says so', () => {
    const j = judge([
      ['Name', 'WHMIS', 'First Aid', 'Forklift'],
      ['Ray', '2025-11-02', '2023-10-01', '2019-05-05'],
      ['Ana', '2025-12-10', '2024-01-01', '2020-05-05'],
    ])!;
    expect(j.cells.map((c) => c.reason)).toEqual([
      'WHMIS completed 2025-11-02, valid 1 year (usual, to confirm): expired 2026-11-02',
      'First Aid completed 2023-10-01, valid 3 years: expired 2026-10-01',
      'Forklift completed 2019-05-05, no expiry known',
      'WHMIS completed 2025-12-10, valid 1 year (usual, to confirm): expires 2026-12-10',
      'First Aid completed 2024-01-01, valid 3 years: expires 2027-01-01',
      'Forklift completed 2020-05-05, no expiry known',
    ]);
    expect(j.cells.map((c) => c.verdict)).toEqual(['expired', 'expired', 'current', 'expiring', 'current', 'current']);
    expect(isoFromDay(addYears(dayFromIso('2024-02-29')!, 1))).toBe('2025-02-28');
  });

  it('under a split header, judges the expiry column and falls back on the completion date', () => {
    const j = judge([
      ['Name', 'First Aid', '', 'H2S', ''],
      ['', 'Completed', 'Expiry', 'Completed', 'Expiry'],
      ['Ray', '2023-10-02', '2026-10-02', '2024-01-01', ''],
      ['Ana', '2025-09-30', '2028-09-30', '', ''],
    ])!;
    expect(j.cells.map((c) => `${c.column}${c.row} ${c.verdict} ${c.reason}`)).toEqual([
      'C3 expired First Aid expired 2026-10-02',
      'D3 current H2S completed 2024-01-01, valid 3 years: expires 2027-01-01',
      'C4 current First Aid valid until 2028-09-30',
      'D4 n/a H2S blank; only 1 of 2 workers it applies to hold it, so not taken as required',
    ]);
  });
});

describe('missing', () => {
  it('follows a Required for row naming jobs', () => {
    expect(requiredForJob('All', 'Office')).toBe(true);
    expect(requiredForJob('Roofers + foreman', 'Owner / foreman')).toBe(true);
    expect(requiredForJob('Roofers + foreman', 'Roofer')).toBe(true);
    expect(requiredForJob('Driver', 'Roofer')).toBe(false);
    expect(requiredForJob('', 'Roofer')).toBeNull();
    const j = judge([
      ['Worker', 'Position', 'First Aid', 'Fall Protection', 'TDG'],
      ['Required for', '', 'All', 'Roofers', 'Driver'],
      ['Gary', 'Roofer', '', '', ''],
      ['Helen', 'Office', '2027-01-01', '', ''],
    ])!;
    expect(j.cells.map((c) => c.verdict)).toEqual(['missing', 'missing', 'n/a', 'current', 'n/a', 'n/a']);
    expect(j.cells[1]!.reason).toBe('Fall Protection blank, required for this job');
  });

  it('else counts a blank as missing where most of the crew it applies to holds the ticket', () => {
    const j = judge([
      ['Name', 'Position', 'First Aid', 'H2S'],
      ['Ray', 'Operator', '2027-01-01', '2027-01-01'],
      ['Ana', 'Operator', '2027-01-01', ''],
      ['Bo', 'Labourer', '', ''],
    ])!;
    expect(j.cells.map((c) => c.verdict)).toEqual(['current', 'current', 'current', 'n/a', 'missing', 'n/a']);
    expect(j.counts).toEqual({ current: 3, expiring: 0, expired: 0, missing: 1, na: 2 });
  });
});

describe('robustness', () => {
  it('a matrix of blanks, unknown courses and garbage never throws', () => {
    // A worker's row holds something besides the name (the sheet-kind reader's rule): here a position.
    expect(
      judge([
        ['Name', 'Job', 'First Aid', 'WHMIS'],
        ['Ray', 'Roofer', '', ''],
        ['Ana', 'Roofer', '', ''],
      ])!.counts,
    ).toEqual({ current: 0, expiring: 0, expired: 0, missing: 0, na: 4 });
    expect(
      judge([
        ['Name', 'First Aid', 'WHMIS'],
        ['Ray', '', ''],
        ['Ana', '', ''],
      ])!.cells,
    ).toEqual([]);
    expect(
      judge([
        ['Name', 'Basket weaving', 'Juggling'],
        ['Ray', '2027-01-01', 'x'],
      ]),
    ).toBeNull();
    expect(judge([])).toBeNull();
    const garbage: Grid = [
      ['Name', 'First Aid', 'WHMIS', 'H2S'],
      ['Ray', '\u0000\uffff', 99999999, true],
      ['', new Date(Number.NaN), -1, null],
      ['Ana', 'x'.repeat(5000), '31/31/2031', { toString: () => 'odd' } as unknown as string],
      [undefined as unknown as string],
    ];
    const j = judge(garbage)!;
    expect(j.cells.length).toBeGreaterThan(0);
    for (const c of j.cells) expect(['current', 'expiring', 'expired', 'missing', 'n/a']).toContain(c.verdict);
  });
});

describe('the workers judged', () => {
  it('judges a new hire listed with no ticket yet, but not a group heading or a name below the table', () => {
    const j = judgeMatrix(
      [
        ['Name', 'First Aid exp', 'WHMIS exp'],
        ['Field crew', '', ''],
        ['Ray', '2027-03-03', '2027-01-10'],
        ['Kaylee Moss', '', ''],
        ['Ana', '2027-05-15', '2027-01-10'],
        ['', '', ''],
        ['Gary Ward', '', ''],
      ],
      { today, slashOrder: 'month-first' },
    )!;
    expect(j.workers).toEqual(['Ray', 'Kaylee Moss', 'Ana']);
    expect(j.cells.filter((c) => c.worker === 'Kaylee Moss').map((c) => c.verdict)).toEqual(['missing', 'missing']);
  });

  it('judges every worker of a long crew list, not a sample', () => {
    const grid: Cell[][] = [['Name', 'First Aid exp', 'WHMIS exp']];
    for (let i = 0; i < 450; i++) grid.push([`Worker ${i}`, '2027-03-03', '2027-01-10']);
    expect(judgeMatrix(grid, { today })!.workers).toHaveLength(450);
  });
});

describe('a matrix on its side', () => {
  it("judges each cell at the sheet's own row and column", () => {
    const j = judgeMatrix(
      [
        ['Ticket', 'Ray', 'Ana'],
        ['First Aid exp', '2027-03-03', '2026-10-01'],
        ['WHMIS exp', '2026-01-15', ''],
      ],
      { today },
    )!;
    expect(j.workers).toEqual(['Ray', 'Ana']);
    expect(j.cells.map((c) => `${c.worker} ${c.course} ${c.column}${c.row} ${c.verdict}`)).toEqual([
      'Ray First Aid exp B2 current',
      'Ray WHMIS exp B3 expired',
      'Ana First Aid exp C2 expired',
      'Ana WHMIS exp C3 n/a',
    ]);
  });
});

describe('slashed dates in a matrix', () => {
  it('reads a column that cannot tell by the order the rest of the matrix shows', () => {
    const j = judgeMatrix(
      [
        ['Worker', 'WHMIS completed', 'First Aid completed'],
        ['Maria', '08/01/2026', '15/03/2025'],
        ['Joao', '09/02/2026', '20/04/2024'],
      ],
      { today, slashOrder: 'month-first' },
    )!;
    expect(j.cells.map((c) => `${c.worker} ${c.course} ${c.taken === null ? '' : isoFromDay(c.taken)}`)).toEqual([
      'Maria WHMIS completed 2026-01-08',
      'Maria First Aid completed 2025-03-15',
      'Joao WHMIS completed 2026-02-09',
      'Joao First Aid completed 2024-04-20',
    ]);
  });
});
