import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'secor-cli-'));
function tracker(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const SMALL = tracker(
  'small.csv',
  [
    'Acme Safety Tracker,,,,',
    ',,,,',
    'Element,Requirement,Evidence,Owner,Last Reviewed',
    '1,Signed H&S policy,policy.pdf,Ann,2026-06-01',
    '1,Responsibilities written,,Ann,2026-06-01',
    '5,Orientation checklist signed,orientation.pdf,Bo,2026-09-01',
  ].join('\n'),
);

describe('secor-ready scan', () => {
  it('prints one JSON object with 1-based rows and column letters', async () => {
    const { code, stdout, stderr } = await run('scan', SMALL, '--json', '--today', '2026-11-26');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(report.headerRow).toBe(3);
    expect(report.columns).toEqual({ id: null, element: 'A', requirement: 'B', evidence: 'C', owner: 'D', date: 'E', due: null, status: null, notes: null });
    expect(report.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([[4, 'ready'], [5, 'gap'], [6, 'ready']]);
    expect(report.elements.map((e: { id: string; percent: number }) => [e.id, e.percent])).toEqual([['E1', 50], ['E5', 100]]);
    expect(report.overall).toMatchObject({ percent: 66.7, pass: false });
  });

  it('prints a readable report with element bars, the verdict and gaps by row', async () => {
    const { code, stdout } = await run('scan', SMALL, '--today', '2026-11-26');
    expect(code).toBe(0);
    expect(stdout).toContain('E1 Management commitment & policy');
    expect(stdout).toContain('Predicted result: FAIL');
    expect(stdout).toMatch(/row 5 .*Responsibilities written/);
    expect(stdout).toContain('missing-evidence');
  });

  it('exits 3 under --fail-under and 0 at or above it', async () => {
    expect((await run('scan', SMALL, '--json', '--today', '2026-11-26', '--fail-under', '80')).code).toBe(3);
    expect((await run('scan', SMALL, '--json', '--today', '2026-11-26', '--fail-under', '60')).code).toBe(0);
  });

  it('lets the user set a column role', async () => {
    const { stdout } = await run('scan', SMALL, '--json', '--today', '2026-11-26', '--column', 'date=none');
    const report = JSON.parse(stdout);
    expect(report.columns.date).toBeNull();
    expect(report.rows.every((r: { gaps: string[] }) => !r.gaps.includes('stale'))).toBe(true);
  });

  it.each([
    [['scan'], 'exactly one file'],
    [['scan', join(dir, 'nope.csv')], 'File not found'],
    [['scan', tracker('notes.pdf', '%PDF-1.4')], 'only .csv and .xlsx'],
    [['scan', tracker('broken.xlsx', 'not a zip')], 'not a readable XLSX'],
    [['scan', SMALL, '--today', '26/11/2026'], 'YYYY-MM-DD'],
    [['scan', SMALL, '--fail-under', 'lots'], 'percent'],
    [['scan', SMALL, '--column', 'colour=C'], 'ROLE=COLUMN'],
    [['scan', SMALL, '--column', 'evidence=12'], 'column letter'],
    [['scan', SMALL, '--sheet', 'Data'], 'XLSX'],
    [['scan', SMALL, '--bogus'], 'bogus'],
    [['scan', tracker('invoices.csv', 'Invoice,Amount,Paid\nA-1,300,yes\n')], 'header'],
    [['scan', tracker('no-evidence.csv', 'Item,Owner,Date\nPolicy,Ann,2026-01-01\n')], 'evidence'],
    [['frobnicate'], 'Unknown command'],
  ])('%j exits 2 with one line naming the problem (%s)', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});
