import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli as run, tempFiles } from './run-cli.ts';

const { write } = tempFiles('secor-cycle-');

// A yearly policy signed 2026-01-10 (stale 2027-01-11), inspections every 30 days last 2026-11-10 (stale 2026-12-11).
const TRACKER = write(
  'tracker.csv',
  [
    'ID,Requirement,Evidence,Last reviewed,Status',
    'E1-01,Signed H&S policy,policy.pdf,2026-01-10,Done',
    'E4-02,Monthly site inspections,inspections.pdf,2026-11-10,Done',
    'E1-04,Responsibilities written,resp.pdf,2026-10-01,Done',
  ].join('\n'),
);

describe('secor-ready scan --audit-month', () => {
  it('adds the next submission to the report: which, when, the 12-month window, and what lapses before it', async () => {
    const { code, stdout, stderr } = await run('scan', TRACKER, '--today', '2026-11-26', '--audit-month', '3', '--certified', '2025');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Next submission: maintenance year 2, due March 2027 (by 2027-03-31, 125 days from now)');
    expect(stdout).toContain('  Records must cover 2026-03-01 to 2027-02-28: the 12 months before it.');
    expect(stdout).toContain(
      '  Goes stale, falls due or expires in the next 30 days (1):\n    2026-12-11 (in 15 d)  row 3 E4-02 Monthly site inspections: goes stale',
    );
    expect(stdout).toContain(
      '  Then, before the submission (1): renew these before submitting.\n    2027-01-11 (in 46 d)  row 2 E1-01 Signed H&S policy: goes stale',
    );
    expect(stdout).not.toContain('Responsibilities written: goes stale');
  });

  it("lists a sheet's newest record beside the checklist's rows: the sample workbook's inspections log goes stale within 30 days", async () => {
    const { code, stdout } = await run(
      'scan',
      fileURLToPath(new URL('../samples/northwind-safety.xlsx', import.meta.url)),
      '--today',
      '2026-11-26',
      '--audit-month',
      '3',
      '--certified',
      '2025',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('    2026-12-25 (in 29 d)  sheet "Site Inspections" E4-02: goes stale');
    // The block opens the report, before the sheets: the date to work toward first.
    expect(stdout.indexOf('Next submission:')).toBeLessThan(stdout.indexOf("The workbook's 7 sheets:"));
  });

  it('without --certified names the month but not which submission', async () => {
    const { stdout } = await run('scan', TRACKER, '--today', '2026-11-26', '--audit-month', '11');
    expect(stdout).toContain('Next submission (give --certified YYYY to name which), due November 2026 (by 2026-11-30, 4 days from now)');
  });

  it('adds `cycle` to the JSON only when --audit-month is given', async () => {
    const plain = JSON.parse((await run('scan', TRACKER, '--today', '2026-11-26', '--json')).stdout);
    expect(plain).not.toHaveProperty('cycle');
    const { cycle } = JSON.parse((await run('scan', TRACKER, '--today', '2026-11-26', '--json', '--audit-month', '3', '--certified', '2025')).stdout);
    expect(cycle.submission).toEqual({ kind: 'maintenance-2', year: 2027, month: 3, dueOn: '2027-03-31', window: { from: '2026-03-01', to: '2027-02-28' } });
    expect(cycle.beforeSubmission).toEqual([
      { source: 'row', row: 3, text: 'Monthly site inspections', requirement: 'E4-02', on: '2026-12-11', why: 'stale' },
      { source: 'row', row: 2, text: 'Signed H&S policy', requirement: 'E1-01', on: '2027-01-11', why: 'stale' },
    ]);
    expect(cycle.nextDays.map((l: { row: number }) => l.row)).toEqual([3]);
  });

  it.each([
    [['--audit-month', '13'], '--audit-month must be the certificate\'s month, 1 to 12, not "13"'],
    [['--audit-month', 'March'], '--audit-month must be the certificate\'s month, 1 to 12, not "March"'],
    [['--audit-month', '3', '--certified', '25'], '--certified must be the certification year written YYYY, not "25"'],
    [['--certified', '2025'], '--certified needs --audit-month: the month printed on the certificate'],
  ])('refuses %j with exit 2 and says why', async (args, message) => {
    const { code, stderr } = await run('scan', TRACKER, ...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
