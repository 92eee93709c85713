import type { Cell } from '../../shared/cells.ts';
import { REFERENCE_CHECKLIST } from '../../shared/reference/checklist.ts';
import { ELEMENT_BY_ID } from '../../shared/reference/elements.ts';
import { ensureRows } from './sheet-size.ts';
import { NeedsSetupError, type OpenTracker } from './tracker.ts';

/** Row tag on requirements the add-on appended, so they stay recognisable as added. */
const ADDED_TAG = 'secor-ready.added';
export const ADDED_NOTE = 'Added by SECOR Ready from the reference checklist';

/**
 * Appends reference requirements the tracker lacks below its last row, after the user chose them:
 * requirement text, element and id in the team's own columns, a note saying they were added, and
 * a row tag. Rows below the table are empty, so no cell of the team's is overwritten.
 */
export function appendRequirements(tracker: OpenTracker, ids: readonly string[], missing: readonly string[]): number {
  const unknown = ids.filter((id) => !missing.includes(id));
  if (unknown.length > 0) {
    throw new NeedsSetupError(`${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the requirements the tracker lacks: rescan and choose again.`);
  }
  if (ids.length === 0) return 0;
  const { sheet, config, grid } = tracker;
  const width = Math.max(...Object.values(config.columns).filter((c): c is number => c !== null)) + 1;
  const rows: Cell[][] = ids.map((id) => {
    const requirement = REFERENCE_CHECKLIST.find((r) => r.id === id)!;
    const row: Cell[] = new Array(width).fill('');
    row[config.columns.requirement!] = requirement.text;
    if (config.columns.id !== null) row[config.columns.id] = id;
    if (config.columns.element !== null) row[config.columns.element] = `${id.slice(0, 2)} ${ELEMENT_BY_ID.get(requirement.element)!.name}`;
    if (config.columns.notes !== null) row[config.columns.notes] = ADDED_NOTE;
    return row;
  });
  const firstRow = grid.length + 1;
  ensureRows(sheet, firstRow + rows.length - 1);
  sheet.getRange(firstRow, 1, rows.length, width).setValues(rows);
  // Metadata goes on whole rows one at a time; the user adds a handful, so the calls stay few.
  ids.forEach((id, i) => {
    const row = firstRow + i;
    sheet.getRange(`${row}:${row}`).addDeveloperMetadata(ADDED_TAG, id, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  });
  if (config.columns.notes === null) sheet.getRange(firstRow, config.columns.requirement! + 1, rows.length, 1).setNote(ADDED_NOTE);
  return rows.length;
}
