import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../cells.ts';
import { SHEET_KINDS } from './kinds.ts';
import { proposeSheetKind } from './propose.ts';
import { detectLayout } from '../layout/detect.ts';

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'Date',
    'Worker',
    'First Aid',
    'WHMIS',
    'H2S',
    'Findings',
    'Corrective action',
    'Closed',
    'Rev',
    'Doc #',
    'Requirement',
    'Evidence',
    'Required for',
    'N/A',
    'TOTAL',
    'Inspections',
    'Near miss',
  ),
  fc.constantFrom('2026-01-15', '15/01/2026', 'Mar 3, 2027', '12-Jan-28', 'Sept 2027', '03/2027', '31/02/2026', 'policy.pdf'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

/** Every proposal is one of the kinds, sure within 0..1, with a reason; a log's activity is said (or null). */
function expectWellFormed(proposal: ReturnType<typeof proposeSheetKind>): void {
  expect(SHEET_KINDS).toContain(proposal.kind);
  expect(proposal.confidence).toBeGreaterThanOrEqual(0);
  expect(proposal.confidence).toBeLessThanOrEqual(1);
  expect(proposal.reasons.length).toBeGreaterThan(0);
  expect('activity' in proposal).toBe(proposal.kind === 'activity-log');
}

describe('proposeSheetKind', () => {
  it('proposes each kind for the sheet that holds it', () => {
    expect(
      proposeSheetKind('Training', [
        ['Worker', 'First Aid', 'WHMIS', 'Fall Protection'],
        ['Ray', '2027-01-02', '2026-05-01', 'N/A'],
      ]).kind,
    ).toBe('training-matrix');
    expect(
      proposeSheetKind('Toolbox', [
        ['Date', 'Topic', 'Presented by'],
        ['2026-01-06', 'Cold stress', 'Mike'],
        ['2026-01-20', 'Ladders', 'Mike'],
        ['2026-02-03', 'Anchors', 'Gary'],
      ]),
    ).toMatchObject({ kind: 'activity-log', activity: 'meetings' });
    expect(
      proposeSheetKind('Docs', [
        ['Doc #', 'Document', 'Rev', 'Rev date'],
        ['HS-001', 'Policy', '4', '2026-02-03'],
        ['HS-002', 'ERP', '3', '2026-01-12'],
      ]).kind,
    ).toBe('document-register');
    expect(
      proposeSheetKind('SECOR', [
        ['Requirement', 'Evidence', 'Status'],
        ['Signed safety policy', 'policy.pdf', 'Done'],
      ]).kind,
    ).toBe('checklist');
    expect(
      proposeSheetKind('Contacts', [
        ['Name', 'Company', 'Phone', 'Email'],
        ['ABC Supply', 'Shingles', '403-555-0111', 'a@b.example'],
      ]).kind,
    ).toBe('not-evidence');
  });

  it('proposes a register whose titles all read as requirements, and whose revisions read as element numbers, as a register', () => {
    const proposal = proposeSheetKind('Doc register', [
      ['Doc #', 'Document', 'Rev', 'Rev. date', 'Review every (months)', 'Next review', 'Where kept'],
      ['HS-001', 'Health & Safety Policy', '4', '2026-02-03', '12', '2027-02-03', 'office wall'],
      ['HS-003', 'Hazard Assessment - roofing tasks', '2', '2025-10-01', '12', '2026-10-01', 'Drive'],
      ['HS-005', 'Emergency Response Plan', '1', '2026-01-12', '12', '2027-01-12', 'trucks'],
    ]);
    // Read as a checklist too, as surely ("Rev" an element column, every title a requirement): the register wins the tie.
    expect(proposal).toMatchObject({ kind: 'document-register', confidence: 1 });
  });

  it('prefers the business record to a weak checklist reading: invoices are not evidence', () => {
    const proposal = proposeSheetKind('Sheet1', [
      ['Invoice #', 'Description', 'Vendor', 'Receipt', 'Date', 'Paid?'],
      ['INV-1041', 'Printer paper and toner', 'Staples', 'receipts/1041.pdf', '2026-10-02', 'Y'],
      ['INV-1042', 'Phone bill - October', 'Telus', 'receipts/1042.pdf', '2026-10-15', 'Y'],
    ]);
    expect(proposal.kind).toBe('not-evidence');
    expect(proposal.reasons[0]).toBe('row 1 heads business records: Invoice #, Vendor, Paid?');
    expect(proposal.reasons[1]).toMatch(/^it reads only weakly as a checklist tracker/);
  });

  it('never throws: an empty sheet, only headers, one column, ragged rows', () => {
    for (const grid of [
      [],
      [[]],
      [[null, undefined, '']],
      [['Date', 'Site', 'Findings']],
      [['Worker', 'First Aid', 'WHMIS']],
      [['Requirement', 'Evidence']],
      [['a'], ['b'], ['2026-01-01']],
      [['Date'], ['2026-01-01'], ['2026-02-01'], ['2026-03-01']],
      [[], ['First Aid', 'WHMIS', 'H2S'], [], ['x']],
    ]) {
      const proposal = proposeSheetKind('Sheet1', grid);
      expectWellFormed(proposal);
    }
    expect(proposeSheetKind('Sheet1', [])).toEqual({ kind: 'not-evidence', confidence: 1, reasons: ['the sheet is empty'] });
  });

  it('proposes a well-formed kind for any grid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(fc.array(anyCell, { maxLength: 14 }), { maxLength: 40 }), (name, grid) => {
        expectWellFormed(proposeSheetKind(name, grid));
      }),
      { numRuns: 300, seed: 10 },
    );
  });

  it('reads a huge random grid quickly enough, sampling its first rows', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const words = ['Date', 'First Aid', 'N/A', 'Findings', '2026-03-04', 'Mar 3, 2027', 'Closed', 'HS-001', 'x', ''];
    const grid: Cell[][] = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 40 }, () => (random() < 0.5 ? words[Math.floor(random() * words.length)]! : random() * 50_000)),
    );
    const started = performance.now();
    expectWellFormed(proposeSheetKind('Big', grid));
    // Generous: a guard against reading every row, not a benchmark.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('a document list with revisions', () => {
  it('is a document register, not a checklist whose Rev column would read as the element', () => {
    const docs = [
      ['Document', 'Rev', 'Last revised', 'Review every', 'Kept where'],
      ['Health & Safety Policy', '3', 'Mar 2026', '1 year', 'office binder'],
      ['Hazard Assessment (formal)', '2', '2025-04-01', 'annually', 'binder + truck'],
      ['Emergency Response Plan', '2', '2026-04-01', '12 months', 'truck'],
      ['Working Alone Procedure', '1', '2023-06-01', 'every 2 yrs', 'binder'],
    ];
    expect(proposeSheetKind('Docs', docs).kind).toBe('document-register');
    const layout = detectLayout(docs);
    expect(layout.ok && layout.layout.columns.element).toBeNull();
  });
});
