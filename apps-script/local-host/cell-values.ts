/** How Sheets stores what a script writes into a cell, and how it reads it back. */

import { isDate } from './counter.ts';
import { formatDate, zonedMidnight } from './format-date.ts';
import type { CellModel, CellValue } from './model.ts';

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const GROUPED = /^\s*[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?\s*$/;
const PERCENT = /^\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*%\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const SLASHED = /^\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s*$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '([a-z]{3,9})\\.?';
/** "Mar 2026", "Mar 15, 2026", "15 Mar 2026", "Mar 15", "15 Mar": month, day, year groups by shape. */
const NAMED: [RegExp, { month: number; day?: number; year?: number }][] = [
  [new RegExp(`^\\s*${MONTH}\\s+(\\d{4})\\s*$`, 'i'), { month: 1, year: 2 }],
  [new RegExp(`^\\s*${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*$`, 'i'), { month: 1, day: 2, year: 3 }],
  [new RegExp(`^\\s*(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\s*$`, 'i'), { day: 1, month: 2, year: 3 }],
];
/** Shapes Sheets also turns into numbers or dates, which the local host does not read. */
const UNREAD: [RegExp, string][] = [
  [/^\s*[+-]?[$€£¥]\s*[\d.,]+\s*$|^\s*[+-]?[\d.,]+\s*[$€£¥]\s*$/, 'a currency amount'],
  [/^\s*\d{1,2}:\d{2}/, 'a time'],
  [/^\s*\d{4}-\d{1,2}-\d{1,2}[ T]\d|^\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+\d/, 'a date and time'],
  [/^\s*\d{1,2}\/\d{1,2}\/\d{2}\s*$|^\s*\d{4}\/\d{1,2}\/\d{1,2}\s*$/, 'a date with a two-digit year or year first'],
  [/^\s*(?:\d{1,2}[-/ ])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-/ ,]+\d{1,4}(?:[-/ ,]+\d{2,4})?\s*$/i, 'a date with a month name'],
];

/**
 * Which way a slashed date is read, by the spreadsheet's locale (which numbers and dates Sheets
 * recognises depends on it: https://stackoverflow.com/questions/73767719, "locale differences in
 * google sheets"). Google lists no order per locale; these are the countries' own orders, Canada
 * (English) month-first as the United States (an assumption). Another locale makes a slashed date
 * throw, not guess.
 */
const SLASHED_ORDER: Record<string, 'MDY' | 'DMY'> = {
  en_US: 'MDY',
  en_CA: 'MDY',
  en_GB: 'DMY',
  en_AU: 'DMY',
  en_NZ: 'DMY',
  en_IE: 'DMY',
  en_IN: 'DMY',
};

/** What text is read against: the spreadsheet's locale and time zone, and the clock (a date without a year is this year's). */
/** A cell holds at most 50,000 characters, typed or written (the message is the one Sheets gives). */
export const MAX_CELL_CHARACTERS = 50_000;
export const TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

export interface TextReading {
  readonly locale: string;
  readonly timeZone: string;
  readonly now: Date;
}

function calendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function monthNumber(name: string): number | null {
  const word = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m.startsWith(word));
  return i < 0 ? null : i + 1;
}

/** Year, month and day of a date shape, or null when the text has none (a day that does not exist is none). */
function dateOf(text: string, { locale, now, timeZone }: TextReading): [number, number, number] | null {
  const thisYear = () => Number(formatDate(now, timeZone, 'yyyy'));
  let ymd: [number, number, number] | null = null;
  let m = ISO_DATE.exec(text);
  if (m) ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = SLASHED.exec(text))) {
    const order = SLASHED_ORDER[locale];
    if (!order)
      throw new Error(`Local host: reading the date "${text}" in the locale ${locale} is not implemented (known: ${Object.keys(SLASHED_ORDER).join(', ')}).`);
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = m[3] ? Number(m[3]) : thisYear();
    ymd = order === 'MDY' ? [year, a, b] : [year, b, a];
  } else {
    for (const [shape, at] of NAMED) {
      const n = shape.exec(text);
      const month = n ? monthNumber(n[at.month]!) : null;
      if (!n || month === null) continue;
      const day = at.day ? Number(n[at.day]) : 1;
      const year = at.year && n[at.year] ? Number(n[at.year]) : thisYear();
      ymd = [year, month, day];
      break;
    }
  }
  return ymd && calendarDay(...ymd) ? ymd : null;
}

/**
 * What Sheets makes of text entered into a cell, typed in the UI or written by a script (the
 * stricter reading of setValue: as the Sheets API's USER_ENTERED, "parsed exactly as if the user
 * typed them into the UI"): numbers (also 1,234.5 and leading zeros: 0123 is 123), percentages
 * (50% is 0.5), TRUE/FALSE in any case, and dates (2026-01-15; slashed in the locale's order, 1/2
 * in this year; with a month name: Mar 2026 is its first day) at midnight in the spreadsheet's
 * time zone. A day that does not exist (2026-02-30) and any other text stay text; currency, times
 * and other date shapes, which Sheets also reads, throw: the local host does not read them.
 */
function readText(text: string, reading: TextReading): CellValue {
  if (NUMBER.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  const percent = PERCENT.exec(text);
  if (percent && /\d/.test(percent[1]!)) return Number(percent[1]!.replace(/,/g, '')) / 100;
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  const ymd = dateOf(text, reading);
  if (ymd) return zonedMidnight(...ymd, reading.timeZone);
  if (ISO_DATE.test(text) || SLASHED.test(text) || NAMED.some(([shape]) => shape.test(text))) return text;
  for (const [shape, what] of UNREAD) {
    if (shape.test(text)) throw new Error(`Local host: reading "${text}" as ${what}, as Sheets would, is not implemented.`);
  }
  return text;
}

/**
 * Writes a value as Sheets would from setValue/setValues, or as a person typing it: Dates,
 * numbers and booleans as given; null, undefined and '' clear the cell; a string beginning with
 * "=" becomes a formula; a leading apostrophe keeps the rest as text; a cell whose number format
 * is plain text ("@") keeps any string as given; other strings are read as `readText` says.
 */
export function writeValue(cell: CellModel, input: unknown, reading: TextReading): void {
  cell.formula = undefined;
  if (input === null || input === undefined || input === '') {
    cell.value = undefined;
    return;
  }
  if (isDate(input)) {
    cell.value = new Date(input.getTime());
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1) || undefined;
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    cell.value = undefined;
    return;
  }
  cell.value = readText(text, reading);
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
