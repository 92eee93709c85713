import { describe, expect, it } from 'vitest';
import { evaluateFormulaRule } from './conditional-format.ts';
import { createHost } from './host.ts';
import { LocalSpreadsheet } from './model.ts';
import { snapshotCells, spreadsheetFromGrid } from './serialize.ts';

function build() {
  const book = spreadsheetFromGrid('Northwind tracker', 'Tracker', [
    ['Element', 'Evidence', 'Due', 'Readiness'],
    ['1', 'Policy.pdf', new Date('2025-02-01T07:00:00Z'), 'Gap: stale'],
    [2, null, true, '=1+1'],
  ]);
  const host = createHost({ spreadsheet: book });
  const { SpreadsheetApp, PropertiesService } = host.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Tracker');
  sheet.getRange('A1:D1').setBackground('#eeeeee').setFontWeight('bold');
  sheet.getRange('B2').setNote('from the clipper');
  sheet.getRange('D:D').addDeveloperMetadata('secor.role', 'readiness');
  ss.addDeveloperMetadata('secor.setup', 'done');
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=LEFT($D2,3)="Gap"')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:D3')])
      .build(),
  ]);
  sheet.getRange('E2:E3').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Yes', 'No']).build());
  sheet.setFrozenRows(1);
  book.sheets[0]!.columnWidths[1] = 250;
  ss.insertSheet('Evidence').getRange('A1').setValue('Clip id');
  sheet.getRange('B2:C3').activate();
  PropertiesService.getDocumentProperties().setProperty('setup', '{"v":1}');
  return { book, host };
}

describe('saving and loading the local spreadsheet', () => {
  it('round-trips through JSON text with everything the workbench shows', () => {
    const { book } = build();
    const text = JSON.stringify(book);
    const loaded = LocalSpreadsheet.fromJSON(text);
    expect(JSON.stringify(loaded)).toBe(text);
    expect(loaded).toEqual(book);

    const host = createHost({ spreadsheet: loaded });
    const { SpreadsheetApp, PropertiesService } = host.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker');
    const due = sheet.getRange('C2').getValue();
    expect(due).toBeInstanceOf(Date);
    expect(due.toISOString()).toBe('2025-02-01T07:00:00.000Z');
    expect(sheet.getRange('D3').getFormula()).toBe('=1+1');
    const tracker = loaded.sheetByName('Tracker')!;
    expect(loaded.cell(tracker, 2, 2)?.note).toBe('from the clipper');
    expect(loaded.cell(tracker, 1, 1)?.fontWeight).toBe('bold');
    expect([tracker.frozenRows, tracker.columnWidths[1]]).toEqual([1, 250]);
    expect(loaded.cell(tracker, 3, 5)?.validation?.values).toEqual(['Yes', 'No']);
    expect(loaded.active.range).toEqual({ row: 2, col: 2, numRows: 2, numCols: 2 });
    expect(SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey('secor.role').find()[0].getLocation().getColumn().getColumn()).toBe(4);
    expect(PropertiesService.getDocumentProperties().getProperty('setup')).toBe('{"v":1}');
    const [rule] = sheet.getConditionalFormatRules();
    expect(evaluateFormulaRule(sheet, rule, 2, 1)).toBe(true);
    expect(snapshotCells(sheet)).toEqual(snapshotCells(book.sheetByName('Tracker')!));
  });

  it('rejects text that is not a saved spreadsheet', () => {
    expect(() => LocalSpreadsheet.fromJSON('{"sheets":[]}')).toThrow('Not a saved local spreadsheet');
  });
});

describe('spreadsheetFromGrid and snapshotCells', () => {
  it('keeps values as given, makes formulas from "=", and snapshots every cell of the used area', () => {
    const book = spreadsheetFromGrid('T', 'S', [
      ['007', '=A1'],
      [null, 3],
    ]);
    const sheet = book.sheetByName('S')!;
    const snap = snapshotCells(sheet);
    expect(Object.keys(snap)).toEqual(['A1', 'B1', 'A2', 'B2']);
    expect(snap.A1).toEqual({ value: '007', formula: '', background: '#ffffff', note: '' });
    expect(snap.B1).toEqual({ value: '', formula: '=A1', background: '#ffffff', note: '' });
    expect(snap.A2).toEqual({ value: '', formula: '', background: '#ffffff', note: '' });
    expect(snap.B2?.value).toBe(3);
  });

  it('detects a change to any pre-existing cell', () => {
    const { book, host } = build();
    const before = snapshotCells(book.sheetByName('Tracker')!);
    host.globals.SpreadsheetApp.getActiveSpreadsheet().getRange('Tracker!B2').setBackground('#ff0000');
    expect(snapshotCells(book.sheetByName('Tracker')!)).not.toEqual(before);
  });
});
