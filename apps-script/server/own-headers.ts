import { type Cell, cellText } from '../../shared/index.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's verdict column. */
export const READINESS_HEADER = 'Readiness';
/**
 * The add-on's column of requirement ids, added when the team keeps none. Named apart from the
 * "Requirement" a team often heads its own item column with, so the two are never confused.
 */
export const REQUIREMENT_HEADER = 'SECOR requirement';

/**
 * Writes the add-on's header cells (0-based columns) in `header`, a copy of the header row that
 * is updated to match: where they do not read as they should (setup, which the coordinator
 * confirmed), or only where the team cleared them (a scan: a header the team renamed stays theirs).
 * Returns whether anything was written.
 */
export function writeOwnHeaders(
  sheet: Sheet,
  headerRow: number,
  header: Cell[],
  own: readonly (readonly [number, string])[],
  where: 'not as named' | 'empty',
): boolean {
  let wrote = false;
  for (const [c, text] of own) {
    const now = cellText(header[c]);
    if (now === text || (where === 'empty' && now !== '')) continue;
    sheet
      .getRange(headerRow + 1, c + 1)
      .setValue(text)
      .setFontWeight('bold');
    header[c] = text;
    wrote = true;
  }
  return wrote;
}
