import { describe, expect, it } from 'vitest';
import type { ActiveSheetState, CellState } from '../page-api.ts';
import { cellView, rangeName, selectionOn } from './grid-cells.ts';

function sheetOf(cells: CellState[][], widths = [100, 80, 60, 50]): ActiveSheetState {
  return {
    name: 'Tracker',
    width: widths.length,
    rows: cells.length,
    lastRow: cells.length,
    lastColumn: widths.length,
    truncated: null,
    frozenRows: 0,
    columnWidths: widths,
    cells,
    unknownRules: 0,
  };
}

describe('cellView', () => {
  it('runs text on over the empty cells to its right and stops at the first that holds anything', () => {
    const sheet = sheetOf([[{ t: 'Fall protection plan for every roof' }, { t: '' }, { t: '' }, { t: 'Done' }]]);
    const view = cellView(sheet, null, 1, 1);
    expect(view.spillWidth).toBe(100 + 80 + 60 - 9);
    expect(view.className).toBe('spill');
    expect(view.title).toBe('Fall protection plan for every roof');
  });

  it('does not spill into a cell that holds only a formula, nor past the last column', () => {
    const sheet = sheetOf([[{ t: 'Long words here' }, { t: '', f: '=A1' }, { t: '' }, { t: 'last column text' }]]);
    expect(cellView(sheet, null, 1, 1).spillWidth).toBeNull();
    expect(cellView(sheet, null, 1, 4).spillWidth).toBeNull();
  });

  it('shows a formula the local host does not calculate as written, and types from it', () => {
    const view = cellView(sheetOf([[{ t: '', f: '=TODAY()' }, { t: 'x' }]]), null, 1, 1);
    expect(view).toMatchObject({ shown: '=TODAY()', raw: '=TODAY()', className: 'formula' });
  });

  it('aligns numbers right and booleans centre, as Sheets does', () => {
    const sheet = sheetOf([[{ t: '-12.5e3' }, { t: 'TRUE' }, { t: '12 workers' }, { t: '7' }]]);
    expect(cellView(sheet, null, 1, 2).className).toBe('bool');
    expect(cellView(sheet, null, 1, 4).className).toBe('num');
    expect(cellView(sheet, null, 1, 3).className).toBe('');
  });

  it('puts only colours into the style: a value that could close the rule is dropped', () => {
    const sheet = sheetOf([[{ t: 'a', bg: '#f4c7c3', fg: 'red;background:url(x)', bold: true }, { t: 'b' }]]);
    expect(cellView(sheet, null, 1, 1).style).toEqual({ backgroundColor: '#f4c7c3', fontWeight: '700' });
  });

  it("draws the selection's outer edges only", () => {
    const cells = [0, 1, 2].map(() => [{ t: 'a' }, { t: 'b' }, { t: 'c' }, { t: 'd' }]);
    const sheet = sheetOf(cells);
    const sel = { sheet: 'Tracker', top: 1, left: 1, bottom: 3, right: 2 };
    expect(cellView(sheet, sel, 1, 1).style['--selection-edges']).toBe('inset 0 2px 0 #1a73e8,inset 2px 0 0 #1a73e8');
    expect(cellView(sheet, sel, 2, 2).style['--selection-edges']).toBe('inset -2px 0 0 #1a73e8');
    expect(cellView(sheet, sel, 2, 3).className).toBe('');
    expect(cellView(sheet, sel, 2, 1).className).toBe('sel');
    expect(cellView(sheet, sel, 2, 1).style['--selection-edges']).toBe('inset 2px 0 0 #1a73e8');
  });

  it('reads past the rows and columns the page was sent as empty cells', () => {
    expect(cellView(sheetOf([[{ t: 'a' }]]), null, 5, 3)).toMatchObject({ shown: '', raw: '', spillWidth: null });
  });
});

describe('the name box', () => {
  it('names a cell or a range in letters, and a selection on another sheet is not shown', () => {
    expect(rangeName({ top: 31, left: 3, bottom: 31, right: 3 })).toBe('C31');
    expect(rangeName({ top: 4, left: 1, bottom: 9, right: 28 })).toBe('A4:AB9');
    expect(rangeName(null)).toBe('');
    expect(selectionOn(sheetOf([]), { sheet: 'Action Plan', top: 1, left: 1, bottom: 1, right: 1 })).toBeNull();
  });
});
