import { describe, expect, it } from 'vitest';
import { readAsChecklist } from './checklist.ts';

describe('readAsChecklist', () => {
  it("reads today's tracker by the engine's layout, surer when its rows are SECOR requirements", () => {
    const tracker = readAsChecklist([
      ['Requirement', 'Evidence', 'Owner', 'Last reviewed'],
      ['Signed safety policy', 'policy.pdf', 'Gary', '2026-01-01'],
      ['Emergency response plan', 'erp.pdf', 'Gary', '2026-02-01'],
    ]);
    const invoices = readAsChecklist([
      ['Description', 'Receipt', 'Date'],
      ['Printer paper and toner', 'receipts/1041.pdf', '2026-10-02'],
      ['Office rent - November', 'receipts/1044.pdf', '2026-11-01'],
    ]);
    expect(tracker?.kind).toBe('checklist');
    expect(tracker?.reasons).toContain('2 of 2 items read as SECOR requirements');
    expect(invoices?.reasons).toContain('0 of 2 items read as SECOR requirements');
    expect(tracker!.score).toBeGreaterThan(invoices!.score);
  });

  it('still reads as a checklist, less surely, when the evidence column is missing', () => {
    const reading = readAsChecklist([
      ['Item', 'Owner', 'Date'],
      ['Buy harnesses', 'Mike', '2026-10-01'],
    ]);
    expect(reading).toEqual({ kind: 'checklist', score: 0.45, reasons: ["row 1 names a checklist's columns (Item, Owner, Date) but not an evidence column"] });
  });

  it('is no checklist without a header naming its columns', () => {
    expect(readAsChecklist([['Hi Dana,'], ['Thanks for the quote.']])).toBeNull();
  });
});
