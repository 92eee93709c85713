/** How Sheets stores what a script writes into a cell, and how it reads it back. */

import { isDate } from './counter.ts';
import { formatDate, zonedMidnight } from './format-date.ts';
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

/**
 * Which way a slashed date typed in the Sheets UI is read, by the spreadsheet's locale (which
 * numbers and dates the UI recognises depends on it:
 * https://stackoverflow.com/questions/73767719, "locale differences in google sheets"). Google
 * lists no order per locale; these are the countries' own orders, Canada (English) month-first
 * as the United States (an assumption). Another locale makes a slashed date throw, not guess.
 */
const SLASHED_ORDER: Record<string, 'MDY' | 'DMY'> = {
  en_US: 'MDY', en_CA: 'MDY',
  en_GB: 'DMY', en_AU: 'DMY', en_NZ: 'DMY', en_IE: 'DMY', en_IN: 'DMY',
};

const GROUPED = /^\s*[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const SLASHED = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;
/** Shapes the Sheets UI also turns into numbers or dates, which the local host does not read. */
const UNREAD: [RegExp, string][] = [
  [/^\s*[+-]?[$€£¥]\s*[\d.,]+\s*$|^\s*[+-]?[\d.,]+\s*[$€£¥]\s*$/, 'a currency amount'],
  [/^\s*[+-]?[\d.,]+\s*%\s*$/, 'a percentage'],
  [/^\s*\d{1,2}:\d{2}/, 'a time'],
  [/^\s*\d{4}-\d{1,2}-\d{1,2}[ T]\d|^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d/, 'a date and time'],
  [/^\s*\d{1,2}\/\d{1,2}(?:\/\d{2})?\s*$/, 'a date without a four-digit year'],
  [/^\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*$|^\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\s*$/i, 'a date with a month name'],
];

function calendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Writes text as a person typing it into a cell in the Sheets UI: as `writeValue` (a leading "="
 * is a formula, a leading apostrophe keeps text, numbers and TRUE/FALSE are read, a plain-text
 * "@" cell keeps it all as typed), and also numbers with thousands separators (1,234.5) and
 * dates (2026-01-15, or slashed in the locale's order) at midnight in the spreadsheet's time zone
 * (a typed date has no time of day; the spreadsheet's zone is where its day is). Empty text clears
 * the value. Currency, percentages, times and other date
 * shapes, which Sheets also reads, throw: the local host does not read them.
 */
export function typeText(cell: CellModel, text: string, locale: string, timeZone: string): void {
  if (cell.numberFormat === '@' || text.startsWith("'") || text.startsWith('=') || text === '') {
    writeValue(cell, text);
    return;
  }
  if (GROUPED.test(text)) { writeValue(cell, Number(text.replace(/,/g, ''))); return; }
  let m = ISO_DATE.exec(text);
  let ymd: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  if (!ymd && (m = SLASHED.exec(text))) {
    const order = SLASHED_ORDER[locale];
    if (!order) throw new Error(`Local host: reading the typed date "${text}" in the locale ${locale} is not implemented (known: ${Object.keys(SLASHED_ORDER).join(', ')}).`);
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    ymd = order === 'MDY' ? [year, a, b] : [year, b, a];
  }
  if (ymd) {
    // A day that does not exist (2026-02-30) stays text, as in Sheets.
    writeValue(cell, calendarDay(...ymd) ? zonedMidnight(...ymd, timeZone) : text);
    return;
  }
  for (const [shape, what] of UNREAD) {
    if (shape.test(text)) throw new Error(`Local host: reading "${text}" as ${what}, as the Sheets UI would, is not implemented.`);
  }
  writeValue(cell, text);
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
