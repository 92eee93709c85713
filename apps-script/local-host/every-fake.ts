/**
 * One fake of every type the local host implements, made as a script reaches them, so makeFake
 * has registered each type's methods (for used-methods.test.ts and scopes.test.ts).
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeType } from './fake-types.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

/** Every fake type (the compiler keeps this list whole: a type added to FakeTypes must be listed). */
export const FAKE_TYPES = {
  SpreadsheetApp: true,
  Spreadsheet: true,
  Sheet: true,
  Range: true,
  TextFinder: true,
  ConditionalFormatRule: true,
  ConditionalFormatRuleBuilder: true,
  BooleanCondition: true,
  DataValidation: true,
  DataValidationBuilder: true,
  DeveloperMetadata: true,
  DeveloperMetadataFinder: true,
  DeveloperMetadataLocation: true,
  Ui: true,
  Menu: true,
  Blob: true,
  Session: true,
  User: true,
  Logger: true,
  PropertiesService: true,
  Properties: true,
  LockService: true,
  Lock: true,
  CacheService: true,
  Cache: true,
  HtmlService: true,
  HtmlOutput: true,
  ContentService: true,
  TextOutput: true,
  Utilities: true,
  ScriptApp: true,
  Service: true,
  TriggerBuilder: true,
  ClockTriggerBuilder: true,
  Trigger: true,
  MailApp: true,
  DriveApp: true,
  Drive: true,
  Files: true,
} satisfies Record<FakeType, true>;

/** Makes one fake of every type, through the services as a script reaches them. */
export function buildEveryFake(): void {
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
  g.ScriptApp.newTrigger('x').timeBased().everyWeeks(1).onWeekDay(g.ScriptApp.WeekDay.MONDAY).atHour(7).nearMinute(0).create().getUniqueId();
  g.MailApp.getRemainingDailyQuota();
  g.Session.getActiveUser().getEmail();
  if (!g.Drive.Files) throw new Error('the advanced Drive service is not enabled');
}
