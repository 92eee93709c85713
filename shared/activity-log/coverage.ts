import type { Day } from '../dates.ts';
import type { LogEvent } from './events.ts';
import { type Period, type Schedule, monthWords, periodWords } from './periods.ts';

/** What one period of the window holds: a record, none, none yet (under way), or it is before the records begin. */
export type PeriodStatus = 'covered' | 'missed' | 'pending' | 'before-log';

/** One period of the window, judged. */
export interface PeriodCoverage {
  /** The period: its first and last day, its name. */
  readonly period: Period;
  /** Whether it holds a record, or why it is not counted. */
  readonly status: PeriodStatus;
  /** Sheet rows (1-based) of the records in it. */
  readonly rows: readonly number[];
}

/** How one run of records (the whole log, or one site's) covers the window's periods. */
export interface RunCoverage {
  /** The first record's day; null when there is none. */
  readonly first: Day | null;
  readonly periods: readonly PeriodCoverage[];
  /** Periods with a record. */
  readonly covered: number;
  /** Periods counted: since the first record's, the one under way left out while it has none. */
  readonly of: number;
  /** The missed periods in words, "July, August 2026"; null when none is missed. */
  readonly missed: string | null;
}

/** One site's coverage, as the site column writes it. */
export interface SiteCoverage extends RunCoverage {
  /** The site as most of its rows write it ("Shop" for "Shop", "shop ", "SHOP"). */
  readonly site: string;
  /**
   * Whether the finding counts it: a site kept over time (records in 3 or more calendar months),
   * when 2 or more sites are. A job of a few weeks is covered by the company's own schedule, not its own.
   */
  readonly judged: boolean;
}

/** Calendar months with a record, at which a site reads as one kept over time. */
const STANDING_MONTHS = 3;

/** How records cover the schedule's periods, counted from the period of the first record on. */
export function coverRun(events: readonly LogEvent[], schedule: Schedule): RunCoverage {
  let first: Day | null = null;
  for (const e of events) if (first === null || e.day < first) first = e.day;
  const last = schedule.periods.length - 1;
  const periods = schedule.periods.map((period, i): PeriodCoverage => {
    const rows = events.filter((e) => e.day >= period.start && e.day <= period.end).map((e) => e.row);
    const status: PeriodStatus =
      rows.length > 0 ? 'covered' : first !== null && period.end < first ? 'before-log' : i === last && schedule.lastUnderWay ? 'pending' : 'missed';
    return { period, status, rows };
  });
  const missed = periods.filter((p) => p.status === 'missed').map((p) => p.period);
  return {
    first,
    periods,
    covered: periods.filter((p) => p.status === 'covered').length,
    of: periods.filter((p) => p.status === 'covered' || p.status === 'missed').length,
    missed: missed.length === 0 ? null : periodWords(missed),
  };
}

/** A site's key: case, spaces and trailing punctuation aside ("Shop", "shop ", "SHOP." are one). */
function siteKey(site: string): string {
  return site
    .toLowerCase()
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each site's coverage, in the order sites first appear; empty when no row names a site. */
export function coverSites(events: readonly LogEvent[], schedule: Schedule): SiteCoverage[] {
  const bySite = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (e.site === null) continue;
    const key = siteKey(e.site);
    const these = bySite.get(key);
    if (these === undefined) bySite.set(key, [e]);
    else these.push(e);
  }
  const months = (these: readonly LogEvent[]) => new Set(these.map((e) => monthWords(e.day))).size;
  const standing = [...bySite.values()].filter((these) => months(these) >= STANDING_MONTHS).length;
  return [...bySite.values()].map((these) => ({
    ...coverRun(these, schedule),
    site: writtenMost(these.map((e) => e.site!)),
    judged: standing >= 2 && months(these) >= STANDING_MONTHS,
  }));
}

/** The writing most rows use, the first among equals. */
function writtenMost(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = texts[0]!;
  for (const [t, n] of counts) if (n > counts.get(best)!) best = t;
  return best;
}

/** "11 of 12 months", "7 of 7 months since the log began in May 2026". */
export function countWords(run: RunCoverage, schedule: Schedule, began: string): string {
  const unit = schedule.unit[run.of === 1 ? 0 : 1];
  // Only a first record after the window's first period shortens the count.
  const since = run.first !== null && run.first > schedule.periods[0]!.end ? ` since ${began} ${monthWords(run.first)}` : '';
  return `${run.covered} of ${run.of} ${unit}${since}`;
}
