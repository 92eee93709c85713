/**
 * Which @types/google-apps-script interface each fake type models: `makeFake(env, service, 'Range', build)`
 * checks `build`'s method names against `GoogleAppsScript.Spreadsheet.Range`, so a typo or a
 * method Google does not have is a compile error, not a fake that passes where Apps Script throws.
 */

export interface FakeTypes {
  // SpreadsheetApp
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  Sheet: GoogleAppsScript.Spreadsheet.Sheet;
  Range: GoogleAppsScript.Spreadsheet.Range;
  TextFinder: GoogleAppsScript.Spreadsheet.TextFinder;
  ConditionalFormatRule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  ConditionalFormatRuleBuilder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  BooleanCondition: GoogleAppsScript.Spreadsheet.BooleanCondition;
  DataValidation: GoogleAppsScript.Spreadsheet.DataValidation;
  DataValidationBuilder: GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  DeveloperMetadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  DeveloperMetadataFinder: GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  DeveloperMetadataLocation: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  // Base
  Ui: GoogleAppsScript.Base.Ui;
  Menu: GoogleAppsScript.Base.Menu;
  Blob: GoogleAppsScript.Base.Blob;
  Session: GoogleAppsScript.Base.Session;
  User: GoogleAppsScript.Base.User;
  Logger: GoogleAppsScript.Base.Logger;
  // Other services
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Properties: GoogleAppsScript.Properties.Properties;
  LockService: GoogleAppsScript.Lock.LockService;
  Lock: GoogleAppsScript.Lock.Lock;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Cache: GoogleAppsScript.Cache.Cache;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  HtmlOutput: GoogleAppsScript.HTML.HtmlOutput;
  ContentService: GoogleAppsScript.Content.ContentService;
  TextOutput: GoogleAppsScript.Content.TextOutput;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Service: GoogleAppsScript.Script.Service;
  TriggerBuilder: GoogleAppsScript.Script.TriggerBuilder;
  ClockTriggerBuilder: GoogleAppsScript.Script.ClockTriggerBuilder;
  Trigger: GoogleAppsScript.Script.Trigger;
  MailApp: GoogleAppsScript.Mail.MailApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  // The advanced Drive service, v3 (apis/drive_v3.d.ts).
  Drive: GoogleAppsScript.Drive;
  Files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
}

export type FakeType = keyof FakeTypes;

/** What a fake of `T` may implement: some of `T`'s methods, each a function. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FakeMethods<T> = { [K in keyof T]?: (...args: any[]) => unknown };

/** `M`, where any name `T` lacks is `never`: an invented method fails to compile (a bare weak type would let it through). */
export type CheckedMethods<M, T> = M & { [K in Exclude<keyof M, keyof T>]: never };
