import { type Grid, cellText } from '../cells.ts';
import type { Day, SlashOrder } from '../dates.ts';
import { DEFAULT_PROFILE, type Profile, staleAfterDays } from '../profile.ts';
import type { SheetEvidence } from '../sheet-evidence.ts';
import type { LogActivity } from '../sheet-kinds/kinds.ts';
import { findLogLayout } from '../sheet-kinds/log.ts';
import { type RunCoverage, type SiteCoverage, coverRun, coverSites } from './coverage.ts';
import { logEvidence } from './evidence.ts';
import { type LogEvent, type SkippedRow, namesDeficiency, readEvents, readsInvestigated } from './events.ts';
import { type Schedule, scheduleOf } from './periods.ts';
import { LOG_REQUIREMENTS, referenceRequirement } from './requirements.ts';

/** Days an action with no due date of its own may stay open before it reads as overdue. */
export const ACTION_DUE_DAYS = 30;

/** A corrective action (or a deficiency found) with no closed date. */
export interface OpenAction {
  /** Sheet row, 1-based. */
  readonly row: number;
  /** The day of the record that raised it. */
  readonly raised: Day;
  /** The corrective action as written, else the deficiency found. */
  readonly action: string;
  /** Its own due date, or null when the log gives none (then it is due 30 days after it was raised). */
  readonly due: Day | null;
  /** Whether today is past its due date. */
  readonly overdue: boolean;
  /** Days from the record to today. */
  readonly daysOpen: number;
}

/** An incident with no investigation on record. */
export interface UninvestigatedIncident {
  /** Sheet row, 1-based. */
  readonly row: number;
  /** The day of the incident. */
  readonly day: Day;
  /** What happened, as written, or its type when that is all the row says. */
  readonly description: string | null;
  /** Why it reads as not investigated: "investigation: \"No\"", "no investigation or corrective action". */
  readonly reason: string;
}

/** How a log's records cover the periods its kept requirement asks for, over the last 12 months. */
export interface LogCoverage extends RunCoverage {
  /** The requirement kept up by the records, e.g. "E4-02". */
  readonly requirement: string;
  /** Its interval in days, the team's own when the profile sets one. */
  readonly intervalDays: number;
  /** What a period is, singular and plural: "month", "months". */
  readonly unit: readonly [string, string];
  /** Each site's own coverage, when the log has a site column. */
  readonly sites: readonly SiteCoverage[];
}

export interface LogJudgement {
  /** What the log records, as confirmed, else as its reading says; null when neither says (nothing is then evidenced). */
  readonly activity: LogActivity | null;
  /** Sheet row (1-based) of its header. */
  readonly headerRow: number;
  /** Its rows read as events, dated up to today, in sheet order. */
  readonly events: readonly LogEvent[];
  /** Filled rows not counted, and why (a total, no date, a future date). */
  readonly skipped: readonly SkippedRow[];
  /** Coverage of the interval its activity is kept at; null for incidents, which come as they happen. */
  readonly coverage: LogCoverage | null;
  /** Whether open actions are judged: the log has a closed column, or an action's own words say it is open. */
  readonly actionsJudged: boolean;
  /** Corrective actions not closed, overdue first. */
  readonly openActions: readonly OpenAction[];
  /** Incidents with no investigation on record (an incidents log only). */
  readonly withoutInvestigation: readonly UninvestigatedIncident[];
  /** What the log shows a reviewer, per requirement. */
  readonly evidence: readonly SheetEvidence[];
}

export interface JudgeLogOptions {
  /** The day judged as of: the window is the 12 months up to it. */
  readonly today: Day;
  /** How ambiguous slashed dates read when a column cannot tell. */
  readonly slashOrder?: SlashOrder;
  /** Where the sheet's date cells are midnight: the spreadsheet's zone. */
  readonly timeZone?: string;
  /** The team's profile: its intervals replace the reference's; requirements it switched off get no evidence. */
  readonly profile?: Profile;
}

/** What an incident log's findings say when its header asks about an injury ("Injury?"); else its type or description. */
const INJURY_HEADER = /injur|first aid|hurt/i;
const INJURY_TEXT = /\b(first aid|injur|medical aid|lost time|hurt)/i;

/** An action's own words saying it is not done yet. */
const SAYS_OPEN = /\b(open|pending|outstanding|to do|todo|not done|not yet|in progress|waiting|on order|tbd)\b/i;

/** Whether a row raises an action: a corrective action written, or (but for incidents) a deficiency found. */
function raisesAction(event: LogEvent, activity: LogActivity | null): boolean {
  return namesDeficiency(event.correctiveAction) || (activity !== 'incidents' && namesDeficiency(event.findings));
}

/**
 * Judges a sheet read as an activity log as of `options.today`: its events, how they cover the
 * periods its activity is kept at (per site where sites are kept over time), its open corrective
 * actions, its incidents without an investigation, and what that shows a reviewer per
 * requirement. Null when the sheet no longer reads as a log. Never throws on what a cell holds.
 */
export function judgeLog(grid: Grid, sheet: string, activity: LogActivity | null, options: JudgeLogOptions): LogJudgement | null {
  const layout = findLogLayout(sheet, grid);
  if (layout === null) return null;
  const { today } = options;
  const profile = options.profile ?? DEFAULT_PROFILE;
  const logs = activity ?? layout.activity;
  const { events, skipped } = readEvents(grid, layout, options);

  const kept = logs === null ? null : LOG_REQUIREMENTS[logs].kept;
  let coverage: LogCoverage | null = null;
  let schedule: Schedule | null = null;
  if (kept !== null) {
    const intervalDays = staleAfterDays(referenceRequirement(kept), profile);
    schedule = scheduleOf(intervalDays, today);
    coverage = {
      ...coverRun(events, schedule),
      requirement: kept,
      intervalDays,
      unit: schedule.unit,
      sites: layout.columns.site === undefined ? [] : coverSites(events, schedule),
    };
  }

  // Without a closed column, an action is judged only where its own words say it is still open ("OPEN - order mirror").
  const hasClosed = layout.columns.closed !== undefined;
  const stillOpen = (e: LogEvent) => (hasClosed ? !e.closed : SAYS_OPEN.test(e.correctiveAction ?? ''));
  const actionsJudged = hasClosed || events.some((e) => raisesAction(e, logs) && stillOpen(e));
  const openActions = actionsJudged
    ? events
        .filter((e) => raisesAction(e, logs) && stillOpen(e))
        .map((e): OpenAction => {
          const due = e.due ?? e.day + ACTION_DUE_DAYS;
          return {
            row: e.row,
            raised: e.day,
            action: (namesDeficiency(e.correctiveAction) ? e.correctiveAction : e.findings)!,
            due: e.due,
            overdue: today > due,
            daysOpen: today - e.day,
          };
        })
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.row - b.row)
    : [];

  const withoutInvestigation = logs === 'incidents' ? events.flatMap((e) => uninvestigated(e)) : [];
  const findingsHeader = layout.columns.findings === undefined ? '' : cellText(grid[layout.headerRow]?.[layout.columns.findings]);
  const injured = (e: LogEvent) =>
    INJURY_TEXT.test(`${e.type ?? ''} ${e.description ?? ''}`) || (INJURY_HEADER.test(findingsHeader) && namesDeficiency(e.findings));
  const judged = { activity: logs, headerRow: layout.headerRow + 1, events, skipped, coverage, actionsJudged, openActions, withoutInvestigation };
  return {
    ...judged,
    evidence: logEvidence(sheet, judged, {
      schedule,
      injuries: logs === 'incidents' ? events.filter(injured) : [],
      profile,
      raisesAction: (e) => raisesAction(e, logs),
      today,
    }),
  };
}

/** An incident with no investigation on record: its investigation cell says none, or is blank with no corrective action beside it. */
function uninvestigated(e: LogEvent): UninvestigatedIncident[] {
  const said = readsInvestigated(e.investigation);
  if (said === true || (said === null && namesDeficiency(e.correctiveAction))) return [];
  const reason = said === false ? `investigation: "${e.investigation}"` : 'no investigation or corrective action recorded';
  return [{ row: e.row, day: e.day, description: e.description ?? e.type, reason }];
}
