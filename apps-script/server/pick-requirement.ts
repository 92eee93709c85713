import { cellText, columnLetter, REFERENCE_CHECKLIST } from '../../shared/index.ts';
import { type Scan, scanTracker } from './scan.ts';
import { openTracker } from './tracker-read.ts';

/**
 * Writes the requirement the coordinator picked for an unmatched row (the click on the candidate
 * is the confirmation) into that row's cell of the add-on's own Requirement column, found where
 * its tag is now, then scans. It writes only when the row still reads as the sidebar showed it
 * (teams insert, sort and edit rows between a scan and a click) and the cell is the add-on's to
 * fill: empty and no formula. Otherwise it throws, having written nothing.
 */
export function writePickedRequirement(row: number, text: string, id: string): Scan {
  if (!REFERENCE_CHECKLIST.some((r) => r.id === id))
    throw new Error(`"${id}" is not a requirement of the SECOR checklist. Nothing was written: rescan and pick again.`);
  const tracker = openTracker();
  const { sheet, config, grid } = tracker;
  const own = config.ownRequirementColumn;
  if (own === null) {
    const where = config.columns.id === null ? 'an ID column' : `your ID column (${columnLetter(config.columns.id)})`;
    throw new Error(
      `This tracker keeps its own ids: write ${id} in ${where} on row ${row}. The add-on writes only into its own columns, so nothing was written.`,
    );
  }
  const cells = Number.isInteger(row) && row > config.headerRow + 1 ? grid[row - 1] : undefined;
  if (cells === undefined) throw new Error(`Row ${row} is not a row of the tracker's table. Nothing was written: rescan and pick again.`);
  if (cellText(cells[config.columns.requirement!]) !== text) {
    throw new Error(`Row ${row} no longer reads "${text}": rows were inserted, sorted or edited since the scan. Nothing was written: rescan and pick again.`);
  }
  const cell = sheet.getRange(row, own + 1);
  const held = cellText(cells[own]);
  // A formula whose value is blank is the team's all the same.
  if (held !== '' || cell.getFormula() !== '') {
    throw new Error(
      `Row ${row} already has ${held === '' ? 'a formula' : `"${held}"`} in the Requirement column. Nothing was written: clear that cell to pick a requirement.`,
    );
  }
  cell.setValue(id);
  // The scan judges the sheet as it now is without reading it again: the read, with the one cell written.
  const written = grid.map((cellsOfRow, r) => (r === row - 1 ? cellsOfRow.map((value, c) => (c === own ? id : value)) : cellsOfRow));
  return scanTracker({ ...tracker, grid: written });
}
