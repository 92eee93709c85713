/** How Sheets stores what a script writes into a cell, and how it reads it back. */

import { isDate } from './counter.ts';
import { formatDate } from './format-date.ts';
import type { CellModel, CellValue } from './model.ts';

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Writes a value as Sheets would from setValue/setValues: a string beginning with "=" becomes a
 * formula; a leading apostrophe forces text; numeric text becomes a number and TRUE/FALSE a
 * boolean — unless the cell's number format is plain text ("@"), which keeps strings as typed.
 * null and undefined clear the cell.
 */
export function writeValue(cell: CellModel, input: unknown): void {
  cell.formula = undefined;
  if (input === null || input === undefined || input === '') { cell.value = undefined; return; }
  if (isDate(input)) { cell.value = new Date(input.getTime()); return; }
  if (typeof input === 'number' || typeof input === 'boolean') { cell.value = input; return; }
  const text = String(input);
  if (cell.numberFormat === '@') { cell.value = text; return; }
  if (text.startsWith("'")) { cell.value = text.slice(1) || undefined; return; }
  if (text.startsWith('=') && text.length > 1) { cell.formula = text; cell.value = undefined; return; }
  if (NUMBER.test(text)) { cell.value = Number(text); return; }
  if (/^(true|false)$/i.test(text)) { cell.value = text.toUpperCase() === 'TRUE'; return; }
  cell.value = text;
}

/** getValue: '' for empty, a fresh Date for dates. */
export function readValue(cell: CellModel | undefined): CellValue {
  const v = cell?.value;
  if (v === undefined) return '';
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** getDisplayValue: numbers via String, booleans as TRUE/FALSE, dates as yyyy-MM-dd in the spreadsheet's zone. */
export function displayValue(cell: CellModel | undefined, timeZone: string): string {
  const v = cell?.value;
  if (v === undefined) return '';
  if (isDate(v)) return formatDate(v, timeZone, 'yyyy-MM-dd');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
