/**
 * The OAuth scopes each fake method is documented with (the "Authorization" section of its
 * reference page: any one listed scope authorises the call), checked at every call against the
 * manifest's oauthScopes. A class's methods share its page's scopes unless listed apart.
 * Where a page could not be read for certain, the entry is the stricter reading (see README.md).
 */

const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const CONTAINER_UI = 'https://www.googleapis.com/auth/script.container.ui';
const DRIVE = 'https://www.googleapis.com/auth/drive';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const DRIVE_APPDATA = 'https://www.googleapis.com/auth/drive.appdata';
const SCRIPTAPP = 'https://www.googleapis.com/auth/script.scriptapp';
const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';
const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

/** The Spreadsheet service's pages: "spreadsheets.currentonly" or "spreadsheets". */
const SHEETS = [CURRENT_ONLY, SPREADSHEETS];
/** Pages without an Authorization section: callable under any manifest. */
const NONE: readonly string[] = [];

interface ClassScopes {
  scopes: readonly string[];
  /** Methods whose page lists other scopes than the class's. */
  methods?: Readonly<Record<string, readonly string[]>>;
}

export const DOCUMENTED_SCOPES: Readonly<Record<string, ClassScopes>> = {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app (openById: spreadsheets only)
  SpreadsheetApp: { scopes: SHEETS, methods: { openById: [SPREADSHEETS] } },
  Spreadsheet: { scopes: SHEETS },
  Sheet: { scopes: SHEETS },
  Range: { scopes: SHEETS },
  TextFinder: { scopes: SHEETS },
  DeveloperMetadata: { scopes: SHEETS },
  DeveloperMetadataFinder: { scopes: SHEETS },
  DeveloperMetadataLocation: { scopes: SHEETS },
  DataValidation: { scopes: SHEETS },
  DataValidationBuilder: { scopes: SHEETS },
  ConditionalFormatRule: { scopes: SHEETS },
  ConditionalFormatRuleBuilder: { scopes: SHEETS },
  BooleanCondition: { scopes: SHEETS },
  // https://developers.google.com/apps-script/reference/base/ui: sidebars and dialogs need
  // script.container.ui; menus and alerts too, the stricter reading.
  Ui: { scopes: [CONTAINER_UI] },
  Menu: { scopes: [CONTAINER_UI] },
  // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create (also get, list): drive.file or drive;
  // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/delete (remove here): drive.appdata too.
  Files: { scopes: [DRIVE_FILE, DRIVE], methods: { remove: [DRIVE, DRIVE_APPDATA, DRIVE_FILE] } },
  // Properties, locks, caches, utilities, blobs, HTML and text output, logging, ScriptApp.getService: no Authorization section.
  PropertiesService: { scopes: NONE },
  Properties: { scopes: NONE },
  LockService: { scopes: NONE },
  Lock: { scopes: NONE },
  CacheService: { scopes: NONE },
  Cache: { scopes: NONE },
  Utilities: { scopes: NONE },
  Blob: { scopes: NONE },
  HtmlService: { scopes: NONE },
  HtmlOutput: { scopes: NONE },
  ContentService: { scopes: NONE },
  TextOutput: { scopes: NONE },
  Logger: { scopes: NONE },
  // https://developers.google.com/apps-script/reference/script/script-app: newTrigger, getUserTriggers,
  // deleteTrigger need script.scriptapp; getService has no Authorization section. The builders' and
  // Trigger's pages list none either: script.scriptapp, the stricter reading (only newTrigger makes them).
  ScriptApp: { scopes: [SCRIPTAPP], methods: { getService: NONE } },
  Service: { scopes: NONE },
  TriggerBuilder: { scopes: [SCRIPTAPP] },
  ClockTriggerBuilder: { scopes: [SCRIPTAPP] },
  Trigger: { scopes: [SCRIPTAPP] },
  // https://developers.google.com/apps-script/reference/mail/mail-app: every method, script.send_mail.
  MailApp: { scopes: [SEND_MAIL] },
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser(): userinfo.email;
  // User.getEmail's page lists none, userinfo.email the stricter reading.
  Session: { scopes: [USERINFO_EMAIL] },
  User: { scopes: [USERINFO_EMAIL] },
};

/** The documented scopes of `Type.method`; throws for a class the table does not know. */
export function documentedScopes(type: string, method: string): readonly string[] {
  const entry = Object.hasOwn(DOCUMENTED_SCOPES, type) ? DOCUMENTED_SCOPES[type]! : null;
  if (!entry) throw new Error(`Local host: ${type}.${method} has no entry in scopes.ts (its reference page's Authorization scopes)`);
  return entry.methods && Object.hasOwn(entry.methods, method) ? entry.methods[method]! : entry.scopes;
}

/**
 * A method documented with these scopes (any one of them) throws, as Google does, when the
 * manifest grants none. `method` names it as Google's message does (`SpreadsheetApp.openById`).
 */
export function needsScope(granted: readonly string[], method: string, anyOf: readonly string[]): void {
  if (anyOf.length === 0 || anyOf.some((scope) => granted.includes(scope))) return;
  throw new Error(
    `Exception: You do not have permission to call ${method}. Required permissions: ${anyOf.join(' or ')} (the manifest's oauthScopes grant ${granted.join(', ') || 'none'})`,
  );
}
