import { describe, expect, it } from 'vitest';
import { intervalUnitOf, looksLikeInterval, readInterval } from './intervals.ts';

describe('readInterval', () => {
  it('reads the words teams write for how often', () => {
    const read = (text: string) => readInterval(text, 'months');
    expect(read('Monthly')).toBe(30);
    expect(read('quarterly')).toBe(92);
    expect(read('Annually')).toBe(365);
    expect(read('annual.')).toBe(365);
    expect(read('Weekly')).toBe(7);
    expect(read('bi-weekly')).toBe(14);
    expect(read('Daily')).toBe(1);
    expect(read('every shift')).toBe(1);
    expect(read('Twice a year')).toBe(184);
    expect(read('every quarter')).toBe(92);
  });

  it('reads a count with its unit, written out or short', () => {
    const read = (text: string) => readInterval(text, 'days');
    expect(read('every 3 years')).toBe(1095);
    expect(read('Every 3 Years')).toBe(1095);
    expect(read('3 yrs')).toBe(1095);
    expect(read('3-year')).toBe(1095);
    expect(read('12 months')).toBe(365);
    expect(read('18 mos')).toBe(552);
    expect(read('6 months')).toBe(184);
    expect(read('every 6 wks')).toBe(42);
    expect(read('4 months')).toBe(120);
    expect(read('90 days')).toBe(90);
    expect(read('every two years')).toBe(730);
    expect(read('once per month')).toBe(30);
    expect(read('per year')).toBe(365);
  });

  it("reads the interval before the team's remark", () => {
    const read = (text: string) => readInterval(text, 'months');
    expect(read('Weekly (Mon)')).toBe(7);
    expect(read('Monthly (1st Mon)')).toBe(30);
    expect(read('Yearly - Jan')).toBe(365);
    expect(read('Monthly*')).toBe(30);
  });

  it('reads so many times in a unit', () => {
    const read = (text: string) => readInterval(text, 'months');
    expect(read('2x/year')).toBe(184);
    expect(read('4 times a year')).toBe(92);
    expect(read('once/yr')).toBe(365);
    expect(read('twice a month')).toBe(15);
    expect(read('5x per year')).toBe(73);
  });

  it('counts a bare number in the column unit', () => {
    expect(readInterval('12', 'months')).toBe(365);
    expect(readInterval(12, 'months')).toBe(365);
    expect(readInterval(1, 'months')).toBe(30);
    expect(readInterval(3, 'months')).toBe(92);
    expect(readInterval(36, 'months')).toBe(1095);
    expect(readInterval(30, 'days')).toBe(30);
    expect(readInterval('3', 'years')).toBe(1095);
  });

  it('names no interval for event-driven or unreadable cells, so the reference applies', () => {
    for (const cell of [
      '',
      '  ',
      'as needed',
      'As required',
      'per job',
      'new hire',
      'ongoing',
      'n/a',
      '0',
      '-3',
      'every 3 bananas',
      'constructor',
      'toString',
      '__proto__',
      'every constructor',
      null,
      undefined,
      true,
      0,
      -1,
      Number.NaN,
    ])
      expect(readInterval(cell, 'months'), String(cell)).toBeNull();
  });
});

describe('looksLikeInterval', () => {
  it('is true for worded intervals only: a bare number may be points or a count', () => {
    expect(looksLikeInterval('Quarterly')).toBe(true);
    expect(looksLikeInterval('every 3 years')).toBe(true);
    expect(looksLikeInterval('12')).toBe(false);
    expect(looksLikeInterval(12)).toBe(false);
    expect(looksLikeInterval('Monthly site inspection')).toBe(false);
  });
});

describe('intervalUnitOf', () => {
  it('takes the unit the header names, months when it names none', () => {
    expect(intervalUnitOf('Review every (months)')).toBe('months');
    expect(intervalUnitOf('Frequency (days)')).toBe('days');
    expect(intervalUnitOf('Interval - weeks')).toBe('weeks');
    expect(intervalUnitOf('Valid for (yrs)')).toBe('years');
    expect(intervalUnitOf('Frequency')).toBe('months');
    expect(intervalUnitOf('How often')).toBe('months');
  });
});
