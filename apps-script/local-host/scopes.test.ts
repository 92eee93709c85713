import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from './bundle.ts';
import { implementedMethods, makeFake, nodeRealm, CallCounts } from './counter.ts';
import { buildEveryFake } from './every-fake.ts';
import { createHost, type HostOptions } from './host.ts';
import { projectManifest } from './manifest.ts';
import { DOCUMENTED_SCOPES, documentedScopes } from './scopes.ts';
import { spreadsheetFromGrid } from './serialize.ts';
import { team } from './team.ts';

const SCOPE = (name: string) => `https://www.googleapis.com/auth/${name}`;
const DIST = join(import.meta.dirname, '..', '..', 'dist', 'apps-script');

function host(options: Partial<HostOptions> = {}) {
  return createHost({
    spreadsheet: spreadsheetFromGrid('T', 'Tracker', [
      ['Item', 'Status'],
      ['Hazard log', 'Gap'],
    ]),
    htmlDir: DIST,
    ...options,
  });
}

describe("each method's documented scopes against the manifest's oauthScopes", () => {
  it('every implemented fake method has an entry in scopes.ts; each entry names implemented methods', () => {
    buildEveryFake();
    const implemented = implementedMethods();
    for (const name of implemented) {
      const [type, method] = name.split('.') as [string, string];
      expect(() => documentedScopes(type, method), name).not.toThrow();
    }
    for (const [type, entry] of Object.entries(DOCUMENTED_SCOPES)) {
      expect(
        implemented.some((name) => name.startsWith(`${type}.`)),
        `${type} is implemented`,
      ).toBe(true);
      for (const method of Object.keys(entry.methods ?? {})) expect(implemented, `${type}.${method}`).toContain(`${type}.${method}`);
    }
  });

  it('a fake of a class with no entry cannot be made', () => {
    const env = { counts: new CallCounts(), realm: nodeRealm, execution: { context: 'sidebar' as const, now: () => 0, deadline: null }, manifest: {} };
    // A type fake-types.ts does not know either: the cast stands for a fake added without its scopes.
    expect(() => makeFake(env, 'GmailApp', 'GmailApp' as never, () => ({ sendEmail: () => undefined }) as never)).toThrow(
      'GmailApp.sendEmail has no entry in scopes.ts',
    );
  });

  it('a manifest without spreadsheets (or spreadsheets.currentonly) makes getRange throw; currentonly alone opens no file by id', () => {
    const bare = host({ manifest: { oauthScopes: [SCOPE('script.container.ui')] } });
    const required = `Required permissions: ${SCOPE('spreadsheets.currentonly')} or ${SCOPE('spreadsheets')}`;
    expect(() => bare.fakes.spreadsheet().getRange('Tracker!A1')).toThrow(
      `You do not have permission to call SpreadsheetApp.Spreadsheet.getRange. ${required}`,
    );
    expect(() => bare.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(required);

    const current = host({ manifest: { oauthScopes: [SCOPE('spreadsheets.currentonly')] } });
    const { SpreadsheetApp } = current.globals;
    expect(SpreadsheetApp.getActiveSpreadsheet().getRange('Tracker!B2').getValue()).toBe('Gap');
    expect(() => SpreadsheetApp.openById(current.spreadsheet.id)).toThrow(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SCOPE('spreadsheets')}`,
    );
  });

  it("a manifest without script.container.ui makes showSidebar throw, also the add-on's own Open readiness", () => {
    const manifest = { ...projectManifest(), oauthScopes: [SCOPE('spreadsheets'), SCOPE('drive.file')] };
    const h = host({ manifest });
    const { SpreadsheetApp, HtmlService } = h.globals;
    const ui = SpreadsheetApp.getUi();
    const required = `Required permissions: ${SCOPE('script.container.ui')}`;
    expect(() => ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar'))).toThrow(
      `You do not have permission to call SpreadsheetApp.Ui.showSidebar. ${required}`,
    );
    const run = loadBundle(join(DIST, 'Code.js'), h);
    expect(() => run.openReadiness!()).toThrow(required);
    expect(h.ui.sidebar).toBeNull();
  });

  it("the add-on's own appsscript.json authorises every method its bundle calls (the whole suite runs under it too)", () => {
    const grid = [
      ['Element', 'Requirement', 'Evidence', 'Owner', 'Date', 'Status'],
      ['1', 'Health and safety policy', 'Policy signed', 'Pat', '2026-01-15', 'Done'],
      ['2', 'Hazard assessment', '', 'Sam', '', 'Open'],
    ];
    const h = createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', grid), htmlDir: DIST, context: 'menu' });
    const run = loadBundle(join(DIST, 'Code.js'), h);
    run.onOpen!({ authMode: 'FULL' });
    run.openReadiness!();
    const proposal = run.proposeSetup!() as { headerRow: number; columns: { role: string; column: string | null }[] };
    run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) });
    run.scanNow!();
    run.getSidebarState!();
    run.onEdit!(team(h).typeInto('Tracker', 'C3', 'Assessment done'));
    const granted = projectManifest().oauthScopes ?? [];
    const called = Object.keys(h.counts.byMethod);
    expect(called).toContain('Ui.showSidebar');
    expect(called).toContain('Range.getValues');
    for (const name of called) {
      const [type, method] = name.split('.') as [string, string];
      const scopes = documentedScopes(type, method);
      expect(scopes.length === 0 || scopes.some((scope) => granted.includes(scope)), name).toBe(true);
    }
  });
});
