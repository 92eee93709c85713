import { columnLetter } from '../shared/index.ts';
import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS } from './limits.ts';
import { TrackerFileError } from './tracker-file-error.ts';

const FIX = 'delete the rows and columns past the tracker (or export just the tracker sheet as CSV) and scan again.';
const count = (n: number) => n.toLocaleString('en-US');

/** The cells a whole file may still hold: its sheets share MAX_CELLS. */
export class CellBudget {
  remaining = MAX_CELLS;
}

/**
 * Watches one sheet while it is read, cell by cell, and stops it with a TrackerFileError as soon
 * as it passes a limit, so a file that lies about its size (or never says) still stops early.
 * Rows and columns are 1-based, as the sheet numbers them; the grid a sheet becomes is its last
 * row by its last column, so that area is what counts against the cells.
 */
export class SheetGuard {
  private lastRow = 0;
  private lastColumn = 0;
  private cells = 0;

  /** `where` names the sheet in messages: the file, and the sheet's name in a workbook. */
  constructor(
    private readonly where: string,
    private readonly budget: CellBudget,
  ) {}

  /** What the sheet says of itself before its cells (an XLSX `<dimension ref>`): refused when already too big. */
  declared(lastRow: number, lastColumn: number, ref: string): void {
    if (lastRow > MAX_ROWS || lastColumn > MAX_COLUMNS) {
      throw new TrackerFileError(
        `${this.where} declares ${lastRow} rows and ${lastColumn} columns (${ref}); the CLI reads at most ${count(MAX_ROWS)} rows and ${MAX_COLUMNS} columns: ${FIX}`,
      );
    }
    if (lastRow * lastColumn > this.budget.remaining) this.tooManyCells();
  }

  /** A row, before its cells. */
  row(row: number): void {
    if (row > MAX_ROWS)
      throw new TrackerFileError(
        `${this.where} has more than ${count(MAX_ROWS)} rows (it reaches row ${row}); the CLI reads at most ${count(MAX_ROWS)} rows: ${FIX}`,
      );
  }

  /** A cell, before its value is kept. */
  cell(row: number, column: number): void {
    this.row(row);
    if (column > MAX_COLUMNS) {
      throw new TrackerFileError(
        `${this.where} has more than ${MAX_COLUMNS} columns (it reaches column ${column}, ${columnLetter(column - 1)}); the CLI reads at most ${MAX_COLUMNS} columns: ${FIX}`,
      );
    }
    this.lastRow = Math.max(this.lastRow, row);
    this.lastColumn = Math.max(this.lastColumn, column);
    // A cell written twice still costs parsing, so count cells as well as the area they span.
    this.cells++;
    if (this.cells > this.budget.remaining || this.lastRow * this.lastColumn > this.budget.remaining) this.tooManyCells();
  }

  /** The sheet is read: its area is taken from the file's budget. */
  done(): void {
    this.budget.remaining -= Math.max(this.cells, this.lastRow * this.lastColumn);
  }

  private tooManyCells(): never {
    throw new TrackerFileError(
      `${this.where} holds more than ${count(MAX_CELLS)} cells (rows times columns, all sheets together); the CLI reads at most ${count(MAX_CELLS)}: ${FIX}`,
    );
  }
}
