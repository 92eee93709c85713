/**
 * The fakes implement only what something calls: every `Type.method` a fake implements must be
 * named (`.method`) in the built server bundle or in the workbench, which drives the fakes from its
 * pages. A method nothing calls is a model of Google nobody checks against Google: it goes.
 */

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { implementedMethods } from './counter.ts';
import type { FakeType } from './fake-types.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WORKBENCH = join(ROOT, 'workbench');

/** Every fake type (the compiler keeps this list whole: a type added to FakeTypes must be listed). */
const TYPES = {
  SpreadsheetApp: true, Spreadsheet: true, Sheet: true, Range: true, TextFinder: true,
  ConditionalFormatRule: true, ConditionalFormatRuleBuilder: true, BooleanCondition: true,
  DataValidation: true, DataValidationBuilder: true,
  DeveloperMetadata: true, DeveloperMetadataFinder: true, DeveloperMetadataLocation: true,
  Ui: true, Menu: true, Blob: true, Session: true, User: true, Logger: true,
  PropertiesService: true, Properties: true, LockService: true, Lock: true, CacheService: true, Cache: true,
  HtmlService: true, HtmlOutput: true, ContentService: true, TextOutput: true, Utilities: true,
  ScriptApp: true, Service: true, DriveApp: true, Drive: true, Files: true,
} satisfies Record<FakeType, true>;

/** Makes one fake of every type, through the services as a script reaches them. */
function buildEveryFake(): void {
  const htmlDir = mkdtempSync(join(tmpdir(), 'used-methods-'));
  writeFileSync(join(htmlDir, 'Sidebar.html'), '<p></p>');
  const host = createHost({ spreadsheet: spreadsheetFromGrid('Tracker', 'Tracker', [['Item'], ['Policy']]), htmlDir });
  const g = host.globals;
  const app = g.SpreadsheetApp;
  const range = app.getActiveSpreadsheet().getSheets()[0].getRange(1, 1);
  range.createTextFinder('Item');
  app.newConditionalFormatRule().whenFormulaSatisfied('=TRUE').setRanges([range]).build().getBooleanCondition();
  range.setDataValidation(app.newDataValidation().requireValueInList(['a']).build());
  const sheet = app.getActiveSpreadsheet().getSheets()[0];
  sheet.addDeveloperMetadata('k', 'v');
  sheet.createDeveloperMetadataFinder().find()[0].getLocation();
  sheet.createDeveloperMetadataFinder();
  app.getUi().createAddonMenu();
  g.PropertiesService.getScriptProperties();
  g.LockService.getScriptLock();
  g.CacheService.getScriptCache();
  g.HtmlService.createHtmlOutputFromFile('Sidebar');
  g.ContentService.createTextOutput('');
  g.Utilities.newBlob('x');
  host.fakes.user();
  g.Logger.log('x');
  g.ScriptApp.getService();
  expect(g.Drive.Files).toBeTruthy();
}

/** The text of what calls the fakes: the built bundle, and the workbench's own sources. */
function callers(): string {
  const workbench = readdirSync(WORKBENCH)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(WORKBENCH, f), 'utf8'));
  return [readFileSync(join(ROOT, 'dist', 'apps-script', 'Code.js'), 'utf8'), ...workbench].join('\n');
}

/**
 * The implemented `Type.method`s whose method no caller names (as `.method`). No allowlist: the
 * sidebar's google.script.run harness calls the bundle's functions, and the tests that call a fake
 * directly (the extension browser test's CacheService...remove, intake.test.ts's Drive.Files.list)
 * call only what the bundle calls too.
 */
function uncalled(implemented: Iterable<string>, text: string): string[] {
  const named = new Set(Array.from(text.matchAll(/\.([A-Za-z_$][\w$]*)/g), (m) => m[1]));
  return [...implemented].filter((m) => !named.has(m.slice(m.indexOf('.') + 1))).sort();
}

describe('fake methods', () => {
  it('are each called by the bundle or the workbench', () => {
    buildEveryFake();
    const built = new Set([...implementedMethods].map((m) => m.slice(0, m.indexOf('.'))));
    // Fakes that implement nothing: Drive (only its Files constant), and what the add-on never calls.
    const empty = ['Drive', 'DriveApp', 'Session', 'User'];
    expect(Object.keys(TYPES).filter((t) => !built.has(t) && !empty.includes(t))).toEqual([]);
    expect(uncalled(implementedMethods, callers())).toEqual([]);
  });

  it('the check catches a method nothing calls', () => {
    expect(uncalled(['Range.getValues', 'Range.getBandings'], 'sheet.getRange(1, 1).getValues()')).toEqual(['Range.getBandings']);
  });
});
