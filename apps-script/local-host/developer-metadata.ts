/** DeveloperMetadata, its location, and the finder, over the spreadsheet model's metadata list. */

import { fail, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import { DeveloperMetadataVisibility, enumKey } from './enums.ts';
import type { MetadataLocation, MetadataModel, Rect, Visibility } from './model.ts';
import { makeRange } from './range.ts';
import { makeSheet } from './sheet.ts';

export function addMetadata(env: SheetsEnv, location: MetadataLocation, key: unknown, value?: unknown, visibility?: unknown): MetadataModel {
  if (typeof key !== 'string' || key === '') return fail(env, 'Exception: Invalid argument: key');
  // (key, visibility) or (key, value, visibility)
  let vis = enumKey(DeveloperMetadataVisibility, visibility);
  let val: unknown = value;
  if (visibility === undefined && enumKey(DeveloperMetadataVisibility, value) !== null && typeof value !== 'string') {
    vis = enumKey(DeveloperMetadataVisibility, value);
    val = undefined;
  }
  if (visibility !== undefined && vis === null) return fail(env, 'Exception: Invalid argument: visibility');
  const md: MetadataModel = {
    id: env.book.nextMetadataId++,
    key,
    value: val === undefined || val === null ? null : String(val),
    visibility: (vis ?? 'DOCUMENT') as Visibility,
    location: { ...location },
  };
  env.book.metadata.push(md);
  return md;
}

function makeLocation(env: SheetsEnv, md: MetadataModel): Fake {
  const sheetOf = () => {
    const loc = md.location;
    if (loc.type === 'SPREADSHEET') return null;
    const sheet = env.book.sheetById(loc.sheetId);
    return sheet ?? fail(env, 'Exception: The sheet of this developer metadata no longer exists.');
  };
  return makeFake(env, SPREADSHEET_SERVICE, 'DeveloperMetadataLocation', () => ({
    getSheet: () => {
      const sheet = sheetOf();
      return sheet ? makeSheet(env, sheet) : null;
    },
    getColumn: () => {
      const loc = md.location;
      const sheet = sheetOf();
      if (loc.type !== 'COLUMN' || !sheet) return null;
      return makeRange(env, sheet, { row: 1, col: loc.index, numRows: sheet.maxRows, numCols: 1 });
    },
    getRow: () => {
      const loc = md.location;
      const sheet = sheetOf();
      if (loc.type !== 'ROW' || !sheet) return null;
      return makeRange(env, sheet, { row: loc.index, col: 1, numRows: 1, numCols: sheet.maxCols });
    },
  }));
}

export function makeMetadata(env: SheetsEnv, md: MetadataModel): Fake {
  return makeFake(env, SPREADSHEET_SERVICE, 'DeveloperMetadata', (self) => ({
    getId: () => md.id,
    getValue: () => md.value,
    getLocation: () => makeLocation(env, md),
    setValue: (value: unknown) => {
      md.value = value === null || value === undefined ? null : String(value);
      return self;
    },
    remove: () => {
      env.book.metadata = env.book.metadata.filter((m) => m !== md);
    },
  }));
}

/** Where a finder looks: the whole spreadsheet, one sheet (and its rows/columns), or one range. */
export type FinderScope = { sheetId: number | null; rect?: Rect };

export function makeFinder(env: SheetsEnv, scope: FinderScope): Fake {
  const filters: ((md: MetadataModel) => boolean)[] = [];
  const inScope = (md: MetadataModel): boolean => {
    const loc = md.location;
    if (scope.sheetId === null) return true;
    if (loc.type === 'SPREADSHEET') return false;
    if (loc.sheetId !== scope.sheetId) return false;
    const rect = scope.rect;
    if (!rect) return true;
    const sheet = env.book.sheetById(scope.sheetId);
    if (!sheet || loc.type === 'SHEET') return false;
    if (loc.type === 'COLUMN') {
      const inside = loc.index >= rect.col && loc.index < rect.col + rect.numCols;
      return inside && rect.row === 1 && rect.numRows >= sheet.maxRows;
    }
    const inside = loc.index >= rect.row && loc.index < rect.row + rect.numRows;
    return inside && rect.col === 1 && rect.numCols >= sheet.maxCols;
  };
  return makeFake(env, SPREADSHEET_SERVICE, 'DeveloperMetadataFinder', (self) => ({
    withKey: (key: string) => {
      filters.push((md) => md.key === key);
      return self;
    },
    find: () => env.book.metadata.filter((md) => inScope(md) && filters.every((f) => f(md))).map((md) => makeMetadata(env, md)),
  }));
}
