/**
 * The local Apps Script host: one spreadsheet model, the service fakes over it, a shared call
 * counter, and what the UI showed. `globals` is what Apps Script code sees as its global scope.
 */

import { makeCacheService, type CacheStores } from './cache.ts';
import { CallCounts, nodeRealm, type Fake, type Realm } from './counter.ts';
import { newUiRecord, type SheetsEnv, type UiRecord } from './context.ts';
import { type DriveLink, makeDriveServices } from './drive.ts';
import { TIME_LIMIT_MS, type Execution, type ExecutionContext } from './execution.ts';
import { makeContentService, makeHtmlService } from './html.ts';
import { makeLockService, type LockTable } from './lock.ts';
import { type Manifest, projectManifest } from './manifest.ts';
import type { LocalSpreadsheet, Rect, SheetModel } from './model.ts';
import { makeRange } from './range.ts';
import { makePropertiesService } from './properties.ts';
import { makeScriptApp } from './script-app.ts';
import { makeLogger, makeSession, makeUser } from './session.ts';
import { makeSpreadsheet, makeSpreadsheetApp } from './spreadsheet.ts';
import { makeUtilities } from './utilities.ts';

export interface HostOptions {
  spreadsheet: LocalSpreadsheet;
  /** The built dist/apps-script, where createHtmlOutputFromFile finds `<name>.html`. */
  htmlDir?: string;
  /** The local folder DriveApp and the advanced Drive service write into. */
  driveDir?: string;
  /** Where a Drive file's webViewLink points; Drive's own addresses by default (the workbench points them at the local files it serves). */
  driveLink?: DriveLink;
  /** The script's manifest (its oauthScopes and advanced services); the add-on's appsscript.json by default. */
  manifest?: Manifest;
  /** The clock for caches, for each execution's time limit, and for `new Date()` / `Date.now()` inside a loaded bundle. */
  now?: () => Date;
  scriptProperties?: Record<string, string>;
  /** Utilities.getUuid; random by default. */
  uuid?: () => string;
  /** ScriptApp.getService().getUrl(): the web app's address; null (the default) when not deployed. */
  webAppUrl?: string | null | (() => string | null);
  /** Also print Logger.log and console output (otherwise only recorded in `logs`). */
  echoLogs?: boolean;
  /** Where calls not started by Apps Script itself run (see `ENTRY_CONTEXTS`); `sidebar` by default. */
  context?: ExecutionContext;
}

export interface HostGlobals {
  SpreadsheetApp: Fake;
  PropertiesService: Fake;
  LockService: Fake;
  CacheService: Fake;
  HtmlService: Fake;
  ContentService: Fake;
  Utilities: Fake;
  Session: Fake;
  DriveApp: Fake;
  /** The advanced Drive service (v3); it throws unless the manifest enables it. */
  Drive: Fake;
  ScriptApp: Fake;
  Logger: Fake;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
}

/**
 * Fakes made without a call (so not counted): what Sheets hands a trigger, such as an edit
 * event's `range`, `source` and `user`. Calls the script then makes on them are counted.
 */
export interface HostFakes {
  spreadsheet(): Fake;
  range(sheet: SheetModel, rect: Rect): Fake;
  /** The user working in the spreadsheet. */
  user(): Fake;
}

export interface LocalHost {
  globals: HostGlobals;
  counts: CallCounts;
  spreadsheet: LocalSpreadsheet;
  ui: UiRecord;
  /** Logger.log and console lines, in order. */
  logs: string[];
  properties: { document: Record<string, string>; script: Record<string, string> };
  locks: LockTable;
  now: () => Date;
  fakes: HostFakes;
  /** The context calls run in now; tests set it, `runIn` and `loadBundle`'s functions change it for one call. */
  context: ExecutionContext;
  /** Runs `call` as one execution in `context`, within that context's time limit (`TIME_LIMIT_MS`). */
  runIn<T>(context: ExecutionContext, call: () => T): T;
  /** Where returned arrays, dates and errors are made; `loadBundle` points it at the bundle's context. */
  setRealm(realm: Realm): void;
}

export function createHost(options: HostOptions): LocalHost {
  const counts = new CallCounts();
  const book = options.spreadsheet;
  const ui = newUiRecord();
  const logs: string[] = [];
  const now = options.now ?? (() => new Date());
  const execution: Execution = { context: options.context ?? 'sidebar', now: () => now().getTime(), deadline: null };
  const env: SheetsEnv = {
    counts,
    realm: nodeRealm,
    execution,
    manifest: options.manifest ?? projectManifest(),
    book,
    ui,
    spreadsheetFake: () => makeSpreadsheet(env),
    flushedAt: book.writes,
    now,
  };
  const properties = {
    document: book.documentProperties,
    script: Object.assign(book.scriptProperties, options.scriptProperties),
  };
  const locks: LockTable = {};
  const caches: CacheStores = { document: new Map(), script: new Map() };
  const line = (level: string) => (...args: unknown[]) => {
    const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    logs.push(level === 'log' ? text : `[${level}] ${text}`);
    if (options.echoLogs) console.log(text);
  };
  const drive = makeDriveServices(env, options.driveDir, options.driveLink);
  const globals: HostGlobals = {
    SpreadsheetApp: makeSpreadsheetApp(env),
    PropertiesService: makePropertiesService(env, properties),
    LockService: makeLockService(env, locks, { writes: () => book.writes, flushedAt: () => env.flushedAt }),
    CacheService: makeCacheService(env, caches, now),
    HtmlService: makeHtmlService(env, options.htmlDir),
    ContentService: makeContentService(env),
    Utilities: makeUtilities(env, options.uuid),
    Session: makeSession(env),
    DriveApp: drive.DriveApp,
    Drive: drive.Drive,
    ScriptApp: makeScriptApp(env, typeof options.webAppUrl === 'function' ? options.webAppUrl : () => (options.webAppUrl as string | null | undefined) ?? null),
    Logger: makeLogger(env, logs),
    console: { log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') },
  };
  return {
    globals,
    counts,
    spreadsheet: book,
    ui,
    logs,
    properties,
    locks,
    now,
    fakes: {
      spreadsheet: () => env.spreadsheetFake(),
      range: (sheet, rect) => makeRange(env, sheet, { ...rect }),
      user: () => makeUser(env),
    },
    get context() {
      return execution.context;
    },
    set context(context) {
      execution.context = context;
    },
    // One execution: its time limit runs from the host's clock at entry, checked at every fake call.
    runIn(context, call) {
      const before = { context: execution.context, deadline: execution.deadline };
      execution.context = context;
      execution.deadline = execution.now() + TIME_LIMIT_MS[context];
      try {
        return call();
      } finally {
        Object.assign(execution, before);
      }
    },
    setRealm(realm) {
      env.realm = realm;
    },
  };
}
