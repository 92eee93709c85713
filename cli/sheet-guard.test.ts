import { describe, expect, it } from 'vitest';
import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS } from './limits.ts';
import { CellBudget, SheetGuard } from './sheet-guard.ts';
import { TrackerFileError } from './tracker-file-error.ts';

const guard = (budget = new CellBudget()) => new SheetGuard('t.xlsx, sheet "S"', budget);

describe('SheetGuard', () => {
  it('lets a sheet up to the limits through', () => {
    const g = guard();
    g.declared(MAX_ROWS, 10, 'A1:J100000');
    g.cell(MAX_ROWS, 10);
    expect(() => g.done()).not.toThrow();
    expect(() => guard().cell(1, MAX_COLUMNS)).not.toThrow();
  });

  it('refuses a declared dimension past the rows or columns, naming the ref', () => {
    expect(() => guard().declared(MAX_ROWS + 1, 1, 'A1:A100001')).toThrow(/declares 100001 rows and 1 columns \(A1:A100001\)/);
    expect(() => guard().declared(1, MAX_COLUMNS + 1, 'A1:SG1')).toThrow(TrackerFileError);
  });

  it('stops at the first row or column past the limit', () => {
    expect(() => guard().row(MAX_ROWS + 1)).toThrow(`more than ${MAX_ROWS.toLocaleString('en-US')} rows (it reaches row ${MAX_ROWS + 1})`);
    expect(() => guard().cell(1, MAX_COLUMNS + 1)).toThrow(`more than ${MAX_COLUMNS} columns (it reaches column ${MAX_COLUMNS + 1}, SG)`);
  });

  it('counts the area a sheet spans, since the grid fills the gaps', () => {
    const g = guard();
    g.cell(1, 400);
    expect(() => g.cell(Math.floor(MAX_CELLS / 400) + 1, 1)).toThrow(/more than 2,000,000 cells/);
  });

  it('shares one budget between the sheets of a file', () => {
    const budget = new CellBudget();
    const first = guard(budget);
    first.cell(MAX_CELLS / 100, 100);
    first.done();
    expect(() => guard(budget).cell(1, 1)).toThrow(/cells/);
  });
});
