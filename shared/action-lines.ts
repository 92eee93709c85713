import { suggestedAction } from './actions.ts';
import { type Cell, cellText } from './cells.ts';
import { type Day, DateReader, type SlashOrder } from './dates.ts';
import { GAP_LABEL, type JudgedItem } from './gaps.ts';
import type { Profile } from './profile.ts';

/**
 * An Action Plan line, whatever raised it: a gap the scan found in the tracker, a finding of the
 * certifying partner's audit report, or something a site walk found not in place. The add-on's
 * Action Plan writes every source the same way; the weekly digest and the audit pack read them back.
 */
export interface ActionLine {
  /** What the line is found again by on the next run (the Action Plan's "Plan key"): stable across runs, unique per source. */
  readonly key: string;
  /** The requirement it is filed under (E2-02); null when nothing matched (the coordinator files it). */
  readonly requirement: string | null;
  /** The element it falls in (2); null when unknown. */
  readonly element: string | null;
  /** The tracker row it is about (1-based), when it is about one. */
  readonly trackerRow: number | null;
  /** What the line is about: the tracker item's text, the finding's words, the site-walk item. */
  readonly item: string;
  /** What is wrong, in a few words ("Past due", "Audit finding", "Not in place"). */
  readonly gap: string;
  /** What to do about it. */
  readonly suggested: string;
  /** Who is proposed to do it (the tracker row's owner); '' when no one is known. */
  readonly owner: string;
  /** When it is proposed to be done by. */
  readonly due: Day;
  /** Where it came from, for a reviewer: "Tracker gap", "2026 audit, finding 3", "Site walk 2026-11-20". */
  readonly source: string;
}

/** An action's progress, as the team sets it in the Action Plan's Status column. */
export const ACTION_STATUSES = ['Open', 'In progress', 'Done', 'Verified'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The status a team's Status cell says, in any letter case and spacing; an empty cell is Open; null for words that are none of them. */
export function actionStatusOf(text: string): ActionStatus | null {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (key === '') return 'Open';
  return ACTION_STATUSES.find((s) => s.toLowerCase() === key) ?? null;
}

/** Done and Verified need no more work; Open, In progress and unreadable words still do (the stricter reading). */
export function isActionFinished(status: ActionStatus | null): boolean {
  return status === 'Done' || status === 'Verified';
}

/** One Action Plan line as the add-on finds its cells, for its progress. */
export interface ActionCells {
  /** The sheet row, 1-based. */
  readonly row: number;
  readonly item: Cell;
  readonly requirement: Cell;
  readonly owner: Cell;
  readonly due: Cell;
  readonly status: Cell;
  /** The add-on's "Gap now": open, or closed / cleared with a date. */
  readonly gapNow: Cell;
  readonly source: Cell;
}

/** An action past its due date and not done. */
export interface OverdueAction {
  /** The Action Plan's sheet row, 1-based. */
  readonly row: number;
  readonly item: string;
  /** The requirement it is filed under, or null. */
  readonly requirement: string | null;
  readonly owner: string;
  readonly due: Day;
  /** The Status cell as the team wrote it ('' reads as Open). */
  readonly status: string;
  readonly source: string;
}

/** Where the Action Plan stands: its lines by status, and those overdue. */
export interface ActionProgress {
  /** Lines by status; a Status cell that says none of them counts as Open (and under `unreadable`). */
  readonly counts: Readonly<Record<ActionStatus, number>>;
  /** Lines whose Status says none of the four: read as still open. */
  readonly unreadable: number;
  readonly overdue: readonly OverdueAction[];
}

/** Whether the add-on's Gap now says the gap is gone: closed (a tracker gap no longer found) or cleared (done with evidence). */
export function gapGone(gapNow: string): boolean {
  return /^(closed|cleared)\b/i.test(gapNow.trim());
}

/**
 * The Action Plan's progress: each line with an item counted by its status, and overdue when its
 * due day is before today, it is not Done or Verified and its gap is not gone.
 */
export function actionProgress(
  lines: readonly ActionCells[],
  reading: { readonly today: Day; readonly order: SlashOrder; readonly timeZone?: string },
): ActionProgress {
  const dates = new DateReader(reading.order, reading.timeZone);
  const counts: Record<ActionStatus, number> = { Open: 0, 'In progress': 0, Done: 0, Verified: 0 };
  let unreadable = 0;
  const overdue: OverdueAction[] = [];
  for (const line of lines) {
    const item = cellText(line.item).trim();
    if (item === '') continue;
    const status = actionStatusOf(cellText(line.status));
    if (status === null) unreadable++;
    counts[status ?? 'Open']++;
    const due = dates.read(line.due);
    if (due !== null && due < reading.today && !isActionFinished(status) && !gapGone(cellText(line.gapNow))) {
      const requirement = cellText(line.requirement).trim();
      overdue.push({
        row: line.row,
        item,
        requirement: requirement === '' ? null : requirement,
        owner: cellText(line.owner).trim(),
        due,
        status: cellText(line.status).trim(),
        source: cellText(line.source).trim(),
      });
    }
  }
  overdue.sort((a, b) => a.due - b.due || a.row - b.row);
  return { counts, unreadable, overdue };
}

/** Days after today a gap's action is proposed to be done by, when the row names no later due date. */
export const GAP_FOLLOW_UP_DAYS = 30;

/**
 * The scan's gaps as Action Plan lines: one per item and gap, keyed by the item's text and the gap
 * (the Action Plan finds its lines again by it), due on the row's own due date when it is ahead, else
 * in GAP_FOLLOW_UP_DAYS. The Action Plan writes them; the audit pack lists them where there is no plan.
 */
export function gapActions(items: readonly JudgedItem[], today: Day, profile: Profile): ActionLine[] {
  const lines: ActionLine[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    for (const gap of item.verdict.gaps) {
      const key = `${item.text}\u2002|\u2002${gap}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push({
        key,
        requirement: item.requirement?.id ?? null,
        element: item.element,
        trackerRow: item.row + 1,
        item: item.text,
        gap: GAP_LABEL[gap],
        suggested: suggestedAction(item, gap, profile),
        owner: item.owner,
        due: item.due !== null && item.due > today ? item.due : today + GAP_FOLLOW_UP_DAYS,
        source: 'Tracker gap',
      });
    }
  }
  return lines;
}
