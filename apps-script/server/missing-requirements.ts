import { type Cell, cellText, type ElementId, elementLabel, headingElement, REFERENCE_CHECKLIST, type TrackerItem } from '../../shared/index.ts';
import { ensureRows } from './sheet-size.ts';
import { UserFacingRefusal } from './tracker.ts';
import type { OpenTracker } from './tracker-read.ts';

/** Row tag on requirements the add-on added, so they stay recognisable as added. */
const ADDED_TAG = 'secor-ready.added';
export const ADDED_NOTE = 'Added by SECOR Ready from the reference checklist';

/**
 * The last sheet row (1-based) of each element's section: its last item, else its heading when
 * the section has no item yet. An element with neither has no section. `items` are the tracker's,
 * as the scan of `tracker` read them.
 */
function sectionEnds(tracker: OpenTracker, items: readonly Pick<TrackerItem, 'row' | 'element'>[]): Map<ElementId, number> {
  const { config, grid } = tracker;
  const ends = new Map<ElementId, number>();
  const itemRows = new Set(items.map((item) => item.row));
  for (let r = config.headerRow + 1; r < grid.length; r++) {
    if (itemRows.has(r)) continue;
    const heading = headingElement(cellText(grid[r]?.[config.columns.requirement!]));
    if (heading !== null && !ends.has(heading)) ends.set(heading, r + 1);
  }
  const withItems = new Set<ElementId>();
  for (const item of items) {
    if (item.element === null) continue;
    if (!withItems.has(item.element)) ends.delete(item.element);
    withItems.add(item.element);
    ends.set(item.element, Math.max(ends.get(item.element) ?? 0, item.row + 1));
  }
  return ends;
}

/**
 * Adds reference requirements the tracker lacks, after the user chose them: requirement text,
 * element and id in the team's own columns, a note saying they were added, and a row tag. Each
 * goes into its element's section, on rows inserted after the section's last row (Sheets moves
 * the team's rows below down, with their tags and rules), so no cell of the team's is written;
 * a requirement whose element has no section goes below the last row.
 */
export function appendRequirements(
  tracker: OpenTracker,
  items: readonly Pick<TrackerItem, 'row' | 'element'>[],
  ids: readonly string[],
  missing: readonly string[],
): number {
  const unknown = ids.filter((id) => !missing.includes(id));
  if (unknown.length > 0) {
    throw new UserFacingRefusal(
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the requirements the tracker lacks: rescan and choose again.`,
    );
  }
  if (ids.length === 0) return 0;
  const { sheet, config, grid } = tracker;
  const width = Math.max(...Object.values(config.columns).filter((c): c is number => c !== null)) + 1;
  const rowOf = (id: string): Cell[] => {
    const requirement = REFERENCE_CHECKLIST.find((r) => r.id === id)!;
    const row: Cell[] = new Array(width).fill('');
    row[config.columns.requirement!] = requirement.text;
    if (config.columns.id !== null) row[config.columns.id] = id;
    if (config.columns.element !== null) row[config.columns.element] = elementLabel(requirement.element);
    if (config.columns.notes !== null) row[config.columns.notes] = ADDED_NOTE;
    return row;
  };
  const write = (firstRow: number, block: readonly string[]) => {
    sheet.getRange(firstRow, 1, block.length, width).setValues(block.map(rowOf));
    // Metadata goes on whole rows one at a time; the user adds a handful, so the calls stay few.
    block.forEach((id, i) => {
      const row = firstRow + i;
      sheet.getRange(`${row}:${row}`).addDeveloperMetadata(ADDED_TAG, id, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    });
    if (config.columns.notes === null) sheet.getRange(firstRow, config.columns.requirement! + 1, block.length, 1).setNote(ADDED_NOTE);
  };

  const ends = sectionEnds(tracker, items);
  const bySection = new Map<number, string[]>();
  const atEnd: string[] = [];
  for (const id of ids) {
    const end = ends.get(id.slice(0, 2) as ElementId);
    if (end === undefined) atEnd.push(id);
    else bySection.set(end, [...(bySection.get(end) ?? []), id]);
  }
  // Below the last row first, then the sections from the bottom up: an insertion moves only the
  // rows below it, so the rows still to be written keep the numbers read.
  if (atEnd.length > 0) {
    ensureRows(sheet, grid.length + atEnd.length);
    write(grid.length + 1, atEnd);
  }
  for (const end of [...bySection.keys()].sort((a, b) => b - a)) {
    const block = bySection.get(end)!;
    sheet.insertRowsAfter(end, block.length);
    write(end + 1, block);
  }
  return ids.length;
}
