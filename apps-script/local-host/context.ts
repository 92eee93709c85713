/** What the Spreadsheet-service fakes share: the counter and realm, the spreadsheet model, and the UI record. */

import type { Fake, FakeEnv } from './counter.ts';
import type { LocalSpreadsheet } from './model.ts';

export interface MenuItemRecord {
  caption?: string;
  functionName?: string;
  separator?: boolean;
}

export interface MenuRecord {
  /** null: the add-on's menu (`createAddonMenu()`), which Sheets names after the add-on. */
  name: string | null;
  items: MenuItemRecord[];
}

export interface DialogRecord {
  title: string;
  content: string;
  /** What setWidth / setHeight asked for; null when not set. */
  width: number | null;
  height: number | null;
}

/** Everything the UI fakes show, recorded for tests and the workbench to read. */
export interface UiRecord {
  menus: MenuRecord[];
  sidebar: DialogRecord | null;
  /** The last modal dialog shown (showModalDialog); the workbench closes it by setting it to null. */
  dialog: DialogRecord | null;
  toasts: { message: string; title: string; timeoutSeconds: number | null }[];
}

export function newUiRecord(): UiRecord {
  return { menus: [], sidebar: null, dialog: null, toasts: [] };
}

export interface SheetsEnv extends FakeEnv {
  book: LocalSpreadsheet;
  ui: UiRecord;
  /** The Spreadsheet fake for `book` (getActiveSpreadsheet, openById and the edit event hand it out). */
  spreadsheetFake(): Fake;
  /** `book.writes` at the last SpreadsheetApp.flush(). */
  flushedAt: number;
  /** The host's clock: a date written without a year is read in its year. */
  now(): Date;
}

export const SPREADSHEET_SERVICE = 'SpreadsheetApp';
