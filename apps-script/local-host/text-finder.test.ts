import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

function setup() {
  const book = spreadsheetFromGrid('Evidence', 'Evidence', [
    ['Title', 'Clip id'],
    ['Fall protection', 'clip-AAAA-0001'],
    ['Ladder', 'CLIP-aaaa-0001-b'],
    ['First aid', 1001],
    ['Sum', ''],
  ]);
  const host = createHost({ spreadsheet: book });
  const sheet = host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Evidence');
  sheet.getRange('B5').setValue('="clip-AAAA-0001"');
  return { host, sheet };
}

/** Every match, by findNext. */
const a1s = (finder: { findNext(): { getA1Notation(): string } | null }) => {
  const out: string[] = [];
  for (let match = finder.findNext(); match; match = finder.findNext()) out.push(match.getA1Notation());
  return out;
};

describe('Range.createTextFinder', () => {
  it('matches displayed text in the range only: partial and case-insensitive by default, narrowed by matchEntireCell and matchCase', () => {
    const { sheet } = setup();
    const ids = sheet.getRange('B2:B5');
    expect(a1s(ids.createTextFinder('clip-aaaa-0001'))).toEqual(['B2', 'B3']);
    expect(a1s(ids.createTextFinder('clip-aaaa-0001').matchEntireCell(true))).toEqual(['B2']);
    expect(ids.createTextFinder('clip-aaaa-0001').matchEntireCell(true).matchCase(true).findNext()).toBeNull();
    expect(ids.createTextFinder('1001').matchEntireCell(true).findNext().getA1Notation()).toBe('B4');
    expect(sheet.getRange('A2:A5').createTextFinder('clip').findNext()).toBeNull();
  });

  it('findNext walks the matches, then gives null', () => {
    const { sheet } = setup();
    const finder = sheet.getRange('B2:B5').createTextFinder('CLIP');
    expect(finder.findNext().getA1Notation()).toBe('B2');
    expect(finder.findNext().getA1Notation()).toBe('B3');
    expect(finder.findNext()).toBeNull();
  });

  it("a formula's cell is matched by its displayed value (here '', not calculated)", () => {
    const { sheet } = setup();
    expect(a1s(sheet.getRange('B5').createTextFinder('clip'))).toEqual([]);
  });

  it('is counted, refuses empty text, and throws on what it does not model', () => {
    const { host, sheet } = setup();
    host.counts.reset();
    sheet.getRange('B2:B5').createTextFinder('x').matchEntireCell(true).findNext();
    expect(host.counts.byMethod).toMatchObject({ 'Range.createTextFinder': 1, 'TextFinder.matchEntireCell': 1, 'TextFinder.findNext': 1 });
    expect(() => sheet.getRange('B2:B5').createTextFinder('')).toThrow('Invalid argument: findText');
    expect(() => sheet.getRange('B2:B5').createTextFinder('x').useRegularExpression(true)).toThrow('TextFinder.useRegularExpression is not implemented');
  });
});
