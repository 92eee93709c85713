import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from './bundle.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

// A hand-written stand-in for the built Code.js: an IIFE with private helpers plus top-level forwarders.
const CODE = `
var SecorReady = (function () {
  function isDate(x) { return x instanceof Date; }
  function scan() {
    var sheet = SpreadsheetApp.getActiveSheet();
    var values = sheet.getDataRange().getValues();
    var out = values.map(function (row, i) {
      return [i === 0 ? 'Readiness' : (isDate(row[1]) ? 'dated' : 'Gap: no date')];
    });
    sheet.getRange(1, 3, out.length, 1).setValues(out);
    return { rows: values.length, arrays: values instanceof Array, today: new Date().toISOString() };
  }
  function onOpen(e) {
    SpreadsheetApp.getUi().createAddonMenu().addItem('Scan', 'menuScan').addToUi();
    return e.authMode;
  }
  function failing() {
    try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (err) { return err instanceof Error ? err.message : 'foreign error'; }
  }
  return { scan: scan, onOpen: onOpen, failing: failing };
})();
function onOpen() { return SecorReady.onOpen.apply(this, arguments); }
function menuScan() { return SecorReady.scan.apply(this, arguments); }
function failing() { return SecorReady.failing.apply(this, arguments); }
`;

describe('loadBundle', () => {
  it('runs the bundle over the host and returns its top-level functions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const file = join(dir, 'Code.js');
    writeFileSync(file, CODE);
    const host = createHost({
      spreadsheet: spreadsheetFromGrid('T', 'Tracker', [
        ['Item', 'Date'],
        ['Policy', new Date('2025-01-02T00:00:00Z')],
        ['Drill', ''],
      ]),
      now: () => new Date('2025-06-01T12:00:00Z'),
    });
    const bundle = loadBundle(file, host);
    expect(Object.keys(bundle).sort()).toEqual(['failing', 'menuScan', 'onOpen']);

    expect(bundle.onOpen!({ authMode: 'FULL' })).toBe('FULL');
    expect(host.ui.menus[0]?.items).toEqual([{ caption: 'Scan', functionName: 'menuScan' }]);

    host.counts.reset();
    const result = bundle.menuScan!() as { rows: number; arrays: boolean; today: string };
    expect(result).toEqual({ rows: 3, arrays: true, today: '2025-06-01T12:00:00.000Z' });
    // getActiveSheet, getDataRange, getValues, getRange, setValues
    expect(host.counts.byService).toEqual({ SpreadsheetApp: 5 });
    const sheet = host.globals.SpreadsheetApp.getActiveSheet();
    expect(sheet.getRange('C1:C3').getValues()).toEqual([['Readiness'], ['dated'], ['Gap: no date']]);
    expect(bundle.failing!()).toBe('Exception: The starting row of the range is too small.');
  });

  it('runs the bundle without the built-ins Apps Script lacks or that came after ES2019', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const file = join(dir, 'Code.js');
    const uses: Record<string, string> = {
      findLast: '[1, 2].findLast(function (x) { return x > 0; })',
      at: '[1, 2].at(-1)',
      replaceAll: "'a-b'.replaceAll('-', '+')",
      hasOwn: 'Object.hasOwn({ a: 1 }, "a")',
      promiseAny: 'Promise.any([])',
      weakRef: 'new WeakRef({})',
      structuredClone: 'structuredClone({ a: 1 })',
      url: "new URL('https://example.com')",
      setTimeout: 'setTimeout(function () {}, 0)',
      textEncoder: 'new TextEncoder()',
      buffer: "Buffer.from('a')",
      process: 'process.env',
    };
    const code = Object.entries(uses)
      .map(([name, use]) => `function use_${name}() { return ${use}; }`)
      .join('\n');
    writeFileSync(
      file,
      `${code}\nfunction es2019() { return [[1], [2]].flat().concat(Object.fromEntries([['a', 3]]).a); }\n` +
        "function zoned() { return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Edmonton' }).format(new Date(Date.UTC(2026, 0, 15, 3))); }",
    );
    const bundle = loadBundle(file, createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', [['Item']]) }));
    for (const name of Object.keys(uses)) expect(() => bundle[`use_${name}`]!(), name).toThrow(/is not a function|is not defined|Cannot read/);
    expect(bundle.es2019!()).toEqual([1, 2, 3]);
    expect(bundle.zoned!()).toBe('2026-01-14');
    // The context's built-ins are its own: Node's keep theirs.
    expect(typeof (Array.prototype as { findLast?: unknown }).findLast).toBe('function');
  });
});
