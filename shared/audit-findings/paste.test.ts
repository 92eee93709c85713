import { describe, expect, it } from 'vitest';
import { pastedReport } from './paste.ts';

describe('pastedReport', () => {
  it('takes rows copied from a sheet, or a CSV with a findings header, as a grid', () => {
    expect(pastedReport('Finding\tElement\tDue\n1. No drill record\tE6\t2027-01-15\n')).toEqual([
      ['Finding', 'Element', 'Due'],
      ['1. No drill record', 'E6', '2027-01-15'],
    ]);
    expect(pastedReport('Finding,Element\n"Inspections missed, July",E4\n')).toEqual([
      ['Finding', 'Element'],
      ['Inspections missed, July', 'E4'],
    ]);
  });

  it('keeps a report written as text as text, commas and all', () => {
    const text = '1. The company has no written ERP drill record, and workers could not name the muster point.\n2. Inspections were missed in July.';
    expect(pastedReport(text)).toBe(text);
  });
});
