import { describe, expect, it } from 'vitest';
import type { Grid } from '../cells.ts';
import { dayFromIso } from '../dates.ts';
import { matrixEvidence } from './evidence.ts';
import { judgeMatrix } from './judge.ts';

const today = dayFromIso('2026-11-26')!;
const evidenceOf = (grid: Grid) => matrixEvidence('Training', judgeMatrix(grid, { today, slashOrder: 'month-first' })!);

describe('what a training matrix shows a reviewer', () => {
  it('gives E5-02 a gap while a ticket is expired or missing, naming the rows with a gap first', () => {
    const evidence = evidenceOf([
      ['Name', 'First Aid exp', 'WHMIS exp', 'Orientation'],
      ['Ray', '2027-03-03', '2026-09-14', '2025-02-01'],
      ['Ana', '2027-05-15', '2027-01-10', '2025-03-01'],
      ['Bo', '2026-12-10', '2027-06-01', ''],
    ]);
    expect(evidence.map((e) => [e.requirement, e.finding, e.summary])).toEqual([
      ['E5-02', 'gap', '9 tickets of 3 workers: 1 expired, 1 missing, 1 expiring'],
      [
        'E6-06',
        'ready',
        '3 of 3 workers hold a current First Aid ticket (OHS Code Schedule 2 asks for at least 1 per shift of 2 or more workers; check the table for your work and distance)',
      ],
      ['E5-01', 'gap', '2 of 3 workers oriented; none recorded for Bo'],
    ]);
    // Ray's expired WHMIS (row 2) and Bo's missing orientation (row 4) come first.
    expect(evidence[0]!.rows).toEqual([2, 4, 3]);
    expect(evidence[0]!.sheet).toBe('Training');
  });

  it('gives E6-06 a gap when no worker of a crew holds a current First Aid ticket, and is ready when all tickets are current', () => {
    const evidence = evidenceOf([
      ['Name', 'First Aid exp', 'H2S exp'],
      ['Ray', '2025-03-03', '2027-09-14'],
      ['Ana', '2026-01-15', '2027-01-10'],
    ]);
    expect(evidence.find((e) => e.requirement === 'E6-06')).toMatchObject({ finding: 'gap', summary: expect.stringMatching(/^0 of 2 workers hold/) });
    const current = evidenceOf([
      ['Name', 'H2S exp', 'TDG exp'],
      ['Ray', '2027-03-03', '2027-09-14'],
      ['Ana', '2027-01-15', '2027-01-10'],
    ]);
    expect(current.map((e) => [e.requirement, e.finding, e.summary])).toEqual([['E5-02', 'ready', '4 tickets of 2 workers, all current']]);
  });
});
