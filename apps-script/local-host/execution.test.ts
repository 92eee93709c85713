import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from './bundle.ts';
import type { ExecutionContext } from './execution.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

const CONTEXTS: ExecutionContext[] = ['editor', 'menu', 'sidebar', 'simple-trigger', 'time-trigger', 'web-app'];
/** Outside a containing document: a web app, and (the stricter reading) a time-driven trigger. */
const NO_DOCUMENT: readonly ExecutionContext[] = ['time-trigger', 'web-app'];

function host(context?: ExecutionContext) {
  const driveDir = mkdtempSync(join(tmpdir(), 'execution-'));
  // The add-on's own manifest (drive.file, the advanced Drive service): only the context differs here.
  return createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', [['Item']]), driveDir, context });
}

describe('execution contexts', () => {
  it('the document properties and document cache are null in a web app and a time-driven trigger only', () => {
    for (const context of CONTEXTS) {
      const { LockService, PropertiesService, CacheService } = host(context).globals;
      const web = NO_DOCUMENT.includes(context);
      expect(PropertiesService.getDocumentProperties() === null, context).toBe(web);
      expect(CacheService.getDocumentCache() === null, context).toBe(web);
      expect(LockService.getScriptLock().tryLock(0), context).toBe(true);
      expect(PropertiesService.getScriptProperties().getProperty('x'), context).toBeNull();
      expect(CacheService.getScriptCache().get('x'), context).toBeNull();
    }
  });

  it('a web app and a time-driven trigger have no active spreadsheet and no Ui; they open the spreadsheet by id', () => {
    for (const context of CONTEXTS) {
      const h = host(context);
      const app = h.globals.SpreadsheetApp;
      if (NO_DOCUMENT.includes(context)) {
        expect(app.getActiveSpreadsheet()).toBeNull();
        expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
        expect(() => app.getActiveSheet()).toThrow('from this context');
      } else {
        expect(app.getActiveSpreadsheet().getId(), context).toBe(h.spreadsheet.id);
        expect(typeof app.getUi().createAddonMenu, context).toBe('function');
      }
      if (context !== 'simple-trigger') expect(app.openById(h.spreadsheet.id).getName(), context).toBe('T');
    }
  });

  it('a simple trigger cannot open other files or use Drive, which need authorization; the bound file it can', () => {
    for (const context of CONTEXTS) {
      const h = host(context);
      const { SpreadsheetApp, Drive } = h.globals;
      if (context === 'simple-trigger') {
        expect(() => SpreadsheetApp.openById(h.spreadsheet.id)).toThrow(
          'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
        );
        expect(() => Drive.Files.create({ name: 'x' })).toThrow('You do not have permission to call Drive.Files.create');
        expect(() => Drive.Files.list({})).toThrow('You do not have permission to call Drive.Files.list');
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker').getRange('A2').setValue('ok');
      } else {
        expect(Drive.Files.create({ name: 'x' }).name, context).toBe('x');
      }
    }
  });

  it('a lock released after writes that were not flushed throws; flushed, it releases', () => {
    const h = host('web-app');
    const { LockService, SpreadsheetApp } = h.globals;
    const sheet = SpreadsheetApp.openById(h.spreadsheet.id).getSheetByName('Tracker');
    const lock = LockService.getScriptLock();
    const other = LockService.getScriptLock();
    lock.tryLock(1000);
    sheet.getRange('A2').setValue('clip');
    expect(() => lock.releaseLock()).toThrow('call SpreadsheetApp.flush() before releaseLock()');
    expect(other.tryLock(0)).toBe(false); // still held
    SpreadsheetApp.flush();
    lock.releaseLock();
    expect(other.tryLock(0)).toBe(true);
    other.releaseLock();
    // Nothing written under the lock: nothing to flush.
    lock.tryLock(1000);
    lock.releaseLock();
  });

  it("loadBundle's functions run where Apps Script starts them, others in the host's context, restored after", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const file = join(dir, 'Code.js');
    const probe =
      'return [PropertiesService.getDocumentProperties() === null, (function () { try { Drive.Files.list({}); return true; } catch (e) { return false; } })()];';
    writeFileSync(file, ['doGet', 'doPost', 'onOpen', 'onEdit', 'onInstall', 'showSidebar'].map((name) => `function ${name}() { ${probe} }`).join('\n'));
    const h = host();
    const run = loadBundle(file, h);
    // [document properties null (a web app), Drive allowed (not a simple trigger)]
    expect(run.doGet!()).toEqual([true, true]);
    expect(run.doPost!()).toEqual([true, true]);
    expect(run.onOpen!()).toEqual([false, false]);
    expect(run.onEdit!()).toEqual([false, false]);
    expect(run.onInstall!()).toEqual([false, false]);
    expect(run.showSidebar!()).toEqual([false, true]);
    expect(h.context).toBe('sidebar');
    h.context = 'web-app';
    expect(run.showSidebar!()).toEqual([true, true]);
    expect(run.onEdit!()).toEqual([false, false]);
    expect(h.context).toBe('web-app');
  });
});

describe('execution time limits, counted by the host clock at each fake call', () => {
  /** A clock that moves 100 ms each time the host reads it: once at entry, once per fake call. */
  const ticking = () => {
    let t = Date.parse('2026-11-26T16:30:00Z');
    return () => new Date((t += 100));
  };
  const script = () => {
    const file = join(mkdtempSync(join(tmpdir(), 'budget-')), 'Code.js');
    const body = 'var app = SpreadsheetApp; for (var i = 0; i < n; i++) app.getActiveSpreadsheet(); return "done";';
    writeFileSync(file, `function onEdit(e) { var n = e.calls; ${body} }\nfunction rescan(n) { ${body} }`);
    return file;
  };

  it('an onEdit of 400 calls (40 s) fails the 30-second budget; the same calls in a sidebar call pass', () => {
    const h = createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', [['Item']]), now: ticking() });
    const run = loadBundle(script(), h);
    expect(() => run.onEdit!({ calls: 400 })).toThrow('Exceeded maximum execution time');
    expect(run.onEdit!({ calls: 250 })).toBe('done');
    expect(run.rescan!(400)).toBe('done');
    expect(h.context).toBe('sidebar');
  });

  it('a sidebar call past 6 minutes fails; outside an execution nothing is timed', () => {
    const h = createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', [['Item']]), now: ticking() });
    const run = loadBundle(script(), h);
    expect(() => run.rescan!(3700)).toThrow('Exceeded maximum execution time');
    expect(run.rescan!(3500)).toBe('done');
    for (let i = 0; i < 4000; i++) h.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(() =>
      h.runIn('web-app', () => {
        for (let i = 0; i < 4000; i++) h.globals.Utilities.getUuid();
      }),
    ).toThrow('Exceeded maximum execution time');
  });
});
