import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { expectRefused, runCli as run, tempFiles } from './run-cli.ts';

const { dir, write: tracker } = tempFiles('secor-cli-');

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
    expect(report.columns).toEqual({
      id: null,
      element: 'A',
      requirement: 'B',
      evidence: 'C',
      owner: 'D',
      date: 'E',
      due: null,
      interval: null,
      status: null,
      notes: null,
    });
    expect(report.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
      [4, 'ready'],
      [5, 'gap'],
      [6, 'ready'],
    ]);
    expect(report.elements.map((e: { id: string; percent: number }) => [e.id, e.percent])).toEqual([
      ['E1', 50],
      ['E5', 100],
    ]);
    // The rows' own figure; the verdict is the prediction's, over the 42 requirements an audit scores from documents.
    expect(report.overall).toEqual({ percent: 66.7 });
    expect(report.prediction).toMatchObject({ by: 'requirements', pass: false, coverage: { applicable: 42 } });
    expect(report.prediction.elements).toHaveLength(9);
  });

  it('prints a readable report with element bars, the verdict and gaps by row', async () => {
    const { code, stdout } = await run('scan', SMALL, '--today', '2026-11-26');
    expect(code).toBe(0);
    expect(stdout).toContain('E1 Management commitment & policy');
    expect(stdout).toContain('Predicted result: FAIL');
    expect(stdout).toMatch(/row 5 .*Responsibilities written/);
    expect(stdout).toContain('missing-evidence');
  });

  it('exits 3 when the predicted score is under --fail-under, whatever the rows say', async () => {
    // Three rows, all ready (rows 100 %): 3 of 42 requirements ready, 7.1 %.
    const three = tracker('three.csv', 'ID,Requirement,Evidence\nE1-01,Signed policy,policy.pdf\nE4-01,Inspection process,insp.pdf\nE6-01,ERP,erp.pdf\n');
    const json = JSON.parse((await run('scan', three, '--json', '--today', '2026-11-26')).stdout);
    expect([json.overall.percent, json.prediction.percent]).toEqual([100, 7.1]);
    expect((await run('scan', three, '--json', '--today', '2026-11-26', '--fail-under', '50')).code).toBe(3);
    expect((await run('scan', three, '--json', '--today', '2026-11-26', '--fail-under', '7.2')).code).toBe(3);
    expect((await run('scan', three, '--json', '--today', '2026-11-26', '--fail-under', '7.1')).code).toBe(0);
  });

  it('gives an unmatched row its candidates, best first, and a matched row none', async () => {
    const unsure = tracker(
      'unsure.csv',
      ['Item,Evidence,Last done', 'Signed H&S policy,policy.pdf,2026-06-01', 'Meeting attendance,sheets.pdf,2026-11-01'].join('\n'),
    );
    const { rows } = JSON.parse((await run('scan', unsure, '--json', '--today', '2026-11-26')).stdout);
    expect(rows[0]).toMatchObject({ requirement: 'E1-01', candidates: [] });
    // Attendance is the meeting's record (E8-01) or the owner's involvement (E1-06): a coin toss, both offered.
    expect(rows[1].requirement).toBeNull();
    expect(
      rows[1].candidates
        .slice(0, 2)
        .map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual(['E1-06', 'E8-01']);
    expect(rows[1].candidates[0].score).toBeGreaterThanOrEqual(rows[1].candidates[1].score);
  });

  it('lets the user set a column role', async () => {
    const { stdout } = await run('scan', SMALL, '--json', '--today', '2026-11-26', '--column', 'date=none');
    const report = JSON.parse(stdout);
    expect(report.columns.date).toBeNull();
    expect(report.rows.every((r: { gaps: string[] }) => !r.gaps.includes('stale'))).toBe(true);
  });

  it('lists every sheet with its kind: a CSV is one sheet named after its file', async () => {
    const { stdout } = await run('scan', SMALL, '--json', '--today', '2026-11-26');
    const { sheets } = JSON.parse(stdout);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ name: 'small', kind: 'checklist' });
    expect(sheets[0].confidence).toBeGreaterThan(0.5);
    expect(sheets[0].reasons[0]).toMatch(/^row 3 heads a checklist: element "Element", requirement "Requirement"/);
    expect(sheets[0]).not.toHaveProperty('activity');
    const text = await run('scan', SMALL, '--today', '2026-11-26');
    expect(text.stdout).toMatch(
      /The sheet:\n {2}small {2}a checklist tracker \(one row per requirement\), \d+ % sure \(scanned below\): row 3 heads a checklist/,
    );
  });

  it("shows a workbook's sheets in one block and scans the checklist, though a training matrix comes first", async () => {
    const workbook = join(import.meta.dirname, '../test/fixtures/workbook-tracker-matrix-log/Northwind safety.xlsx');
    const { code, stdout } = await run('scan', workbook, '--today', '2026-11-26');
    expect(code).toBe(0);
    const block = stdout.slice(stdout.indexOf("The workbook's 4 sheets:"), stdout.indexOf('Header row')).trim().split('\n');
    expect(block).toHaveLength(7);
    expect(block[1]).toMatch(/^ {2}Training {7}a training matrix \(workers x tickets\), \d+ % sure: row 2 names 5 courses/);
    // Under the matrix, its cells judged as of --today: counts, then the expired and missing ones.
    expect(block[2]).toBe(
      `${' '.repeat(17)}4 workers x 5 courses: 11 current, 2 expiring, 1 expired, 2 missing, 4 n/a. Gary Ward: CSTS missing; Mike Tran: First Aid expired 2026-10-30; Dev Singh: CSTS missing`,
    );
    expect(block[3]).toMatch(/^ {2}SECOR Tracker {2}a checklist tracker .*\(scanned below\)/);
    expect(block[4]).toMatch(/^ {2}Inspections {4}an activity log of inspections \(one row per event\)/);
    // Under the log, its rows judged: no inspection in April, the October eyewash action open 43 days (due 30 days after).
    expect(block[5]).toBe(
      `${' '.repeat(17)}10 events. E4-02 gap: 10 of 11 months since the log began in January 2026; no inspection in April 2026. E4-03 gap (a proposal: not scored unless switched on in the settings): 1 corrective action open past due (row 11, raised 2026-10-14, 43 days open)`,
    );
    expect(block[6]).toMatch(/^ {2}Contacts {7}not safety evidence/);
    // The matrix counts in the prediction beside the checklist's rows.
    expect(stdout).toContain(
      "Where the evidence comes from, beside the checklist's own rows:\n  E4-02 gap   SECOR Tracker, row 4; Inspections, 10 of 11 months since the log began in January 2026; no inspection in April 2026\n",
    );
    expect(stdout).toContain('\n  E5-02 gap   SECOR Tracker, row 5; Training, 16 tickets of 4 workers: 1 expired, 2 missing, 2 expiring\n');
    // Requirements a sheet speaks for are not listed again as uncovered.
    expect(stdout).toContain('Reference requirements no row or sheet covers (');
    expect(stdout.slice(stdout.indexOf('no row or sheet covers'))).not.toContain('E4-03 ');
  });

  it('predicts the audit from a training matrix alone, and says where the evidence comes from', async () => {
    const matrix = tracker(
      'Tickets.csv',
      ['Worker,First Aid exp,WHMIS exp', 'Ray,2026-09-14,2027-01-02', 'Ana,2027-09-14,2027-01-02', 'Bo,2027-09-14,'].join('\n'),
    );
    const json = await run('scan', matrix, '--json', '--today', '2026-11-26');
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(Object.keys(report)).toEqual(['prediction', 'sheets']);
    expect(report.prediction.coverage).toMatchObject({ applicable: 42, ready: 1, gap: 1 });
    expect(report.prediction.evidence.map((e: { requirement: string; finding: string }) => `${e.requirement} ${e.finding}`)).toEqual([
      'E5-02 gap',
      'E6-06 ready',
    ]);
    expect(report.sheets[0].evidence[0]).toMatchObject({
      requirement: 'E5-02',
      sheet: 'Tickets',
      summary: '6 tickets of 3 workers: 1 expired, 1 missing',
      rows: [2, 4, 3],
      latest: null,
    });
    const text = await run('scan', matrix, '--today', '2026-11-26', '--fail-under', '50');
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('from its sheets: no checklist tracker among them');
    expect(text.stdout).toContain('Where the evidence comes from:\n  E5-02 gap   Tickets, 6 tickets of 3 workers: 1 expired, 1 missing\n');
  });

  it('judges a log as a log, and scans it as a checklist only when its columns are mapped by hand', async () => {
    const log = tracker(
      'Inspections.csv',
      [
        'Date,Site,Findings,Corrective action,Closed',
        '2026-01-13,Shop,Cord damaged,Thrown out,2026-01-13',
        '2026-02-10,Yard,none,,',
        '2026-03-17,Shop,Guardrail missing,Installed,2026-03-18',
      ].join('\n'),
    );
    // Read as the log it is, its coverage predicts the audit: no inspection since March.
    const judged = await run('scan', log, '--json', '--today', '2026-11-26');
    expect(judged.code).toBe(0);
    expect(JSON.parse(judged.stdout).prediction.evidence).toMatchObject([
      { requirement: 'E4-02', finding: 'gap', sources: [{ sheet: 'Inspections', kind: 'activity-log' }] },
    ]);
    const mapped = await run('scan', log, '--json', '--today', '2026-11-26', '--column', 'requirement=C', '--column', 'evidence=D');
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout).sheets).toMatchObject([{ name: 'Inspections', kind: 'activity-log', activity: 'inspections' }]);
  });

  it('finds the tracker on a later sheet when the workbook opens on an instructions tab', async () => {
    const workbook = join(import.meta.dirname, '../test/fixtures/xlsx-cleaning-two-sheets/tracker.xlsx');
    const { code, stdout } = await run('scan', workbook, '--today', '2026-11-26');
    expect(code).toBe(0);
    expect(stdout).toContain('sheet "SECOR 2026"');
  });

  it('reads a UTF-16 text export (Excel "Unicode Text") and semicolon-separated CSV', async () => {
    const rows = 'Requirement\tEvidence\nSigned H&S policy\tpolicy.pdf\n';
    const utf16 = join(dir, 'unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows, 'utf16le')]));
    const semicolons = tracker('semicolons.csv', 'Requirement;Evidence\nSigned H&S policy;policy.pdf\n');
    for (const file of [utf16, semicolons]) {
      const { code, stdout } = await run('scan', file, '--json', '--today', '2026-11-26');
      expect(code).toBe(0);
      expect(JSON.parse(stdout).rows).toEqual([expect.objectContaining({ row: 2, requirement: 'E1-01', status: 'ready' })]);
    }
  });

  it('fails a short tracker whose rows are all ready, saying what no row covers per element', async () => {
    const passing = tracker('two-elements.csv', 'Requirement,Evidence\nSigned H&S policy,policy.pdf\nOrientation checklist signed,orientation.pdf\n');
    const { stdout } = await run('scan', passing, '--today', '2026-11-26');
    expect(stdout).toContain('Predicted result: FAIL');
    expect(stdout).toContain("The tracker's own rows: 2 of 2 rows ready (100.0 %).");
    expect(stdout).toMatch(/E9 Alberta legislation is at 0\.0 %, below the 50 % every element needs: 4 of 4 requirements with no row, clip or sheet/);
    const json = JSON.parse((await run('scan', passing, '--json', '--today', '2026-11-26')).stdout);
    expect(json.elementsWithoutItems).toEqual(['E2', 'E3', 'E4', 'E6', 'E7', 'E8', 'E9']);
  });

  it('takes the first row as the header when the user names both core columns', async () => {
    const vague = tracker('vague.csv', 'Thing,Where\nSigned H&S policy,policy.pdf\n');
    const { code, stdout } = await run('scan', vague, '--json', '--today', '2026-11-26', '--column', 'requirement=A', '--column', 'evidence=B');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ headerRow: 1, rows: [{ row: 2, status: 'ready' }] });
  });

  it.each([
    [['scan'], 'needs a file'],
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
    [['scan', SMALL, '--locale', 'xx-YY'], 'not a locale'],
    [['scan', tracker('vague-header.csv', 'Thing,Place\nPolicy,policy.pdf\n')], '--header-row N'],
  ])('%j exits 2 with one line naming the problem (%s)', async (argv, message) => {
    expectRefused(await run(...argv), message);
  });
});

describe('secor-ready scan of several CSV files', () => {
  const TRAINING = tracker('Training.csv', ['Worker,Position,First Aid,WHMIS', 'Ray,Roofer,2027-01-02,2027-05-01', 'Sam,Office,2026-12-01,N/A'].join('\n'));
  const nested = join(dir, 'nested');
  mkdirSync(nested);

  it('reads them as one workbook: each a sheet named after its file, in order, the tracker among them scanned', async () => {
    const { code, stdout, stderr } = await run('scan', TRAINING, SMALL, '--json', '--today', '2026-11-26');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sheets.map((s: { name: string; kind: string }) => [s.name, s.kind])).toEqual([
      ['Training', 'training-matrix'],
      ['small', 'checklist'],
    ]);
    expect(report.rows).toHaveLength(3);
    const text = await run('scan', TRAINING, SMALL, '--today', '2026-11-26');
    expect(text.stdout).toContain(`SECOR readiness of ${TRAINING} + ${SMALL}, sheet "small"`);
  });

  it('narrows to one with --sheet', async () => {
    // Narrowed to the matrix, the audit is predicted from it alone: the other file is not read into it.
    const { code, stdout } = await run('scan', TRAINING, SMALL, '--sheet', 'Training', '--json', '--today', '2026-11-26');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sheets.map((s: { name: string; kind: string }) => `${s.name} ${s.kind}`)).toEqual(['Training training-matrix']);
    expect((await run('scan', TRAINING, SMALL, '--sheet', 'small', '--json', '--today', '2026-11-26')).code).toBe(0);
  });

  it.each([
    ['a missing file among them, named', () => [TRAINING, join(dir, 'gone.csv'), SMALL], `File not found: ${join(dir, 'gone.csv')}`],
    [
      'two files that would be one sheet',
      () => [TRAINING, tracker('nested/training.csv', 'a,b\n')],
      `${TRAINING} and ${join(nested, 'training.csv')} would both be the sheet "training": rename one`,
    ],
    ['a workbook among CSV files', () => [SMALL, tracker('book.xlsx', 'not a zip')], `Cannot read ${join(dir, 'book.xlsx')} with other files`],
    ['a --sheet none of them is', () => [TRAINING, SMALL, '--sheet', 'Tracker'], 'No sheet named "Tracker" among the files: they are "Training", "small"'],
  ])('refuses %s, exit 2 in one line', async (_, argv, message) => {
    const { code, stdout, stderr } = await run('scan', ...argv());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});

describe('an unexpected error', () => {
  /** An output whose stdout fails, as a closed pipe would: not the user's doing, and not a TrackerFileError. */
  async function runFailing(...argv: string[]) {
    let stderr = '';
    const code = await main(argv, {
      stdout: () => {
        throw new RangeError('the pipe broke\n    at write (stream.js:1:1)');
      },
      stderr: (t) => (stderr += t),
    });
    return { code, stderr };
  }

  it('prints one line with a hint to report it, and exits 2', async () => {
    const { code, stderr } = await runFailing('scan', SMALL, '--json', '--today', '2026-11-26');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'secor-ready: unexpected error (RangeError: the pipe broke). This is a bug: please report it, with the file if you can share it; --debug prints the details.\n',
    );
  });

  it('prints the stack trace too with --debug', async () => {
    const { code, stderr } = await runFailing('scan', SMALL, '--json', '--today', '2026-11-26', '--debug');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'secor-ready: unexpected error (RangeError: the pipe broke). This is a bug: please report it, with the file if you can share it.',
    );
    expect(stderr).toMatch(/\n\s+at .*main\.(test\.)?ts/);
  });
});
