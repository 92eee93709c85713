/**
 * "Build audit pack" in the add-on, on the local host: the REAL bundle over the sample workbook,
 * from the menu and from the sidebar. The pack is a new Google Doc (HTML imported through the
 * advanced Drive service, drive.file), its evidence linked to the rows of the team's sheets; no
 * cell of any sheet is written.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotCells } from '../apps-script/local-host/index.ts';
import type { AuditPackSaved, SetupProposal } from '../apps-script/server/views.ts';
import { addOnOverFile } from './add-on-host.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';

/** The sample workbook set up as the sidebar sets it up: the tracker's columns and every other sheet as proposed. */
async function setUp(manifest?: { oauthScopes: string[]; dependencies?: unknown }, webAppUrl: string | null = null) {
  const driveDir = mkdtempSync(join(tmpdir(), 'secor-pack-drive-'));
  dirs.push(driveDir);
  const addOn = await addOnOverFile('samples/northwind-safety.xlsx', undefined, { driveDir, webAppUrl, ...(manifest ? { manifest: manifest as never } : {}) });
  const proposal = addOn.run.proposeSetup!() as SetupProposal;
  addOn.run.confirmSetup!({
    headerRow: proposal.headerRow,
    columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])),
    sheets: proposal.sheets.map((s) => ({ sheetId: s.sheetId, kind: s.kind, activity: s.activity })),
  });
  return { ...addOn, driveDir };
}

const cellsOf = (addOn: Awaited<ReturnType<typeof setUp>>) => addOn.host.spreadsheet.sheets.map((s) => [s.name, snapshotCells(s)]);

describe('Build audit pack (add-on)', () => {
  it('is on the menu, and saves a Google Doc from the menu with every ready requirement linked to its row; no cell is written', async () => {
    const addOn = await setUp();
    addOn.run.onOpen!({ authMode: 'LIMITED' });
    expect(addOn.host.ui.menus[0]!.items.some((i) => i.caption === 'Build audit pack' && i.functionName === 'buildAuditPack')).toBe(true);
    const before = cellsOf(addOn);
    const sheetsBefore = addOn.host.spreadsheet.sheets.length;

    const saved = addOn.host.runIn('menu', () => addOn.run.buildAuditPack!()) as AuditPackSaved;
    expect(saved.name).toMatch(/^SECOR audit pack - northwind-safety - 2026-11-26 09\.30\.00$/);
    expect(saved.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/local_f_[\w-]+\/edit\?usp=drivesdk$/);
    expect(addOn.host.ui.toasts.at(-1)!.message).toContain(`Audit pack saved in your Drive: ${saved.name}`);

    // Stored as the imported HTML, the Google Doc mimeType recorded in the local name.
    const [file] = readdirSync(addOn.driveDir);
    expect(file).toBe(`${saved.name}.gdoc.html`);
    const html = readFileSync(join(addOn.driveDir, file!), 'utf8');
    const book = addOn.host.spreadsheet;
    const tracker = book.sheets.find((s) => s.name === 'SECOR Tracker 2026')!;
    expect(html).toContain(`<h3>E1-01: Yes (ready)</h3>`);
    expect(html).toContain(
      `<tr><td>Signed H&amp;S policy 2026.pdf</td><td>2026-01-09</td><td><a href="https://docs.google.com/spreadsheets/d/${book.id}/edit#gid=${tracker.id}&amp;range=A8">SECOR Tracker 2026, row 8</a></td></tr>`,
    );
    const register = book.sheets.find((s) => s.name === 'Document Register')!;
    expect(html).toContain(`#gid=${register.id}&amp;range=A4">Document Register, row 4</a>`);
    expect(html).toContain('<h2>Open actions</h2>');
    // Every ready requirement has its evidence line; none without says nothing.
    const blocks = html.split('<h3>').slice(1);
    for (const block of blocks.filter((b) => b.includes(': Yes (ready)</h3>'))) expect(block).toContain('<table');
    for (const block of blocks.filter((b) => b.includes(': No evidence</h3>')))
      expect(block).toContain('No evidence: no tracker row, clip or evidence sheet covers it yet.');

    expect(cellsOf(addOn)).toEqual(before);
    expect(addOn.host.spreadsheet.sheets).toHaveLength(sheetsBefore);
  });

  it('builds from the sidebar too, a new dated Doc each time, the open actions read from the Action Plan', async () => {
    const addOn = await setUp();
    addOn.run.createActionPlan!();
    let minute = 0;
    // A build a minute after the other: its own file, the first one kept.
    addOn.host.now = () => new Date(Date.parse('2026-11-26T09:30:00-07:00') + minute * 60_000);
    const first = addOn.host.runIn('sidebar', () => addOn.run.buildAuditPack!()) as AuditPackSaved;
    minute = 1;
    const second = addOn.host.runIn('sidebar', () => addOn.run.buildAuditPack!()) as AuditPackSaved;
    expect(second.name).not.toBe(first.name);
    expect(readdirSync(addOn.driveDir).sort()).toEqual([`${first.name}.gdoc.html`, `${second.name}.gdoc.html`]);
    const html = readFileSync(join(addOn.driveDir, `${second.name}.gdoc.html`), 'utf8');
    expect(html).toMatch(/<td>E\d-\d\d<\/td><td>[^<]+<\/td><td>[^<]+<\/td><td>\d{4}-\d\d-\d\d/);
    expect(html).toContain('<td>Tracker gap</td>');
  });

  it('needs drive.file and the advanced Drive service, and says so', async () => {
    const addOn = await setUp({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
      dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
    });
    expect(() => addOn.host.runIn('sidebar', () => addOn.run.buildAuditPack!())).toThrow(`Required permissions: ${DRIVE_FILE}`);
    expect(readdirSync(addOn.driveDir)).toEqual([]);
  });

  it('lists a clip saved through the clipper under the row it counts toward, linked to what was clipped', async () => {
    const url = 'https://script.google.com/macros/s/AKfycbPack/exec';
    const addOn = await setUp(undefined, url);
    addOn.run.confirmClipperAddress!(url);
    const { code } = addOn.run.connectClipperPerson!('Priya', null) as { code: string };
    const { token } = JSON.parse(Buffer.from(code, 'base64url').toString('utf8')) as { token: string };
    const clip = {
      id: 'clip-pack-0001',
      url: 'https://example.com/erp-review',
      title: 'ERP review with the crew',
      capturedAt: '2026-11-20T15:04:05.000Z',
      recordDate: '2026-11-20',
      requirement: 'E6-03',
    };
    const body = JSON.stringify({ v: 1, token, action: 'clip', clip });
    const answer = addOn.host.runIn('web-app', () =>
      addOn.run.doPost!({ postData: { contents: body, type: 'text/plain', length: body.length, name: 'postData' }, parameter: {}, parameters: {} }),
    ) as { getContent(): string };
    expect(JSON.parse(answer.getContent()), answer.getContent()).toMatchObject({ ok: true });

    const saved = addOn.host.runIn('sidebar', () => addOn.run.buildAuditPack!()) as AuditPackSaved;
    const html = readFileSync(join(addOn.driveDir, `${saved.name}.gdoc.html`), 'utf8');
    const e603 = html.slice(html.indexOf('<h3>E6-03'), html.indexOf('<h3>E6-04'));
    expect(e603).toContain('<h3>E6-03: Yes (ready)</h3>');
    expect(e603).toMatch(/<tr><td>ERP review with the crew<\/td><td>2026-11-20<\/td><td><a href="[^"]+range=A31">SECOR Tracker 2026, row 31<\/a><\/td><\/tr>/);
    expect(e603).toContain(
      '<tr><td>ERP review with the crew</td><td>2026-11-20</td><td><a href="https://example.com/erp-review">Evidence sheet (clip)</a></td></tr>',
    );
  });
});
