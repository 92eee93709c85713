import { afterEach, describe, expect, it } from 'vitest';
import { AuthMode } from './enums.ts';
import { formatDate } from './format-date.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';
import { team } from './team.ts';

function setup() {
  const book = spreadsheetFromGrid('Tracker', 'Tracker', [
    ['Item', 'Evidence', 'Date'],
    ['r2', 'b2', 'c2'],
    ['r3', 'b3', 'c3'],
  ]);
  const host = createHost({ spreadsheet: book });
  return { host, book, sheet: host.globals.SpreadsheetApp.getActiveSheet(), person: team(host) };
}

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('typing as in the Sheets UI', () => {
  it("keeps '0012 as text, reads =A1 as a formula, numbers, grouped numbers and TRUE", () => {
    const { book, person } = setup();
    const sheet = book.sheets[0]!;
    person.typeInto('Tracker', 'A5', "'0012");
    person.typeInto('Tracker', 'B5', '=A1');
    person.typeInto('Tracker', 'C5', '0012');
    person.typeInto('Tracker', 'D5', '1,234.5');
    person.typeInto('Tracker', 'E5', 'true');
    person.typeInto('Tracker', 'F5', 'Policy v2.pdf');
    expect(book.cell(sheet, 5, 1)).toEqual({ value: '0012' });
    expect(book.cell(sheet, 5, 2)).toEqual({ formula: '=A1' });
    expect([3, 4, 5, 6].map((c) => book.cell(sheet, 5, c)?.value)).toEqual([12, 1234.5, true, 'Policy v2.pdf']);
  });

  it("reads 2026-01-15 and 1/15/2026 as midnight in the book's zone (America/Edmonton), whatever the machine's", () => {
    for (const zone of ['Asia/Tokyo', 'UTC', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      const { book, person } = setup();
      const sheet = book.sheets[0]!;
      person.typeInto('Tracker', 'C2', '2026-01-15');
      person.typeInto('Tracker', 'C3', '1/15/2026');
      for (const row of [2, 3]) {
        const value = book.cell(sheet, row, 3)!.value as Date;
        expect(value).toBeInstanceOf(Date);
        expect(formatDate(value, 'America/Edmonton', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-01-15 00:00:00');
        expect(value.toISOString()).toBe('2026-01-15T07:00:00.000Z'); // MST is UTC-7
      }
    }
  });

  it('keeps an impossible day and text in a plain-text cell as typed; refuses shapes it does not read', () => {
    const { book, person } = setup();
    book.editCell(book.sheets[0]!, 6, 1, (cell) => {
      cell.numberFormat = '@';
    });
    person.typeInto('Tracker', 'A5', '2026-02-30');
    person.typeInto('Tracker', 'A6', '2026-01-15');
    expect(book.cell(book.sheets[0]!, 5, 1)?.value).toBe('2026-02-30');
    expect(book.cell(book.sheets[0]!, 6, 1)?.value).toBe('2026-01-15');
    expect(() => person.typeInto('Tracker', 'A7', '$12')).toThrow('as a currency amount');
    expect(() => person.typeInto('Tracker', 'A7', '15-Jan-2026')).toThrow('with a month name');
    expect(book.cell(book.sheets[0]!, 7, 1)).toBeUndefined();
  });

  it('gives the onEdit event of a single-cell edit, with fakes the add-on can call, and counts nothing', () => {
    const { host, person } = setup();
    host.counts.reset();
    const e = person.typeInto('Tracker', 'B2', '42');
    expect(host.counts.total).toBe(0);
    expect(e.authMode).toBe(AuthMode.LIMITED);
    expect(e.value).toBe('42');
    expect(e.oldValue).toBe('b2');
    expect('triggerUid' in e).toBe(false);
    expect(e.range.getA1Notation()).toBe('B2');
    expect(e.source.getId()).toBe(host.spreadsheet.id);
    expect(String(e.user)).toBe('User');
    expect(host.counts.total).toBe(2); // the two calls above are the script's
    expect(host.spreadsheet.active.range).toEqual({ row: 2, col: 2, numRows: 1, numCols: 1 });

    const fresh = person.typeInto(host.spreadsheet.sheets[0]!.id, 'H9', '2026-01-15');
    expect(fresh.value).toBe('46037'); // a date as its serial number
    expect('oldValue' in fresh).toBe(false); // the cell held nothing
  });

  it('pastes a 3x2 block: one event whose range is 3x2, with no value or oldValue', () => {
    const { book, person } = setup();
    const e = person.paste('Tracker', 'B2', [
      ['a', '1'],
      ['b', '=B2'],
      ['c', "'3"],
    ]);
    expect(e.range.getA1Notation()).toBe('B2:C4');
    expect('value' in e || 'oldValue' in e).toBe(false);
    const sheet = book.sheets[0]!;
    expect([book.cell(sheet, 2, 3)?.value, book.cell(sheet, 3, 3)?.formula, book.cell(sheet, 4, 3)?.value]).toEqual([1, '=B2', '3']);
  });

  it('refuses a value the validation rejects, changing nothing of the block', () => {
    const { book, sheet, host, person } = setup();
    const app = host.globals.SpreadsheetApp;
    sheet.getRange('C3').setDataValidation(app.newDataValidation().requireValueInList(['Done', 'Open']).setAllowInvalid(false).build());
    expect(() =>
      person.paste('Tracker', 'B2', [
        ['x', 'y'],
        ['z', 'Late'],
      ]),
    ).toThrow('The data you entered in cell C3 violates the data validation rules');
    expect(book.cell(book.sheets[0]!, 2, 2)?.value).toBe('b2');
    person.typeInto('Tracker', 'C3', 'Done');
    expect(book.cell(book.sheets[0]!, 3, 3)?.value).toBe('Done');
  });

  it('refuses text over 50,000 characters, changing nothing of the block', () => {
    const { book, person } = setup();
    expect(() => person.paste('Tracker', 'B2', [['x', 'y'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(book.cell(book.sheets[0]!, 2, 2)?.value).toBe('b2');
    person.typeInto('Tracker', 'B2', 'y'.repeat(50_000));
    expect(book.cell(book.sheets[0]!, 2, 2)?.value).toHaveLength(50_000);
  });

  it('clears values but keeps notes; a single cleared cell gives its oldValue and no value', () => {
    const { book, sheet, person } = setup();
    sheet.getRange('B2').setNote('kept');
    const e = person.clear('Tracker', 'B2');
    expect(e.oldValue).toBe('b2');
    expect('value' in e).toBe(false);
    expect(book.cell(book.sheets[0]!, 2, 2)).toEqual({ note: 'kept' });
    expect(person.clear('Tracker', 'A2:C3').range.getA1Notation()).toBe('A2:C3');
  });

  it('names what is wrong: an unknown sheet, a block for typeInto, a cell off the sheet', () => {
    const { person } = setup();
    expect(() => person.typeInto('Trackr', 'A1', 'x')).toThrow('There is no sheet named "Trackr"');
    expect(() => person.typeInto(12345, 'A1', 'x')).toThrow('There is no sheet with id 12345');
    expect(() => person.typeInto('Tracker', 'A1:B2', 'x')).toThrow('use paste for a block');
    expect(() => person.typeInto('Tracker', 'A1001', 'x')).toThrow('outside the sheet "Tracker"');
    expect(() => person.paste('Tracker', 'A1', [['a'], ['b', 'c']])).toThrow('same number of cells');
  });
});

describe('structural changes fire no onEdit', () => {
  it('inserts, deletes, moves and sorts rows and columns; renames, copies, deletes and creates sheets', () => {
    const { book, host, sheet, person } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('secor.row', 'r3');
    host.counts.reset();
    expect(person.insertRows('Tracker', 2, 2)).toBeNull();
    expect(sheet.getRange('A4').getValue()).toBe('r2');
    expect(person.deleteRows('Tracker', 2, 2)).toBeNull();
    expect(person.insertColumns('Tracker', 1)).toBeNull();
    expect(person.deleteColumns('Tracker', 1)).toBeNull();
    expect(person.moveRows('Tracker', 3, 1, 2)).toBeNull();
    expect(sheet.getRange('A2:A3').getValues()).toEqual([['r3'], ['r2']]);
    expect(book.metadata[0]!.location).toEqual({ type: 'ROW', sheetId: sheet.getSheetId(), index: 2 });
    expect(person.moveColumns('Tracker', 1, 1, 4)).toBeNull();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Evidence', 'Date', 'Item']]);
    expect(person.sortRange('Tracker', 'A2:C3', { column: 3 })).toBeNull();
    expect(sheet.getRange('C2:C3').getValues()).toEqual([['r2'], ['r3']]);
    expect(book.metadata[0]!.location).toEqual({ type: 'ROW', sheetId: sheet.getSheetId(), index: 2 }); // sorting leaves it
    expect(person.renameSheet('Tracker', 'Safety tracker')).toBeNull();
    expect(person.copySheet('Safety tracker')).toBeNull();
    expect(book.activeSheet().name).toBe('Copy of Safety tracker');
    expect(book.metadata.length).toBe(2);
    expect(person.createSheet('Notes')).toBeNull();
    expect(person.deleteSheet('Copy of Safety tracker')).toBeNull();
    expect(book.sheets.map((s) => s.name)).toEqual(['Safety tracker', 'Notes']);
    // Only the test's own reads went through the fakes.
    expect(Object.keys(host.counts.byMethod).sort()).toEqual(['Range.getValue', 'Range.getValues', 'Sheet.getRange', 'Sheet.getSheetId']);
    expect(() => person.renameSheet('Notes', 'safety TRACKER')).toThrow('already exists');
    expect(() => person.insertRows('Notes', 0)).toThrow('Insert before a row from 1 to 1001');
  });
});
