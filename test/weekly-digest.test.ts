/**
 * The weekly digest on the local host, in the contexts Google runs it in: switched on and off from
 * the sidebar, run by its time-driven trigger (no active spreadsheet, no Ui), mailed through
 * MailApp; it writes nothing into any sheet.
 */
import { describe, expect, it } from 'vitest';
import { snapshotCells, team } from '../apps-script/local-host/index.ts';
import type { ReadinessView, SettingsView, SetupProposal, WeeklyDigestView } from '../apps-script/server/views.ts';
import { addOnOverFile, type AddOn } from './add-on-host.ts';

const WORKBOOK = 'test/fixtures/workbook-tracker-matrix-log/Northwind safety.xlsx';
/** FIXED_NOW is Thursday 2026-11-26; the trigger's first run is Monday 2026-11-30 at 7:00 in Edmonton. */
const AFTER_MONDAY = new Date('2026-12-01T00:00:00Z');

function setUp(addOn: AddOn): ReadinessView {
  const proposal = addOn.run.proposeSetup!() as SetupProposal;
  const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
  const sheets = proposal.sheets.map((s) => ({ sheetId: s.sheetId, kind: s.kind, activity: s.activity }));
  return addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns, sheets }) as ReadinessView;
}

/** Set up, the audit month December (certified 2025), an Action Plan with two lines past due: one in progress, one done. */
async function readyWorkbook(): Promise<AddOn> {
  const addOn = await addOnOverFile(WORKBOOK);
  setUp(addOn);
  const settings = addOn.run.getSettings!() as SettingsView;
  addOn.run.saveSettings!({ ...settings.profile, auditMonth: 12, certifiedYear: 2025 });
  addOn.run.createActionPlan!();
  const person = team(addOn.host);
  person.typeInto('Action Plan', 'H2', '2026-11-01');
  person.typeInto('Action Plan', 'I2', 'In progress');
  person.typeInto('Action Plan', 'H3', '2026-10-15');
  person.typeInto('Action Plan', 'I3', 'Done');
  return addOn;
}

/** Every cell of every sheet, by sheet name. */
function everyCell(addOn: AddOn): Record<string, unknown> {
  return Object.fromEntries(addOn.host.spreadsheet.sheets.map((s) => [s.name, snapshotCells(s)]));
}

const digestTriggers = (addOn: AddOn) => addOn.host.triggers.triggers.filter((t) => t.handlerFunction === 'sendWeeklyDigest');

describe('the weekly digest', () => {
  it('is off by default; switched on from the sidebar it installs one weekly trigger, however often asked', async () => {
    const addOn = await readyWorkbook();
    expect(addOn.run.getWeeklyDigest!()).toEqual({ on: false, recipient: 'coordinator@example.com', schedule: 'Mondays around 7 a.m.' });
    expect(addOn.host.triggers.triggers).toEqual([]);
    const on = addOn.run.switchWeeklyDigest!(true) as WeeklyDigestView;
    expect(on).toEqual({ on: true, recipient: 'coordinator@example.com', schedule: 'Mondays around 7 a.m.' });
    addOn.run.switchWeeklyDigest!(true);
    expect(digestTriggers(addOn)).toHaveLength(1);
    expect(digestTriggers(addOn)[0]!.schedule).toEqual({ weeks: 1, weekDay: 'MONDAY', hour: 7, minute: 0, timeZone: 'America/Edmonton' });
    expect(addOn.run.getWeeklyDigest!()).toMatchObject({ on: true });
  });

  it('the trigger mails the coordinator what falls due in 30 days and the overdue actions, and changes no cell', async () => {
    const addOn = await readyWorkbook();
    addOn.run.switchWeeklyDigest!(true);
    const before = everyCell(addOn);
    const runs = addOn.host.fireDueTriggers(AFTER_MONDAY);
    expect(runs).toEqual([{ handlerFunction: 'sendWeeklyDigest', triggerUid: '1', at: '2026-11-30T14:00:00.000Z', error: null }]);
    expect(addOn.host.outbox.sent).toHaveLength(1);
    const mail = addOn.host.outbox.sent[0]!;
    expect(mail.to).toEqual(['coordinator@example.com']);
    expect(mail.name).toBe('SECOR Ready');
    expect(mail.subject).toBe('SECOR Ready weekly digest: 5 falling due in 30 days, 1 action overdue (Northwind safety)');
    // The recertification (certified 2025: maintenance year 1) in December.
    expect(mail.body).toContain('Your maintenance year 1 submission is due by 2026-12-31');
    // The tracker's rows and the Inspections log (the yearly cycle), the Training matrix's tickets, the Action Plan.
    expect(mail.body).toContain(
      [
        'Falling due in the next 30 days:',
        '- 2026-12-11: Monthly site inspections (row 4, E4-02) goes stale',
        '- 2026-12-11: the newest record (Inspections sheet, E4-02) goes stale',
        '- 2026-12-15: Fire drill (row 8, E6-05) falls due',
        '',
        'Tickets expiring in the next 30 days:',
        "- 2026-12-05: Helen Ward's First Aid expires (Training sheet)",
        "- 2026-12-18: Dev Singh's Fall Protection expires (Training sheet)",
        '',
        'Overdue actions in the Action Plan:',
        '- due 2026-11-01: First aiders for the crew (E6-06), Helen, In progress (Action Plan row 2)',
      ].join('\n'),
    );
    // The line marked Done is not overdue.
    expect(mail.body).not.toContain('Action Plan row 3');
    expect(mail.htmlBody).toContain('<h3>Overdue actions in the Action Plan</h3>');
    expect(addOn.host.logs).toContain(`Weekly digest sent to coordinator@example.com: ${mail.subject}`);
    expect(everyCell(addOn)).toEqual(before);
    // Next week's run comes a week later, not again now.
    expect(addOn.host.fireDueTriggers(AFTER_MONDAY)).toEqual([]);
  });

  it('switched off, its trigger is gone and nothing more is mailed; a trigger an older install left is found by its handler', async () => {
    const addOn = await readyWorkbook();
    // An older version made the trigger itself, and no id of it was remembered.
    const { ScriptApp } = addOn.host.globals;
    const old = addOn.host.runIn('sidebar', () =>
      ScriptApp.newTrigger('sendWeeklyDigest').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.FRIDAY).atHour(9).create().getUniqueId(),
    );
    expect(addOn.run.getWeeklyDigest!()).toMatchObject({ on: true });
    addOn.run.switchWeeklyDigest!(true);
    expect(digestTriggers(addOn).map((t) => t.uniqueId)).toEqual([old]);
    expect(addOn.run.switchWeeklyDigest!(false)).toMatchObject({ on: false });
    expect(addOn.host.triggers.triggers).toEqual([]);
    expect(addOn.host.fireDueTriggers(new Date('2027-01-01T00:00:00Z'))).toEqual([]);
    expect(addOn.host.outbox.sent).toEqual([]);
  });

  it('a failure on the way sends nothing and leaves a clear log line', async () => {
    const addOn = await readyWorkbook();
    addOn.run.switchWeeklyDigest!(true);
    team(addOn.host).deleteSheet('SECOR Tracker');
    const [run] = addOn.host.fireDueTriggers(AFTER_MONDAY);
    expect(run!.error).toMatch(/tracker sheet "SECOR Tracker" was deleted/);
    expect(addOn.host.outbox.sent).toEqual([]);
    expect(
      addOn.host.logs.some((l) => /^\[error\] Weekly digest not sent: The tracker sheet "SECOR Tracker" was deleted.* Nothing was mailed\.$/.test(l)),
    ).toBe(true);
  });

  it("with the day's mail quota used up it says so and sends nothing", async () => {
    const addOn = await readyWorkbook();
    addOn.run.switchWeeklyDigest!(true);
    addOn.host.outbox.usedByDay['2026-11-26'] = 100;
    expect(addOn.host.fireDueTriggers(AFTER_MONDAY)[0]!.error).toBeNull();
    expect(addOn.host.outbox.sent).toEqual([]);
    expect(addOn.host.logs).toContain(
      "[error] Weekly digest not sent: today's mail quota is used up. Nothing was mailed; next week's digest will come as usual.",
    );
  });

  it("is refused, switching nothing on, before setup and when the user's address is hidden", async () => {
    const fresh = await addOnOverFile(WORKBOOK);
    expect(() => fresh.run.switchWeeklyDigest!(true)).toThrow('choose "Set up this sheet" first. Nothing was switched on.');
    expect(() => fresh.run.switchWeeklyDigest!('yes')).toThrow('say on (true) or off (false)');
    expect(fresh.host.triggers.triggers).toEqual([]);
    const hidden = await addOnOverFile(WORKBOOK, undefined, { userEmail: '' });
    setUp(hidden);
    expect(() => hidden.run.switchWeeklyDigest!(true)).toThrow('Your email address is not available to the add-on');
    expect(hidden.host.triggers.triggers).toEqual([]);
  });
});
