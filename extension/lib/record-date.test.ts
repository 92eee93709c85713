import { describe, expect, it } from 'vitest';
import { findRecordDates, recordDateOf } from './record-date.ts';

const TODAY = new Date(2026, 10, 26);

describe('recordDateOf: a page text in, the record date out (golden cases)', () => {
  it.each([
    ['This certifies that J. Patel completed Fall Protection on October 2, 2026', '2026-10-02'],
    ['Issued: 15 Jan 2026 · Expires: 15 Jan 2029', '2026-01-15'],
    ['Expires: 15 Jan 2029 · Issued: 15 Jan 2026', '2026-01-15'],
    ['Certificate of Completion\nFirst Aid Level C\nValid until: 2029-03-01\nDate of completion: 2026-03-01', '2026-03-01'],
    ['Monthly inspection report. Inspection date: 2026-11-03. Next inspection due 2026-12-03.', '2026-11-03'],
    ['WCB clearance letter dated November 12, 2026 for account 1234567', '2026-11-12'],
    ['Printed 2026-11-20. Training completed on 4 Sep 2026.', '2026-09-04'],
  ])('%s → %s', (text, expected) => {
    expect(recordDateOf(findRecordDates({ text }, TODAY))).toBe(expected);
  });

  it('has none when the only date is an expiry', () => {
    expect(recordDateOf(findRecordDates({ text: 'Your ticket expires on 15 Jan 2029.' }, TODAY))).toBeNull();
  });

  it('has none in a page without a day', () => {
    expect(recordDateOf(findRecordDates({ text: 'Fall protection training, spring 2026' }, TODAY))).toBeNull();
  });

  it("quotes the date's own line, not the line above it", () => {
    const found = findRecordDates({ text: 'First Aid Level C\nExpires: March 3, 2029\nDate of completion: March 3, 2026\nInstructor: R. Lee' }, TODAY);
    expect(found[0]).toMatchObject({ date: '2026-03-03', context: 'Date of completion: March 3, 2026' });
  });

  it('prefers the selection over the page', () => {
    const found = findRecordDates({ selection: 'Completed 2026-05-05', text: 'Issued on 2026-01-01' }, TODAY);
    expect(found[0]).toMatchObject({ date: '2026-05-05', fromSelection: true });
    expect(found.map((f) => f.date)).toContain('2026-01-01');
  });
});
