import { type Day, isoFromDay } from './dates.ts';
import type { TrackerItem } from './items.ts';
import { type Profile, staleAfterDays } from './profile.ts';
import type { ReferenceRequirement } from './reference/types.ts';
import { inDays, plural, upperFirst } from './words.ts';

/** What blocks an item from counting as ready, in the order they are reported. */
export const GAP_KINDS = ['missing-evidence', 'undated', 'stale', 'expired', 'overdue', 'open'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** How each gap is named to a person, worst first as GAP_KINDS orders them. */
export const GAP_LABEL: Record<GapKind, string> = {
  'missing-evidence': 'Missing evidence',
  undated: 'Evidence without a date',
  stale: 'Stale evidence',
  expired: 'Expired',
  overdue: 'Overdue',
  open: 'Not done yet',
};

/** Shown beside an item, but it still counts as ready. */
export const WARNING_KINDS = ['no-owner', 'expiring', 'looser-than-reference', 'unmatched'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const WARNING_LABEL: Record<WarningKind, string> = {
  'no-owner': 'No owner',
  expiring: 'Expiring soon',
  'looser-than-reference': 'Renewed less often than SECOR expects',
  unmatched: 'Not matched to a SECOR requirement',
};

export type ItemReadiness = 'ready' | 'gap' | 'n/a';

/** What comes soon: the refresh interval runs out, the due date comes, or the record expires. */
export type ExpiringWhy = 'stale' | 'due' | 'expiry';

export interface ItemVerdict {
  /** The verdict: ready, a gap, or not applicable (out of the score). Not what the status cell says. */
  readonly readiness: ItemReadiness;
  readonly gaps: readonly GapKind[];
  readonly warnings: readonly WarningKind[];
  /**
   * The first day the evidence counts as stale by its refresh interval; null without a date, or
   * when the team's next-due or expiry date says when it lapses instead.
   */
  readonly staleOn: Day | null;
  /** When the item goes stale, falls due or expires within the profile's warning window; null otherwise. */
  readonly expiring: { readonly on: Day; readonly why: ExpiringWhy } | null;
  /** One line per gap and warning, saying what is wrong and what to do. */
  readonly details: readonly string[];
}

/** An item read from the tracker with its verdict: the two travel together, never zipped by index. */
export type JudgedItem<T extends TrackerItem = TrackerItem> = T & { readonly verdict: ItemVerdict };

/**
 * Judges each item, giving it its verdict: the items are the ones just read for this judgement
 * (readItems, applyClips), so each gets the field in place. A copy per item (some 25 fields) cost
 * a 100,000-row tracker a third of a second and as much again in garbage collection.
 */
export function judgeItems<T extends TrackerItem>(items: T[], today: Day, profile: Profile): JudgedItem<T>[] {
  for (const item of items) Object.assign(item, { verdict: judgeItem(item, today, profile) });
  return items as JudgedItem<T>[];
}

const NOT_APPLICABLE: ItemVerdict = { readiness: 'n/a', gaps: [], warnings: [], staleOn: null, expiring: null, details: [] };

/** Days after which an item's evidence is stale: the row's own interval, else the profile's or the reference's. */
export function refreshDays(item: TrackerItem, profile: Profile): number {
  return item.interval ?? staleAfterDays(item.requirement, profile);
}

/** How often the reference checklist expects a new record; null when it sets no interval. */
function referenceDays(requirement: ReferenceRequirement | null): number | null {
  return requirement === null ? null : (requirement.refreshIntervalDays ?? requirement.evidenceWindowDays);
}

/** How each lapse is said in every report and view: "E4-02 falls due in 12 days", "Goes stale tomorrow". */
export const LAPSE_VERB: Readonly<Record<ExpiringWhy, string>> = { stale: 'goes stale', due: 'falls due', expiry: 'expires' };

/**
 * The verdict on one item: depends on that item, the profile and today, never on other rows.
 * N/A items, and items matched to a requirement the team switched off, have no gaps and leave the
 * score.
 */
export function judgeItem(item: TrackerItem, today: Day, profile: Profile): ItemVerdict {
  // An item the team switched off does not apply to them: it leaves the score like an N/A row.
  if (item.notApplicable || (item.requirement !== null && profile.disabled.includes(item.requirement.id))) return NOT_APPLICABLE;
  const gaps: GapKind[] = [];
  const warnings: WarningKind[] = [];
  const details: string[] = [];
  const soon = profile.expiringWithinDays;
  const limit = refreshDays(item, profile);
  const done = item.statusSays === 'done';
  const { date, due, dueKind } = item;
  const recurring = dueKind !== 'deadline';
  // The team's own dates win: a due date to come keeps the record current until that day, and a
  // passed next-due or expiry date lapses the record unless a record is dated on or after it.
  const dueToCome = due !== null && due >= today;
  const lapsed = recurring && due !== null && due < today && !(date !== null && date >= due);

  if (item.evidence === '') {
    gaps.push('missing-evidence');
    details.push(
      item.evidencePlaceholder === null
        ? 'No evidence: add a link, file name or where the record is kept.'
        : `The evidence cell says "${item.evidencePlaceholder}": replace it with a link, file name or where the record is kept.`,
    );
  } else if (item.hasDateColumn && date === null) {
    gaps.push('undated');
    details.push(
      item.unreadableDate === null
        ? 'Evidence has no date: enter the date of the record.'
        : `The date "${item.unreadableDate}" cannot be read: write it as YYYY-MM-DD.`,
    );
  }
  const byInterval = date === null ? null : date + limit + 1;
  // A deadline to come holds staleness off until the day after it; a next-due or expiry date to come, or passed, decides alone.
  const staleOn = byInterval === null || lapsed || (dueToCome && recurring) ? null : dueToCome ? Math.max(byInterval, due! + 1) : byInterval;
  if (staleOn !== null && today >= staleOn) {
    gaps.push('stale');
    details.push(`Evidence is ${plural(today - date!, 'day')} old; it must be renewed every ${plural(limit, 'day')}.`);
  }
  if (lapsed && dueKind === 'expiry') {
    gaps.push('expired');
    details.push(`Expired ${plural(today - due!, 'day')} ago (${isoFromDay(due!)}): renew it and enter the new expiry date.`);
  }
  const overdue = lapsed ? dueKind === 'next' : due !== null && due < today && !done && !recurring;
  if (overdue) {
    gaps.push('overdue');
    details.push(
      recurring
        ? `Was due ${plural(today - due!, 'day')} ago (${isoFromDay(due!)}) and no record is dated since: do it and enter its date.`
        : `Was due ${plural(today - due!, 'day')} ago and is not marked done.`,
    );
  }
  if (item.statusSays === 'open') {
    gaps.push('open');
    details.push('Status says it is not done yet.');
  }

  if (item.hasOwnerColumn && item.owner === '') {
    warnings.push('no-owner');
    details.push('No owner: name who keeps this record.');
  }
  const expiring = soonest(
    staleOn !== null && today < staleOn && staleOn - today <= soon ? { on: staleOn, why: 'stale' } : null,
    // A done deadline is met; a next-due or expiry date comes whatever the status says.
    dueToCome && due! - today <= soon && (recurring || !done) ? { on: due!, why: dueKind === 'expiry' ? 'expiry' : 'due' } : null,
  );
  if (expiring) {
    warnings.push('expiring');
    details.push(`${upperFirst(LAPSE_VERB[expiring.why])} ${inDays(expiring.on - today)}.`);
  }
  const reference = referenceDays(item.requirement);
  if (item.interval !== null && reference !== null && item.interval > reference) {
    warnings.push('looser-than-reference');
    details.push(
      `Renewed every ${plural(item.interval, 'day')} by the team's own interval; SECOR's reference expects every ${plural(reference, 'day')}: a reviewer may ask why.`,
    );
  }
  if (item.requirement === null) {
    warnings.push('unmatched');
    details.push('Not matched to a SECOR requirement: it still counts under its element.');
  }
  // Copies the exact size: an array pushed to keeps room for 16, and a 100,000-row tracker's
  // verdicts kept some 30 MB of it, which the collector then moved about.
  return { readiness: gaps.length === 0 ? 'ready' : 'gap', gaps: gaps.slice(), warnings: warnings.slice(), staleOn, expiring, details: details.slice() };
}

type Expiring = NonNullable<ItemVerdict['expiring']>;

/** The earlier of two coming dates; the due date on a tie, since it is the team's own. */
function soonest(stale: Expiring | null, due: Expiring | null): Expiring | null {
  if (stale === null || due === null) return stale ?? due;
  return due.on <= stale.on ? due : stale;
}
