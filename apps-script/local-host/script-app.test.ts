import { describe, expect, it } from 'vitest';
import { createHost, type HostOptions } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

// Wednesday 2026-11-25, 10:00 in America/Edmonton (the manifest's zone, MST = UTC-7).
const NOW = new Date('2026-11-25T10:00:00-07:00');

function host(options: Partial<HostOptions> = {}) {
  return createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', [['Item']]), now: () => NOW, ...options });
}

function weekly(h: ReturnType<typeof host>, handler = 'digest') {
  const { ScriptApp } = h.globals;
  return ScriptApp.newTrigger(handler).timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(7).nearMinute(0).create();
}

describe('ScriptApp installable time-driven triggers', () => {
  it('makes a weekly trigger, lists it for the spreadsheet by its handler, and deletes it', () => {
    const h = host();
    const { ScriptApp, SpreadsheetApp } = h.globals;
    const made = weekly(h);
    expect(made.getHandlerFunction()).toBe('digest');
    expect(made.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(String(ScriptApp.TriggerSource.CLOCK)).toBe('CLOCK');
    // The next Monday, 7:00 in Edmonton.
    expect(new Date(h.triggers.triggers[0]!.nextRun).toISOString()).toBe('2026-11-30T14:00:00.000Z');
    const listed = ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
    expect(listed.map((t: { getUniqueId(): string }) => t.getUniqueId())).toEqual([made.getUniqueId()]);
    ScriptApp.deleteTrigger(listed[0]);
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet())).toEqual([]);
    expect(() => ScriptApp.deleteTrigger(made)).toThrow('does not exist');
  });

  it('allows an add-on one time-based trigger per user per document, and 20 per user per script', () => {
    const h = host();
    weekly(h);
    expect(() => weekly(h, 'other')).toThrow('This add-on has created too many time-based triggers in this document');
    expect(h.triggers.triggers).toHaveLength(1);
    // Triggers made from other documents count toward the script's 20.
    for (let i = 0; i < 19; i++) h.triggers.triggers.push({ ...h.triggers.triggers[0]!, uniqueId: `other-${i}`, documentId: `doc-${i}` });
    h.triggers.triggers.splice(0, 1);
    h.triggers.triggers.push({ ...h.triggers.triggers[0]!, uniqueId: 'twentieth', documentId: 'doc-x' });
    expect(() => weekly(h)).toThrow('This script has too many triggers');
  });

  it('refuses bad arguments, schedules it does not model, and a weekday given as text', () => {
    const h = host();
    const { ScriptApp } = h.globals;
    const clock = () => ScriptApp.newTrigger('digest').timeBased();
    expect(() => clock().everyWeeks(0)).toThrow('Invalid argument: n');
    expect(() => clock().atHour(24)).toThrow('Invalid argument: hour');
    expect(() => clock().onWeekDay('MONDAY')).toThrow('ScriptApp.WeekDay');
    expect(() => clock().everyWeeks(1).atHour(7).create()).toThrow('needs everyWeeks(n), onWeekDay(day) and atHour(hour)');
    expect(() => clock().everyMinutes(5)).toThrow('not implemented');
    expect(() => ScriptApp.newTrigger('')).toThrow('Invalid argument: functionName');
  });

  it('needs script.scriptapp, and a simple trigger cannot manage triggers', () => {
    const bare = host({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] } });
    expect(() => bare.globals.ScriptApp.newTrigger('digest')).toThrow('Required permissions: https://www.googleapis.com/auth/script.scriptapp');
    expect(bare.globals.ScriptApp.getService().getUrl()).toBeNull();
    const simple = host({ context: 'simple-trigger' });
    expect(() => simple.globals.ScriptApp.newTrigger('digest')).toThrow('You do not have permission to call ScriptApp.newTrigger');
  });

  it('fires what is due in a time-trigger execution with the time-driven event, then moves it on a week', () => {
    const h = host();
    weekly(h);
    const seen: { context: string; event: Record<string, unknown>; active: unknown; ui: string }[] = [];
    h.attachBundle({
      digest: (event) => {
        let ui = '';
        try {
          h.globals.SpreadsheetApp.getUi();
        } catch (e) {
          ui = (e as Error).message;
        }
        seen.push({ context: h.context, event: event as Record<string, unknown>, active: h.globals.SpreadsheetApp.getActiveSpreadsheet(), ui });
      },
    });
    expect(h.fireDueTriggers()).toEqual([]);
    const runs = h.fireDueTriggers(new Date('2026-12-01T00:00:00Z'));
    expect(runs).toEqual([{ handlerFunction: 'digest', triggerUid: '1', at: '2026-11-30T14:00:00.000Z', error: null }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.context).toBe('time-trigger');
    expect(seen[0]!.active).toBeNull();
    expect(seen[0]!.ui).toBe('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    expect(String(seen[0]!.event.authMode)).toBe('FULL');
    expect(seen[0]!.event).toMatchObject({
      year: 2026,
      month: 11,
      'day-of-month': 30,
      'day-of-week': 1,
      hour: 14,
      minute: 0,
      timezone: 'UTC',
      triggerUid: '1',
      'week-of-year': 49,
    });
    expect(h.context).toBe('sidebar');
    expect(new Date(h.triggers.triggers[0]!.nextRun).toISOString()).toBe('2026-12-07T14:00:00.000Z');
    // The document properties and cache are null there too; opening the spreadsheet by id works.
    h.runIn('time-trigger', () => {
      expect(h.globals.PropertiesService.getDocumentProperties()).toBeNull();
      expect(h.globals.SpreadsheetApp.openById(h.spreadsheet.id).getName()).toBe('T');
    });
  });

  it('records a failed run (a throwing handler, a handler that is gone) without throwing', () => {
    const h = host();
    weekly(h);
    h.attachBundle({
      digest: () => {
        throw new Error('boom');
      },
    });
    const later = new Date('2026-12-01T00:00:00Z');
    expect(h.fireDueTriggers(later)[0]!.error).toBe('boom');
    h.attachBundle({});
    expect(h.fireDueTriggers(new Date('2026-12-08T00:00:00Z'))[0]!.error).toBe('Script function not found: digest');
    expect(h.logs).toContain('[trigger] digest failed: boom');
  });
});
