import type { Day } from './dates.ts';
import type { TrackerItem } from './items.ts';
import { type Profile, staleAfterDays } from './profile.ts';

/** What blocks an item from counting as ready, in the order they are reported. */
export const GAP_KINDS = ['missing-evidence', 'undated', 'stale', 'overdue', 'open'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** How each gap is named to a person, worst first as GAP_KINDS orders them. */
export const GAP_LABEL: Record<GapKind, string> = {
  'missing-evidence': 'Missing evidence',
  undated: 'Evidence without a date',
  stale: 'Stale evidence',
  overdue: 'Overdue',
  open: 'Not done yet',
};

/** Shown beside an item, but it still counts as ready. */
export const WARNING_KINDS = ['no-owner', 'expiring', 'unmatched'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const WARNING_LABEL: Record<WarningKind, string> = {
  'no-owner': 'No owner',
  expiring: 'Expiring soon',
  unmatched: 'Not matched to a SECOR requirement',
};

export type ItemStatus = 'ready' | 'gap' | 'n/a';

export interface ItemVerdict {
  readonly status: ItemStatus;
  readonly gaps: readonly GapKind[];
  readonly warnings: readonly WarningKind[];
  /** The first day the evidence counts as stale; null without a date. */
  readonly staleOn: Day | null;
  /** When the item goes stale or falls due within the profile's warning window; null otherwise. */
  readonly expiring: { readonly on: Day; readonly why: 'stale' | 'due' } | null;
  /** One line per gap and warning, saying what is wrong and what to do. */
  readonly details: readonly string[];
}

const NOT_APPLICABLE: ItemVerdict = { status: 'n/a', gaps: [], warnings: [], staleOn: null, expiring: null, details: [] };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

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
  const limit = staleAfterDays(item.requirement, profile);
  const done = item.status === 'done';

  if (item.evidence === '') {
    gaps.push('missing-evidence');
    details.push(
      item.evidencePlaceholder === null
        ? 'No evidence: add a link, file name or where the record is kept.'
        : `The evidence cell says "${item.evidencePlaceholder}": replace it with a link, file name or where the record is kept.`,
    );
  } else if (item.hasDateColumn && item.date === null) {
    gaps.push('undated');
    details.push(
      item.unreadableDate === null
        ? 'Evidence has no date: enter the date of the record.'
        : `The date "${item.unreadableDate}" cannot be read: write it as YYYY-MM-DD.`,
    );
  }
  const staleOn = item.date === null ? null : item.date + limit + 1;
  if (staleOn !== null && today >= staleOn) {
    gaps.push('stale');
    details.push(`Evidence is ${plural(today - item.date!, 'day')} old; it must be renewed every ${plural(limit, 'day')}.`);
  }
  const overdue = item.due !== null && item.due < today && !done;
  if (overdue) {
    gaps.push('overdue');
    details.push(`Was due ${plural(today - item.due!, 'day')} ago and is not marked done.`);
  }
  if (item.status === 'open') {
    gaps.push('open');
    details.push('Status says it is not done yet.');
  }

  if (item.hasOwnerColumn && item.owner === '') {
    warnings.push('no-owner');
    details.push('No owner: name who keeps this record.');
  }
  const goesStaleSoon = staleOn !== null && today < staleOn && staleOn - today <= soon;
  const fallsDueSoon = item.due !== null && !overdue && !done && item.due >= today && item.due - today <= soon;
  const expiring = goesStaleSoon ? { on: staleOn!, why: 'stale' as const } : fallsDueSoon ? { on: item.due!, why: 'due' as const } : null;
  if (expiring) {
    warnings.push('expiring');
    details.push(expiring.why === 'stale' ? `Goes stale in ${plural(expiring.on - today, 'day')}.` : `Falls due in ${plural(expiring.on - today, 'day')}.`);
  }
  if (item.requirement === null) {
    warnings.push('unmatched');
    details.push('Not matched to a SECOR requirement: it still counts under its element.');
  }
  return { status: gaps.length === 0 ? 'ready' : 'gap', gaps, warnings, staleOn, expiring, details };
}
