/**
 * The local Apps Script host: one spreadsheet model, the service fakes over it, a shared call
 * counter, and what the UI showed. `globals` is what Apps Script code sees as its global scope.
 */

import { makeCacheService, type CacheStores } from './cache.ts';
import { CallCounts, nodeRealm, toRealm, type Fake, type Realm } from './counter.ts';
import { newUiRecord, type SheetsEnv, type UiRecord } from './context.ts';
import { type DriveLink, makeDriveServices } from './drive.ts';
import { TIME_LIMIT_MS, type Execution, type ExecutionContext } from './execution.ts';
import { makeContentService, makeHtmlService } from './html.ts';
import { makeLockService, type LockTable } from './lock.ts';
import { type Manifest, projectManifest } from './manifest.ts';
import type { LocalSpreadsheet, Rect, SheetModel } from './model.ts';
import { makeRange } from './range.ts';
import { makePropertiesService } from './properties.ts';
import { internalOf } from './counter.ts';
import { makeMailApp, type Outbox } from './mail.ts';
import { makeScriptApp, timeDrivenEvent, type TriggerTable, WEEK_MS } from './script-app.ts';
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
  /** The one user's email address (Session.getActiveUser().getEmail()); `coordinator@example.com` by default. */
  userEmail?: string;
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
  MailApp: Fake;
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
  /** The installable triggers the script made (ScriptApp.newTrigger), with when each runs next. */
  triggers: TriggerTable;
  /** What MailApp sent. */
  outbox: Outbox;
  /** The top-level functions triggers call; `loadBundle` gives them. */
  attachBundle(functions: Readonly<Record<string, (...args: unknown[]) => unknown>>): void;
  /**
   * Runs each time-driven trigger due by `at` (the host's clock by default) as Apps Script would: its
   * handler function, in a `time-trigger` execution, with the time-driven event object; then moves it
   * on by its period. A handler that throws is a failed execution (recorded, logged), not an
   * exception here. The clock is not moved: the handler's `new Date()` is still the host's.
   */
  fireDueTriggers(at?: Date): TriggerRun[];
}

/** One trigger run fireDueTriggers made. */
export interface TriggerRun {
  readonly handlerFunction: string;
  readonly triggerUid: string;
  /** When it was due (ISO). */
  readonly at: string;
  /** The error message of a failed execution; null when it completed. */
  readonly error: string | null;
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
  const line =
    (level: string) =>
    (...args: unknown[]) => {
      const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      logs.push(level === 'log' ? text : `[${level}] ${text}`);
      if (options.echoLogs) console.log(text);
    };
  const drive = makeDriveServices(env, options.driveDir, options.driveLink);
  const email = options.userEmail ?? 'coordinator@example.com';
  // The spreadsheet's own list (a bound script's triggers are kept with it); new ids go on from the highest kept.
  const next = 1 + Math.max(0, ...book.triggers.map((t) => Number(t.uniqueId) || 0));
  const triggers: TriggerTable = { triggers: book.triggers, timeZone: env.manifest.timeZone ?? 'America/Los_Angeles', documentId: book.id, next };
  const outbox: Outbox = { sent: [], usedByDay: {} };
  let bundle: Readonly<Record<string, (...args: unknown[]) => unknown>> = {};
  // A spreadsheet given to getUserTriggers: the host's own (its fakes are made over the one book).
  const spreadsheetId = (spreadsheet: unknown) => (internalOf(spreadsheet) === book ? book.id : null);
  const globals: HostGlobals = {
    SpreadsheetApp: makeSpreadsheetApp(env),
    PropertiesService: makePropertiesService(env, properties),
    LockService: makeLockService(env, locks, { writes: () => book.writes, flushedAt: () => env.flushedAt }),
    CacheService: makeCacheService(env, caches, now),
    HtmlService: makeHtmlService(env, options.htmlDir),
    ContentService: makeContentService(env),
    Utilities: makeUtilities(env, options.uuid),
    Session: makeSession(env, email),
    DriveApp: drive.DriveApp,
    Drive: drive.Drive,
    ScriptApp: makeScriptApp(
      env,
      typeof options.webAppUrl === 'function' ? options.webAppUrl : () => (options.webAppUrl as string | null | undefined) ?? null,
      triggers,
      spreadsheetId,
    ),
    MailApp: makeMailApp(env, outbox),
    Logger: makeLogger(env, logs),
    console: { log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') },
  };
  const host: LocalHost = {
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
      user: () => makeUser(env, email),
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
    triggers,
    outbox,
    attachBundle(functions) {
      bundle = functions;
    },
    fireDueTriggers(at = now()) {
      const runs: TriggerRun[] = [];
      const due = triggers.triggers.filter((t) => t.nextRun <= at.getTime()).sort((a, b) => a.nextRun - b.nextRun);
      for (const trigger of due) {
        const when = trigger.nextRun;
        trigger.nextRun += trigger.schedule.weeks * WEEK_MS;
        const handler = Object.hasOwn(bundle, trigger.handlerFunction) ? bundle[trigger.handlerFunction] : undefined;
        let error: string | null = null;
        try {
          // Apps Script's message for a trigger whose function is gone.
          if (!handler) throw new Error(`Script function not found: ${trigger.handlerFunction}`);
          const event = toRealm(env, timeDrivenEvent(trigger, when));
          host.runIn('time-trigger', () => handler(event));
        } catch (e) {
          error = e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? String((e as Error).message) : String(e);
          logs.push(`[trigger] ${trigger.handlerFunction} failed: ${error}`);
        }
        runs.push({ handlerFunction: trigger.handlerFunction, triggerUid: trigger.uniqueId, at: new Date(when).toISOString(), error });
      }
      return runs;
    },
  };
  return host;
}
