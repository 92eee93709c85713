import { describe, expect, it } from 'vitest';
import { notAChecklist } from './not-a-checklist.ts';
import { proposeSheetKind } from './propose.ts';

const LOG = [
  ['Prairie Fab & Weld - monthly inspections'],
  ['Date', 'Location', 'Inspected by', 'Deficiencies', 'Action required', 'Target date', 'Closed out'],
  ['2025-12-04', 'Shop', 'Dale', 'none', '', '', ''],
  ['Jan 8, 2026', 'shop', 'Dale', 'OK', '', '', ''],
  ['2026-02-05', 'Shop', 'Dale', 'Cylinder cart chain broken', 'Fix chain', '2026-02-20', '2026-02-18'],
  ['3-Mar-2026', 'Shop', 'Rita', 'none', '', '', ''],
  ['2026-04-07', 'Nisku yard', 'Rita', 'none', '', '', ''],
];

describe('a sheet set up as the tracker that is not a checklist', () => {
  it('says what the log is and where to set up instead, never to rename a column of the log', () => {
    const text = notAChecklist('Inspections', proposeSheetKind('Inspections', LOG), ['SECOR Tracker 2026']);
    expect(text).toBe(
      '"Inspections" reads as an activity log of inspections (one row per event), not a checklist. Open "SECOR Tracker 2026", which reads as your checklist, and choose Set up this sheet there: this sheet is then read beside it as evidence.',
    );
  });

  it('with no checklist in the workbook, says what one is', () => {
    expect(notAChecklist('Inspections', proposeSheetKind('Inspections', LOG), [])).toMatch(
      /^"Inspections" reads as an activity log of inspections .*a sheet with a row per SECOR requirement and columns for the requirement and its evidence/,
    );
  });

  it('leaves a checklist, and a sheet that is no evidence, to the layout reading', () => {
    expect(notAChecklist('Invoices', { kind: 'not-evidence', confidence: 0.9, reasons: [] }, [])).toBeNull();
    expect(notAChecklist('Tracker', { kind: 'checklist', confidence: 0.9, reasons: [] }, [])).toBeNull();
  });
});
