import { describe, expect, it } from 'vitest';
import { DateReader, dayFromDate, dayFromIso, dayFromParts, decideSlashOrder, isoFromDay, slashOrderEvidence, slashOrderForLocale } from './dates.ts';
import type { Cell } from './cells.ts';

const dayFirst = new DateReader('day-first');
const monthFirst = new DateReader('month-first');

/** The ISO text of what a reader makes of a cell, or null. */
function iso(reader: DateReader, cell: Cell): string | null {
  const day = reader.read(cell);
  return day === null ? null : isoFromDay(day);
}

describe('dayFromIso / isoFromDay', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromIso('1970-01-01')).toBe(0);
    expect(dayFromIso('1970-01-02')).toBe(1);
    expect(dayFromIso('2026-11-26')).toBe(20_783);
  });

  it('round-trips every day of a leap year and its neighbours', () => {
    const start = dayFromIso('2027-12-25')!;
    for (let d = dayFromIso('2023-12-25')!; d <= start; d++) {
      expect(dayFromIso(isoFromDay(d))).toBe(d);
    }
    expect(isoFromDay(dayFromIso('2024-02-29')!)).toBe('2024-02-29');
  });

  it('rejects text that is not a strict, real YYYY-MM-DD day', () => {
    expect(dayFromIso('2026-02-30')).toBeNull();
    expect(dayFromIso('2025-02-29')).toBeNull();
    expect(dayFromIso('2026-13-01')).toBeNull();
    expect(dayFromIso('26-11-2026')).toBeNull();
    expect(dayFromIso('2026-11-26T00:00')).toBeNull();
    expect(dayFromIso('2026/11/26')).toBeNull();
    expect(dayFromIso('')).toBeNull();
  });

  it('accepts surrounding spaces', () => {
    expect(dayFromIso(' 2026-11-26 ')).toBe(dayFromIso('2026-11-26'));
  });
});

describe('dayFromParts', () => {
  it('gives the day for a real date and null for an impossible one', () => {
    expect(dayFromParts(2026, 11, 26)).toBe(dayFromIso('2026-11-26'));
    expect(dayFromParts(2026, 2, 31)).toBeNull();
    expect(dayFromParts(2026, 0, 1)).toBeNull();
    expect(dayFromParts(2026, 4, 31)).toBeNull();
    expect(dayFromParts(2024, 2, 29)).toBe(dayFromIso('2024-02-29'));
  });
});

describe('dayFromDate', () => {
  it('reads the calendar day of a local-midnight Date', () => {
    expect(dayFromDate(new Date(2026, 9, 2))).toBe(dayFromIso('2026-10-02'));
  });

  it('gives null for an invalid Date', () => {
    expect(dayFromDate(new Date('not a date'))).toBeNull();
    expect(dayFromDate(new Date('not a date'), 'Asia/Tokyo')).toBeNull();
  });

  it("reads a zone's midnight as that zone's day, whatever the runtime's zone", () => {
    // 2026-01-15 00:00 in Tokyo is 2026-01-14 15:00 UTC; in Edmonton 07:00 UTC; across DST in July.
    expect(dayFromDate(new Date('2026-01-14T15:00:00Z'), 'Asia/Tokyo')).toBe(dayFromIso('2026-01-15'));
    expect(dayFromDate(new Date('2026-01-15T07:00:00Z'), 'America/Edmonton')).toBe(dayFromIso('2026-01-15'));
    expect(dayFromDate(new Date('2026-07-15T06:00:00Z'), 'America/Edmonton')).toBe(dayFromIso('2026-07-15'));
    expect(dayFromDate(new Date('2026-07-14T23:59:59Z'), 'America/Edmonton')).toBe(dayFromIso('2026-07-14'));
  });

  it('reads a fixed-offset zone, as Sheets names a zone it does not recognise (GMT-07:00)', () => {
    expect(dayFromDate(new Date('2026-01-15T07:00:00Z'), 'GMT-07:00')).toBe(dayFromIso('2026-01-15'));
    expect(dayFromDate(new Date('2026-01-15T06:59:59Z'), 'GMT-07:00')).toBe(dayFromIso('2026-01-14'));
    expect(dayFromDate(new Date('2026-01-14T18:30:00Z'), 'GMT+05:30')).toBe(dayFromIso('2026-01-15'));
  });
});

describe('DateReader.read', () => {
  describe('Date objects', () => {
    it('reads the Date as its own local calendar day', () => {
      expect(iso(dayFirst, new Date(2026, 10, 26))).toBe('2026-11-26');
      expect(iso(monthFirst, new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01');
    });

    it('gives null for an invalid Date', () => {
      expect(dayFirst.read(new Date(Number.NaN))).toBeNull();
    });
  });

  describe('Sheets serial numbers', () => {
    it('reads 46000 as 2025-12-09', () => {
      expect(iso(dayFirst, 46000)).toBe('2025-12-09');
      expect(iso(monthFirst, 46000)).toBe('2025-12-09');
    });

    it('reads a serial with a time fraction as its day', () => {
      expect(iso(dayFirst, 46000.75)).toBe('2025-12-09');
    });

    it('reads the serial for 2026-11-26 back to that day', () => {
      expect(dayFirst.read(20_783 + 25_569)).toBe(dayFromIso('2026-11-26'));
    });

    it('accepts the first serial of the range (1950-01-01)', () => {
      expect(iso(dayFirst, 18_264)).toBe('1950-01-01');
    });

    it('accepts a serial near the top of the range', () => {
      expect(dayFirst.read(91_310)).not.toBeNull();
    });

    it('gives null for numbers outside the serial range', () => {
      expect(dayFirst.read(18_263)).toBeNull();
      expect(dayFirst.read(91_312)).not.toBeNull(); // 2149-12-31, the last day read
      expect(dayFirst.read(91_313)).toBeNull();
      expect(dayFirst.read(0)).toBeNull();
      expect(dayFirst.read(5)).toBeNull();
      expect(dayFirst.read(2026)).toBeNull();
      expect(dayFirst.read(-46000)).toBeNull();
      expect(dayFirst.read(1_000_000)).toBeNull();
    });

    it('gives null for non-finite numbers', () => {
      expect(dayFirst.read(Number.NaN)).toBeNull();
      expect(dayFirst.read(Number.POSITIVE_INFINITY)).toBeNull();
    });
  });

  describe('ISO and year-first text', () => {
    it('reads ISO days', () => {
      expect(iso(dayFirst, '2026-11-26')).toBe('2026-11-26');
      expect(iso(monthFirst, '2026-11-26')).toBe('2026-11-26');
    });

    it('reads an ISO timestamp as its day', () => {
      expect(iso(dayFirst, '2026-11-26T10:00:00Z')).toBe('2026-11-26');
    });

    it('reads 2026/03/04 as 4 March whatever the slash order', () => {
      expect(iso(dayFirst, '2026/03/04')).toBe('2026-03-04');
      expect(iso(monthFirst, '2026/03/04')).toBe('2026-03-04');
    });

    it('trims spaces around the text', () => {
      expect(iso(dayFirst, '  2026-11-26  ')).toBe('2026-11-26');
    });
  });

  describe('spelled-out months', () => {
    it('reads "Oct 2, 2026"', () => {
      expect(iso(dayFirst, 'Oct 2, 2026')).toBe('2026-10-02');
      expect(iso(monthFirst, 'Oct 2, 2026')).toBe('2026-10-02');
    });

    it('reads "2 Oct 2026"', () => {
      expect(iso(dayFirst, '2 Oct 2026')).toBe('2026-10-02');
      expect(iso(monthFirst, '2 Oct 2026')).toBe('2026-10-02');
    });

    it('reads full month names and ordinals', () => {
      expect(iso(dayFirst, 'October 2nd, 2026')).toBe('2026-10-02');
      expect(iso(dayFirst, '21 November 2026')).toBe('2026-11-21');
    });

    it('reads a month and year as the first of the month', () => {
      expect(iso(dayFirst, 'Oct 2026')).toBe('2026-10-01');
    });

    it('reads a month of a year however it is punctuated, as its first day', () => {
      for (const text of ['Jan. 2026', 'January, 2026', 'Jan-2026', '01/2026', '1-2026']) expect(iso(dayFirst, text), text).toBe('2026-01-01');
      expect(iso(monthFirst, '12/2026')).toBe('2026-12-01');
    });

    it('reads "12 Jan. 2026" and "12 January, 2026"', () => {
      expect(iso(dayFirst, '12 Jan. 2026')).toBe('2026-01-12');
      expect(iso(dayFirst, '12 January, 2026')).toBe('2026-01-12');
    });

    it('reads a two-digit year in "2-Oct-26" as 2026', () => {
      // Regression: 'd-MMM-yyyy' is tried before 'd-MMM-yy' and once took "26" as the year 26 (read as 1926).
      expect(iso(dayFirst, '2-Oct-26')).toBe('2026-10-02');
    });

    it('reads "17-Mar-2026" as the 17th, not as March', () => {
      // Regression: the clean-up of "Mar-2026" once made it "17-Mar 2026", which no format reads.
      expect(iso(monthFirst, '17-Mar-2026')).toBe('2026-03-17');
      expect(iso(dayFirst, '4-Sept-2026')).toBe('2026-09-04');
    });
  });

  describe('slashed dates', () => {
    it('reads an ambiguous slashed date in the column order', () => {
      expect(iso(dayFirst, '03/04/2026')).toBe('2026-04-03');
      expect(iso(monthFirst, '03/04/2026')).toBe('2026-03-04');
    });

    it('reads a date that is only valid day-first only in day-first order', () => {
      expect(iso(dayFirst, '13/04/2026')).toBe('2026-04-13');
      expect(monthFirst.read('13/04/2026')).toBeNull();
    });

    it('reads a date that is only valid month-first only in month-first order', () => {
      expect(iso(monthFirst, '04/13/2026')).toBe('2026-04-13');
      expect(dayFirst.read('04/13/2026')).toBeNull();
    });

    it('reads two-digit years as 20xx', () => {
      expect(iso(dayFirst, '3/4/26')).toBe('2026-04-03');
      expect(iso(monthFirst, '3/4/26')).toBe('2026-03-04');
      expect(iso(monthFirst, '12/31/99')).toBe('2099-12-31');
    });

    it('reads dotted dates in the column order too', () => {
      expect(iso(dayFirst, '02.10.2026')).toBe('2026-10-02');
      expect(iso(monthFirst, '02.10.2026')).toBe('2026-02-10');
    });
  });

  describe('not dates', () => {
    it('gives null for impossible days like 31/02/2026', () => {
      expect(dayFirst.read('31/02/2026')).toBeNull();
      expect(monthFirst.read('02/31/2026')).toBeNull();
      expect(dayFirst.read('2026-02-30')).toBeNull();
    });

    it('gives null for words and other text', () => {
      expect(dayFirst.read('hello')).toBeNull();
      expect(dayFirst.read('see binder')).toBeNull();
      expect(dayFirst.read('N/A')).toBeNull();
      expect(dayFirst.read('1234')).toBeNull();
    });

    it('gives null for blanks, booleans and over-long text', () => {
      expect(dayFirst.read('')).toBeNull();
      expect(dayFirst.read('   ')).toBeNull();
      expect(dayFirst.read(null)).toBeNull();
      expect(dayFirst.read(undefined)).toBeNull();
      expect(dayFirst.read(true)).toBeNull();
      expect(dayFirst.read(`2026-11-26 ${'x'.repeat(40)}`)).toBeNull();
    });
  });

  it('gives the same answer for a repeated (cached) value', () => {
    const reader = new DateReader('day-first');
    expect(iso(reader, '03/04/2026')).toBe('2026-04-03');
    expect(iso(reader, '03/04/2026')).toBe('2026-04-03');
    expect(reader.read('hello')).toBeNull();
    expect(reader.read('hello')).toBeNull();
  });
});

describe('slashOrderEvidence', () => {
  it('counts values that can only be read one way', () => {
    expect(slashOrderEvidence(['13/04/2026', '25/12/2026', '04/13/2026', '03/04/2026', 'hello', 46000])).toEqual({
      dayFirst: 2,
      monthFirst: 1,
    });
  });
});

describe('decideSlashOrder', () => {
  it('chooses day-first when a value has a first part above 12', () => {
    expect(decideSlashOrder(['03/04/2026', '13/04/2026'], 'month-first')).toBe('day-first');
  });

  it('chooses month-first when a value has a second part above 12', () => {
    expect(decideSlashOrder(['03/04/2026', '04/13/2026'], 'day-first')).toBe('month-first');
  });

  it('follows the majority when values disagree', () => {
    expect(decideSlashOrder(['13/04/2026', '14/04/2026', '04/13/2026'], 'month-first')).toBe('day-first');
  });

  it('falls back when nothing disambiguates', () => {
    expect(decideSlashOrder(['03/04/2026', '2026-11-26', 46000, null], 'day-first')).toBe('day-first');
    expect(decideSlashOrder(['03/04/2026'], 'month-first')).toBe('month-first');
    expect(decideSlashOrder([], 'day-first')).toBe('day-first');
  });

  it('falls back on a tie', () => {
    expect(decideSlashOrder(['13/04/2026', '04/13/2026'], 'day-first')).toBe('day-first');
    expect(decideSlashOrder(['13/04/2026', '04/13/2026'], 'month-first')).toBe('month-first');
  });
});

describe('slashOrderForLocale', () => {
  it('reads en-GB as day-first', () => {
    expect(slashOrderForLocale('en-GB')).toBe('day-first');
  });

  it('reads en-US as month-first', () => {
    expect(slashOrderForLocale('en-US')).toBe('month-first');
  });

  it('reads en-CA as month-first (it writes year-month-day: month before day)', () => {
    expect(slashOrderForLocale('en-CA')).toBe('month-first');
  });

  it('falls back to month-first for a malformed locale tag', () => {
    expect(slashOrderForLocale('not a locale!!')).toBe('month-first');
  });
});
