import { describe, expect, it } from 'vitest';
import { readBusinessRecord } from './not-evidence.ts';

describe('readBusinessRecord', () => {
  it('names the business records a sheet holds by its name and headers', () => {
    const reading = readBusinessRecord('Invoices', [['Invoices 2026'], ['Invoice #', 'Vendor', 'Amount', 'Paid?']]);
    expect(reading.reasons).toEqual([
      'the sheet\'s name "Invoices" names a business record, not a safety record',
      'row 2 heads business records: Invoice #, Vendor, Amount, Paid?',
    ]);
    expect(reading.score).toBeGreaterThan(readBusinessRecord('Sheet1', [['Vendor']]).score);
  });

  it('finds nothing in a safety sheet', () => {
    expect(readBusinessRecord('Training', [['Worker', 'First Aid', 'WHMIS']]).reasons).toEqual([]);
  });
});
