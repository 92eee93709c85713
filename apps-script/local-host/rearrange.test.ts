import { describe, expect, it } from 'vitest';
import { a1Of } from './a1.ts';
import type { RuleInternal } from './conditional-format.ts';
import { internalOf } from './counter.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

function setup() {
  const book = spreadsheetFromGrid('Tracker', 'Tracker', [
    ['Item', 'Evidence', 'Date', 'Readiness'],
    ['r2', 'b2', 'c2', '=B2&C2'],
    ['r3', 'b3', 'c3', '=B3&C3'],
    ['r4', 'b4', 'c4', '=B4&C4'],
    ['r5', 'b5', 'c5', '=B5&C5'],
  ]);
  const host = createHost({ spreadsheet: book });
  const app = host.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = app.getActiveSheet();
  return { host, book, app, ss, sheet };
}

/** A rule's ranges in A1 notation, from its model (Rule.getRanges is not implemented: the add-on does not call it). */
const rangesOf = (rule: unknown) => internalOf<RuleInternal>(rule)!.model.ranges.map((r) => a1Of(r.row, r.col, r.numRows, r.numCols));

const rowTags = (sheet: any) =>
  sheet.createDeveloperMetadataFinder().withKey('secor.row').find().map((m: any) => [m.getValue(), m.getLocation().getRow().getRow()]);
const column = (sheet: any, a1: string) => sheet.getRange(a1).getValues().map((line: unknown[]) => line[0]);

describe('moving rows and columns', () => {
  it('moves cells with their notes and validation, row metadata, formulas and rule ranges', () => {
    const { app, sheet } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('secor.row', 'r3');
    sheet.getRange('5:5').addDeveloperMetadata('secor.row', 'r5');
    sheet.getRange('B3').setNote('filed by Ann');
    sheet.getRange('C3').setDataValidation(app.newDataValidation().requireValueInList(['c3', 'x'], true).setAllowInvalid(false).build());
    sheet.getRange('A1').setFormula('=D3');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenFormulaSatisfied('=$D2="x"').setBackground('#f4cccc').setRanges([sheet.getRange('A2:D4')]).build(),
    ]);

    // Rows 3-4 go below row 5: destination 6 counts rows as they were before the move.
    sheet.moveRows(sheet.getRange('A3:B4'), 6);
    expect(column(sheet, 'A2:A5')).toEqual(['r2', 'r5', 'r3', 'r4']);
    expect(sheet.getRange('B4').getNote()).toBe('filed by Ann');
    expect(sheet.getRange('C4').getDataValidation().getCriteriaValues()[0]).toEqual(['c3', 'x']);
    expect(sheet.getRange('C3').getDataValidation()).toBeNull();
    expect(rowTags(sheet)).toEqual([['r3', 4], ['r5', 3]]);
    expect(sheet.getRange('D4').getFormula()).toBe('=B4&C4');
    expect(sheet.getRange('A1').getFormula()).toBe('=D4');
    // The rule's rows 2-4 land at 2, 4 and 5: its range splits where its rows went.
    const [rule] = sheet.getConditionalFormatRules();
    expect(rangesOf(rule)).toEqual(['A2:D2', 'A4:D5']);

    sheet.moveRows(sheet.getRange('A4:A5'), 3); // and back up
    expect(column(sheet, 'A2:A5')).toEqual(['r2', 'r3', 'r4', 'r5']);
    expect(rowTags(sheet)).toEqual([['r3', 3], ['r5', 5]]);
    expect(rangesOf(sheet.getConditionalFormatRules()[0])).toEqual(['A2:D4']);
  });

  it('moves columns with their metadata and widths', () => {
    const { sheet } = setup();
    sheet.getRange('B:B').addDeveloperMetadata('secor.role', 'evidence');
    sheet.setColumnWidth(2, 240);
    sheet.moveColumns(sheet.getRange('B1'), 5);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['Item', 'Date', 'Readiness', 'Evidence']]);
    expect(sheet.getColumnWidth(4)).toBe(240);
    const [tag] = sheet.createDeveloperMetadataFinder().withKey('secor.role').find();
    expect(tag.getLocation().getColumn().getColumn()).toBe(4);
    expect(sheet.getRange('C2').getFormula()).toBe('=D2&B2');
  });

  it('refuses a destination inside the moved rows or off the sheet, changing nothing', () => {
    const { sheet } = setup();
    expect(() => sheet.moveRows(sheet.getRange('A2:A4'), 3)).toThrow('inside the rows being moved');
    expect(() => sheet.moveRows(sheet.getRange('A2'), 1002)).toThrow('outside the sheet');
    expect(() => sheet.moveRows(sheet.getRange('A2'), 2.5)).toThrow('destinationIndex must be a whole number');
    expect(() => sheet.moveRows('A2', 4)).toThrow('Invalid argument: rowSpec');
    expect(column(sheet, 'A2:A5')).toEqual(['r2', 'r3', 'r4', 'r5']);
  });
});

describe('sorting', () => {
  it('Range.sort moves values with their formats; row metadata and rule ranges stay', () => {
    const { app, sheet } = setup();
    sheet.getRange('A2:A5').setValues([['pear'], [10], [''], [true]]);
    sheet.getRange('B2:B5').setValues([['b-pear'], ['b-10'], ['b-blank'], ['b-true']]);
    sheet.getRange('B3').setBackground('#ffff00');
    sheet.getRange('2:2').addDeveloperMetadata('secor.row', 'first item');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenFormulaSatisfied('=TRUE').setRanges([sheet.getRange('A2:C3')]).build(),
    ]);

    sheet.getRange('A2:C5').sort(1);
    // Numbers, then text, then booleans; blanks last.
    expect(column(sheet, 'B2:B5')).toEqual(['b-10', 'b-pear', 'b-true', 'b-blank']);
    expect(sheet.getRange('B2').getBackground()).toBe('#ffff00');
    expect(rowTags(sheet)).toEqual([['first item', 2]]);
    expect(rangesOf(sheet.getConditionalFormatRules()[0])[0]).toBe('A2:C3');
    // Column D was outside the sorted range: it did not move.
    expect(sheet.getRange('D2').getFormula()).toBe('=B2&C2');

    sheet.getRange('A2:C5').sort({ column: 1, ascending: false });
    expect(column(sheet, 'B2:B5')).toEqual(['b-true', 'b-pear', 'b-10', 'b-blank']);
  });

  it('sorts by several columns, text without case, equal rows in their order; formulas follow their row', () => {
    const { sheet } = setup();
    sheet.getRange('A2:C5').setValues([['b', 2, 'x'], ['A', 1, 'y'], ['a', 1, 'z'], ['B', 1, 'w']]);
    sheet.getRange('A2:D5').sort([{ column: 1 }, { column: 2, ascending: false }]);
    expect(sheet.getRange('C2:C5').getValues().flat()).toEqual(['y', 'z', 'x', 'w']);
    expect(sheet.getRange('D2:D5').getFormulas().flat()).toEqual(['=B2&C2', '=B3&C3', '=B4&C4', '=B5&C5']);
  });

  it('Sheet.sort keeps the frozen header row', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.getRange('A2:A5').setValues([['d'], ['c'], ['b'], ['a']]);
    sheet.sort(1, true);
    expect(column(sheet, 'A1:A5')).toEqual(['Item', 'a', 'b', 'c', 'd']);
    expect(column(sheet, 'B2:B5')).toEqual(['b5', 'b4', 'b3', 'b2']);
  });

  it('refuses bad sort specs, a column outside the range and a column of formulas', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A2:D5');
    expect(() => range.sort('A')).toThrow('Invalid argument: sortSpecObj');
    expect(() => range.sort({ column: 1, ascending: 'no' })).toThrow('Invalid argument: sortSpecObj');
    expect(() => range.sort(6)).toThrow('outside the range being sorted');
    expect(() => range.sort(4)).toThrow('sorting by a column of formulas (column 4) is not implemented');
    expect(column(sheet, 'A2:A5')).toEqual(['r2', 'r3', 'r4', 'r5']);
  });
});

describe('cutting and copying cells', () => {
  it('moveTo cuts values, formats and notes to the target; the formula keeps its references', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setNote('n');
    sheet.getRange('B2:D2').moveTo(sheet.getRange('F7:Z9'));
    expect(sheet.getRange('B2:D2').getValues()).toEqual([['', '', '']]);
    expect(sheet.getRange('F7:H7').getValues()[0].slice(0, 2)).toEqual(['b2', 'c2']);
    expect(sheet.getRange('F7').getNote()).toBe('n');
    expect(sheet.getRange('H7').getFormula()).toBe('=B2&C2');
  });

  it('copyTo copies values and formats, shifting relative references (not absolute ones)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('E2').setFormula('=$B2&C$2&D2');
    sheet.getRange('D2:E2').copyTo(sheet.getRange('D4'));
    expect(sheet.getRange('D4').getFormula()).toBe('=B4&C4');
    expect(sheet.getRange('E4').getFormula()).toBe('=$B4&C$2&D4');
    const other = ss.insertSheet('Other');
    sheet.getRange('D5').copyTo(other.getRange('A1'));
    expect(other.getRange('A1').getFormula()).toBe('=#REF!&#REF!'); // B5 three columns left of A is off the sheet
    expect(() => sheet.getRange('A1').copyTo(other.getRange('A1'), 'PASTE_VALUES', false)).toThrow('not implemented');
  });
});

describe('copying, moving, renaming and deleting sheets', () => {
  it('Sheet.copyTo makes "Copy of" with a new id, the cells, rules, validation and the tags', () => {
    const { app, ss, sheet, book } = setup();
    sheet.addDeveloperMetadata('secor.tracker', 'yes');
    sheet.getRange('D:D').addDeveloperMetadata('secor.role', 'readiness');
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireValueInList(['c2']).build());
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenFormulaSatisfied('=TRUE').setRanges([sheet.getRange('A2:D5')]).build()]);

    const copy = sheet.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Tracker');
    expect(copy.getSheetId()).not.toBe(sheet.getSheetId());
    expect(copy.getIndex()).toBe(2);
    expect(ss.getActiveSheet().getName()).toBe('Tracker');
    expect(copy.getRange('A1:D2').getValues()).toEqual(sheet.getRange('A1:D2').getValues());
    expect(copy.getRange('C2').getDataValidation().getCriteriaValues()[0]).toEqual(['c2']);
    expect(rangesOf(copy.getConditionalFormatRules()[0])[0]).toBe('A2:D5');
    expect(copy.createDeveloperMetadataFinder().withKey('secor.tracker').find()).toHaveLength(1);
    const roles = ss.createDeveloperMetadataFinder().withKey('secor.role').find();
    expect(roles.map((m: any) => m.getLocation().getSheet().getName())).toEqual(['Tracker', 'Copy of Tracker']);
    expect(new Set(book.metadata.map((m) => m.id)).size).toBe(book.metadata.length);
    // Changing the copy leaves the original alone.
    copy.getRange('C2').setDataValidation(null);
    expect(sheet.getRange('C2').getDataValidation()).not.toBeNull();

    expect(sheet.copyTo(ss).getName()).toBe('Copy of Tracker 2');
    expect(() => sheet.copyTo('Tracker')).toThrow('Invalid argument: spreadsheet');
  });

  it('duplicateActiveSheet puts the copy after the active sheet and activates it; moveActiveSheet moves it', () => {
    const { ss } = setup();
    ss.insertSheet('Evidence');
    ss.setActiveSheet(ss.getSheetByName('Tracker'));
    const copy = ss.duplicateActiveSheet();
    expect(ss.getSheets().map((s: any) => s.getName())).toEqual(['Tracker', 'Copy of Tracker', 'Evidence']);
    expect(ss.getActiveSheet().getSheetId()).toBe(copy.getSheetId());
    ss.moveActiveSheet(3);
    expect(ss.getSheets().map((s: any) => s.getName())).toEqual(['Tracker', 'Evidence', 'Copy of Tracker']);
    expect(() => ss.moveActiveSheet(4)).toThrow('pos must be a sheet position from 1 to 3');
    expect(() => ss.moveActiveSheet(0)).toThrow('pos must be a sheet position');
  });

  it('setName and insertSheet refuse an empty name and a taken one, whatever its case', () => {
    const { ss, sheet } = setup();
    ss.insertSheet('Evidence');
    expect(() => sheet.setName('evidence')).toThrow('A sheet with the name "evidence" already exists');
    expect(() => sheet.setName('  ')).toThrow('cannot be empty');
    expect(() => ss.insertSheet('TRACKER')).toThrow('already exists');
    sheet.setName('TRACKER'); // its own name in another case is fine
    expect(sheet.getName()).toBe('TRACKER');
  });

  it('deleteSheet drops the sheet with its metadata and refuses the last sheet', () => {
    const { ss, sheet, book } = setup();
    const other = ss.insertSheet('Other');
    other.getRange('2:2').addDeveloperMetadata('k');
    ss.deleteSheet(other);
    expect(book.metadata).toEqual([]);
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it('counts each of these calls', () => {
    const { host, sheet } = setup();
    host.counts.reset();
    sheet.moveRows(sheet.getRange('A2'), 4);
    sheet.getRange('A2:C5').sort(1);
    expect(host.counts.byMethod['Sheet.moveRows']).toBe(1);
    expect(host.counts.byMethod['Range.sort']).toBe(1);
  });
});
