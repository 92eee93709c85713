import { describe, expect, it } from 'vitest';
import type { Grid } from '../cells.ts';
import { dayFromIso, isoFromDay } from '../dates.ts';
import { DEFAULT_PROFILE } from '../profile.ts';
import { judgeEvidenceSheet } from '../workbook.ts';
import { registerEvidence } from './evidence.ts';
import { judgeRegister } from './judge.ts';

const today = dayFromIso('2026-11-26')!;
const evidenceOf = (grid: Grid, profile = DEFAULT_PROFILE) => registerEvidence('Docs', judgeRegister(grid, { today, profile })!);
const HEADER = ['Doc #', 'Document', 'Rev', 'Rev. date', 'Review every (months)', 'Next review', 'Where kept'];

describe('what a document register shows a reviewer', () => {
  it('gives each matched requirement its documents, rows with a gap first, and E8-05 for the register as a whole', () => {
    const evidence = evidenceOf([
      HEADER,
      ['HS-003', 'Hazard Assessment - roofing tasks', '2', '2025-10-01', '12', '2026-10-01', 'Drive'],
      ['HS-004', 'Fall Protection Plan', '5', '2026-03-20', '12', '2027-03-20', 'Drive'],
      ['HS-006', 'Safe Work Practices - ladders', '1', '2024-05-06', '36', '2027-05-06', 'Drive'],
      ['HS-008', 'Lockout procedure', '', '2025-01-10', '12', '2026-01-10', 'Drive'],
      ['HS-F04', 'Inspection form', '2', '2026-06-01', '', '', 'Drive'],
      ['HS-F09', 'Toolbox talk form', '1', '2026-01-15', '', '', 'Drive'],
    ]);
    expect(evidence.map((e) => [e.requirement, e.finding, e.summary, e.rows])).toEqual([
      ['E2-01', 'gap', 'Hazard Assessment - roofing tasks rev 2: review overdue (due 2026-10-01)', [2]],
      ['E3-03', 'gap', '3 documents, 1 review overdue (HS-008, due 2026-01-10)', [5, 3, 4]],
      ['E4-01', 'ready', 'Inspection form rev 2, reviewed 2026-06-01', [6]],
      // The toolbox talk form matches no process: it evidences nothing but the register's control.
      ['E8-05', 'gap', '6 documents: 1 without a revision (HS-008); 2 reviews not current (HS-003, HS-008)', [2, 5, 3, 4, 6, 7]],
    ]);
    expect(evidence.every((e) => e.sheet === 'Docs' && e.kind === 'document-register')).toBe(true);
    // The newest revision date among its documents.
    expect(isoFromDay(evidence[1]!.latest!)).toBe('2026-03-20');
    expect(isoFromDay(evidence[3]!.latest!)).toBe('2026-06-01');
  });

  it('is ready for E8-05 when every document has a revision and a current review, and leaves out retired and switched-off documents', () => {
    const grid: Grid = [
      HEADER,
      ['HS-004', 'Fall Protection Plan', '5', '2026-03-20', '12', '2027-03-20', 'Drive'],
      ['HS-006', 'Safe Work Practices - ladders', '1', '2024-05-06', '36', '2027-05-06', 'Drive'],
      ['HS-002', 'Ladder SWP - superseded', '1', '2019-05-06', '36', '2022-05-06', 'Archive'],
      ['HS-005', 'Emergency Response Plan', '', '', '12', '', 'Drive'],
    ];
    expect(evidenceOf(grid, { ...DEFAULT_PROFILE, disabled: ['E6-01'] }).map((e) => [e.requirement, e.finding, e.summary])).toEqual([
      ['E3-03', 'ready', '2 documents, all reviewed on time (HS-004, HS-006)'],
      ['E8-05', 'ready', '2 documents, each with its revision and a current review'],
    ]);
    // Switched on, the plan with no revision and no date is a gap in both.
    expect(evidenceOf(grid).map((e) => [e.requirement, e.finding, e.summary])).toEqual([
      ['E3-03', 'ready', '2 documents, all reviewed on time (HS-004, HS-006)'],
      ['E6-01', 'gap', 'Emergency Response Plan: without a date'],
      ['E8-05', 'gap', '3 documents: 1 without a revision (HS-005); 1 review not current (HS-005)'],
    ]);
  });

  it('gives nothing when every document is retired', () => {
    expect(
      evidenceOf([
        HEADER,
        ['HS-1', 'Old policy (retired)', '1', '2019-01-01', '12', '', 'Archive'],
        ['HS-2', 'Old ERP - obsolete', '1', '2019-01-01', '12', '', 'Archive'],
      ]),
    ).toEqual([]);
  });

  it("is what the workbook's judge gives for a sheet confirmed as a register, and nothing once it no longer reads as one", () => {
    const grid: Grid = [
      HEADER,
      ['HS-004', 'Fall Protection Plan', '5', '2026-03-20', '12', '2027-03-20', 'Drive'],
      ['HS-005', 'Emergency Response Plan', '3', '2026-01-12', '12', '2027-01-12', 'Drive'],
    ];
    const judged = judgeEvidenceSheet({ name: 'Docs', grid, kind: 'document-register' }, { today });
    expect(judged).toMatchObject({ kind: 'document-register', sheet: 'Docs', register: { counts: { ready: 2, gap: 0, retired: 0, unmatched: 0 } } });
    expect(judged!.evidence).toEqual(evidenceOf(grid));
    expect(
      judgeEvidenceSheet(
        {
          name: 'Docs',
          grid: [
            ['Title', 'Notes'],
            ['Fall Protection Plan', 'Drive'],
          ],
          kind: 'document-register',
        },
        { today },
      ),
    ).toBeNull();
  });
});
