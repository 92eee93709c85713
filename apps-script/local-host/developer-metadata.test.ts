import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

function setup() {
  const host = createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', [['a', 'b', 'c']]) });
  const app = host.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  return { host, app, ss, sheet };
}

describe('developer metadata', () => {
  it('stores key, value, visibility and location on spreadsheet, sheet, column and row', () => {
    const { host, app, ss, sheet } = setup();
    ss.addDeveloperMetadata('secor.version', '1');
    sheet.addDeveloperMetadata('secor.tracker', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('B:B').addDeveloperMetadata('secor.role', 'requirement');
    sheet.getRange('1:1').addDeveloperMetadata('secor.header');

    const all = ss.createDeveloperMetadataFinder().find();
    expect(host.spreadsheet.metadata.map((m) => [m.key, m.value, m.visibility, m.location.type])).toEqual([
      ['secor.version', '1', 'DOCUMENT', 'SPREADSHEET'],
      ['secor.tracker', null, 'PROJECT', 'SHEET'],
      ['secor.role', 'requirement', 'DOCUMENT', 'COLUMN'],
      ['secor.header', null, 'DOCUMENT', 'ROW'],
    ]);
    expect(all.map((m: any) => m.getValue())).toEqual(['1', null, 'requirement', null]);
    expect(new Set(all.map((m: any) => m.getId())).size).toBe(4);
    expect(all[2].getLocation().getSheet().getName()).toBe('Tracker');
    expect(all[2].getLocation().getColumn().getA1Notation()).toBe('B1:B1000');
    expect(all[2].getLocation().getRow()).toBeNull();
  });

  it('finds by key, scoped to a sheet or a range', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Other');
    sheet.getRange('A:A').addDeveloperMetadata('role', 'element');
    sheet.getRange('C:C').addDeveloperMetadata('role', 'status');
    other.getRange('A:A').addDeveloperMetadata('role', 'element');
    sheet.addDeveloperMetadata('role', 'sheet-level');

    const values = (finder: { find(): { getValue(): string | null }[] }) => finder.find().map((m) => m.getValue());
    expect(values(ss.createDeveloperMetadataFinder().withKey('role'))).toEqual(['element', 'status', 'element', 'sheet-level']);
    expect(values(sheet.createDeveloperMetadataFinder().withKey('role'))).toEqual(['element', 'status', 'sheet-level']);
    expect(values(sheet.getRange('B1:C1000').createDeveloperMetadataFinder())).toEqual(['status']);
    expect(sheet.getRange('B1:C5').createDeveloperMetadataFinder().find()).toEqual([]);
    expect(ss.createDeveloperMetadataFinder().withKey('nope').find()).toEqual([]);
  });

  it('updates and removes', () => {
    const { ss, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('role', 'status');
    const [md] = ss.createDeveloperMetadataFinder().withKey('role').find();
    md.setValue('readiness');
    expect(
      ss
        .createDeveloperMetadataFinder()
        .find()
        .map((m: any) => m.getValue()),
    ).toEqual(['readiness']);
    md.remove();
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it('refuses arbitrary ranges, as Sheets does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow('Adding developer metadata to arbitrary ranges is not currently supported');
    expect(() => sheet.addDeveloperMetadata('')).toThrow('Invalid argument: key');
  });
});
