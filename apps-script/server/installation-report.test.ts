import { describe, expect, it } from 'vitest';
import { type InstallationFacts, installationChecks } from './installation-report.ts';

const ok = <T>(value: T) => ({ ok: true as const, value });
const failed = (error: string) => ({ ok: false as const, error });

/** An installed tracker: every probe answered as it should. */
const INSTALLED: InstallationFacts = {
  setup: { sheetName: 'Tracker', sheetFound: true },
  activeId: 'book-1',
  keptId: 'book-1',
  opened: ok('Northwind Safety'),
  ui: ok(null),
  lock: ok(true),
  evidence: ok({ name: 'Evidence', rows: 3, missing: [], keyMissing: null }),
  drive: ok(null),
  address: ok({ confirmed: 'https://script.google.com/macros/s/AKfy/exec', reported: 'https://script.google.com/macros/s/AKfy/dev' }),
  dates: ok({ zone: 'America/Edmonton', disagree: [] }),
  colourRules: ok({ own: 4, expected: 4 }),
};

const check = (facts: Partial<InstallationFacts>, start: string) => installationChecks({ ...INSTALLED, ...facts }).find((c) => c.name.startsWith(start))!;

describe('installationChecks', () => {
  it('an installed tracker: every check works, none says what to do', () => {
    const checks = installationChecks(INSTALLED);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.every((c) => c.todo === null && c.found !== '')).toBe(true);
  });

  it('a kept id naming another spreadsheet: clips would go there', () => {
    expect(check({ keptId: 'book-2', opened: ok('Old copy') }, 'The clipper finds')).toMatchObject({
      ok: false,
      found: expect.stringMatching(/another spreadsheet \("Old copy"\).*clips would go there/),
      todo: expect.stringMatching(/Set up this sheet/),
    });
  });

  it('the tracker sheet deleted since setup', () => {
    expect(check({ setup: { sheetName: 'Tracker', sheetFound: false } }, 'The tracker is set up')).toMatchObject({
      ok: false,
      found: 'The tracker sheet "Tracker" was deleted.',
    });
  });

  it('days the runtime reads otherwise than Sheets, and a zone that cannot be read', () => {
    expect(check({}, 'Dates read')).toMatchObject({ ok: true, found: 'Days are read in America/Edmonton, as Sheets shows them.' });
    expect(check({ dates: ok({ zone: 'Asia/Tokyo', disagree: ['2026-12-02 is read as 2026-12-01'] }) }, 'Dates read')).toMatchObject({
      ok: false,
      found: "In Asia/Tokyo, 2026-12-02 is read as 2026-12-01: verdicts near a day's end could be a day off.",
      todo: expect.stringMatching(/Tell whoever installed SECOR Ready/),
    });
    expect(check({ dates: failed('Invalid time zone') }, 'Dates read')).toMatchObject({
      ok: false,
      found: 'The time zone could not be read: Invalid time zone',
    });
  });

  it('a busy lock and a failed one', () => {
    expect(check({ lock: ok(false) }, 'A script lock')).toMatchObject({
      ok: false,
      found: expect.stringMatching(/busy/),
      todo: expect.stringMatching(/Try again in a minute/),
    });
    expect(check({ lock: failed('Lock timeout') }, 'A script lock')).toMatchObject({ ok: false, found: 'The lock could not be taken: Lock timeout' });
  });

  it('an Evidence sheet missing a column it can add back works; one row is one row', () => {
    expect(check({ evidence: ok({ name: 'Evidence', rows: 1, missing: ['Note'], keyMissing: null }) }, 'The Evidence sheet')).toMatchObject({
      ok: true,
      found: '"Evidence" is the add-on\'s own (found by its tag), 1 row below its header, the next clip adds back "Note".',
    });
  });

  it('a refused Drive and a refused Ui say what Apps Script said and how to authorise', () => {
    expect(check({ drive: failed('Drive is not defined') }, 'Drive')).toMatchObject({
      ok: false,
      found: 'Drive refused: Drive is not defined',
      todo: expect.stringMatching(/npm run deploy/),
    });
    expect(check({ ui: failed('Cannot call SpreadsheetApp.getUi() from this context.') }, 'The menu and the sidebar')).toMatchObject({
      ok: false,
      found: expect.stringMatching(/^Sheets refused: Cannot call/),
    });
  });

  it('colour rules partly deleted', () => {
    expect(check({ colourRules: ok({ own: 3, expected: 4 }) }, 'The colour rules')).toMatchObject({
      ok: false,
      found: expect.stringMatching(/^3 of the add-on's 4 colour rules/),
    });
  });
});
