/** The Spreadsheet fake and SpreadsheetApp over one LocalSpreadsheet. */

import { parseA1 } from './a1.ts';
import { fail, internalOf, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import { makeRuleBuilder } from './conditional-format.ts';
import { makeValidationBuilder } from './data-validation.ts';
import { addMetadata, makeFinder } from './developer-metadata.ts';
import { boundOnly, inContainingDocument, needsAuthorization } from './execution.ts';
import { BooleanCriteria, DataValidationCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums.ts';
import type { Rect, SheetModel } from './model.ts';
import { makeRange } from './range.ts';
import { exception, makeSheet, rectOf, type SheetInternal } from './sheet.ts';
import { makeUi } from './ui.ts';

export function makeSpreadsheet(env: SheetsEnv): Fake {
  const book = env.book;

  return makeFake(
    env,
    SPREADSHEET_SERVICE,
    'Spreadsheet',
    () => ({
      getName: () => book.name,
      getId: () => book.id,
      getUrl: () => `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
      getSheets: () => book.sheets.map((s) => makeSheet(env, s)),
      getSheetByName: (name: string) => {
        const sheet = book.sheetByName(String(name));
        return sheet ? makeSheet(env, sheet) : null;
      },
      getSheetById: (id: number) => {
        const sheet = book.sheetById(Number(id));
        return sheet ? makeSheet(env, sheet) : null;
      },
      insertSheet: (...args: unknown[]) => {
        const [a, b] = args;
        let name: string | undefined;
        let index = book.sheets.length;
        if (typeof a === 'string') name = a;
        if (typeof a === 'number') index = a;
        if (typeof b === 'number') index = b;
        if (args.some((x) => x !== undefined && typeof x !== 'string' && typeof x !== 'number')) {
          return fail(env, 'SpreadsheetApp fake: Spreadsheet.insertSheet with options is not implemented');
        }
        if (name === undefined) {
          let n = book.sheets.length + 1;
          while (book.sheetByName(`Sheet${n}`)) n++;
          name = `Sheet${n}`;
        }
        if (index < 0 || index > book.sheets.length) return fail(env, 'Exception: Invalid argument: sheetIndex');
        const sheet = exception(env, () => book.addSheet(name!, index));
        book.active = { sheetId: sheet.id, range: null }; // Sheets activates the new sheet.
        return makeSheet(env, sheet);
      },
      getActiveSheet: () => makeSheet(env, book.activeSheet()),
      setActiveSheet: (target: unknown) => {
        const sheet = makeSheetModelOf(env, target);
        book.active = { sheetId: sheet.id, range: null };
        return makeSheet(env, sheet);
      },
      getRange: (a1: string) => {
        const { sheet, rect } = resolveA1(env, a1);
        return makeRange(env, sheet, rect);
      },
      getSpreadsheetLocale: () => book.locale,
      getSpreadsheetTimeZone: () => book.timeZone,
      toast: (message: unknown, title: unknown = '', timeoutSeconds: unknown = 5) => {
        env.ui.toasts.push({ message: String(message), title: String(title ?? ''), timeoutSeconds: timeoutSeconds === null ? null : Number(timeoutSeconds) });
      },
      addDeveloperMetadata: (key: string, value?: unknown, visibility?: unknown) => {
        addMetadata(env, { type: 'SPREADSHEET' }, key, value, visibility);
        return env.spreadsheetFake();
      },
      createDeveloperMetadataFinder: () => makeFinder(env, { sheetId: null }),
    }),
    { internal: book },
  );
}

function makeSheetModelOf(env: SheetsEnv, target: unknown): SheetModel {
  const sheet = env.book.sheets.find((s) => s === sheetModelFrom(target));
  return sheet ?? fail(env, 'Exception: Invalid argument: sheet');
}

function sheetModelFrom(target: unknown): SheetModel | undefined {
  const inner = internalOf<SheetInternal>(target);
  return inner?.kind === 'sheet' ? inner.sheet : undefined;
}

/** "Sheet1!A1:C3", "'My sheet'!B2" or "A1" (on the active sheet). */
export function resolveA1(env: SheetsEnv, a1: unknown): { sheet: SheetModel; rect: Rect } {
  if (typeof a1 !== 'string') return fail(env, 'Exception: Range not found');
  const parts = parseA1(a1);
  if (!parts) return fail(env, 'Exception: Range not found');
  const sheet = parts.sheetName === null ? env.book.activeSheet() : env.book.sheetByName(parts.sheetName);
  if (!sheet) return fail(env, 'Exception: Range not found');
  const local = a1.slice(a1.lastIndexOf('!') + 1);
  return { sheet, rect: rectOf(env, sheet, [local]) };
}

export function makeSpreadsheetApp(env: SheetsEnv): Fake {
  const ui = makeUi(env, SPREADSHEET_SERVICE, env.ui);
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet():
  // "or null if there is none", as in a web app (https://developers.google.com/apps-script/guides/bound).
  const active = (): Fake | null => (inContainingDocument(env) ? env.spreadsheetFake() : null);
  return makeFake(
    env,
    SPREADSHEET_SERVICE,
    'SpreadsheetApp',
    () => ({
      getActiveSpreadsheet: active,
      // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String):
      // the spreadsheets scope, which a simple trigger has not (https://developers.google.com/apps-script/guides/triggers#restrictions).
      openById: (id: string) => {
        needsAuthorization(env, 'SpreadsheetApp.openById', 'https://www.googleapis.com/auth/spreadsheets');
        return id === env.book.id
          ? env.spreadsheetFake()
          : fail(
              env,
              `Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp. (the local host has only spreadsheet ${env.book.id})`,
            );
      },
      getActiveSheet: () => {
        boundOnly(env, 'SpreadsheetApp.getActiveSheet()');
        return makeSheet(env, env.book.activeSheet());
      },
      getUi: () => {
        boundOnly(env, 'SpreadsheetApp.getUi()');
        return ui;
      },
      newConditionalFormatRule: () => makeRuleBuilder(env),
      newDataValidation: () => makeValidationBuilder(env),
      flush: () => {
        env.flushedAt = env.book.writes;
      },
    }),
    {
      constants: { DeveloperMetadataVisibility, DeveloperMetadataLocationType, BooleanCriteria, DataValidationCriteria },
    },
  );
}
