import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

function setup() {
  const book = spreadsheetFromGrid('Tracker', 'Tracker', [
    ['Element', 'Requirement', 'Due', 'Done'],
    ['1', 'Policy signed', new Date('2024-03-05T12:00:00Z'), true],
    [2, 'Hazard assessment', null, false],
  ]);
  const host = createHost({ spreadsheet: book });
  const sheet = host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker');
  return { host, book, sheet };
}

describe('Range values', () => {
  it('reads a fresh 2-D array with empty strings, numbers, booleans and dates', () => {
    const { sheet } = setup();
    const values = sheet.getDataRange().getValues();
    expect(values).toHaveLength(3);
    expect(values[0]).toEqual(['Element', 'Requirement', 'Due', 'Done']);
    expect(values[1][2]).toBeInstanceOf(Date);
    expect(values[1][3]).toBe(true);
    expect(values[2]).toEqual([2, 'Hazard assessment', '', false]);
    values[0][0] = 'changed';
    (values[1][2] as Date).setFullYear(1990);
    const again = sheet.getDataRange().getValues();
    expect(again[0][0]).toBe('Element');
    expect((again[1][2] as Date).getUTCFullYear()).toBe(2024);
  });

  it('round-trips setValues and reports size through getters', () => {
    const { sheet } = setup();
    const range = sheet.getRange(5, 2, 2, 3);
    range.setValues([
      ['a', 1, true],
      ['', 'b', new Date(0)],
    ]);
    expect(sheet.getRange('B5:D6').getValues()).toEqual([
      ['a', 1, true],
      ['', 'b', new Date(0)],
    ]);
    expect(range.getA1Notation()).toBe('B5:D6');
    expect([range.getRow(), range.getColumn(), range.getLastRow(), range.getLastColumn()]).toEqual([5, 2, 6, 4]);
    expect(sheet.getLastRow()).toBe(6);
    expect(sheet.getLastColumn()).toBe(4);
    expect(range.getGridId()).toBe(sheet.getSheetId());
    expect(range.getSheet().getName()).toBe('Tracker');
  });

  it('throws Apps Script messages on dimension mismatches', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  it('turns "=" strings into formulas, keeps apostrophe text, parses numbers unless the format is text', () => {
    const { sheet, book } = setup();
    sheet.getRange('F1:F4').setValues([['=A1&B1'], ["'=not a formula"], ['42'], ['=x']]);
    expect(sheet.getRange('F1:F4').getFormulas()).toEqual([['=A1&B1'], [''], [''], ['=x']]);
    expect(sheet.getRange('F1:F4').getValues()).toEqual([[''], ['=not a formula'], [42], ['']]);
    book.editCell(book.sheets[0]!, 1, 7, (cell) => {
      cell.numberFormat = '@';
    });
    sheet.getRange('G1').setValue('=SUM(1)');
    expect(sheet.getRange('G1').getFormula()).toBe('');
    expect(sheet.getRange('G1').getValue()).toBe('=SUM(1)');
  });

  it('reads written text as Sheets reads typed text: dates in the locale, numbers, percents, booleans; an apostrophe or an "@" cell keeps it', () => {
    const book = spreadsheetFromGrid('Tracker', 'Tracker', [['x']]);
    const host = createHost({ spreadsheet: book, now: () => new Date('2026-06-10T18:00:00Z') });
    const sheet = host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker');
    const texts = [
      '2026-01-15',
      'Mar 2026',
      '1/2',
      '15 Mar 2026',
      '50%',
      '0123',
      'TRUE',
      'false',
      '1,234.5',
      '2026-02-30',
      '1/2 day first aid course',
      "'0123",
      "'Mar 2026",
    ];
    sheet.getRange(1, 1, texts.length, 1).setValues(texts.map((t) => [t]));
    const display = sheet
      .getRange(1, 1, texts.length, 1)
      .getDisplayValues()
      .map(([v]: string[]) => v);
    expect(display).toEqual([
      '2026-01-15',
      '2026-03-01',
      '2026-01-02',
      '2026-03-15',
      '0.5',
      '123',
      'TRUE',
      'FALSE',
      '1234.5',
      '2026-02-30',
      '1/2 day first aid course',
      '0123',
      'Mar 2026',
    ]);
    const values = sheet
      .getRange(1, 1, texts.length, 1)
      .getValues()
      .map(([v]: unknown[]) => v);
    expect(values.slice(0, 4).every((v: unknown) => v instanceof Date)).toBe(true);
    // A date is midnight in the spreadsheet's zone (America/Edmonton, MST is UTC-7).
    expect((values[0] as Date).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(values.slice(4, 9)).toEqual([0.5, 123, true, false, 1234.5]);
    for (const row of [1, 2])
      book.editCell(book.sheets[0]!, row, 2, (cell) => {
        cell.numberFormat = '@';
      });
    sheet.getRange('B1:B2').setValues([['0123'], ['Mar 2026']]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['0123'], ['Mar 2026']]);
    expect(() => sheet.getRange('C1').setValue('10:30')).toThrow('as a time');
  });

  it('gives display values as strings', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A2:D3').getDisplayValues()).toEqual([
      ['1', 'Policy signed', '2024-03-05', 'TRUE'],
      ['2', 'Hazard assessment', '', 'FALSE'],
    ]);
  });

  it('a new sheet has 1,000 rows and 26 columns; a range past them throws, in every overload and offset, until the sheet grows', () => {
    const { host, sheet } = setup();
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    expect(sheet.getRange('A1:Z1000').getLastRow()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange(1000, 1, 2)).toThrow(outside);
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow(outside);
    expect(() => sheet.getRange('A1001')).toThrow(outside);
    expect(() => sheet.getRange('AA1')).toThrow(outside);
    expect(() => host.globals.SpreadsheetApp.getActiveSpreadsheet().getRange('Tracker!A995:A1001')).toThrow(outside);
    expect(() => sheet.getRange(1000, 1).offset(1, 0)).toThrow(outside);
    expect(() => sheet.getRange(1, 1).offset(0, 0, 1, 27)).toThrow(outside);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    sheet.insertRowsAfter(1000, 200);
    sheet.insertColumnsAfter(26, 4);
    sheet.getRange(1200, 30).setValue('far');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:AD1200');
  });

  it('stores backgrounds, notes, weights and clears content but not format', () => {
    const { sheet, book } = setup();
    const r = sheet.getRange('A1:B1');
    r.setBackground('#ff0000').setNote('why').setFontWeight('bold');
    const cell = (col: number) => book.cell(book.sheets[0]!, 1, col);
    expect([cell(1)?.background, cell(2)?.background, cell(3)?.background]).toEqual(['#ff0000', '#ff0000', undefined]);
    expect([cell(1)?.note, cell(1)?.fontWeight]).toEqual(['why', 'bold']);
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(cell(1)?.background).toBe('#ff0000');
    sheet.getRange('B1').setBackground(null);
    expect(cell(2)?.background).toBeUndefined();
  });

  it('offsets, and resolves "Sheet Name!A1:C3" on the spreadsheet', () => {
    const { host, sheet } = setup();
    const ss = host.globals.SpreadsheetApp.getActiveSpreadsheet();
    const other = ss.insertSheet('Action Plan');
    other.getRange('B2').setValue('x');
    expect(ss.getRange("'Action Plan'!B2").getValue()).toBe('x');
    expect(ss.getRange('Tracker!A1:B1').getValues()).toEqual([['Element', 'Requirement']]);
    expect(sheet.getRange('A1').offset(1, 1).getValue()).toBe('Policy signed');
    expect(sheet.getRange('A1').offset(1, 0, 2, 2).getA1Notation()).toBe('A2:B3');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });
});

describe('cell size', () => {
  it('a cell holds at most 50,000 characters: a longer setValue or setValues throws and writes nothing', () => {
    const { sheet } = setup();
    const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';
    sheet.getRange('E1').setValue('x'.repeat(50_000));
    expect(sheet.getRange('E1').getValue()).toHaveLength(50_000);
    expect(() => sheet.getRange('E2').setValue('x'.repeat(50_001))).toThrow(message);
    expect(() => sheet.getRange('F1:F2').setValues([['short'], ['x'.repeat(50_001)]])).toThrow(message);
    expect(sheet.getRange('E2:F2').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('F1').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(3);
  });
});
