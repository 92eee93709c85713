/**
 * The items of a row's or column's menu (right-click its number or letter), as Sheets words them:
 * insert one either side, delete it, move it one place. Moving the first one up or left is not offered.
 */

import { columnLetter } from '../../shared/index.ts';
import type { ShapeChange } from '../page-api.ts';

export interface ShapeMenuItem {
  readonly label: string;
  readonly change: ShapeChange;
}

/** The menu of row `n` (axis rows) or column `n` (axis columns), 1-based. */
export function shapeMenuItems(axis: 'rows' | 'columns', n: number): ShapeMenuItem[] {
  const rows = axis === 'rows';
  const items: ShapeMenuItem[] = [
    { label: rows ? 'Insert 1 row above' : 'Insert 1 column left', change: { op: 'insert', axis, index: n } },
    { label: rows ? 'Insert 1 row below' : 'Insert 1 column right', change: { op: 'insert', axis, index: n + 1 } },
    { label: rows ? `Delete row ${n}` : `Delete column ${columnLetter(n - 1)}`, change: { op: 'delete', axis, index: n } },
  ];
  if (n > 1) items.push({ label: rows ? 'Move row up' : 'Move column left', change: { op: 'move', axis, index: n, to: n - 1 } });
  items.push({ label: rows ? 'Move row down' : 'Move column right', change: { op: 'move', axis, index: n, to: n + 2 } });
  return items;
}
