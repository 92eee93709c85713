import { type Day, isoFromDay } from '../dates.ts';
import type { Profile } from '../profile.ts';
import type { SheetEvidence } from '../sheet-evidence.ts';
import { countWords } from './coverage.ts';
import type { LogEvent } from './events.ts';
import type { LogJudgement, OpenAction } from './judge.ts';
import { type Schedule, periodWords } from './periods.ts';
import { INCIDENT_REQUIREMENTS, LOG_REQUIREMENTS } from './requirements.ts';
import { plural } from '../words.ts';

/** What the evidence is worked from beside the judgement. */
export interface LogEvidenceContext {
  /** The kept requirement's periods, when it has one. */
  readonly schedule: Schedule | null;
  /** An incidents log's rows that record an injury or first aid. */
  readonly injuries: readonly LogEvent[];
  readonly profile: Profile;
  readonly raisesAction: (event: LogEvent) => boolean;
  readonly today: Day;
}

/**
 * A maintenance log's machines past their next service: the newest record of each (by its
 * equipment, else what was done to what) whose "next due" has passed with no record since.
 */
function overdueServices(events: readonly LogEvent[], today: Day): LogEvent[] {
  const newest = new Map<string, LogEvent>();
  for (const e of events) {
    const key = (e.equipment ?? e.description ?? '').trim().toLowerCase();
    const seen = newest.get(key);
    if (!seen || e.day >= seen.day) newest.set(key, e);
  }
  return [...newest.values()].filter((e) => e.due !== null && e.due < today).sort((a, b) => a.row - b.row);
}

function latestOf(events: readonly LogEvent[]): Day | null {
  let latest: Day | null = null;
  for (const e of events) if (latest === null || e.day > latest) latest = e.day;
  return latest;
}

/** Rows with a gap first, then the rest, each once. */
function rowsOf(gaps: readonly number[], all: readonly LogEvent[]): number[] {
  return [...new Set([...gaps, ...all.map((e) => e.row)])];
}

/** "row 13, due 2026-10-28" or "row 8, raised 2026-10-09, 48 days open". */
function actionWords(a: OpenAction): string {
  return a.due !== null ? `row ${a.row}, due ${isoFromDay(a.due)}` : `row ${a.row}, raised ${isoFromDay(a.raised)}, ${a.daysOpen} days open`;
}

/**
 * What an activity log shows a reviewer: its kept requirement (E4-02, E8-01, ...) over the
 * periods of the last 12 months, a gap while one since the log began has no record (at the log,
 * or at a site kept over time); its corrective actions (E4-03, E3-06, E7-07), a gap while one is
 * open past due; an incidents log's investigations (E7-02), a gap while an incident has none, and
 * its first aid / injury record (E7-06).
 */
export function logEvidence(sheet: string, judged: Omit<LogJudgement, 'evidence'>, context: LogEvidenceContext): SheetEvidence[] {
  const { activity, events, coverage, openActions } = judged;
  if (activity === null || events.length === 0) return [];
  const off = new Set(context.profile.disabled);
  const { record, records, actions } = LOG_REQUIREMENTS[activity];
  const evidence: SheetEvidence[] = [];
  const of = (requirement: string, finding: 'ready' | 'gap', summary: string, rows: readonly number[], these: readonly LogEvent[]): void => {
    if (!off.has(requirement)) evidence.push({ requirement, sheet, kind: 'activity-log', finding, summary, rows, latest: latestOf(these) });
  };

  const { schedule } = context;
  if (coverage !== null && schedule !== null) {
    const parts: string[] = [];
    if (schedule.periods.length === 1) {
      const held = coverage.periods[0]!.rows.length;
      const label = schedule.periods[0]!.label;
      parts.push(held === 0 ? `no ${record} in ${label}` : `${held} ${held === 1 ? record : records} in ${label}`);
    } else {
      parts.push(countWords(coverage, schedule, 'the log began in'));
      if (coverage.missed !== null) parts.push(`no ${record} in ${coverage.missed}`);
      const last = coverage.periods[coverage.periods.length - 1]!;
      if (last.status === 'pending') parts.push(`none yet in ${periodWords([last.period])}`);
    }
    const judgedSites = coverage.sites.filter((s) => s.judged);
    for (const site of judgedSites) {
      const count = countWords(site, schedule, 'its first record in');
      if (site.missed !== null) parts.push(`at ${site.site}, no ${record} in ${site.missed} (${count})`);
      else if (site.first !== null && site.first > schedule.periods[0]!.end) parts.push(`${site.site}: ${count}`);
    }
    const overdue = activity === 'maintenance' ? overdueServices(events, context.today) : [];
    if (overdue.length > 0)
      parts.push(
        `${overdue.length} past ${overdue.length === 1 ? 'its' : 'their'} next service (${overdue.map((e) => `row ${e.row}${(e.equipment ?? e.description) ? ` ${e.equipment ?? e.description}` : ''}, due ${isoFromDay(e.due!)}`).join('; ')})`,
      );
    const gap = coverage.missed !== null || judgedSites.some((s) => s.missed !== null) || overdue.length > 0;
    of(
      coverage.requirement,
      gap ? 'gap' : 'ready',
      parts.join('; '),
      rowsOf(
        overdue.map((e) => e.row),
        events,
      ),
      events,
    );
  }

  if (activity === 'incidents') {
    const without = judged.withoutInvestigation;
    const summary =
      without.length > 0
        ? `${without.length} of ${plural(events.length, 'incident')} without an investigation record (${without.length === 1 ? 'row' : 'rows'} ${without.map((w) => w.row).join(', ')})`
        : `${events.length} of ${plural(events.length, 'incident')} with an investigation record`;
    of(
      INCIDENT_REQUIREMENTS.investigations,
      without.length > 0 ? 'gap' : 'ready',
      summary,
      rowsOf(
        without.map((w) => w.row),
        events,
      ),
      events,
    );
    const { injuries } = context;
    if (injuries.length > 0) {
      of(
        INCIDENT_REQUIREMENTS.injuries,
        'ready',
        `${plural(injuries.length, 'injury or first aid case')} recorded (${injuries.length === 1 ? 'row' : 'rows'} ${injuries.map((e) => e.row).join(', ')})`,
        rowsOf([], injuries),
        injuries,
      );
    }
  }
  if (actions !== null && judged.actionsJudged) {
    const raised = events.filter(context.raisesAction);
    if (raised.length > 0) {
      const overdue = openActions.filter((a) => a.overdue);
      const waiting = openActions.filter((a) => !a.overdue);
      const parts = [
        overdue.length > 0
          ? `${plural(overdue.length, 'corrective action')} open past due (${overdue.map(actionWords).join('; ')})`
          : `${raised.length - openActions.length} of ${plural(raised.length, 'corrective action')} closed`,
      ];
      if (waiting.length > 0) parts.push(`${waiting.length} open, not yet due (${waiting.map(actionWords).join('; ')})`);
      of(
        actions,
        overdue.length > 0 ? 'gap' : 'ready',
        parts.join('; '),
        rowsOf(
          overdue.map((a) => a.row),
          raised,
        ),
        raised,
      );
    }
  }

  return evidence;
}
