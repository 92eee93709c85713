import { describe, expect, it } from 'vitest';
import { shapeMenuItems } from './shape-menu-items.ts';

describe("a row's or column's menu", () => {
  it('inserts either side, deletes, and moves one place, as Sheets words it', () => {
    expect(shapeMenuItems('rows', 4)).toEqual([
      { label: 'Insert 1 row above', change: { op: 'insert', axis: 'rows', index: 4 } },
      { label: 'Insert 1 row below', change: { op: 'insert', axis: 'rows', index: 5 } },
      { label: 'Delete row 4', change: { op: 'delete', axis: 'rows', index: 4 } },
      { label: 'Move row up', change: { op: 'move', axis: 'rows', index: 4, to: 3 } },
      // A move lands before `to`: past the next row.
      { label: 'Move row down', change: { op: 'move', axis: 'rows', index: 4, to: 6 } },
    ]);
  });

  it('names a column by its letter and offers no move left from the first', () => {
    const labels = shapeMenuItems('columns', 1).map((item) => item.label);
    expect(labels).toEqual(['Insert 1 column left', 'Insert 1 column right', 'Delete column A', 'Move column right']);
    expect(shapeMenuItems('columns', 28).map((item) => item.label)).toContain('Delete column AB');
  });
});
