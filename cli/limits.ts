// What the CLI agrees to read, checked before parsing (and, where a file can lie about itself,
// again while parsing). A small employer's tracker has under 2,000 rows and 60 columns and saves
// to well under 1 MB; these limits sit far above any real tracker and far below what exhausts
// the machine: `npm run fuzz:cli` measures the worst file they let through (goal: under 10 s and
// 512 MB). Raise one only together with a fuzz run.

/** Decimal megabytes, as file managers show sizes. */
const MB = 1_000_000;

/** A CSV file: a 2,000-row, 60-column tracker saves to about 2 MB. */
export const MAX_CSV_BYTES = 20 * MB;

/** An XLSX file on disk. Photos pasted into a workbook count here (they are never inflated), so it is generous. */
export const MAX_XLSX_BYTES = 50 * MB;

/** All parts of an XLSX together, as its zip directory declares them: a zip bomb's tell. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 200 * MB;

/** One XML part the CLI inflates and parses (a worksheet, the shared strings, the styles); a 2,000 by 60 tracker's sheet is about 5 MB. */
export const MAX_XLSX_PART_BYTES = 20 * MB;

/** The XML parts a scan inflates and parses, together: parsing costs about 10 bytes of memory per byte of XML. */
export const MAX_XLSX_PARSED_BYTES = 25 * MB;

/** Rows of one sheet, counted to its last used row (the grid keeps blank rows). */
export const MAX_ROWS = 100_000;

/** Columns of one sheet, counted to its last used column. */
export const MAX_COLUMNS = 500;

/** Cells of a file: for each sheet, its rows times its columns (the grid fills the gaps), summed. A tracker has about 120,000. */
export const MAX_CELLS = 2_000_000;

/** "52.4 MB", for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
