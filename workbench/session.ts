/**
 * One workbench session: a tracker file opened as a local spreadsheet, the REAL built server bundle
 * (dist/apps-script/Code.js) running over it on the local Apps Script host, and the file under
 * .workbench/ that keeps the spreadsheet between runs. Every change (an edit, a menu item, a
 * sidebar call, a sheet switch) is saved at once, atomically.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { readTrackerFile, type TrackerSheet } from '../cli/read-tracker.ts';
import {
  a1Of,
  type BundleFunctions,
  createHost,
  type GridCell,
  loadBundle,
  localDrivePath,
  LocalSpreadsheet,
  MAX_CELL_CHARACTERS,
  mimeTypeOf,
  type LocalHost,
  type MenuRecord,
  type SentMail,
  type TriggerRun,
  serialNumber,
  spreadsheetFromGrids,
  team,
  type Team,
  TOO_LONG,
  zonedMidnight,
} from '../apps-script/local-host/index.ts';
import type { SidebarApi } from '../apps-script/server/sidebar-api.ts';
import { SIDEBAR_VIEWS, type SidebarView } from '../apps-script/server/sidebar.ts';
import { dayFromIso, detectLayout } from '../shared/index.ts';
import { gridState, type WorkbenchState } from './grid-state.ts';
import { sidebarPage } from './sidebar-page.ts';

export const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist', 'apps-script');
/** The sample workbook `npm start` opens (scripts/make-sample.ts writes it). */
export const SAMPLE = join(ROOT, 'samples', 'northwind-safety.xlsx');

/**
 * The server functions the sidebar may call through google.script.run: exactly SidebarApi's names.
 * A Record over `keyof SidebarApi` makes the compiler refuse a missing name and an extra one.
 */
const SIDEBAR_FUNCTION_SET: Record<keyof SidebarApi, true> = {
  getSidebarState: true,
  proposeSetup: true,
  startChecklist: true,
  confirmSetup: true,
  rescan: true,
  goToRow: true,
  addMissingRequirements: true,
  pickRequirement: true,
  createActionPlan: true,
  buildEvidenceIndex: true,
  readAuditReport: true,
  addAuditFindings: true,
  createPracticeLog: true,
  planSiteWalk: true,
  buildAuditPack: true,
  getSettings: true,
  saveSettings: true,
  listClipperPeople: true,
  getClipperAddress: true,
  confirmClipperAddress: true,
  connectClipperPerson: true,
  revokeClipperPerson: true,
  checkInstallation: true,
  getWeeklyDigest: true,
  switchWeeklyDigest: true,
};
export const SIDEBAR_FUNCTIONS = Object.keys(SIDEBAR_FUNCTION_SET) as (keyof SidebarApi)[];

export function isSidebarFunction(name: unknown): name is keyof SidebarApi {
  return typeof name === 'string' && Object.hasOwn(SIDEBAR_FUNCTION_SET, name);
}

/** The workbench's view of the add-on's triggers and outbox. */
export interface WorkbenchOutbox {
  readonly triggers: readonly { readonly handlerFunction: string; readonly nextRun: string }[];
  readonly sent: readonly SentMail[];
}

/** A request the workbench refuses (bad input, an unknown function): a 4xx with this message. */
export class WorkbenchError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** What the server threw, as google.script.run hands it to a failure handler. */
export interface ServerFailure {
  message: string;
}

export interface SessionOptions {
  /** The tracker file (CSV or XLSX) the session starts from. */
  trackerPath: string;
  /** Where the session's spreadsheet is saved (`<tracker file name>.json`). */
  stateDir: string;
  /** Start over from the tracker file, ignoring a saved spreadsheet. */
  fresh?: boolean;
  /** Judge as of this day (YYYY-MM-DD): the bundle's clock keeps the time of day, on this date. */
  today?: string | null;
  /** The built dist/apps-script (Code.js, Sidebar.html). */
  distDir?: string;
  /** The local web app's address (the workbench's /exec), known once the server listens. */
  webAppUrl?: () => string | null;
  /** The workbench's own address (http://127.0.0.1:port/), known once it listens: Drive links point at its /drive/ files. */
  baseUrl?: () => string | null;
}

/** What the web app answered: ContentService output as the HTTP body. */
export interface WebAppAnswer {
  readonly body: string;
  readonly mimeType: string;
}

function messageOf(error: unknown): string {
  // Errors thrown inside the bundle come from its own realm: `instanceof Error` does not hold.
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

/** The real clock, or the real time of day on a fixed day: that day in the spreadsheet's zone, as the add-on's today reads it. */
function clockFor(today: string | null | undefined, timeZone: string): () => Date {
  if (!today) return () => new Date();
  if (dayFromIso(today) === null || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new WorkbenchError(`The workbench's day must be written YYYY-MM-DD, not "${today}".`);
  }
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return () => new Date(zonedMidnight(y, m, d, timeZone).getTime() + (serialNumber(new Date(), timeZone) % 1) * 86_400_000);
}

/** The first sheet that reads as a tracker (as the CLI picks one), else the first sheet. */
function trackerIndex(sheets: readonly TrackerSheet[]): number {
  const found = sheets.findIndex((sheet) => detectLayout(sheet.grid).ok);
  return found === -1 ? 0 : found;
}

/**
 * The file's dates (read at the machine's midnight) made as Sheets makes date cells: at midnight
 * in the spreadsheet's zone, so the grid and Download CSV show the file's day on any machine.
 */
function datesInBookZone(book: LocalSpreadsheet): void {
  for (const sheet of book.sheets) {
    for (const row of sheet.cells) {
      for (const cell of row ?? []) {
        const v = cell?.value;
        if (v instanceof Date) cell!.value = zonedMidnight(v.getFullYear(), v.getMonth() + 1, v.getDate(), book.timeZone);
      }
    }
  }
}

/** A spreadsheet holding every sheet of the file, with the tracker sheet active (a CSV has one, named after the file). */
/**
 * A cell past Sheets' limit is refused with where it is, before anything is made: Sheets would not
 * hold it either (an edit there is refused with TOO_LONG), so a workbench that took it would
 * promise what Sheets cannot do.
 */
function refuseLongCells(grid: readonly (readonly unknown[])[], sheetName: string, path: string): void {
  grid.forEach((line, r) =>
    line.forEach((value, c) => {
      if (typeof value !== 'string' || value.length <= MAX_CELL_CHARACTERS) return;
      throw new WorkbenchError(
        `Cell ${a1Of(r + 1, c + 1)} of "${sheetName}" in ${basename(path)} holds ${value.length.toLocaleString('en-CA')} characters, and a Google Sheets cell holds at most ${MAX_CELL_CHARACTERS.toLocaleString('en-CA')}: shorten it (or keep the text in a document and link it) and open the file again. Nothing was opened.`,
      );
    }),
  );
}

export async function spreadsheetFromFile(path: string): Promise<LocalSpreadsheet> {
  const sheets = await readTrackerFile(path);
  const title = basename(path, extname(path));
  const nameOf = (sheet: TrackerSheet) => sheet.name ?? title;
  if (sheets.length === 0) throw new WorkbenchError(`${path} has no sheets.`);
  for (const sheet of sheets) refuseLongCells(sheet.grid, nameOf(sheet), path);
  const book = spreadsheetFromGrids(
    title,
    sheets.map((sheet) => ({ name: nameOf(sheet), grid: sheet.grid as readonly (readonly GridCell[])[] })),
  );
  book.active = { sheetId: book.sheets[trackerIndex(sheets)]!.id, range: null };
  datesInBookZone(book);
  return book;
}

function menuFunctions(menus: readonly MenuRecord[]): { caption: string; functionName: string }[] {
  const out: { caption: string; functionName: string }[] = [];
  for (const item of menus.flatMap((menu) => menu.items)) {
    if (item.functionName) out.push({ caption: item.caption ?? item.functionName, functionName: item.functionName });
  }
  return out;
}

export class WorkbenchSession {
  readonly host: LocalHost;
  readonly bundle: BundleFunctions;
  /** The file the spreadsheet is saved to after every change. */
  readonly stateFile: string;
  readonly trackerPath: string;
  readonly today: string | null;
  /** Whether this session continued a saved spreadsheet (rather than starting from the file). */
  readonly resumed: boolean;
  /** The local folder the add-on's Drive files are kept in. */
  readonly driveDir: string;
  /** The person at the keyboard: typing reads text and makes the edit event as the Sheets UI does. */
  private readonly person: Team;
  /** Bumped each time the add-on shows a (new) sidebar, so the page knows to load it. */
  private sidebarOpened = 0;
  private lastSidebar: unknown = null;
  /** The same for modal dialogs. */
  private dialogOpened = 0;
  private lastDialog: unknown = null;
  private toastsSeen = 0;

  private constructor(options: {
    host: LocalHost;
    bundle: BundleFunctions;
    stateFile: string;
    trackerPath: string;
    today: string | null;
    resumed: boolean;
    driveDir: string;
  }) {
    this.host = options.host;
    this.driveDir = options.driveDir;
    this.bundle = options.bundle;
    this.stateFile = options.stateFile;
    this.trackerPath = options.trackerPath;
    this.today = options.today;
    this.resumed = options.resumed;
    this.person = team(options.host);
  }

  static async open(options: SessionOptions): Promise<WorkbenchSession> {
    const dist = options.distDir ?? DIST;
    const code = join(dist, 'Code.js');
    if (!existsSync(code) || !existsSync(join(dist, 'Sidebar.html'))) {
      throw new WorkbenchError(`The add-on is not built (${code} is missing): run "npm run build" (npm install does it too).`);
    }
    const stateFile = join(options.stateDir, `${basename(options.trackerPath)}.json`);
    let book: LocalSpreadsheet;
    const resumed = !options.fresh && existsSync(stateFile);
    if (resumed) {
      try {
        book = LocalSpreadsheet.fromJSON(readFileSync(stateFile, 'utf8'));
      } catch (error) {
        throw new WorkbenchError(`Cannot read the saved workbench ${stateFile} (${messageOf(error)}): start over from the tracker with --fresh.`);
      }
    } else {
      book = await spreadsheetFromFile(options.trackerPath);
    }
    // Snapshots of clips go to a local folder beside the saved spreadsheet, as Drive files would.
    const driveDir = join(options.stateDir, 'drive', basename(options.trackerPath));
    mkdirSync(driveDir, { recursive: true });
    // A Drive link opens the local file the workbench serves (Drive's own address would lead nowhere).
    const driveLink = options.baseUrl ? (id: string) => `${options.baseUrl!() ?? 'http://127.0.0.1/'}drive/${id}` : undefined;
    const host = createHost({
      spreadsheet: book,
      htmlDir: dist,
      driveDir,
      driveLink,
      now: clockFor(options.today, book.timeZone),
      webAppUrl: options.webAppUrl ?? null,
    });
    const bundle = loadBundle(code, host);
    const session = new WorkbenchSession({ host, bundle, stateFile, trackerPath: options.trackerPath, today: options.today ?? null, resumed, driveDir });
    // Opening the file runs the simple trigger, which adds the add-on's menu.
    session.call('onOpen', [{ authMode: 'LIMITED', source: host.globals.SpreadsheetApp.getActiveSpreadsheet() }]);
    session.lastSidebar = host.ui.sidebar;
    session.save();
    return session;
  }

  private get app() {
    return this.host.globals.SpreadsheetApp;
  }

  /** Calls a top-level function of the bundle; throws a WorkbenchError when there is none. */
  private call(name: string, args: unknown[]): unknown {
    const fn = this.bundle[name];
    if (typeof fn !== 'function') throw new WorkbenchError(`The add-on has no function "${name}".`, 404);
    return fn(...args);
  }

  /** Writes the spreadsheet (with its document properties) to the state file: a temp file, then a rename. */
  save(): void {
    mkdirSync(join(this.stateFile, '..'), { recursive: true });
    const tmp = `${this.stateFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.host.spreadsheet));
    renameSync(tmp, this.stateFile);
  }

  /** After any call: a new showSidebar counts as opening the sidebar again, a new showModalDialog as a new dialog. */
  private noteSidebar(): void {
    if (this.host.ui.sidebar !== this.lastSidebar) {
      this.lastSidebar = this.host.ui.sidebar;
      if (this.host.ui.sidebar) this.sidebarOpened++;
    }
    if (this.host.ui.dialog !== this.lastDialog) {
      this.lastDialog = this.host.ui.dialog;
      if (this.host.ui.dialog) this.dialogOpened++;
    }
  }

  /** A file the add-on kept in (local) Drive, by its id, as its link opens it; 404 for anything else. */
  driveFile(id: string): { body: Buffer; mimeType: string; name: string } {
    const path = localDrivePath(this.driveDir, id);
    if (path === null || !statSync(path).isFile()) throw new WorkbenchError(`No file with the id ${id} in the workbench's Drive folder.`, 404);
    return { body: readFileSync(path), mimeType: mimeTypeOf(path), name: basename(path) };
  }

  /** The modal dialog's page, as the add-on made it; 404 when none is open. */
  dialogHtml(): string {
    const dialog = this.host.ui.dialog;
    if (!dialog) throw new WorkbenchError('No dialog is open.', 404);
    return dialog.content;
  }

  /** The person closed the dialog (its × in Sheets). */
  closeDialog(): void {
    this.host.ui.dialog = null;
    this.lastDialog = null;
  }

  private sheetNamed(name: unknown) {
    if (typeof name !== 'string') throw new WorkbenchError('Name the sheet: "sheet" must be a sheet name.');
    const sheet = this.app.getActiveSpreadsheet().getSheetByName(name);
    if (!sheet) throw new WorkbenchError(`There is no sheet named "${name}".`, 404);
    return sheet;
  }

  /** Types `value` into a cell as a person would, then runs the add-on's onEdit trigger on it. */
  edit(sheetName: unknown, row: unknown, col: unknown, value: unknown): void {
    const sheet = this.sheetNamed(sheetName);
    if (!Number.isInteger(row) || !Number.isInteger(col) || (row as number) < 1 || (col as number) < 1 || (row as number) > 100_000 || (col as number) > 500) {
      throw new WorkbenchError('"row" and "col" must be cell positions (1-based whole numbers).');
    }
    if (typeof value !== 'string') throw new WorkbenchError('"value" must be the text typed into the cell.');
    if (value.length > MAX_CELL_CHARACTERS) throw new WorkbenchError(TOO_LONG);
    let event: ReturnType<Team['typeInto']>;
    try {
      event = this.person.typeInto(sheet.getName() as string, a1Of(row as number, col as number), value);
    } catch (error) {
      throw new WorkbenchError(messageOf(error));
    }
    try {
      this.call('onEdit', [event]);
    } catch (error) {
      // Sheets keeps the edit when a trigger fails; the message names the trigger's error.
      throw new WorkbenchError(`The edit is saved, but the add-on's onEdit failed: ${messageOf(error)}`, 500);
    } finally {
      this.noteSidebar();
      this.save();
    }
  }

  /** Makes a sheet the active one, as clicking its tab does. */
  activate(sheetName: unknown): void {
    const sheet = this.sheetNamed(sheetName);
    this.app.getActiveSpreadsheet().setActiveSheet(sheet);
    this.save();
  }

  /**
   * A person's change to the sheet's shape, as Sheets' row and column menus make it: insert before,
   * delete, or move `count` rows or columns from `index` (1-based) to before `to`. Sheets runs no
   * onEdit for these (an installable onChange would see them; the add-on has none): the add-on's
   * next read finds its columns by their tags.
   */
  rearrange(sheetName: unknown, change: unknown): void {
    const sheet = this.sheetNamed(sheetName);
    const c = (change ?? {}) as { op?: unknown; axis?: unknown; index?: unknown; count?: unknown; to?: unknown };
    const whole = (n: unknown, what: string): number => {
      if (!Number.isInteger(n) || (n as number) < 1) throw new WorkbenchError(`"${what}" must be a row or column number (1-based).`);
      return n as number;
    };
    if (c.axis !== 'rows' && c.axis !== 'columns') throw new WorkbenchError('"axis" must be "rows" or "columns".');
    const index = whole(c.index, 'index');
    const count = c.count === undefined ? 1 : whole(c.count, 'count');
    const name = sheet.getName() as string;
    const rows = c.axis === 'rows';
    try {
      if (c.op === 'insert') rows ? this.person.insertRows(name, index, count) : this.person.insertColumns(name, index, count);
      else if (c.op === 'delete') rows ? this.person.deleteRows(name, index, count) : this.person.deleteColumns(name, index, count);
      else if (c.op === 'move') {
        const to = whole(c.to, 'to');
        rows ? this.person.moveRows(name, index, count, to) : this.person.moveColumns(name, index, count, to);
      } else throw new WorkbenchError('"op" must be "insert", "delete" or "move".');
    } catch (error) {
      throw error instanceof WorkbenchError ? error : new WorkbenchError(messageOf(error));
    } finally {
      this.save();
    }
  }

  /** The add-on's menu items, as onOpen built them. */
  menuItems(): { caption: string; functionName: string }[] {
    return menuFunctions(this.host.ui.menus);
  }

  /**
   * Runs a menu item: only a function the add-on's own menu names. What the add-on threw is its
   * answer, as Sheets shows it ("Error: ..."), not a failure of the workbench: returned, not thrown.
   */
  menu(name: unknown): { error: string | null } {
    if (typeof name !== 'string' || !this.menuItems().some((item) => item.functionName === name)) {
      throw new WorkbenchError(`"${String(name)}" is not an item of the SECOR Ready menu.`);
    }
    try {
      this.call(name, []);
      return { error: null };
    } catch (error) {
      return { error: messageOf(error) };
    } finally {
      this.noteSidebar();
      this.save();
    }
  }

  /** The add-on's installable triggers (with when each runs next) and the mail it sent. */
  outbox(): WorkbenchOutbox {
    return {
      triggers: this.host.triggers.triggers.map((t) => ({ handlerFunction: t.handlerFunction, nextRun: new Date(t.nextRun).toISOString() })),
      sent: this.host.outbox.sent,
    };
  }

  /**
   * Runs every time-driven trigger as if its time had come (up to the latest next run: a weekly
   * trigger need not be waited for), each as Apps Script runs it; then the outbox. A failed run is
   * in `runs` with its error, as the executions log shows it.
   */
  fireTriggers(): WorkbenchOutbox & { runs: TriggerRun[] } {
    const next = this.host.triggers.triggers.map((t) => t.nextRun);
    try {
      const runs = next.length === 0 ? [] : this.host.fireDueTriggers(new Date(Math.max(...next)));
      return { runs, ...this.outbox() };
    } finally {
      this.save();
    }
  }

  /** A google.script.run call from the sidebar: the result, or what the server threw. */
  run(name: unknown, args: unknown): { ok: true; value: unknown } | { ok: false; error: ServerFailure } {
    if (!isSidebarFunction(name)) throw new WorkbenchError(`"${String(name)}" is not a function the sidebar may call (${SIDEBAR_FUNCTIONS.join(', ')}).`);
    if (args !== undefined && !Array.isArray(args)) throw new WorkbenchError('"args" must be a list of arguments.');
    try {
      const value = this.call(name, args ?? []);
      // google.script.run passes results as JSON; undefined arrives as null.
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return { ok: false, error: { message: messageOf(error) } };
    } finally {
      this.noteSidebar();
      this.save();
    }
  }

  /**
   * The add-on's web app (doPost/doGet) as Apps Script serves it: the clipper's requests land here.
   * The body of a POST is the raw text the extension sent.
   */
  webApp(method: 'GET' | 'POST', body: string): WebAppAnswer {
    const event =
      method === 'POST'
        ? {
            postData: { contents: body, type: 'text/plain', length: body.length, name: 'postData' },
            parameter: {},
            parameters: {},
            queryString: '',
            contentLength: body.length,
          }
        : { parameter: {}, parameters: {}, queryString: '', contentLength: -1 };
    try {
      const output = this.call(method === 'POST' ? 'doPost' : 'doGet', [event]) as { getContent(): string; getMimeType(): unknown };
      return { body: output.getContent(), mimeType: String(output.getMimeType()) === 'JSON' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' };
    } finally {
      this.save();
    }
  }

  /**
   * Confirms the local web app's address, as the coordinator confirms the /exec address in
   * Connect the clipper: at each start, since the port may differ from the last run's.
   */
  confirmWebAppAddress(url: string): void {
    this.call('confirmClipperAddress', [url]);
    this.save();
  }

  /**
   * Pairs the workbench's own clipper person and returns the pairing code for the local endpoint;
   * pairing again replaces the previous workbench token (tokens are kept only as hashes).
   */
  pairingCode(): string {
    // The token is kept beside the saved spreadsheet (the add-on keeps only its hash), so a paired
    // extension stays paired across restarts; a new one is made only when that token no longer works.
    const kept = `${this.stateFile.replace(/\.json$/, '')}.pairing.json`;
    if (existsSync(kept)) {
      const { token } = JSON.parse(readFileSync(kept, 'utf8')) as { token: string };
      const ping = JSON.parse(this.webApp('POST', JSON.stringify({ v: 1, token, action: 'ping' })).body) as { ok: boolean; spreadsheet?: string };
      const { confirmed: url } = this.call('getClipperAddress', []) as { confirmed: string | null };
      if (ping.ok && url) return Buffer.from(JSON.stringify({ v: 1, url, token, sheet: ping.spreadsheet })).toString('base64url');
    }
    const pairing = this.call('connectClipperPerson', ['Workbench clipper', null]) as { code: string };
    const { token } = JSON.parse(Buffer.from(pairing.code, 'base64url').toString('utf8')) as { token: string };
    writeFileSync(kept, JSON.stringify({ token }));
    this.save();
    return pairing.code;
  }

  /**
   * The sidebar page: what the add-on's last showSidebar produced, or else what its Open readiness
   * shows, with google.script.run wired to /api/run. `view` opens it on that view instead.
   */
  sidebarHtml(view?: string | null): string {
    if (!this.host.ui.sidebar) {
      // The page shows the sidebar from the start: as if the coordinator chose Open readiness.
      this.call('openReadiness', []);
      this.lastSidebar = this.host.ui.sidebar;
      this.save();
    }
    const content = this.host.ui.sidebar!.content;
    return sidebarPage(content, (SIDEBAR_VIEWS as readonly (string | null | undefined)[]).includes(view) ? (view as SidebarView) : null);
  }

  /** What the page draws: sheets, cells and colours, selection, the sidebar, new toasts. */
  state(): WorkbenchState {
    const toasts = this.host.ui.toasts.slice(this.toastsSeen).map((t) => ({ title: t.title, message: t.message, seconds: t.timeoutSeconds }));
    this.toastsSeen = this.host.ui.toasts.length;
    const sidebar = this.host.ui.sidebar;
    const dialog = this.host.ui.dialog;
    const view = sidebar ? (/window\.SECOR_VIEW\s*=\s*"([^"]*)"/.exec(sidebar.content)?.[1] ?? null) : null;
    return gridState(this.host, {
      file: basename(this.trackerPath),
      savedTo: this.stateFile,
      today: this.today,
      menus: this.menuItems(),
      sidebar: { open: sidebar !== null, opened: this.sidebarOpened, view, title: sidebar?.title ?? null },
      dialog: dialog ? { opened: this.dialogOpened, title: dialog.title, width: dialog.width, height: dialog.height } : null,
      toasts,
    });
  }
}
