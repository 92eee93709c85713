/**
 * How the grid draws a cell, as Sheets draws it: its display text (a formula the local host does not
 * calculate shows as written), numbers right and booleans centred, colours only when they are
 * colours, text running on over the empty cells to its right, and the selection's blue edges.
 * Pure, so it is tested without a browser.
 */

import { columnLetter } from '../../shared/index.ts';
import type { ActiveSheetState, CellState, Selection } from '../page-api.ts';

/** A colour the page may put in a style: a hex value or a name, never anything that could close the rule. */
const COLOUR = /^#[0-9a-fA-F]{3,8}$|^[a-zA-Z]+$/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const BLUE = '#1a73e8';
/** The cell's padding, left and right, that spilled text does not run into. */
const PADDING = 9;

export interface CellView {
  /** What the cell shows. */
  readonly shown: string;
  /** What typing into it starts from: the formula, else the text. */
  readonly raw: string;
  readonly className: string;
  readonly style: Readonly<Record<string, string>>;
  /** Pixels the text may run on over (its own width and the empty cells after it); null when it does not spill. */
  readonly spillWidth: number | null;
  /** A tooltip for text too long to read in the cell. */
  readonly title: string | null;
}

const EMPTY: CellState = { t: '' };

function isEmpty(cell: CellState | undefined): boolean {
  return !cell || (cell.t === '' && !cell.f);
}

/** The selection when it is on this sheet. */
export function selectionOn(sheet: ActiveSheetState, selection: Selection | null): Selection | null {
  return selection && selection.sheet === sheet.name ? selection : null;
}

export function inSelection(sel: Selection | null, row: number, col: number): boolean {
  return sel !== null && row >= sel.top && row <= sel.bottom && col >= sel.left && col <= sel.right;
}

/** The cell at row `row` and column `col` (1-based) of the active sheet. */
export function cellView(sheet: ActiveSheetState, sel: Selection | null, row: number, col: number): CellView {
  const line = sheet.cells[row - 1] ?? [];
  const cell = line[col - 1] ?? EMPTY;
  const formulaOnly = cell.t === '' && Boolean(cell.f);
  const shown = formulaOnly ? (cell.f as string) : cell.t;
  // As in Sheets, text runs on over the empty cells to its right and stops at the first that holds anything.
  let spillWidth: number | null = null;
  if (shown !== '' && col < sheet.width && isEmpty(line[col])) {
    let room = sheet.columnWidths[col - 1] ?? 0;
    for (let k = col; k < sheet.width && isEmpty(line[k]); k++) room += sheet.columnWidths[k] ?? 0;
    spillWidth = room - PADDING;
  }
  const classes: string[] = [];
  if (NUMBER.test(cell.t)) classes.push('num');
  else if (cell.t === 'TRUE' || cell.t === 'FALSE') classes.push('bool');
  if (formulaOnly) classes.push('formula');
  if (spillWidth !== null) classes.push('spill');
  const style: Record<string, string> = {};
  if (cell.bg && COLOUR.test(cell.bg)) style.backgroundColor = cell.bg;
  if (cell.fg && COLOUR.test(cell.fg)) style.color = cell.fg;
  if (cell.bold) style.fontWeight = '700';
  if (sel && inSelection(sel, row, col)) {
    classes.push('sel');
    const edges: string[] = [];
    if (row === sel.top) edges.push(`inset 0 2px 0 ${BLUE}`);
    if (row === sel.bottom) edges.push(`inset 0 -2px 0 ${BLUE}`);
    if (col === sel.left) edges.push(`inset 2px 0 0 ${BLUE}`);
    if (col === sel.right) edges.push(`inset -2px 0 0 ${BLUE}`);
    // The edges are a variable of the cell's rule, so a cell being typed into can set them aside (Grid.css).
    if (edges.length > 0) style['--selection-edges'] = edges.join(',');
  }
  return { shown, raw: cell.f || cell.t, className: classes.join(' '), style, spillWidth, title: shown.length > 12 ? shown : null };
}

/** The name box's text: A1, or A1:C4 for a range; empty without a selection. */
export function rangeName(sel: Pick<Selection, 'top' | 'left' | 'bottom' | 'right'> | null): string {
  if (!sel) return '';
  const start = `${columnLetter(sel.left - 1)}${sel.top}`;
  return sel.bottom === sel.top && sel.right === sel.left ? start : `${start}:${columnLetter(sel.right - 1)}${sel.bottom}`;
}
