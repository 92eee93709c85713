import { describe, expect, it } from 'vitest';
import { a1Of } from './a1.ts';
import type { RuleInternal } from './conditional-format.ts';
import { internalOf } from './counter.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';
import { team } from './team.ts';

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
  return { host, book, app, ss, sheet, person: team(host), model: book.sheets[0]! };
}

/** A rule's ranges in A1 notation, from its model (Rule.getRanges is not implemented: the add-on does not call it). */
const rangesOf = (rule: unknown) => internalOf<RuleInternal>(rule)!.model.ranges.map((r) => a1Of(r.row, r.col, r.numRows, r.numCols));

const rowTags = (sheet: any) =>
  sheet
    .createDeveloperMetadataFinder()
    .withKey('secor.row')
    .find()
    .map((m: any) => [m.getValue(), m.getLocation().getRow().getRow()]);
const column = (sheet: any, a1: string) =>
  sheet
    .getRange(a1)
    .getValues()
    .map((line: unknown[]) => line[0]);

// Moves, copies and deletions are the team's (team.ts): the add-on calls none of Sheet.moveRows,
// copyTo, deleteSheet... The model they act on is the one the add-on's calls read.
describe('moving rows and columns', () => {
  it('moves cells with their notes and validation, row metadata, formulas and rule ranges', () => {
    const { app, sheet, person, book, model } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('secor.row', 'r3');
    sheet.getRange('5:5').addDeveloperMetadata('secor.row', 'r5');
    sheet.getRange('B3').setNote('filed by Ann');
    sheet.getRange('C3').setDataValidation(app.newDataValidation().requireValueInList(['c3', 'x'], true).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue('=D3');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$D2="x"')
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('A2:D4')])
        .build(),
    ]);

    // Rows 3-4 go below row 5: destination 6 counts rows as they were before the move.
    person.moveRows('Tracker', 3, 2, 6);
    expect(column(sheet, 'A2:A5')).toEqual(['r2', 'r5', 'r3', 'r4']);
    expect(book.cell(model, 4, 2)?.note).toBe('filed by Ann');
    expect(book.cell(model, 4, 3)?.validation?.values).toEqual(['c3', 'x']);
    expect(book.cell(model, 3, 3)?.validation).toBeUndefined();
    expect(rowTags(sheet)).toEqual([
      ['r3', 4],
      ['r5', 3],
    ]);
    expect(sheet.getRange('D4').getFormula()).toBe('=B4&C4');
    expect(sheet.getRange('A1').getFormula()).toBe('=D4');
    // The rule's rows 2-4 land at 2, 4 and 5: its range splits where its rows went.
    const [rule] = sheet.getConditionalFormatRules();
    expect(rangesOf(rule)).toEqual(['A2:D2', 'A4:D5']);

    person.moveRows('Tracker', 4, 2, 3); // and back up
    expect(column(sheet, 'A2:A5')).toEqual(['r2', 'r3', 'r4', 'r5']);
    expect(rowTags(sheet)).toEqual([
      ['r3', 3],
      ['r5', 5],
    ]);
    expect(rangesOf(sheet.getConditionalFormatRules()[0])).toEqual(['A2:D4']);
  });

  it('moves columns with their metadata and widths', () => {
    const { sheet, person, model } = setup();
    sheet.getRange('B:B').addDeveloperMetadata('secor.role', 'evidence');
    model.columnWidths[1] = 240;
    person.moveColumns('Tracker', 2, 1, 5);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['Item', 'Date', 'Readiness', 'Evidence']]);
    expect(model.columnWidths[3]).toBe(240);
    const [tag] = sheet.createDeveloperMetadataFinder().withKey('secor.role').find();
    expect(tag.getLocation().getColumn().getColumn()).toBe(4);
    expect(sheet.getRange('C2').getFormula()).toBe('=D2&B2');
  });

  it('refuses a destination inside the moved rows or off the sheet, changing nothing', () => {
    const { sheet, person } = setup();
    expect(() => person.moveRows('Tracker', 2, 3, 3)).toThrow('inside the rows being moved');
    expect(() => person.moveRows('Tracker', 2, 1, 1002)).toThrow('outside the sheet');
    expect(column(sheet, 'A2:A5')).toEqual(['r2', 'r3', 'r4', 'r5']);
  });
});

describe('sorting', () => {
  it('Range.sort moves values with their formats; row metadata and rule ranges stay', () => {
    const { app, sheet, book, model } = setup();
    sheet.getRange('A2:A5').setValues([['pear'], [10], [''], [true]]);
    sheet.getRange('B2:B5').setValues([['b-pear'], ['b-10'], ['b-blank'], ['b-true']]);
    sheet.getRange('B3').setBackground('#ffff00');
    sheet.getRange('2:2').addDeveloperMetadata('secor.row', 'first item');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=TRUE')
        .setRanges([sheet.getRange('A2:C3')])
        .build(),
    ]);

    sheet.getRange('A2:C5').sort(1);
    // Numbers, then text, then booleans; blanks last.
    expect(column(sheet, 'B2:B5')).toEqual(['b-10', 'b-pear', 'b-true', 'b-blank']);
    expect(book.cell(model, 2, 2)?.background).toBe('#ffff00');
    expect(rowTags(sheet)).toEqual([['first item', 2]]);
    expect(rangesOf(sheet.getConditionalFormatRules()[0])[0]).toBe('A2:C3');
    // Column D was outside the sorted range: it did not move.
    expect(sheet.getRange('D2').getFormula()).toBe('=B2&C2');

    sheet.getRange('A2:C5').sort({ column: 1, ascending: false });
    expect(column(sheet, 'B2:B5')).toEqual(['b-true', 'b-pear', 'b-10', 'b-blank']);
  });

  it('sorts by several columns, text without case, equal rows in their order; formulas follow their row', () => {
    const { sheet } = setup();
    sheet.getRange('A2:C5').setValues([
      ['b', 2, 'x'],
      ['A', 1, 'y'],
      ['a', 1, 'z'],
      ['B', 1, 'w'],
    ]);
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

describe('copying, renaming and deleting sheets', () => {
  it('a copy is "Copy of" right after the sheet, active, with a new id, the cells, rules, validation and the tags', () => {
    const { app, ss, sheet, book, person } = setup();
    sheet.addDeveloperMetadata('secor.tracker', 'yes');
    sheet.getRange('D:D').addDeveloperMetadata('secor.role', 'readiness');
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireValueInList(['c2']).build());
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=TRUE')
        .setRanges([sheet.getRange('A2:D5')])
        .build(),
    ]);
    ss.insertSheet('Evidence');

    person.copySheet('Tracker');
    expect(ss.getSheets().map((s: any) => s.getName())).toEqual(['Tracker', 'Copy of Tracker', 'Evidence']);
    const copy = ss.getSheetByName('Copy of Tracker');
    expect(ss.getActiveSheet().getSheetId()).toBe(copy.getSheetId());
    expect(copy.getSheetId()).not.toBe(sheet.getSheetId());
    expect(copy.getRange('A1:D2').getValues()).toEqual(sheet.getRange('A1:D2').getValues());
    const copyModel = book.sheetByName('Copy of Tracker')!;
    expect(book.cell(copyModel, 2, 3)?.validation?.values).toEqual(['c2']);
    expect(rangesOf(copy.getConditionalFormatRules()[0])[0]).toBe('A2:D5');
    expect(copy.createDeveloperMetadataFinder().withKey('secor.tracker').find()).toHaveLength(1);
    const roles = ss.createDeveloperMetadataFinder().withKey('secor.role').find();
    expect(roles.map((m: any) => m.getLocation().getSheet().getName())).toEqual(['Tracker', 'Copy of Tracker']);
    expect(new Set(book.metadata.map((m) => m.id)).size).toBe(book.metadata.length);
    // Changing the copy leaves the original alone.
    copy.getRange('C2').setDataValidation(null);
    expect(book.cell(book.sheets[0]!, 2, 3)?.validation).toBeDefined();

    person.copySheet('Tracker');
    expect(ss.getSheets().map((s: any) => s.getName())[1]).toBe('Copy of Tracker 2');
  });

  it('renaming and insertSheet refuse an empty name and a taken one, whatever its case', () => {
    const { ss, sheet, person } = setup();
    ss.insertSheet('Evidence');
    expect(() => person.renameSheet('Tracker', 'evidence')).toThrow('A sheet with the name "evidence" already exists');
    expect(() => person.renameSheet('Tracker', '  ')).toThrow('cannot be empty');
    expect(() => ss.insertSheet('TRACKER')).toThrow('already exists');
    person.renameSheet('Tracker', 'TRACKER'); // its own name in another case is fine
    expect(sheet.getName()).toBe('TRACKER');
  });

  it('deleting a sheet drops it with its metadata; the last sheet cannot go', () => {
    const { ss, book, person } = setup();
    const other = ss.insertSheet('Other');
    other.getRange('2:2').addDeveloperMetadata('k');
    person.deleteSheet('Other');
    expect(book.metadata).toEqual([]);
    expect(() => person.deleteSheet('Tracker')).toThrow("You can't remove all the sheets in a document.");
  });

  it("counts the add-on calls and none of the team's", () => {
    const { host, sheet, person } = setup();
    host.counts.reset();
    person.moveRows('Tracker', 2, 1, 4);
    sheet.getRange('A2:C5').sort(1);
    expect(host.counts.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.sort': 1 });
  });
});
