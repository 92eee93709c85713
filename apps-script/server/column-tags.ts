import { columnLetter } from '../../shared/cells.ts';
import { ROLES, type Role } from '../../shared/layout/roles.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** DeveloperMetadata key on each column the add-on reads or owns; the value says which. */
const TAG = 'secor-ready.column';

export type ColumnTag = Role | 'pointsAvailable' | 'pointsEarned' | 'readiness';

const TAGS: readonly string[] = [...ROLES, 'pointsAvailable', 'pointsEarned', 'readiness'];

function isColumnTag(value: string): value is ColumnTag {
  return TAGS.includes(value);
}

/** Tags columns so their roles survive the team moving or inserting columns. Replaces earlier tags. */
export function tagColumns(sheet: Sheet, tags: ReadonlyMap<ColumnTag, number>): void {
  for (const old of sheet.createDeveloperMetadataFinder().withKey(TAG).find()) old.remove();
  for (const [tag, column] of tags) {
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(TAG, tag, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

/** Where each tagged column is now (0-based). Costs calls per column: used only when columns moved. */
export function findTaggedColumns(sheet: Sheet): Map<ColumnTag, number> {
  const found = new Map<ColumnTag, number>();
  for (const md of sheet.createDeveloperMetadataFinder().withKey(TAG).find()) {
    const tag = md.getValue();
    const column = md.getLocation().getColumn();
    if (column && tag !== null && isColumnTag(tag)) found.set(tag, column.getColumn() - 1);
  }
  return found;
}
