import { type Day, dayFromParts, endOfMonth } from '../dates.ts';
import { type ExpiringWhy, type JudgedItem, judgeItem } from '../gaps.ts';
import { type Profile, nextSubmissionMonth, staleAfterDays } from '../profile.ts';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import type { SheetEvidence } from '../sheet-evidence.ts';

/**
 * Which submission comes at an anniversary of the certificate. A SECOR is valid 3 years, with a
 * maintenance submission in its years 2 and 3 (S18, S9, S19; checklist E0-06): the first and
 * second anniversaries are maintenance years 1 and 2, the third is the recertification audit.
 */
export type SubmissionKind = 'maintenance-1' | 'maintenance-2' | 'recertification';

/** The submission in words, for the report. */
export const SUBMISSION_LABEL: Record<SubmissionKind, string> = {
  'maintenance-1': 'maintenance year 1',
  'maintenance-2': 'maintenance year 2',
  recertification: 'recertification',
};

/** What the certificate says: its month, and the year it was issued when the team has entered it. */
export interface Certificate {
  /** Month (1-12) printed on the certificate: each yearly submission is due in it (S9, S10). */
  readonly auditMonth: number;
  /** Year of the certification audit; null when not entered, so which submission comes is unknown. */
  readonly certifiedYear: number | null;
}

/** The next yearly submission and the records it must show. */
export interface NextSubmission {
  /** Which submission it is; null when the certification year is not known. */
  readonly kind: SubmissionKind | null;
  /** The year it is due in. */
  readonly year: number;
  /** The month it is due in: the certificate's. */
  readonly month: number;
  /**
   * The last day it can be made: the end of the anniversary month. The sources name the month,
   * not a day (S9, S10), so the month's last day is a proposal, the latest day still in it.
   */
  readonly dueOn: Day;
  /**
   * The 12 whole months the records must cover (E0-05, S7, S8, S12): from the first of the due
   * month a year before to the last day of the month before the due month, since the submission
   * is prepared during its month from the year before it.
   */
  readonly window: { readonly from: Day; readonly to: Day };
}

/** A record that lapses on a known day: it goes stale, falls due or expires. */
export interface Lapse {
  /** A tracker row (1-based sheet row) or a sheet's newest record. */
  readonly source: 'row' | 'sheet';
  /** The sheet row, for a tracker row; null for a sheet. */
  readonly row: number | null;
  /** The row's requirement text, or the sheet's name. */
  readonly text: string;
  /** The reference requirement, e.g. "E4-02"; null for a row matched to none. */
  readonly requirement: string | null;
  /** The day it goes stale, falls due or expires. */
  readonly on: Day;
  /** How it lapses: its refresh interval runs out, its next-due date comes, or it expires. */
  readonly why: ExpiringWhy;
}

/** The yearly cycle as of a day: the next submission and what lapses before it. */
export interface YearlyCycle {
  /** The next submission: which, when, and the window its records must cover. */
  readonly submission: NextSubmission;
  /** Records that lapse from today up to the submission's due day, soonest first: renew them before submitting. */
  readonly beforeSubmission: readonly Lapse[];
  /** Those lapsing within the next DIGEST_DAYS days (whether or not before the submission), soonest first. */
  readonly nextDays: readonly Lapse[];
}

/** Days ahead the "falls due soon" list covers: the 30 days of the coordinator's digest. */
export const DIGEST_DAYS = 30;

const MS_PER_DAY = 86_400_000;

function yearMonthOf(day: Day): { year: number; month: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The submission a given anniversary (1, 2, 3, ...) brings; a recertified certificate is assumed to keep its month, so the cycle repeats (a proposal). */
function kindOf(anniversary: number): SubmissionKind {
  const inCycle = ((anniversary - 1) % 3) + 1;
  return inCycle === 1 ? 'maintenance-1' : inCycle === 2 ? 'maintenance-2' : 'recertification';
}

/**
 * The next submission from today: in the certificate's month (this month counts, as
 * nextSubmissionMonth says), never before the first anniversary, since the certification audit
 * itself is no yearly submission. Null when the month is not 1-12 or the year not a whole year.
 */
export function nextSubmission(today: Day, certificate: Certificate): NextSubmission | null {
  const { auditMonth, certifiedYear } = certificate;
  if (!Number.isInteger(auditMonth) || auditMonth < 1 || auditMonth > 12) return null;
  if (certifiedYear !== null && !Number.isInteger(certifiedYear)) return null;
  const next = nextSubmissionMonth(yearMonthOf(today), auditMonth);
  const year = certifiedYear === null ? next.year : Math.max(next.year, certifiedYear + 1);
  const first = dayFromParts(year, auditMonth, 1);
  const yearBefore = dayFromParts(year - 1, auditMonth, 1);
  if (first === null || yearBefore === null) return null;
  return {
    kind: certifiedYear === null ? null : kindOf(year - certifiedYear),
    year,
    month: auditMonth,
    dueOn: endOfMonth(first),
    window: { from: yearBefore, to: first - 1 },
  };
}

const REQUIREMENT_BY_ID = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));

/**
 * The yearly cycle: the next submission, the records that lapse before it and those lapsing in the
 * next DIGEST_DAYS days. Each row is judged again as judgeItem judges it, with the warning window
 * stretched to the horizon, so the day it lapses is the verdict's own; a sheet's newest record goes
 * stale as a row's date does, a day after its requirement's interval runs out. Null as
 * nextSubmission is; never throws.
 */
export function yearlyCycle(
  today: Day,
  certificate: Certificate,
  items: readonly JudgedItem[],
  sheetEvidence: readonly SheetEvidence[],
  profile: Profile,
): YearlyCycle | null {
  const submission = nextSubmission(today, certificate);
  if (submission === null) return null;
  const horizon = Math.max(submission.dueOn - today, DIGEST_DAYS);
  const stretched: Profile = { ...profile, expiringWithinDays: horizon };
  const lapses: Lapse[] = [];
  for (const item of items) {
    // An item already out of the score stays out: the team switched it off or marked it N/A.
    if (item.verdict.readiness === 'n/a') continue;
    const expiring = judgeItem(item, today, stretched).expiring;
    if (expiring !== null)
      lapses.push({ source: 'row', row: item.row + 1, text: item.text, requirement: item.requirement?.id ?? null, on: expiring.on, why: expiring.why });
  }
  for (const evidence of sheetEvidence) {
    if (evidence.latest === null || profile.disabled.includes(evidence.requirement)) continue;
    const on = evidence.latest + staleAfterDays(REQUIREMENT_BY_ID.get(evidence.requirement) ?? null, profile) + 1;
    if (on > today && on - today <= horizon)
      lapses.push({ source: 'sheet', row: null, text: evidence.sheet, requirement: evidence.requirement, on, why: 'stale' });
  }
  lapses.sort((a, b) => a.on - b.on || (a.row ?? Infinity) - (b.row ?? Infinity));
  return {
    submission,
    beforeSubmission: lapses.filter((l) => l.on <= submission.dueOn),
    nextDays: lapses.filter((l) => l.on - today <= DIGEST_DAYS),
  };
}
