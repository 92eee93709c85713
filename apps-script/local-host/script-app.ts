/**
 * ScriptApp: what a web app needs, the deployed web app's address (null when not deployed, as in
 * Apps Script), the AuthMode enum trigger events carry, and installable time-driven triggers
 * (https://developers.google.com/apps-script/reference/script/script-app,
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder,
 * https://developers.google.com/apps-script/reference/script/trigger).
 */

import { fail, internalOf, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { AuthMode, enumKey, EventType, TriggerSource, WeekDay } from './enums.ts';
import { needsAuthorization } from './execution.ts';
import { zonedMidnight } from './format-date.ts';

const SERVICE = 'ScriptApp';
const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
/** A week, the period `fireDueTriggers` moves a weekly trigger on by (times its `weeks`). */
export const WEEK_MS = 7 * 86_400_000;
/**
 * "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas);
 * the message is the one Apps Script gives.
 */
export const TRIGGERS_PER_USER_PER_SCRIPT = 20;

/** A weekly schedule, the only one the host models: every `weeks` weeks on `weekDay` at `hour`:`minute` in `timeZone`. */
export interface WeeklySchedule {
  readonly weeks: number;
  readonly weekDay: keyof typeof WeekDay;
  readonly hour: number;
  /** nearMinute's minute; 0 without it. Google runs within +/- 15 minutes of it (and within the hour); the host on it. */
  readonly minute: number;
  readonly timeZone: string;
}

/** An installable time-driven trigger, as the host keeps it. */
export interface TriggerRecord {
  readonly uniqueId: string;
  readonly handlerFunction: string;
  /** The spreadsheet it was made from: an add-on's trigger belongs to one document. */
  readonly documentId: string;
  readonly schedule: WeeklySchedule;
  /** When it runs next (ms); `fireDueTriggers` moves it on. */
  nextRun: number;
}

/** The host's triggers and the script's time zone, shared by the ScriptApp fake and the host's `fireDueTriggers`. */
export interface TriggerTable {
  readonly triggers: TriggerRecord[];
  /** The manifest's timeZone: where atHour and onWeekDay are read unless inTimezone says otherwise. */
  readonly timeZone: string;
  /** The spreadsheet the script is bound to (the document its triggers are made from). */
  readonly documentId: string;
  next: number;
}

const DAY_INDEX: Record<keyof typeof WeekDay, number> = { SUNDAY: 0, MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6 };

/** The first time after `after` the schedule comes round (its day and hour in its zone). */
export function firstRun(schedule: WeeklySchedule, after: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: schedule.timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).formatToParts(new Date(after));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  const ahead = (DAY_INDEX[schedule.weekDay] - weekday + 7) % 7;
  for (const days of [ahead, ahead + 7]) {
    const midnight = zonedMidnight(Number(part('year')), Number(part('month')), Number(part('day')) + days, schedule.timeZone);
    const at = midnight.getTime() + (schedule.hour * 60 + schedule.minute) * 60_000;
    if (at > after) return at;
  }
  throw new Error('unreachable: a week ahead is always after');
}

interface ClockChoice {
  weeks?: number;
  weekDay?: keyof typeof WeekDay;
  hour?: number;
  minute?: number;
}

function wholeIn(env: FakeEnv, value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(env, `Exception: Invalid argument: ${what}`);
  return value as number;
}

function makeTrigger(env: FakeEnv, record: TriggerRecord): Fake {
  return makeFake(
    env,
    SERVICE,
    'Trigger',
    () => ({
      getHandlerFunction: () => record.handlerFunction,
      getUniqueId: () => record.uniqueId,
      getEventType: () => EventType.CLOCK,
    }),
    { internal: record },
  );
}

function makeClockBuilder(env: FakeEnv, table: TriggerTable, handlerFunction: string): Fake {
  const choice: ClockChoice = {};
  return makeFake(env, SERVICE, 'ClockTriggerBuilder', (self) => ({
    everyWeeks: (n: unknown) => {
      choice.weeks = wholeIn(env, n, 1, 52, 'n');
      return self;
    },
    onWeekDay: (day: unknown) => {
      const key = enumKey(WeekDay, day);
      if (key === null || typeof day === 'string') return fail(env, 'Exception: Invalid argument: day (a ScriptApp.WeekDay)');
      choice.weekDay = key as keyof typeof WeekDay;
      return self;
    },
    atHour: (hour: unknown) => {
      choice.hour = wholeIn(env, hour, 0, 23, 'hour');
      return self;
    },
    nearMinute: (minute: unknown) => {
      choice.minute = wholeIn(env, minute, 0, 59, 'minute');
      return self;
    },
    create: () => {
      // The builder's page: onWeekDay and atHour only with everyWeeks (atHour also everyDays, not modelled).
      // Stricter than Google, which picks a day and hour itself: the host wants all three.
      if (choice.weeks === undefined || choice.weekDay === undefined || choice.hour === undefined) {
        return fail(env, 'Local host: a clock trigger needs everyWeeks(n), onWeekDay(day) and atHour(hour) (other schedules are not implemented)');
      }
      const mine = table.triggers.filter((t) => t.documentId === table.documentId);
      if (table.triggers.length >= TRIGGERS_PER_USER_PER_SCRIPT)
        return fail(env, 'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.');
      // "Each add-on can only have one trigger of each type, per user, per document"
      // (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
      if (mine.length > 0) return fail(env, 'Exception: This add-on has created too many time-based triggers in this document for this Google user account.');
      const schedule: WeeklySchedule = {
        weeks: choice.weeks,
        weekDay: choice.weekDay,
        hour: choice.hour,
        minute: choice.minute ?? 0,
        timeZone: table.timeZone,
      };
      const record: TriggerRecord = {
        uniqueId: String(table.next++),
        handlerFunction,
        documentId: table.documentId,
        schedule,
        nextRun: firstRun(schedule, env.execution.now()),
      };
      table.triggers.push(record);
      return makeTrigger(env, record);
    },
  }));
}

/**
 * `webAppUrl` is read at each call: the workbench knows its address only once it listens.
 * `spreadsheetId` says which spreadsheet a `getUserTriggers(spreadsheet)` argument is.
 */
export function makeScriptApp(env: FakeEnv, webAppUrl: () => string | null, table: TriggerTable, spreadsheetId: (spreadsheet: unknown) => string | null): Fake {
  const service = () =>
    makeFake(env, SERVICE, 'Service', () => ({
      getUrl: () => webAppUrl(),
    }));
  // Installable triggers need authorization: a simple trigger cannot manage them
  // (https://developers.google.com/apps-script/guides/triggers#restrictions).
  const managing = (method: string) => needsAuthorization(env, `ScriptApp.${method}`, SCRIPTAPP_SCOPE);
  return makeFake(
    env,
    SERVICE,
    'ScriptApp',
    () => ({
      getService: () => service(),
      newTrigger: (functionName: unknown) => {
        managing('newTrigger');
        if (typeof functionName !== 'string' || functionName === '') return fail(env, 'Exception: Invalid argument: functionName');
        return makeFake(env, SERVICE, 'TriggerBuilder', () => ({
          timeBased: () => makeClockBuilder(env, table, functionName),
        }));
      },
      // "Gets all installable triggers owned by this user in the given spreadsheet, for this script or add-on only."
      getUserTriggers: (spreadsheet: unknown) => {
        managing('getUserTriggers');
        const id = spreadsheetId(spreadsheet);
        if (id === null) return fail(env, 'Exception: Invalid argument: spreadsheet');
        return table.triggers.filter((t) => t.documentId === id).map((t) => makeTrigger(env, t));
      },
      deleteTrigger: (trigger: unknown) => {
        managing('deleteTrigger');
        const record = internalOf<TriggerRecord>(trigger);
        const at = record ? table.triggers.findIndex((t) => t.uniqueId === record.uniqueId) : -1;
        // A trigger already deleted (another execution's copy) is gone: the stricter reading is that deleting it again throws.
        if (at < 0) return fail(env, 'Exception: The trigger does not exist (already deleted).');
        table.triggers.splice(at, 1);
      },
    }),
    { constants: { AuthMode, WeekDay, EventType, TriggerSource } },
  );
}

/** Week of the year as Apps Script's event names it ('week-of-year'): ISO 8601 weeks, read in the zone. */
function isoWeek(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const first = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  return Math.ceil(((date.getTime() - first.getTime()) / 86_400_000 + 1) / 7);
}

/**
 * The event a time-driven trigger's function gets
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events): authMode
 * FULL, the time it fired as its parts in UTC ("timezone": "UTC" in the page's example), and
 * its triggerUid.
 */
export function timeDrivenEvent(record: TriggerRecord, at: number): Record<string, unknown> {
  const d = new Date(at);
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return {
    authMode: AuthMode.FULL,
    'day-of-month': day,
    'day-of-week': d.getUTCDay() || 7,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: record.uniqueId,
    'week-of-year': isoWeek(year, month, day),
    year,
  };
}
