import type { Cell } from './cells.ts';

/** What a bare number in an interval column counts: said by its header ("Review every (months)"). */
export type IntervalUnit = 'days' | 'weeks' | 'months' | 'years';

// Days per unit, matched to the reference checklist's intervals: a month is 30 days, a quarter
// 92, a year 365, so "monthly" or "every 3 years" is never looser than the reference's own 30 or 1095.
const DAYS_PER: Record<IntervalUnit, number> = { days: 1, weeks: 7, months: 30, years: 365 };

/** Months as days: whole years count 365 each and whole quarters 92, as the reference counts them. */
function monthsToDays(months: number): number {
  if (months % 12 === 0) return (months / 12) * DAYS_PER.years;
  if (months % 3 === 0) return (months / 3) * 92;
  return Math.round(months * DAYS_PER.months);
}

function toDays(count: number, unit: IntervalUnit): number {
  return unit === 'months' ? monthsToDays(count) : Math.round(count * DAYS_PER[unit]);
}

// The words teams write for how often, as a count of units.
const NAMED = new Map<string, readonly [number, IntervalUnit]>(
  Object.entries({
    daily: [1, 'days'],
    'every day': [1, 'days'],
    'each day': [1, 'days'],
    'every shift': [1, 'days'],
    'each shift': [1, 'days'],
    'per shift': [1, 'days'],
    'pre-shift': [1, 'days'],
    weekly: [1, 'weeks'],
    biweekly: [2, 'weeks'],
    'bi-weekly': [2, 'weeks'],
    fortnightly: [2, 'weeks'],
    'every other week': [2, 'weeks'],
    monthly: [1, 'months'],
    bimonthly: [2, 'months'],
    'bi-monthly': [2, 'months'],
    'every other month': [2, 'months'],
    quarterly: [3, 'months'],
    'every quarter': [3, 'months'],
    'per quarter': [3, 'months'],
    'each quarter': [3, 'months'],
    'semi-annually': [6, 'months'],
    semiannually: [6, 'months'],
    'semi-annual': [6, 'months'],
    semiannual: [6, 'months'],
    'half-yearly': [6, 'months'],
    'twice a year': [6, 'months'],
    'twice yearly': [6, 'months'],
    annually: [1, 'years'],
    annual: [1, 'years'],
    yearly: [1, 'years'],
    'once a year': [1, 'years'],
    biennially: [2, 'years'],
    biennial: [2, 'years'],
    'every other year': [2, 'years'],
    triennially: [3, 'years'],
    triennial: [3, 'years'],
  } as Record<string, readonly [number, IntervalUnit]>),
);

const UNIT_WORDS: readonly [RegExp, IntervalUnit][] = [
  [/^(d|days?)$/, 'days'],
  [/^(w|wks?|weeks?)$/, 'weeks'],
  [/^(m|mos?|mths?|months?)$/, 'months'],
  [/^(y|yrs?|years?)$/, 'years'],
];

function unitOf(word: string): IntervalUnit | null {
  return UNIT_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

// A Map, not an object: a cell reading "constructor" must not find Object's own properties.
const SPELLED = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, eighteen: 18, twenty: 20 }));

// "every 3 years", "3 yrs", "12 months", "every 6 wks", "90 days", "every two weeks"; "per year", "once a month".
const COUNTED = /^(?:every\s+)?(\d+(?:\.\d+)?|one|two|three|four|five|six|twelve|eighteen|twenty)\s*-?\s*([a-z]+)$/;
const PER = /^(?:once\s+)?(?:a|per|each|every|\/)\s*([a-z]+)$/;

// "Weekly (Mon)", "Yearly - Jan", "Monthly*": the team's remark after the interval names no other.
const REMARK = /\s*\([^)]*\)\s*$|\s+[-–—]\s+.*$|\*+$/;

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(REMARK, '')
    .replace(/[.,;:!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Days between renewals a cell names: "monthly", "quarterly", "annually", "every 3 years",
 * "18 months", or a bare number counted in the column's unit. Null when it names none ("as
 * needed", "per job", blank), so the reference interval applies.
 */
export function readInterval(cell: Cell, unit: IntervalUnit): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell > 0 ? toDays(cell, unit) : null;
  if (typeof cell !== 'string') return null;
  const text = normalise(cell);
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return n > 0 ? toDays(n, unit) : null;
  }
  return readWords(text);
}

/** True when a cell names an interval in words (a bare number could be anything). */
export function looksLikeInterval(cell: Cell): boolean {
  return typeof cell === 'string' && readWords(normalise(cell)) !== null;
}

function readWords(text: string): number | null {
  const named = NAMED.get(text);
  if (named !== undefined) return toDays(...named);
  const counted = COUNTED.exec(text);
  if (counted) {
    const count = SPELLED.get(counted[1]!) ?? Number(counted[1]);
    const countedUnit = unitOf(counted[2]!);
    return countedUnit !== null && count > 0 ? toDays(count, countedUnit) : null;
  }
  const per = PER.exec(text);
  const perUnit = per ? unitOf(per[1]!) : null;
  if (perUnit !== null) return toDays(1, perUnit);
  return timesPer(text);
}

// "2x/year", "4 times a year", "twice/yr", "once/yr": so many times in each unit.
const TIMES = /^(\d+|once|twice)\s*(?:x|times)?\s*(?:a|per|each|\/)\s*([a-z]+)$/;

function timesPer(text: string): number | null {
  const m = TIMES.exec(text);
  const unit = m ? unitOf(m[2]!) : null;
  if (m === null || unit === null) return null;
  const times = m[1] === 'once' ? 1 : m[1] === 'twice' ? 2 : Number(m[1]);
  if (!(times > 0)) return null;
  // Whole months where they divide a year ("2x/year" is every 6 months, 184 days, as "semi-annually").
  if (unit === 'years' && 12 % times === 0) return toDays(12 / times, 'months');
  return Math.max(1, Math.round(toDays(1, unit) / times));
}

/** The unit a header counts bare numbers in ("Review every (months)", "Frequency (days)"); months when it says none. */
export function intervalUnitOf(header: string): IntervalUnit {
  for (const word of header.toLowerCase().split(/[^a-z]+/)) {
    const unit = word.length > 1 ? unitOf(word) : null;
    if (unit !== null) return unit;
  }
  return 'months';
}
