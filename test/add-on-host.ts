import { join } from 'node:path';
import { readTrackerFile } from '../cli/read-tracker.ts';
import { type BundleFunctions, createHost, type HostOptions, loadBundle, type LocalHost, spreadsheetFromGrid } from '../apps-script/local-host/index.ts';
import type { Grid } from '../shared/cells.ts';
import { spreadsheetFromFile } from '../workbench/session.ts';

/** The built add-on, as pushed to Apps Script, running on the local host over one spreadsheet. */
export interface AddOn {
  host: LocalHost;
  run: BundleFunctions;
  /** The fakes as the add-on sees them. */
  app: LocalHost['globals']['SpreadsheetApp'];
}

export const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist', 'apps-script');

/**
 * A fixed clock so verdicts do not move with the calendar: the fixtures are judged on this day,
 * 9:30 in America/Edmonton (the spreadsheets' zone, MST) on any machine.
 */
export const FIXED_NOW = new Date('2026-11-26T09:30:00-07:00');

export function addOnOver(grid: Grid, sheetName = 'Tracker', now = FIXED_NOW, options: Partial<HostOptions> = {}): AddOn {
  const spreadsheet = spreadsheetFromGrid('Team tracker', sheetName, grid as never);
  const host = createHost({ spreadsheet, htmlDir: DIST, now: () => now, ...options });
  const run = loadBundle(join(DIST, 'Code.js'), host);
  return { host, run, app: host.globals.SpreadsheetApp };
}

export async function trackerGrid(relativePath: string, sheet?: string): Promise<Grid> {
  const sheets = await readTrackerFile(join(ROOT, relativePath), sheet);
  return sheets[0]!.grid;
}

/** The built add-on over a whole workbook file (every sheet, the tracker active), as the workbench opens it. */
export async function addOnOverFile(relativePath: string, now = FIXED_NOW, options: Partial<HostOptions> = {}): Promise<AddOn> {
  const spreadsheet = await spreadsheetFromFile(join(ROOT, relativePath));
  const host = createHost({ spreadsheet, htmlDir: DIST, now: () => now, ...options });
  return { host, run: loadBundle(join(DIST, 'Code.js'), host), app: host.globals.SpreadsheetApp };
}

/**
 * A colour rule of the team's own on a matrix sheet (its office rows, A4:B8, tinted blue), made as a
 * coordinator's rule is: the tests that prove the add-on keeps it first and unchanged share it.
 */
export function teamOfficeRule(app: AddOn['app'], sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  return app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$B4="Office"')
    .setBackground('#cfe2f3')
    .setRanges([sheet.getRange('A4:B8')])
    .build();
}
