/**
 * A person working in the Sheets UI on the host's spreadsheet: typing, pasting, clearing,
 * inserting, deleting, moving and sorting rows and columns, and renaming, copying, deleting and
 * creating sheets. None of it is an add-on call (nothing is counted). Each action returns the
 * simple-trigger onEdit event Sheets would fire for it, or null where Sheets fires none:
 * structural changes fire only onChange, for installable triggers
 * (https://developers.google.com/apps-script/guides/triggers/events, "Change" and "Edit").
 *
 *   const person = team(host);
 *   const e = person.typeInto('Tracker', 'C5', 'Policy signed.pdf');
 *   bundle.onEdit(e);
 */

import { parseA1, a1Of } from './a1.ts';
import { MAX_CELL_CHARACTERS, TOO_LONG, writeValue } from './cell-values.ts';
import { violatesValidation } from './data-validation.ts';
import { AuthMode } from './enums.ts';
import { serialNumber } from './format-date.ts';
import type { Axis } from './formula-refs.ts';
import { isDate, type Fake } from './counter.ts';
import type { LocalHost } from './host.ts';
import type { CellModel, Rect, SheetModel } from './model.ts';
import { copyCell, copySheet, moveLines, sortRows, type SortKey } from './rearrange.ts';

/** A sheet by its name or its sheet id. */
export type SheetRef = string | number;

/**
 * The Edit event of a simple onEdit trigger (https://developers.google.com/apps-script/guides/triggers/events):
 * `value` and `oldValue` only when the edited range is one cell (`oldValue` only when the cell
 * held something). No `triggerUid`: that is for installable triggers only.
 */
export interface EditEvent {
  authMode: typeof AuthMode.LIMITED;
  range: Fake;
  source: Fake;
  user: Fake;
  value?: string;
  oldValue?: string;
}

/** A sort column as the Sheets UI's "Sort range" takes it: the sheet's column number, A to Z unless `ascending` is false. */
export interface SortColumn {
  column: number;
  ascending?: boolean;
}

export interface Team {
  typeInto(sheet: SheetRef, a1: string, text: string): EditEvent;
  /** A block of typed text, row by row, from a top-left cell: one event for the whole block. */
  paste(sheet: SheetRef, a1TopLeft: string, rows: readonly (readonly string[])[]): EditEvent;
  /** The Delete key on a range: values and formulas go, formats, notes and validation stay. */
  clear(sheet: SheetRef, a1Range: string): EditEvent;
  insertRows(sheet: SheetRef, before: number, count?: number): null;
  insertColumns(sheet: SheetRef, before: number, count?: number): null;
  deleteRows(sheet: SheetRef, first: number, count?: number): null;
  deleteColumns(sheet: SheetRef, first: number, count?: number): null;
  /** Drags `count` rows from `first` to before row `destination` (numbered before the move). */
  moveRows(sheet: SheetRef, first: number, count: number, destination: number): null;
  moveColumns(sheet: SheetRef, first: number, count: number, destination: number): null;
  sortRange(sheet: SheetRef, a1Range: string, by: SortColumn | readonly SortColumn[]): null;
  renameSheet(sheet: SheetRef, name: string): null;
  /** "Duplicate": the copy goes right after the sheet and becomes the active one. */
  copySheet(sheet: SheetRef): null;
  deleteSheet(sheet: SheetRef): null;
  /** The "+" button, then naming it: a new empty sheet at the end, made active. */
  createSheet(name: string): null;
}

/**
 * The value of an edited cell as an event carries it: text. Numbers and booleans as Sheets
 * writes them, a date as its serial number; a formula's value is not calculated here, so the
 * event has none (undocumented shapes: the stricter choice is to give no value rather than a wrong one).
 */
function eventText(cell: CellModel | undefined, timeZone: string): string | undefined {
  const v = cell?.value;
  if (cell?.formula !== undefined || v === undefined) return undefined;
  if (isDate(v)) return String(serialNumber(v, timeZone));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export function team(host: LocalHost): Team {
  const book = host.spreadsheet;

  const sheetOf = (ref: SheetRef): SheetModel => {
    const sheet = typeof ref === 'number' ? book.sheetById(ref) : book.sheetByName(ref);
    if (!sheet) throw new Error(`There is no sheet ${typeof ref === 'number' ? `with id ${ref}` : `named "${ref}"`} in this spreadsheet.`);
    return sheet;
  };
  const rectOf = (sheet: SheetModel, a1: string): Rect => {
    const parts = parseA1(a1);
    if (!parts || parts.sheetName !== null) throw new Error(`"${a1}" is not a range on one sheet: write it as A1 notation such as B2 or A2:D9.`);
    const row = parts.row ?? 1;
    const col = parts.col ?? 1;
    const rect = { row, col, numRows: (parts.lastRow ?? sheet.maxRows) - row + 1, numCols: (parts.lastCol ?? sheet.maxCols) - col + 1 };
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
      throw new Error(`${a1} is outside the sheet "${sheet.name}" (${sheet.maxRows} rows, ${sheet.maxCols} columns).`);
    }
    return rect;
  };
  const lineCount = (n: number, what: string): number => {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a whole number of at least 1, not ${n}.`);
    return n;
  };

  /** The event for an edit of `rect`, which Sheets also selects; oldValue from the cell as it was. */
  const edited = (sheet: SheetModel, rect: Rect, before: CellModel | undefined): EditEvent => {
    book.active = { sheetId: sheet.id, range: { ...rect } };
    const event: EditEvent = { authMode: AuthMode.LIMITED, range: host.fakes.range(sheet, rect), source: host.fakes.spreadsheet(), user: host.fakes.user() };
    if (rect.numRows === 1 && rect.numCols === 1) {
      const value = eventText(book.cell(sheet, rect.row, rect.col), book.timeZone);
      const oldValue = eventText(before, book.timeZone);
      if (value !== undefined) event.value = value;
      if (oldValue !== undefined) event.oldValue = oldValue;
    }
    return event;
  };

  /**
   * Writes a block of typed text: every cell is read and checked first, so a value a cell's
   * validation rejects or text over 50,000 characters (Sheets refuses both with these messages)
   * or a shape the host cannot read changes nothing.
   */
  const typeBlock = (ref: SheetRef, a1TopLeft: string, rows: readonly (readonly string[])[]): EditEvent => {
    const sheet = sheetOf(ref);
    const start = rectOf(sheet, a1TopLeft);
    const width = rows[0]?.length ?? 0;
    if (rows.length === 0 || width === 0 || rows.some((line) => line.length !== width)) {
      throw new Error('Paste a block of text: at least one row, every row with the same number of cells.');
    }
    const rect = { row: start.row, col: start.col, numRows: rows.length, numCols: width };
    const before = book.cell(sheet, rect.row, rect.col);
    const typed = rows.map((line, r) =>
      line.map((text, c) => {
        if (typeof text !== 'string') throw new Error(`Cell ${a1Of(rect.row + r, rect.col + c)}: type text, not ${typeof text}.`);
        if (text.length > MAX_CELL_CHARACTERS) throw new Error(TOO_LONG);
        const existing = book.cell(sheet, rect.row + r, rect.col + c);
        const cell = existing ? copyCell(existing) : {};
        writeValue(cell, text, { locale: book.locale, timeZone: book.timeZone, now: host.now() });
        if (violatesValidation(cell, book.timeZone)) {
          throw new Error(`The data you entered in cell ${a1Of(rect.row + r, rect.col + c)} violates the data validation rules set on this cell.`);
        }
        return cell;
      }),
    );
    const beforeCopy = before ? copyCell(before) : undefined;
    typed.forEach((line, r) =>
      line.forEach((cell, c) =>
        book.editCell(sheet, rect.row + r, rect.col + c, (target) => {
          for (const key of Object.keys(target)) delete target[key as keyof CellModel];
          Object.assign(target, cell);
        }),
      ),
    );
    return edited(sheet, rect, beforeCopy);
  };

  const insertLines =
    (axis: Axis) =>
    (ref: SheetRef, before: number, count = 1): null => {
      const sheet = sheetOf(ref);
      const max = axis === 'col' ? sheet.maxCols : sheet.maxRows;
      if (!Number.isInteger(before) || before < 1 || before > max + 1)
        throw new Error(`Insert before a ${axis === 'col' ? 'column' : 'row'} from 1 to ${max + 1}, not ${before}.`);
      book.insert(sheet, axis, before, lineCount(count, 'count'));
      return null;
    };
  const deleteLines =
    (axis: Axis) =>
    (ref: SheetRef, first: number, count = 1): null => {
      book.remove(sheetOf(ref), axis, first, lineCount(count, 'count'));
      return null;
    };
  const moveOf =
    (axis: Axis) =>
    (ref: SheetRef, first: number, count: number, destination: number): null => {
      moveLines(book, sheetOf(ref), axis, first, lineCount(count, 'count'), destination);
      return null;
    };

  return {
    typeInto: (ref, a1, text) => {
      const sheet = sheetOf(ref);
      const rect = rectOf(sheet, a1);
      if (rect.numRows !== 1 || rect.numCols !== 1) throw new Error(`Type into one cell, not ${a1}: use paste for a block.`);
      return typeBlock(ref, a1, [[text]]);
    },
    paste: typeBlock,
    clear: (ref, a1Range) => {
      const sheet = sheetOf(ref);
      const rect = rectOf(sheet, a1Range);
      const before = book.cell(sheet, rect.row, rect.col);
      const beforeCopy = before ? copyCell(before) : undefined;
      for (let r = 0; r < rect.numRows; r++) {
        for (let c = 0; c < rect.numCols; c++) {
          if (book.cell(sheet, rect.row + r, rect.col + c))
            book.editCell(sheet, rect.row + r, rect.col + c, (cell) => {
              cell.value = undefined;
              cell.formula = undefined;
            });
        }
      }
      return edited(sheet, rect, beforeCopy);
    },
    insertRows: insertLines('row'),
    insertColumns: insertLines('col'),
    deleteRows: deleteLines('row'),
    deleteColumns: deleteLines('col'),
    moveRows: moveOf('row'),
    moveColumns: moveOf('col'),
    sortRange: (ref, a1Range, by) => {
      const sheet = sheetOf(ref);
      const keys: SortKey[] = (Array.isArray(by) ? by : [by]).map((k: SortColumn) => ({ col: k.column, ascending: k.ascending ?? true }));
      sortRows(book, sheet, rectOf(sheet, a1Range), keys);
      return null;
    },
    renameSheet: (ref, name) => {
      const sheet = sheetOf(ref);
      book.checkSheetName(name, sheet);
      sheet.name = name;
      return null;
    },
    copySheet: (ref) => {
      const sheet = sheetOf(ref);
      const copy = copySheet(book, sheet, book.sheets.indexOf(sheet) + 1);
      book.active = { sheetId: copy.id, range: null };
      return null;
    },
    deleteSheet: (ref) => {
      book.deleteSheet(sheetOf(ref));
      return null;
    },
    createSheet: (name) => {
      const sheet = book.addSheet(name);
      book.active = { sheetId: sheet.id, range: null };
      return null;
    },
  };
}
