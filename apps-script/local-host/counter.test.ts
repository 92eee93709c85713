import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

function setup() {
  return createHost({
    spreadsheet: spreadsheetFromGrid('T', 'Tracker', [
      ['a', 'b'],
      [1, 2],
    ]),
  });
}

describe('call counting', () => {
  it('counts a known sequence by service and by method, and resets', () => {
    const host = setup();
    const { SpreadsheetApp, PropertiesService, Utilities } = host.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; // 2 calls
    const values = sheet.getDataRange().getValues(); // 2 calls
    sheet.getRange(1, 3, values.length, 1).setValues(values.map(() => ['ok'])); // 2 calls
    SpreadsheetApp.getUi().createAddonMenu().addItem('Scan', 'scan').addToUi(); // 4 calls
    PropertiesService.getDocumentProperties().setProperty('k', 'v'); // 2 calls
    Utilities.getUuid(); // 1 call
    expect(host.counts.snapshot()).toEqual({
      total: 13,
      byService: { SpreadsheetApp: 10, PropertiesService: 2, Utilities: 1 },
      byMethod: {
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'Spreadsheet.getSheets': 1,
        'Sheet.getDataRange': 1,
        'Range.getValues': 1,
        'Sheet.getRange': 1,
        'Range.setValues': 1,
        'SpreadsheetApp.getUi': 1,
        'Ui.createAddonMenu': 1,
        'Menu.addItem': 1,
        'Menu.addToUi': 1,
        'PropertiesService.getDocumentProperties': 1,
        'Properties.setProperty': 1,
        'Utilities.getUuid': 1,
      },
    });
    host.counts.reset();
    expect(host.counts.total).toBe(0);
    expect(host.counts.byMethod).toEqual({});
  });

  it('does not count internal work, enum reads or failed lookups of missing methods as calls of others', () => {
    const host = setup();
    const { SpreadsheetApp } = host.globals;
    const sheet = SpreadsheetApp.getActiveSheet();
    host.counts.reset();
    sheet.insertRowsAfter(1, 2); // one call, though it writes through the model
    void SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
    expect(host.counts.snapshot().byMethod).toEqual({ 'Sheet.insertRowsAfter': 1 });
  });
});

describe('unimplemented methods', () => {
  it('throw a clear error instead of returning undefined', () => {
    const host = setup();
    const { SpreadsheetApp, DriveApp, Utilities } = host.globals;
    const sheet = SpreadsheetApp.getActiveSheet();
    expect(() => sheet.hideColumns(1)).toThrow('SpreadsheetApp fake: Sheet.hideColumns is not implemented');
    expect(() => sheet.getRange('A1').setFontFamily('Arial')).toThrow('SpreadsheetApp fake: Range.setFontFamily is not implemented');
    expect(() => SpreadsheetApp.create('x')).toThrow('SpreadsheetApp fake: SpreadsheetApp.create is not implemented');
    expect(() => DriveApp.searchFiles('x')).toThrow('DriveApp fake: DriveApp.searchFiles is not implemented');
    expect(() => Utilities.parseCsv('a,b')).toThrow('Utilities fake: Utilities.parseCsv is not implemented');
    expect(() => {
      (sheet as any).foo = 1;
    }).toThrow('cannot assign');
  });

  it('stay quiet for what JavaScript itself probes', async () => {
    const host = setup();
    const sheet = host.globals.SpreadsheetApp.getActiveSheet();
    expect(await Promise.resolve(sheet)).toBe(sheet); // not thenable
    expect(String(sheet)).toBe('Sheet');
    expect(JSON.stringify({ sheet })).toBe('{"sheet":{}}');
  });
});
