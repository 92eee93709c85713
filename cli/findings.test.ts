import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbook, worksheetXml } from '../test/fixtures/crafted.ts';
import { FIVE_FINDINGS } from '../shared/test-support/audit-report.ts';
import { expectRefused, runCli as run, tempFiles } from './run-cli.ts';

const { dir, write } = tempFiles('secor-findings-');
const REPORT = write('report.txt', FIVE_FINDINGS);
const GRID = write(
  'findings.csv',
  [
    'Finding #,Element,Question,Finding,Recommendation,Due',
    '1,7,E7-02,Root causes missing from the incident file,Use the investigation form,2027-01-15',
    '2,,,Safety meeting minutes do not record who attended,,',
  ].join('\n'),
);

describe('secor-ready findings', () => {
  it('prints each finding of a pasted report with its requirement, score, due date and source label', async () => {
    const { code, stdout, stderr } = await run('findings', REPORT, '--today', '2026-11-02');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')[0]).toBe(`2026 audit: 5 findings read from ${REPORT}, 5 matched to a requirement`);
    expect(stdout).toContain(
      '2026 audit, finding 1: Element 2, Q2.2 - Two of the five formal hazard assessments reviewed did not show the date they were prepared or last revised.\n  Requirement: E2-02 Each hazard assessment shows the date prepared or revised (named by the report ("Element 2, Q2.2"))\n  Due: 2026-12-02 (proposed: 30 days for a finding on a scored element)\n  Owner: to be picked',
    );
    expect(stdout).toMatch(
      /2026 audit, finding 4: The emergency response plan .*\n {2}Requirement: E6-03 ERP kept current \(contacts; sites; equipment\) \(matched by its words, score 0\.\d\d\)/,
    );
    expect(stdout).not.toContain('Page 2 of 5');
  });

  it('labels the findings with --year, and prints one JSON object with --json', async () => {
    const { code, stdout } = await run('findings', REPORT, '--today', '2026-11-02', '--year', '2025', '--json');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ year: 2025, today: '2026-11-02' });
    expect(report.findings.map((f: { requirement: string }) => f.requirement)).toEqual(['E2-02', 'E4-02', 'E7-02', 'E6-03', 'E5-01']);
    expect(report.findings[2]).toMatchObject({
      number: '3',
      owner: null,
      matchedBy: 'wording',
      source: '2025 audit, finding 3',
      due: { date: '2026-12-02', proposed: true },
    });
  });

  it('reads a CSV of findings, with its stated due dates and the CP recommendation', async () => {
    const { code, stdout } = await run('findings', GRID, '--today', '2026-11-02');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '2026 audit, finding 1: Root causes missing from the incident file\n  Requirement: E7-02 Investigation reports (incl. near misses) show causes and corrective actions (named by the report ("7, E7-02"))\n  CP recommends: Use the investigation form\n  Due: 2027-01-15 (stated in the report)',
    );
    expect(stdout).toMatch(/2026 audit, finding 2: Safety meeting minutes .*\n {2}Requirement: E8-01 /);
  });

  it('reads an XLSX of findings from its first sheet that has some', async () => {
    const cover = { name: 'Cover', xml: worksheetXml([['ACME Roofing SECOR audit 2026']]) };
    const sheet = {
      name: 'Findings',
      xml: worksheetXml([
        ['No.', 'Element', 'Finding'],
        ['1', 'Element 6', 'No records of fire drills or evacuation exercises'],
      ]),
    };
    const path = join(dir, 'findings.xlsx');
    writeFileSync(path, workbook([cover, sheet]));
    const { code, stdout, stderr } = await run('findings', path, '--today', '2026-11-02', '--json');
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout).findings).toMatchObject([{ number: '1', element: 'E6', requirement: 'E6-05' }]);
  });

  it('names the command in its help', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toContain('secor-ready findings <report.txt|report.csv|report.xlsx> [options]');
  });

  it.each([
    [['findings'], 'needs one report'],
    [['findings', REPORT, GRID], 'needs one report'],
    [['findings', join(dir, 'nope.txt')], 'File not found'],
    [['findings', write('empty.txt', 'AUDIT FINDINGS\n\nPage 1 of 1\n')], 'no findings read'],
    [['findings', REPORT, '--year', 'last'], '--year must be'],
    [['findings', REPORT, '--today', '02/11/2026'], 'YYYY-MM-DD'],
    [['findings', REPORT, '--bogus'], 'bogus'],
  ])('%j exits 2 with one line naming the problem (%s)', async (argv, message) => {
    expectRefused(await run(...argv), message);
  });
});
