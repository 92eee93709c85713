import { type Day, dayFromParts, isoFromDay } from '../dates.ts';
import { nameList } from '../words.ts';

/** One period of a log's schedule: a week, a calendar month or quarter, or the year to today. */
export interface Period {
  /** Its first day. */
  readonly start: Day;
  /** Its last day, inclusive. */
  readonly end: Day;
  /** Its name without the year where a year follows: "July", "Q3", "the week of 2026-07-06". */
  readonly label: string;
  /** The year the label is of, or null when the label says all ("the week of ..."). */
  readonly year: number | null;
}

/** How a log's periods are cut: the reviewer counts calendar periods, not days since the last record. */
export interface Schedule {
  /** What the count is of, singular and plural: "month", "months". */
  readonly unit: readonly [string, string];
  /** The periods of the 12 months up to today, oldest first; the last holds today. */
  readonly periods: readonly Period[];
  /** Whether the last period runs on after today (a month under way): left out of the count while it has no record. */
  readonly lastUnderWay: boolean;
}

/** How a week's label begins; missed weeks are named together after it. */
const WEEK_OF = 'the week of ';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Months per calendar period, for intervals from a month to half a year: each divides the year.
const MONTH_SPANS = [1, 2, 3, 4, 6] as const;
const SPAN_UNIT: Readonly<Record<(typeof MONTH_SPANS)[number], readonly [string, string]>> = {
  1: ['month', 'months'],
  2: ['two-month period', 'two-month periods'],
  3: ['quarter', 'quarters'],
  4: ['four-month period', 'four-month periods'],
  6: ['half-year', 'half-years'],
};

function partsOf(day: Day): { year: number; month: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/**
 * The periods a requirement's interval cuts the last 12 months into: weeks for an interval up to
 * 10 days; calendar months, two-months, quarters, four-months or half-years up to half a year
 * (30 days is monthly, 92 quarterly, as the reference counts them); beyond, one period of the
 * interval's days up to today ("one drill in the 12 months").
 */
export function scheduleOf(intervalDays: number, today: Day): Schedule {
  if (intervalDays <= 10) {
    // Weeks from Monday: 1970-01-01 was a Thursday, so day 4 is a Monday.
    const monday = today - ((((today - 4) % 7) + 7) % 7);
    const periods = Array.from({ length: 52 }, (_, i) => {
      const start = monday - (51 - i) * 7;
      return { start, end: start + 6, label: `${WEEK_OF}${isoFromDay(start)}`, year: null };
    });
    return { unit: ['week', 'weeks'], periods, lastUnderWay: true };
  }
  const months = Math.round(intervalDays / 30.4);
  const span = MONTH_SPANS.find((s) => s >= Math.max(1, months));
  if (span === undefined || intervalDays > 200) {
    const years = Math.round(intervalDays / 365);
    const label =
      years >= 1 && Math.abs(intervalDays - years * 365) <= 5
        ? `the ${years === 1 ? '12 months' : `${years} years`} to ${isoFromDay(today)}`
        : `the ${intervalDays} days to ${isoFromDay(today)}`;
    return { unit: ['period', 'periods'], periods: [{ start: today - intervalDays + 1, end: today, label, year: null }], lastUnderWay: false };
  }
  const { year, month } = partsOf(today);
  const current = Math.floor((year * 12 + month - 1) / span);
  const periods = Array.from({ length: 12 / span }, (_, i) => {
    const index = current - (12 / span - 1) + i;
    const first = index * span;
    const y = Math.floor(first / 12);
    const m = (first % 12) + 1;
    const next = first + span;
    const end = dayFromParts(Math.floor(next / 12), (next % 12) + 1, 1)! - 1;
    const label = span === 1 ? MONTHS[m - 1]! : span === 3 ? `Q${(m + 2) / 3}` : `${MONTHS[m - 1]}-${MONTHS[m + span - 2]}`;
    return { start: dayFromParts(y, m, 1)!, end, label, year: y };
  });
  return { unit: SPAN_UNIT[span], periods, lastUnderWay: true };
}

/** Periods in words, each year said once after its own: "December 2025, July, August 2026"; "the weeks of 2026-07-06, 2026-07-13". */
export function periodWords(periods: readonly Period[]): string {
  if (periods.length > 1 && periods.every((p) => p.label.startsWith(WEEK_OF)))
    return `the weeks of ${nameList(periods.map((p) => p.label.slice(WEEK_OF.length)))}`;
  const parts: string[] = [];
  periods.forEach((p, i) => {
    const next = periods[i + 1];
    const yearEnds = p.year !== null && (next === undefined || next.year !== p.year);
    parts.push(yearEnds ? `${p.label} ${p.year}` : p.label);
  });
  return parts.join(', ');
}

/** A month in words, "May 2026", for where a log or a site began. */
export function monthWords(day: Day): string {
  const { year, month } = partsOf(day);
  return `${MONTHS[month - 1]} ${year}`;
}
