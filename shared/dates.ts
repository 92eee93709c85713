import { parse as parseWithFormat, isValid } from 'date-fns';
import type { Cell } from './cells.ts';

/**
 * A calendar day as whole days since 1970-01-01. Trackers record days, not instants, so the
 * engine compares days and never meets a time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Days from the Sheets/Excel epoch (1899-12-30) to 1970-01-01. */
const SERIAL_EPOCH_OFFSET = 25_569;
/** Serial numbers accepted as dates: 1950-01-01 to 2149-12-31; other numbers are not dates. */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 91_312;

export function dayFromParts(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/**
 * A Date's calendar day in an IANA time zone (Sheets makes a date cell at midnight in the
 * spreadsheet's zone, not the script's), or without one in the runtime's zone (a CLI's file dates,
 * made at local midnight). Intl is ECMAScript itself, in Apps Script's V8 as in Node and browsers.
 */
export function dayFromDate(date: Date, timeZone?: string): Day | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  if (timeZone === undefined) return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
  let zone = ZONE_DAYS.get(timeZone);
  if (zone === undefined) {
    const offset = FIXED_OFFSET.exec(timeZone);
    zone = {
      offsetMs: offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * 60_000 : null,
      format: offset ? null : new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }),
      days: new Map(),
    };
    ZONE_DAYS.set(timeZone, zone);
  }
  if (zone.offsetMs !== null) return Math.floor((time + zone.offsetMs) / MS_PER_DAY);
  let day = zone.days.get(time);
  if (day === undefined) {
    const parts = zone.format!.formatToParts(date);
    const part = (type: string): number => Number(parts.find((p) => p.type === type)!.value);
    day = dayFromParts(part('year'), part('month'), part('day'))!;
    if (zone.days.size < CACHE_LIMIT) zone.days.set(time, day);
  }
  return day;
}

/** A zone Sheets did not recognise is a fixed offset such as "GMT-07:00", which Intl does not take. */
const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;
// A tracker's date cells are the same few thousand midnights over and over, and formatting one
// costs some microseconds: each zone keeps the days of the instants it has read.
const ZONE_DAYS = new Map<string, { offsetMs: number | null; format: Intl.DateTimeFormat | null; days: Map<number, Day> }>();

export function isoFromDay(day: Day): string {
  let iso = ISO_CACHE.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (ISO_CACHE.size < CACHE_LIMIT) ISO_CACHE.set(day, iso);
  }
  return iso;
}

// A tracker's verdicts name the same few thousand days over and over, and a Date per call was a
// good share of judging a 100,000-row tracker.
const ISO_CACHE = new Map<Day, string>();

/** Reads `YYYY-MM-DD` strictly (the CLI's --today). */
export function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Which part of `a/b/yyyy` is the day. Decided per column. */
export type SlashOrder = 'day-first' | 'month-first';

/** The slash order a locale writes dates in, e.g. en-GB → day-first, en-US → month-first. */
export function slashOrderForLocale(locale: string): SlashOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
    const dayAt = parts.findIndex((p) => p.type === 'day');
    const monthAt = parts.findIndex((p) => p.type === 'month');
    return dayAt < monthAt ? 'day-first' : 'month-first';
  } catch {
    return 'month-first';
  }
}

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * What a column's slashed dates say about their order: counts of values that can only be read
 * day-first (first part > 12) or only month-first (second part > 12).
 */
export function slashOrderEvidence(cells: Iterable<Cell>): { dayFirst: number; monthFirst: number } {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = SLASHED.exec(cell.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  return { dayFirst, monthFirst };
}

/** Decides a column's slash order from the values that disambiguate, else from the locale. */
export function decideSlashOrder(cells: Iterable<Cell>, fallback: SlashOrder): SlashOrder {
  const { dayFirst, monthFirst } = slashOrderEvidence(cells);
  if (dayFirst > monthFirst) return 'day-first';
  if (monthFirst > dayFirst) return 'month-first';
  return fallback;
}

// Spelled-out months, read by date-fns; tried in order, first valid wins.
const TEXT_FORMATS = [
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
  'MMMM d yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd-MMM-yyyy',
  'd-MMM-yy',
  'MMM. d, yyyy',
  'EEE, MMM d, yyyy',
  'EEEE, MMMM d, yyyy',
  'MMM yyyy',
  'MMMM yyyy',
  'MMM-yy',
  'yyyy-MM',
];
const REFERENCE_DATE = new Date(2000, 0, 1);
// The characters those formats can read: month and day names, numbers and the formats' own
// punctuation. Any other (the "/" and ":" of a link) and every format fails, so none is tried.
const READABLE_BY_FORMATS = new RegExp(`^[a-z0-9${[...new Set(TEXT_FORMATS.join('').replace(/[a-z]/gi, ''))].join('').replace(/[\\\]^-]/g, '\\$&')}]*$`, 'i');

function expandYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function readText(text: string, order: SlashOrder): Day | null {
  let m = YEAR_FIRST.exec(text);
  if (m) return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = expandYear(Number(m[3]));
    return order === 'day-first' ? dayFromParts(year, b, a) : dayFromParts(year, a, b);
  }
  // "03/2026": a month of a year, read as its first day like "March 2026".
  m = MONTH_YEAR.exec(text);
  if (m) return dayFromParts(Number(m[2]), Number(m[1]), 1);
  // Every spelled-out format has a year, so a text without a digit is no date: most text cells
  // (names, file names, statuses) are never handed to date-fns, the costly part of reading.
  if ((!/[a-z]/i.test(text) && !/^\d{4}-\d{2}$/.test(text)) || !/\d/.test(text)) return null;
  // "Jan. 2026", "12 Jan. 2026", "March, 2026", "4 March, 2026", "Mar-2026" read as the formats below spell them.
  const cleaned = text
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\bsept\b/gi, 'Sep')
    // Not after "17-": "17-Mar-2026" is 'd-MMM-yyyy' as it stands.
    .replace(/(?<!\d-)\b([a-z]{3,9})\.?(?:,\s*|\s*-\s*)(\d{4})$/i, '$1 $2')
    .replace(/\b([a-z]{3,4})\.(?=\s+\d{4}$)/i, '$1')
    .replace(/\s+/g, ' ');
  if (!READABLE_BY_FORMATS.test(cleaned)) return null;
  for (const format of TEXT_FORMATS) {
    const parsed = parseWithFormat(cleaned, format, REFERENCE_DATE);
    // "yyyy" happily reads "26" as the year 26: a tracker's dates are modern, so try the next format.
    if (isValid(parsed) && parsed.getFullYear() >= 1900) return dayFromDate(parsed);
  }
  return null;
}

// A month and year with no day: "09/2027", "2027-09", "Sept 2027", "Mar-27", "March, 2027".
const MONTH_ONLY = /^(\d{1,2}[/.-]\d{4}|\d{4}-\d{2}|[a-z]{3,9}\.?[\s,-]*(\d{2}|\d{4}))$/i;

/**
 * Whether a cell gives only a month of a year, which reads as the month's first day: a card
 * written to expire "09/2027" is good through September, so an expiry reads it as the month's end.
 */
export function writesMonthOnly(cell: Cell): boolean {
  return typeof cell === 'string' && MONTH_ONLY.test(cell.trim());
}

/** The last day of the day's month. */
export function endOfMonth(day: Day): Day {
  const date = new Date(day * 86_400_000);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 86_400_000) - 1;
}

// Text to day is pure for a given order, so one bounded cache per order serves every reader.
const TEXT_CACHE: Record<SlashOrder, Map<string, Day | null>> = { 'day-first': new Map(), 'month-first': new Map() };
/** Entries each cache here keeps, so a sheet of distinct values cannot grow one without end. */
const CACHE_LIMIT = 20_000;

/**
 * Reads a calendar day from a cell: Date objects, Sheets serial numbers, ISO and year-first text,
 * spelled-out months, and slashed dates in the column's order. Null when it is not a date.
 */
export class DateReader {
  private readonly cache: Map<string, Day | null>;

  /** `timeZone`: where Date cells are midnight (see dayFromDate). */
  constructor(
    readonly order: SlashOrder,
    readonly timeZone?: string,
  ) {
    this.cache = TEXT_CACHE[order];
  }

  read(cell: Cell): Day | null {
    if (cell instanceof Date) return dayFromDate(cell, this.timeZone);
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell) || cell < SERIAL_MIN || cell > SERIAL_MAX) return null;
      return Math.floor(cell) - SERIAL_EPOCH_OFFSET;
    }
    if (typeof cell !== 'string') return null;
    let day = this.cache.get(cell);
    if (day === undefined) {
      const text = cell.trim();
      day = text === '' || text.length > 40 ? null : readText(text, this.order);
      if (this.cache.size < CACHE_LIMIT) this.cache.set(cell, day);
    }
    return day;
  }
}
