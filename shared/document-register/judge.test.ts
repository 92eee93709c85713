import { describe, expect, it } from 'vitest';
import type { Grid } from '../cells.ts';
import { dayFromIso, isoFromDay } from '../dates.ts';
import { DEFAULT_PROFILE } from '../profile.ts';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import { documentRequirement, documentRetired, judgeRegister } from './judge.ts';

const today = dayFromIso('2026-11-26')!;
const judge = (grid: Grid, profile = DEFAULT_PROFILE) => judgeRegister(grid, { today, slashOrder: 'month-first', profile })!;
const iso = (day: number | null) => (day === null ? null : isoFromDay(day));
/** Each document in a line: number or title, requirement, verdict and gaps, dated and next review days. */
const brief = (grid: Grid, profile = DEFAULT_PROFILE) =>
  judge(grid, profile).documents.map(
    (d) =>
      `${d.docNumber || d.title} ${d.requirement ?? '-'} ${d.readiness}${d.gaps.length ? ` ${d.gaps.join('+')}` : ''} ${iso(d.revised)} ${iso(d.nextReview)}`,
  );
const requirement = (id: string) => REFERENCE_CHECKLIST.find((r) => r.id === id)!;

describe('a register judged row by row, as the tracker judges its rows', () => {
  it('reads text dates in several formats, review frequencies in words, a review date beside the revision date, and skips headings, retired documents and notes', () => {
    const grid: Grid = [
      ['ACME ROOFING LTD - CONTROLLED DOCUMENTS', null, null, null, null, null, null],
      ['Doc #', 'Document title', 'Rev', 'Rev. date', 'Last reviewed', 'Review frequency', 'Location'],
      ['POLICIES', null, null, null, null, null, null],
      ['P-01', 'H&S Policy', '3', 'Mar 2025', '2026-02-10', 'annually', 'office wall'],
      ['P-02', 'Emergency Response Plan', 'C', '2025/03/14', '', 'every 2 yrs', 'trucks'],
      ['SAFE WORK PRACTICES', null, null, null, null, null, null],
      ['SWP-03', 'Fall protection plan', '2', '14-Mar-25', '', '12 mo', 'Drive'],
      ['SWP-04', 'Ladder SWP (superseded by SWP-03)', '1', '2019-01-01', '', 'annually', 'Archive'],
      ['SWP-05', 'Lockout procedure', '1', '2026-01-05', '', 'as needed', ''],
      [null, null, null, null, null, null, null],
      ['Prepared by: Dana, office', null, null, null, null, null, null],
    ];
    expect(brief(grid)).toEqual([
      // Reviewed in February without a new revision: the later day counts, the frequency runs from it.
      'P-01 E1-01 ready 2026-02-10 2027-02-10',
      'P-02 E6-01 ready 2025-03-14 2027-03-14',
      // 12 months from 2025-03-14 ran out on 2026-03-14.
      'SWP-03 E3-03 gap stale 2025-03-14 2026-03-14',
      'SWP-04 E3-03 n/a 2019-01-01 2020-01-01',
      // "As needed" names no frequency: the requirement's default year applies. Nowhere said to keep it.
      'SWP-05 E3-03 gap missing-evidence 2026-01-05 2027-01-05',
    ]);
    const register = judge(grid);
    expect(register.counts).toEqual({ ready: 2, gap: 2, retired: 1, unmatched: 0 });
    expect(register.documents[3]).toMatchObject({ retired: true, reason: 'Retired: listed for the record, not judged.' });
    expect(register.documents[0]).toMatchObject({
      row: 4,
      title: 'H&S Policy',
      revision: '3',
      reviewEveryDays: 365,
      reason: 'Reviewed 2026-02-10, next review 2027-02-10.',
    });
    expect(register.documents[2]!.reason).toBe('Evidence is 622 days old; it must be renewed every 365 days.');
  });

  it('takes the listed row as the evidence when the register says nowhere where documents are kept, and lists a form of no process unmatched', () => {
    const grid: Grid = [
      ['Document number', 'Title', 'Version', 'Effective date', 'Review cycle'],
      ['HS-10', 'Working alone procedure', '2', '2026-06-01', 'yearly'],
      ['HS-11', 'Toolbox talk form', '1', '2026-01-15', ''],
      ['HS-12', 'Inspection checklist', '', '2026-02-01', ''],
      ['HS-13', 'Harassment & violence prevention plan', '1', 'spring 2025', '2 years'],
    ];
    const register = judge(grid);
    expect(brief(grid)).toEqual([
      'HS-10 E9-06 ready 2026-06-01 2027-06-01',
      // A blank toolbox talk form is no meeting's minutes, and program administration has no written process to hold it.
      'HS-11 - ready 2026-01-15 2027-01-15',
      // An inspection checklist is part of the written inspection process.
      'HS-12 E4-01 ready 2026-02-01 2027-02-01',
      'HS-13 - gap undated null null',
    ]);
    expect(register.documents[1]).toMatchObject({ candidates: [{ id: 'E8-01', score: 0.74 }], warnings: ['unmatched'] });
    expect(register.documents[3]!.reason).toBe(
      'The date "spring 2025" cannot be read: write it as YYYY-MM-DD. Not matched to a SECOR requirement: it still counts under its element.',
    );
    expect(register.documents[3]!.candidates.map((c) => c.id)).toEqual(['E2-07', 'E9-04', 'E3-05']);
    expect(register.counts).toEqual({ ready: 3, gap: 1, retired: 0, unmatched: 2 });
  });

  it('reads a "Review due" column as the next review, day-first dates, a status saying retired, an approver as the owner, and the profile\'s switched-off requirements', () => {
    const grid: Grid = [
      ['Form #', 'Form name', 'Revision', 'Date approved', 'Review due', 'Approved by', 'Status', 'Where kept'],
      ['F-01', 'Hazard assessment form', '4', '14/03/2025', '14/03/2026', 'Gary', 'Active', 'Drive'],
      ['F-02', 'Incident report form', '2', '02/10/2026', '02/10/2027', '', 'Active', 'Drive'],
      ['F-03', 'First aid log', '1', '20/01/2020', '', 'Gary', 'Obsolete', 'Drive'],
      ['F-04', 'Emergency response plan', '6', '26/11/2025', '26/11/2026', 'Gary', 'Active', 'Drive'],
    ];
    expect(brief(grid)).toEqual([
      // The formal hazard assessment form: a record requirement's form, but hazard identification has no written process.
      'F-01 - gap overdue 2025-03-14 2026-03-14',
      'F-02 E7-01 ready 2026-10-02 2027-10-02',
      'F-03 E7-06 n/a 2020-01-20 2021-01-19',
      // Its review is due today: not yet overdue, and falling due within the profile's 30 days.
      'F-04 E6-01 ready 2025-11-26 2026-11-26',
    ]);
    const register = judge(grid);
    expect(register.documents[1]).toMatchObject({ warnings: ['no-owner'] });
    expect(register.documents[3]).toMatchObject({ warnings: ['expiring'], reason: 'Reviewed 2025-11-26, next review 2026-11-26. Falls due today.' });
    expect(register.documents[0]!.candidates[0]!.id).toBe('E2-05');
    const off = judge(grid, { ...DEFAULT_PROFILE, disabled: ['E6-01'] });
    expect(off.documents[3]).toMatchObject({ readiness: 'n/a', retired: false, gaps: [], reason: 'E6-01 is switched off for this team: not judged.' });
  });

  it("reads a register of titles with a last-reviewed date only, under headings, with a placeholder for where it is kept and a cycle looser than SECOR's", () => {
    const grid: Grid = [
      ['Master document list', null, null, null, null, null],
      ['Document', 'Version', 'Last reviewed', 'Review cycle', 'Next review date', 'Stored at'],
      ['POLICIES:', null, null, null, null, null],
      ['Health and safety policy', 'v3', '2025-12-01', 'Biennial', '2027-12-01', 'office binder'],
      ['Right to refuse procedure', 'v1', '2026-05-05', '', '', 'TBD'],
      ['FORMS', null, null, null, null, null],
      ['Pre-use checklist - trucks', 'v2', '2026-04-01', 'annually', '2027-04-01', 'truck binders'],
      ['Notes: review dates are set by the office', null, null, null, null, null],
    ];
    expect(brief(grid)).toEqual([
      'Health and safety policy E1-01 ready 2025-12-01 2027-12-01',
      'Right to refuse procedure E1-07 gap missing-evidence 2026-05-05 2027-05-05',
      // A pre-use checklist is a form of E4-04's records: it belongs to E4-01, the written inspection process.
      'Pre-use checklist - trucks E4-01 ready 2026-04-01 2027-04-01',
    ]);
    const register = judge(grid);
    expect(register.documents[0]).toMatchObject({ docNumber: '', revision: 'v3', reviewEveryDays: 730, warnings: ['looser-than-reference'] });
    expect(register.documents[1]!.reason).toBe('The evidence cell says "TBD": replace it with a link, file name or where the record is kept.');
  });

  it('is null for a sheet that no longer reads as a register', () => {
    expect(
      judgeRegister(
        [
          ['Requirement', 'Evidence'],
          ['Signed policy', 'policy.pdf'],
        ],
        { today },
      ),
    ).toBeNull();
    expect(judgeRegister([], { today })).toBeNull();
  });
});

describe('what a document evidences', () => {
  it("gives a form its element's written process in place of the records made on it", () => {
    expect(documentRequirement(requirement('E4-02'), 'Inspection form', 'HS-F04')?.id).toBe('E4-01');
    expect(documentRequirement(requirement('E7-02'), 'Incident investigation', 'HS-F07')?.id).toBe('E7-01');
    expect(documentRequirement(requirement('E8-01'), 'Toolbox talk form', '')).toBeNull();
    // A directive document keeps its match, a form matched to one too.
    expect(documentRequirement(requirement('E3-03'), 'Fall protection plan', 'HS-004')?.id).toBe('E3-03');
    expect(documentRequirement(requirement('E4-02'), 'Inspection schedule', 'HS-009')?.id).toBe('E4-02');
  });

  it('reads a row as retired in any of its cells', () => {
    expect(documentRetired(['HS-006', 'Ladder SWP', 'Superseded by HS-009'])).toBe(true);
    expect(documentRetired(['HS-006', 'Ladder SWP', 'RETIRED'])).toBe(true);
    expect(documentRetired(['HS-006', 'Ladder SWP', 'Drive > Archive folder'])).toBe(false);
  });
});

describe('a review cycle under a loose header', () => {
  it('reads "Review" as the review frequency when its cells are frequencies: "every 2 years" is two years', () => {
    const register = judge([
      ['Doc #', 'Title', 'Rev', 'Rev date', 'Review', 'Status'],
      ['SE-01', 'Health & Safety Policy', '4', '2026-01-08', 'annually', 'Current'],
      ['SE-03', 'LOTO procedure', '3', '2025-03-02', 'every 2 years', 'Current'],
    ]);
    expect(register.documents.map((d) => [d.title, d.reviewEveryDays, d.readiness])).toEqual([
      ['Health & Safety Policy', 365, 'ready'],
      ['LOTO procedure', 730, 'ready'],
    ]);
  });
});
