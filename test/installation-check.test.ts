/**
 * "Check the installation" over the BUILT bundle on the local host: in the menu and the sidebar
 * every piece works on an installed tracker and nothing of the team's changes; each missing piece
 * (a manifest without drive.file, no kept tracker id, no web app address, colour rules deleted,
 * no setup) is named with what to do; a simple trigger degrades, a web app is refused.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHost, type ExecutionContext, type LocalHost, loadBundle, snapshotCells, spreadsheetFromGrid, team } from '../apps-script/local-host/index.ts';
import { type Manifest, projectManifest } from '../apps-script/local-host/manifest.ts';
import type { InstallationCheck, InstallationReport, SetupProposal } from '../apps-script/server/views.ts';
import { DIST, FIXED_NOW, trackerGrid } from './add-on-host.ts';

const WEB_APP_URL = 'https://script.google.com/macros/s/AKfy-check-test/exec';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Options {
  setUp?: boolean;
  webAppUrl?: string | null;
  confirm?: boolean;
  manifest?: Manifest;
}

async function installed(options: Options = {}) {
  const grid = await trackerGrid('samples/northwind-tracker.csv');
  const driveDir = mkdtempSync(join(tmpdir(), 'secor-check-'));
  dirs.push(driveDir);
  const webAppUrl = options.webAppUrl === undefined ? WEB_APP_URL : options.webAppUrl;
  const host = createHost({
    spreadsheet: spreadsheetFromGrid('Northwind Safety', 'Tracker', grid as never),
    htmlDir: DIST,
    driveDir,
    now: () => FIXED_NOW,
    webAppUrl,
    ...(options.manifest ? { manifest: options.manifest } : {}),
  });
  const run = loadBundle(join(DIST, 'Code.js'), host);
  if (options.setUp !== false) {
    const proposal = run.proposeSetup!() as SetupProposal;
    run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) });
  }
  if (webAppUrl !== null && options.confirm !== false) run.confirmClipperAddress!(webAppUrl);
  const check = (context: ExecutionContext = 'sidebar'): InstallationReport => host.runIn(context, () => run.checkInstallation!() as InstallationReport);
  return { host, run, driveDir, check };
}

/** A person paired and one clip saved through the web app: the Evidence sheet exists. */
function clipInto(t: Awaited<ReturnType<typeof installed>>): void {
  const { code } = t.run.connectClipperPerson!('Priya', null) as { code: string };
  const { token } = JSON.parse(Buffer.from(code, 'base64url').toString('utf8')) as { token: string };
  const body = JSON.stringify({
    v: 1,
    token,
    action: 'clip',
    clip: {
      id: 'clip-check-0001',
      url: 'https://example.com/cert',
      title: 'Certificate',
      capturedAt: '2026-11-26T15:04:05.000Z',
      recordDate: '2026-11-20',
      requirement: 'E1-01',
    },
  });
  const answer = t.run.doPost!({ postData: { contents: body, type: 'text/plain', length: body.length, name: 'postData' }, parameter: {}, parameters: {} }) as {
    getContent(): string;
  };
  expect(JSON.parse(answer.getContent())).toMatchObject({ ok: true });
}

/** The check named by the start of its name. */
function named(report: InstallationReport, start: string): InstallationCheck {
  const found = report.checks.find((c) => c.name.startsWith(start));
  if (!found) throw new Error(`no check "${start}" in ${report.checks.map((c) => c.name).join('; ')}`);
  return found;
}

const problems = (report: InstallationReport) => report.checks.filter((c) => !c.ok).map((c) => c.name);

/** Every sheet's cells and rules, and the script's properties: what a check must leave as it was. */
function everything(host: LocalHost) {
  return { sheets: host.spreadsheet.sheets.map((s) => [s.name, snapshotCells(s), JSON.stringify(s.rules)]), script: { ...host.properties.script } };
}

describe('Check the installation', () => {
  it('the menu item opens the sidebar on the check', async () => {
    const t = await installed();
    t.run.onOpen!({ authMode: 'LIMITED' });
    const items = t.host.ui.menus.flatMap((m) => m.items).map((i) => [i.caption, i.functionName]);
    expect(items).toContainEqual(['Check the installation', 'checkTheInstallation']);
    t.host.runIn('menu', () => t.run.checkTheInstallation!());
    expect(t.host.ui.sidebar?.content).toContain('window.SECOR_VIEW = "check"');
  });

  for (const context of ['menu', 'sidebar'] as const) {
    it(`in the ${context}: every piece works on an installed tracker, and nothing of the team's changes`, async () => {
      const t = await installed();
      // A clip makes the Evidence sheet, so its tag and header are checked too.
      clipInto(t);
      const before = everything(t.host);
      const drive = readdirSync(t.driveDir).sort();

      const report = t.check(context);
      expect(problems(report)).toEqual([]);
      expect(report.checks.map((c) => c.name)).toEqual([
        'The tracker is set up',
        'The menu and the sidebar (script.container.ui permission)',
        'The colour rules on the tracker',
        "Dates read in the spreadsheet's time zone",
        'The clipper finds the tracker by the id kept at setup (spreadsheets permission)',
        'A script lock, taken and released',
        'The Evidence sheet the clipper writes to',
        'Drive: a folder and a file made and removed (drive.file permission)',
        "The clipper's web app address",
      ]);
      expect(report.checks.every((c) => c.todo === null)).toBe(true);
      expect(named(report, 'The Evidence sheet').found).toBe('"Evidence" is the add-on\'s own (found by its tag), 1 row below its header, every column found.');
      expect(named(report, "The clipper's web app").found).toBe(`Pairing codes carry ${WEB_APP_URL}.`);
      expect(named(report, 'The clipper finds').found).toBe('Opened "Northwind Safety" by its id.');
      expect(report.checkedAt).toBe(FIXED_NOW.toISOString());

      expect(everything(t.host)).toEqual(before);
      // The Drive folder and file it made are gone again.
      expect(readdirSync(t.driveDir).sort()).toEqual(drive);
      expect(t.host.counts.byMethod['Files.remove']).toBe(2);
      // The lock was released: the next clip takes it.
      expect(t.host.runIn('web-app', () => t.host.globals.LockService.getScriptLock().tryLock(0))).toBe(true);
    });
  }

  it('names a manifest without drive.file, with what to do, and leaves no folder behind', async () => {
    const manifest = projectManifest();
    const t = await installed({ manifest: { ...manifest, oauthScopes: manifest.oauthScopes!.filter((s) => !s.endsWith('/drive.file')) } });
    const report = t.check('menu');
    expect(problems(report)).toEqual(['Drive: a folder and a file made and removed (drive.file permission)']);
    expect(named(report, 'Drive').found).toMatch(/^Drive refused: .*permission.*drive\.file/);
    expect(named(report, 'Drive').todo).toMatch(/allow what it asks.*npm run deploy.*scopes/);
    expect(readdirSync(t.driveDir)).toEqual([]);
  });

  it('names a missing tracker id, a missing web app address and deleted colour rules, each with what to do', async () => {
    const t = await installed({ webAppUrl: null });
    delete t.host.properties.script['secor-ready.spreadsheet-id'];
    // The team deletes every conditional-format rule (Format > Conditional formatting).
    t.host.spreadsheet.sheets[0]!.rules = [];
    const report = t.check();
    expect(problems(report)).toEqual([
      'The colour rules on the tracker',
      'The clipper finds the tracker by the id kept at setup (spreadsheets permission)',
      "The clipper's web app address",
    ]);
    expect(named(report, 'The colour rules')).toMatchObject({
      found: expect.stringMatching(/^0 of the add-on's 4 colour rules/),
      todo: expect.stringMatching(/Set up this sheet.*Confirm.*your own rules/),
    });
    expect(named(report, 'The clipper finds')).toMatchObject({
      found: expect.stringMatching(/No tracker id is kept/),
      todo: expect.stringMatching(/Set up this sheet/),
    });
    expect(named(report, "The clipper's web app")).toMatchObject({
      found: expect.stringMatching(/not deployed/),
      todo: expect.stringMatching(/Deploy > New deployment > Web app.*Manage deployments.*\/exec/),
    });
    // No clip yet: the Evidence sheet is not made, which is fine.
    expect(named(report, 'The Evidence sheet')).toMatchObject({ ok: true, found: 'Not made yet: the first clip makes it.' });
  });

  it('a /dev address not confirmed yet says to paste the /exec one', async () => {
    const t = await installed({ webAppUrl: 'https://script.google.com/macros/s/AKfy-check-test/dev', confirm: false });
    expect(named(t.check(), "The clipper's web app")).toMatchObject({
      ok: false,
      found: expect.stringMatching(/No address is confirmed/),
      todo: expect.stringMatching(/Manage deployments.*Web app URL.*\/exec.*Connect the clipper/),
    });
  });

  it('before setup, says to set the sheet up', async () => {
    const t = await installed({ setUp: false });
    const before = everything(t.host);
    const report = t.check('menu');
    expect(named(report, 'The tracker is set up')).toMatchObject({
      ok: false,
      found: 'This spreadsheet is not set up yet.',
      todo: expect.stringMatching(/Set up this sheet/),
    });
    expect(named(report, 'The colour rules')).toMatchObject({ ok: false, todo: expect.stringMatching(/Set up this sheet/) });
    expect(everything(t.host)).toEqual(before);
  });

  it('an Evidence sheet that lost its Clip id column is named; the sheet is not written', async () => {
    const t = await installed();
    clipInto(t);
    const header = t.host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Evidence')!.getDataRange().getValues()[0] as string[];
    // The team deletes the Clip id column (its tag goes with it).
    team(t.host).deleteColumns('Evidence', header.indexOf('Clip id') + 1);
    const before = everything(t.host);
    const report = t.check();
    expect(named(report, 'The Evidence sheet')).toMatchObject({
      ok: false,
      found: expect.stringMatching(/lost its "Clip id" column/),
      todo: expect.stringMatching(/Undo the change.*"Clip id"/),
    });
    expect(everything(t.host)).toEqual(before);
  });

  it('a simple trigger degrades: what it may not call is named; a web app is refused', async () => {
    const t = await installed();
    const report = t.check('simple-trigger');
    expect(problems(report)).toEqual([
      'The clipper finds the tracker by the id kept at setup (spreadsheets permission)',
      'Drive: a folder and a file made and removed (drive.file permission)',
    ]);
    expect(named(report, 'The clipper finds').found).toMatch(/permission/);
    expect(() => t.check('web-app')).toThrow(/runs inside the tracker.*Extensions > SECOR Ready > Check the installation/);
  });
});
