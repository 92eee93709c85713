import { columnLetter, ROLES } from '../../shared/index.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The tracker's tags: DeveloperMetadata on each column the add-on reads or owns (the value says
 * which) and on the header row. Sheets moves metadata with its row or column when the team
 * inserts, deletes or moves them, so the tags are where things are now; saved positions are only
 * where they were.
 */
const COLUMN_TAG = 'secor-ready.column';
const HEADER_TAG = 'secor-ready.header-row';

/** A team column's role, a points column, or one of the add-on's own columns. */
export type ColumnTag = (typeof COLUMN_TAGS)[number];

const COLUMN_TAGS = [...ROLES, 'pointsAvailable', 'pointsEarned', 'readiness', 'ownRequirement'] as const;

function isColumnTag(value: string | null): value is ColumnTag {
  return (COLUMN_TAGS as readonly (string | null)[]).includes(value);
}

/** Tags the header row and the columns, replacing earlier tags on this sheet. */
export function tagTracker(sheet: Sheet, headerRow: number, tags: ReadonlyMap<ColumnTag, number>): void {
  for (const key of [COLUMN_TAG, HEADER_TAG]) for (const old of sheet.createDeveloperMetadataFinder().withKey(key).find()) old.remove();
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  sheet.getRange(`${headerRow + 1}:${headerRow + 1}`).addDeveloperMetadata(HEADER_TAG, 'header', visibility);
  for (const [tag, column] of tags) {
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_TAG, tag, visibility);
  }
}

/** Where the tags are now (0-based): a few calls per tag, so read only when saved positions fail. */
export interface FoundTags {
  readonly headerRow: number | null;
  readonly columns: ReadonlyMap<ColumnTag, number>;
}

export function findTags(sheet: Sheet): FoundTags {
  const columns = new Map<ColumnTag, number>();
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_TAG).find()) {
    const tag = md.getValue();
    const column = md.getLocation().getColumn();
    if (column && isColumnTag(tag)) columns.set(tag, column.getColumn() - 1);
  }
  const rows = sheet
    .createDeveloperMetadataFinder()
    .withKey(HEADER_TAG)
    .find()
    .map((md) => md.getLocation().getRow());
  // Two header tags (a copied row carries its tag) cannot say which is the header: none does.
  const headerRow = rows.length === 1 && rows[0] ? rows[0].getRow() - 1 : null;
  return { headerRow, columns };
}
