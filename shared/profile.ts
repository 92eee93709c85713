import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import type { ReferenceRequirement } from './reference/types.ts';

/**
 * A team's own take on the reference checklist. The add-on keeps it in the spreadsheet; the CLI
 * uses the default. Items based on proposals (GK) or consultants can be switched off.
 */
export interface Profile {
  /** Reference ids the team has switched off: rows matched to them count as N/A, and they are never listed as missing. */
  readonly disabled: readonly string[];
  /**
   * Proposals (based only on a consultant or an idea to verify, GK or CONS) the team has switched
   * on: only these count in the audit prediction, since no CP's tool is known to ask for the rest.
   */
  readonly proposalsOn: readonly string[];
  /** Refresh intervals in days that replace the reference's, by requirement id. */
  readonly intervals: Readonly<Record<string, number>>;
  /** Days ahead in which an item going stale or falling due is flagged as expiring. */
  readonly expiringWithinDays: number;
}

export const DEFAULT_PROFILE: Profile = {
  disabled: [],
  proposalsOn: [],
  intervals: {},
  expiringWithinDays: 30,
};

/** Evidence older than this many days is stale when nothing else is known of the requirement. */
export const DEFAULT_STALE_AFTER_DAYS = 365;

export function enabledRequirements(profile: Profile): ReferenceRequirement[] {
  const off = new Set(profile.disabled);
  return REFERENCE_CHECKLIST.filter((r) => !off.has(r.id));
}

/** Days after which a requirement's evidence is stale: the team's interval, the reference refresh interval, its evidence window, else a year. */
export function staleAfterDays(requirement: ReferenceRequirement | null, profile: Profile): number {
  if (requirement === null) return DEFAULT_STALE_AFTER_DAYS;
  return profile.intervals[requirement.id] ?? requirement.refreshIntervalDays ?? requirement.evidenceWindowDays ?? DEFAULT_STALE_AFTER_DAYS;
}

/**
 * The yearly submission falls in the month printed on the certificate: the next such month from
 * today (this month counts), as a year and month.
 */
export function nextSubmissionMonth(today: { year: number; month: number }, auditMonth: number): { year: number; month: number } {
  return { year: auditMonth >= today.month ? today.year : today.year + 1, month: auditMonth };
}
