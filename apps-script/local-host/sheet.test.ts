import { describe, expect, it } from 'vitest';
import { a1Of } from './a1.ts';
import type { RuleInternal } from './conditional-format.ts';
import { internalOf } from './counter.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';
import { team } from './team.ts';

function setup() {
  const book = spreadsheetFromGrid('Tracker', 'Tracker', [
    ['A', 'B', 'C', 'D'],
    ['a2', 'b2', 'c2', '=C2&D2'],
    ['a3', 'b3', 'c3', 'd3'],
  ]);
  const host = createHost({ spreadsheet: book });
  const app = host.globals.SpreadsheetApp;
  const sheet = app.getActiveSheet();
  return { host, app, sheet, person: team(host), model: book.sheets[0]! };
}

/** A rule's ranges in A1 notation, from its model (Rule.getRanges is not implemented: the add-on does not call it). */
const rangesOf = (rule: unknown) => internalOf<RuleInternal>(rule)!.model.ranges.map((r) => a1Of(r.row, r.col, r.numRows, r.numCols));

// Inserting and deleting lines is the team's (team.ts) but for insertRowsAfter/insertColumnsAfter,
// which the add-on calls to grow a sheet.
describe('inserting and deleting columns', () => {
  it('shifts cells, formulas, column metadata and rule ranges', () => {
    const { app, sheet, person } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('secor.role', 'evidence');
    sheet.getRange('D:D').addDeveloperMetadata('secor.role', 'readiness');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=LEFT($D2,3)="Gap"')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:D3')])
      .build();
    sheet.setConditionalFormatRules([rule]);

    person.insertColumns('Tracker', 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['A', '', 'B', 'C', 'D']]);
    expect(sheet.getRange('E2').getFormula()).toBe('=D2&E2');
    const finder = sheet.createDeveloperMetadataFinder().withKey('secor.role');
    expect(finder.find().map((m: any) => [m.getValue(), m.getLocation().getColumn().getColumn()])).toEqual([
      ['evidence', 4],
      ['readiness', 5],
    ]);
    const [moved] = sheet.getConditionalFormatRules();
    expect(rangesOf(moved)).toEqual(['A2:E3']);
    expect(moved.getBooleanCondition().getCriteriaValues()).toEqual(['=LEFT($E2,3)="Gap"']);
    expect(sheet.getMaxColumns()).toBe(27);

    sheet.insertColumnsAfter(5, 1); // after the readiness column: the rule range does not widen
    expect(rangesOf(sheet.getConditionalFormatRules()[0])[0]).toBe('A2:E3');

    person.deleteColumns('Tracker', 4); // the evidence column and its metadata go
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['A', '', 'B', 'D']]);
    const left = app.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey('secor.role').find();
    expect(left.map((m: any) => [m.getValue(), m.getLocation().getColumn().getColumn()])).toEqual([['readiness', 4]]);
    expect(rangesOf(sheet.getConditionalFormatRules()[0])[0]).toBe('A2:D3');
    expect(sheet.getRange('D2').getFormula()).toBe('=#REF!&D2');
  });

  it('deleting every column of a rule range removes the rule', () => {
    const { app, sheet, person } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=TRUE')
        .setRanges([sheet.getRange('B1:B3')])
        .build(),
    ]);
    person.deleteColumns('Tracker', 2, 1);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('inserts and deletes rows, moving row metadata and frozen rows', () => {
    const { sheet, person, model } = setup();
    sheet.setFrozenRows(1);
    sheet.getRange(3, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata('row', 'three');
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['A'], [''], ['a2'], ['a3']]);
    expect(model.frozenRows).toBe(1);
    person.insertRows('Tracker', 1, 2);
    expect(model.frozenRows).toBe(3);
    expect(sheet.getRange('A6').getValue()).toBe('a3');
    const md = sheet.createDeveloperMetadataFinder().withKey('row').find()[0];
    expect(md.getLocation().getRow().getRow()).toBe(6);
    // As in Apps Script, the location type is on the location, not on the metadata.
    expect(() => md.getLocationType()).toThrow('SpreadsheetApp fake: DeveloperMetadata.getLocationType is not implemented');
    person.deleteRows('Tracker', 6);
    expect(sheet.createDeveloperMetadataFinder().withKey('row').find()).toEqual([]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('refuses to delete every column', () => {
    const { person } = setup();
    expect(() => person.deleteColumns('Tracker', 1, 26)).toThrow("You can't delete all the columns on the sheet.");
  });
});

describe('column widths', () => {
  it('sets a column width in pixels, and refuses a column past the sheet or a width that is not whole pixels', () => {
    const { sheet, model } = setup();
    expect(sheet.setColumnWidth(3, 420)).toBe(sheet);
    expect(model.columnWidths[2]).toBe(420);
    expect(() => sheet.setColumnWidth(27, 100)).toThrow("Column 27 is past the sheet's 26 columns.");
    expect(() => sheet.setColumnWidth(0, 100)).toThrow('Invalid argument: columnPosition');
    expect(() => sheet.setColumnWidth(2, 10.5)).toThrow('Invalid argument: width');
    expect(model.columnWidths[1]).toBeUndefined();
  });
});

describe('sheets and the spreadsheet', () => {
  it('names, ids, insertSheet and activation', () => {
    const { app, host } = setup();
    const ss = app.getActiveSpreadsheet();
    const evidence = ss.insertSheet('Evidence');
    expect(ss.getSheets().map((s: any) => s.getName())).toEqual(['Tracker', 'Evidence']);
    expect(ss.getSheetById(evidence.getSheetId()).getName()).toBe('Evidence');
    expect(ss.getSheetByName('Missing')).toBeNull();
    expect(() => ss.insertSheet('Evidence')).toThrow('A sheet with the name "Evidence" already exists');
    expect(app.getActiveSheet().getName()).toBe('Evidence');
    const tracker = ss.getSheetByName('Tracker');
    ss.setActiveSheet(tracker);
    expect(app.getActiveSheet().getName()).toBe('Tracker');
    tracker.getRange('D4').activate();
    expect(host.spreadsheet.active.range).toEqual({ row: 4, col: 4, numRows: 1, numCols: 1 });
    expect(ss.getName()).toBe('Tracker');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getSpreadsheetTimeZone()).toBe('America/Edmonton');
    expect(ss.getSpreadsheetLocale()).toBe('en_CA');
    ss.toast('Scanned', 'SECOR Ready', 3);
    expect(host.ui.toasts).toEqual([{ message: 'Scanned', title: 'SECOR Ready', timeoutSeconds: 3 }]);
  });
});
