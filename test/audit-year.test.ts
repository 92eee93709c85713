/**
 * Before, during and after the audit, on the local host with the built bundle: the practice log
 * and the site walk scored apart from the documents, a five-finding audit report into the Action
 * Plan with progress and overdue highlighting, in the contexts Google runs each in (menu,
 * sidebar), and nothing of the team's changed.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost, loadBundle, snapshotCells, spreadsheetFromGrids, team } from '../apps-script/local-host/index.ts';
import type { FindingsPreview, ReadinessView, SetupProposal } from '../apps-script/server/views.ts';
import { FIVE_FINDINGS } from '../shared/test-support/audit-report.ts';
import { interviewQuestion, questionChoice } from '../shared/index.ts';
import { addOnOver, type AddOn, DIST, FIXED_NOW, trackerGrid } from './add-on-host.ts';

function setUp(addOn: AddOn): ReadinessView {
  const proposal = addOn.host.runIn('sidebar', () => addOn.run.proposeSetup!()) as SetupProposal;
  const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
  return addOn.host.runIn('sidebar', () => addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns })) as ReadinessView;
}

const sheetNamed = (addOn: AddOn, name: string) => addOn.app.getActiveSpreadsheet().getSheetByName(name);

describe('preparing the team: practice log and site walk', () => {
  it('makes each sheet once from the menu, scores what the team types apart from the prediction, and never writes their lines', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const before = setUp(addOn);
    expect(before.practice).toMatchObject({ practiceSheet: null, walkSheet: null, readyPercent: 80 });
    const tracker = snapshotCells(sheetNamed(addOn, 'Tracker'));

    addOn.host.runIn('menu', () => addOn.run.prepareForInterviews!());
    addOn.host.runIn('menu', () => addOn.run.walkTheSite!());
    const log = sheetNamed(addOn, 'Interview Practice');
    const walk = sheetNamed(addOn, 'Site Walk');
    expect(log.getRange('A1:F1').getValues()).toEqual([['Date', 'Person', 'Role', 'Question', 'Answered well', 'Notes']]);
    const items = walk.getDataRange().getValues().slice(1);
    expect(items.length).toBeGreaterThan(8);
    expect(addOn.host.ui.toasts.at(-1)!.message).toMatch(/^Site Walk: \d+ items added/);

    // The team practises and walks.
    const policy = questionChoice(interviewQuestion('E1-03.w')!);
    log.getRange('A2:E4').setValues([
      ['2026-11-20', 'Ana Lopez', 'Worker', policy, 'Yes'],
      ['2026-11-20', 'Mike T.', 'Worker', policy, 'No'],
      ['2026-11-21', 'Raj', 'Worker', policy, 'maybe'],
    ]);
    const rowOf = (key: string) => items.findIndex((r: unknown[]) => r[6] === key) + 2;
    walk.getRange(`C${rowOf('E3-02.1')}:F${rowOf('E3-02.1')}`).setValues([['Yes', '', '2026-11-24', 'Gary Ward']]);
    walk.getRange(`C${rowOf('E3-02.2')}:F${rowOf('E3-02.2')}`).setValues([['No', 'No railing on the mezzanine', '2026-11-24', 'Gary Ward']]);
    const typed = { log: snapshotCells(log), walk: snapshotCells(walk) };

    const view = addOn.host.runIn('sidebar', () => addOn.run.rescan!()) as ReadinessView;
    expect(view.prediction).toEqual(before.prediction);
    expect(view.practice.interviews.find((r) => r.id === 'E1-03')).toMatchObject({ asked: 2, good: 1, percent: 50, finding: 'gap' });
    expect(view.practice.observations.find((r) => r.id === 'E3-02')).toMatchObject({ asked: 2, good: 1, percent: 50, finding: 'gap' });
    expect(view.practice.skipped).toEqual([{ sheet: 'Interview Practice', row: 4, why: 'answered well is not yes or no' }]);
    expect(view.practice.notInPlace).toBe(1);

    // Again from the menu: nothing is added twice, nothing typed is touched.
    addOn.host.runIn('menu', () => addOn.run.walkTheSite!());
    addOn.host.runIn('sidebar', () => addOn.run.createPracticeLog!());
    expect(snapshotCells(log)).toEqual(typed.log);
    expect(snapshotCells(walk)).toEqual(typed.walk);
    // The tracker, its Readiness column too, is as it was: practice and the walk are scored apart.
    expect(snapshotCells(sheetNamed(addOn, 'Tracker'))).toEqual(tracker);

    // The railing not in place becomes an Action Plan line from the site walk.
    addOn.host.runIn('menu', () => addOn.run.createActionPlan!());
    const plan = sheetNamed(addOn, 'Action Plan').getDataRange().getValues();
    const header = plan[0] as string[];
    const line = plan.find((r: unknown[]) => r[header.indexOf('Plan key')] === 'site walk | E3-02.2')!;
    expect(line[header.indexOf('Source')]).toBe('Site walk 2026-11-24');
    expect(line[header.indexOf('Owner')]).toBe('Gary Ward');
  });
});

describe('after the audit: findings into the Action Plan', () => {
  it('reads a five-finding report in the sidebar, adds it once with its sources, tracks progress, highlights what is overdue and clears a finding done with evidence', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    setUp(addOn);
    addOn.host.runIn('menu', () => addOn.run.addAuditFindingsFromMenu!());
    expect(addOn.host.ui.sidebar!.content).toContain('window.SECOR_VIEW = "findings"');

    const preview = addOn.host.runIn('sidebar', () => addOn.run.readAuditReport!(FIVE_FINDINGS, 2026)) as FindingsPreview;
    expect(preview.findings.map((f) => f.requirement)).toEqual(['E2-02', 'E4-02', 'E7-02', 'E6-03', 'E5-01']);
    expect(preview.findings[2]).toMatchObject({ source: '2026 audit, finding 3', matchedBy: 'wording' });
    expect(addOn.app.getActiveSpreadsheet().getSheetByName('Action Plan')).toBeNull();

    // Bad input: refused, saying what to paste, and nothing is made.
    expect(() => addOn.host.runIn('sidebar', () => addOn.run.readAuditReport!('   ', 2026))).toThrow(/Paste the findings/);
    expect(() => addOn.host.runIn('sidebar', () => addOn.run.addAuditFindings!(FIVE_FINDINGS, 2026, { 0: 'E99-99' }))).toThrow(
      /"E99-99" is not a requirement .* Nothing was written/,
    );
    expect(addOn.app.getActiveSpreadsheet().getSheetByName('Action Plan')).toBeNull();

    // The coordinator files finding 5 under E5-02 instead, and adds them.
    const view = addOn.host.runIn('sidebar', () => addOn.run.addAuditFindings!(FIVE_FINDINGS, 2026, { 4: 'E5-02' })) as ReadinessView;
    const sheet = sheetNamed(addOn, 'Action Plan');
    const rows = () => sheet.getDataRange().getValues() as unknown[][];
    const header = rows()[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const findingRows = () => rows().filter((r) => String(r[col('Plan key')]).startsWith('finding | '));
    expect(findingRows().map((r) => [r[col('Source')], r[col('Requirement')]])).toEqual([
      ['2026 audit, finding 1', 'E2-02'],
      ['2026 audit, finding 2', 'E4-02'],
      ['2026 audit, finding 3', 'E7-02'],
      ['2026 audit, finding 4', 'E6-03'],
      ['2026 audit, finding 5', 'E5-02'],
    ]);
    expect(view.actions!.counts.Open).toBe(rows().length - 1);

    // Added again: nothing twice.
    addOn.host.runIn('sidebar', () => addOn.run.addAuditFindings!(FIVE_FINDINGS, 2026, { 4: 'E5-02' }));
    expect(findingRows()).toHaveLength(5);

    // The team works the plan: one line past due, one done whose requirement is ready, one done without evidence.
    const at = (source: string) => rows().findIndex((r) => r[col('Source')] === source) + 1;
    const a1 = (row: number, name: string) => `${String.fromCharCode(65 + col(name))}${row}`;
    sheet.getRange(a1(at('2026 audit, finding 2'), 'Due')).setValue('2026-11-01');
    sheet.getRange(a1(at('2026 audit, finding 4'), 'Status')).setValue('Done');
    sheet.getRange(a1(at('2026 audit, finding 1'), 'Status')).setValue('verified');
    const typed = rows().map((r) => TEAM.map((name) => r[col(name)]));
    const after = addOn.host.runIn('menu', () => addOn.run.createActionPlan!()) as unknown;
    expect(after).toBeTruthy();
    const state = addOn.host.runIn('sidebar', () => addOn.run.rescan!()) as ReadinessView;
    expect(state.actions!.overdue.map((o) => o.source)).toEqual(['2026 audit, finding 2']);
    expect(state.actions!.counts).toMatchObject({ Done: 1, Verified: 1 });
    const ready = (id: string) => state.prediction.evidence.find((e) => e.requirement === id)?.finding === 'ready';
    const gapNow = (source: string) => rows()[at(source) - 1]![col('Gap now')];
    expect(gapNow('2026 audit, finding 4')).toBe(ready('E6-03') ? 'cleared by 2026-11-26' : 'done, evidence still missing');
    expect(gapNow('2026 audit, finding 1')).toBe(ready('E2-02') ? 'cleared by 2026-11-26' : 'done, evidence still missing');
    expect(gapNow('2026 audit, finding 3')).toBe('open');
    // Its overdue rule covers that line only, after the team's rules; what the team typed stays.
    const rules = sheet.getConditionalFormatRules();
    const overdue = rules
      .map((r: { getBooleanCondition(): { getCriteriaValues(): string[] } }) => r.getBooleanCondition().getCriteriaValues()[0])
      .filter((f: string) => f.includes('overdue actions'));
    expect(overdue).toEqual([`=ISTEXT("SECOR Ready: overdue actions A${at('2026 audit, finding 2')}:M${at('2026 audit, finding 2')}")`]);
    expect(rows().map((r) => TEAM.map((name) => r[col(name)]))).toEqual(typed);
  });
});

const TEAM = ['Owner', 'Due', 'Status', 'Notes'];

describe("the site walk from the team's own hazard assessments", () => {
  it('adds the controls their confirmed FLHA log writes, keyed by their words, once', async () => {
    const tracker = await trackerGrid('samples/northwind-tracker.csv');
    const flha = await trackerGrid('test/fixtures/log-flha-field-hazards/FLHA.csv');
    const host = createHost({
      spreadsheet: spreadsheetFromGrids('Team tracker', [
        { name: 'Tracker', grid: tracker as never },
        { name: 'FLHA', grid: flha as never },
      ]),
      htmlDir: DIST,
      now: () => FIXED_NOW,
    });
    const addOn: AddOn = { host, run: loadBundle(join(DIST, 'Code.js'), host), app: host.globals.SpreadsheetApp };
    const proposal = addOn.run.proposeSetup!() as SetupProposal;
    const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
    addOn.run.confirmSetup!({
      headerRow: proposal.headerRow,
      columns,
      sheets: proposal.sheets.map((s) => ({ sheetId: s.sheetId, kind: 'activity-log', activity: 'hazard-assessments' })),
    });
    addOn.host.runIn('menu', () => addOn.run.walkTheSite!());
    const walk = sheetNamed(addOn, 'Site Walk');
    const lines = () => walk.getDataRange().getValues().slice(1) as unknown[][];
    const team = lines().filter((r) => String(r[6]).startsWith('HA.'));
    expect(team.length).toBeGreaterThan(2);
    expect(team).toContainEqual(['In place: Harness', 'E3-04', '', '', '', '', 'HA.harness']);
    const count = lines().length;
    addOn.host.runIn('menu', () => addOn.run.walkTheSite!());
    expect(lines()).toHaveLength(count);
  });
});

describe('an Action Plan made before it had a Source column', () => {
  it('gets the column added after its own, every line and what the team typed kept, the sources filled', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    setUp(addOn);
    addOn.run.createActionPlan!();
    const person = team(addOn.host);
    // As an older version left it: no Source column (the last, M); the team has worked two lines.
    person.deleteColumns('Action Plan', 13);
    person.typeInto('Action Plan', 'I2', 'In progress');
    person.typeInto('Action Plan', 'J3', 'waiting on the printer');
    const sheet = sheetNamed(addOn, 'Action Plan');
    const before = sheet.getDataRange().getValues() as unknown[][];
    expect(before[0]).not.toContain('Source');

    const written = addOn.host.runIn('menu', () => addOn.run.createActionPlan!()) as { added: number };
    expect(written.added).toBe(0);
    const after = sheet.getDataRange().getValues() as unknown[][];
    expect(after[0]![12]).toBe('Source');
    expect(after.map((r) => r.slice(0, 12))).toEqual(before);
    expect(after.slice(1).every((r) => r[12] === 'Tracker gap')).toBe(true);
  });
});

describe('the whole audit year, in the contexts Google runs each in', () => {
  it('briefing and practice from the menu, findings from the sidebar, the plan and the pack from the menu, and the weekly digest from its trigger naming the overdue finding', async () => {
    const driveDir = mkdtempSync(join(tmpdir(), 'secor-year-drive-'));
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'), 'Tracker', FIXED_NOW, { driveDir });
    setUp(addOn);
    addOn.host.runIn('menu', () => addOn.run.openTeamBriefing!());
    expect(addOn.host.ui.dialog!.title).toBe('Team briefing');
    addOn.host.runIn('menu', () => addOn.run.prepareForInterviews!());
    addOn.host.runIn('menu', () => addOn.run.walkTheSite!());
    addOn.host.runIn('sidebar', () => addOn.run.addAuditFindings!(FIVE_FINDINGS, 2026, {}));
    const person = team(addOn.host);
    const plan = sheetNamed(addOn, 'Action Plan');
    const rows = plan.getDataRange().getValues() as unknown[][];
    const row = rows.findIndex((r) => r[12] === '2026 audit, finding 2') + 1;
    person.typeInto('Action Plan', `H${row}`, '2026-11-01');
    addOn.host.runIn('menu', () => addOn.run.createActionPlan!());

    // The reviewer's pack from the menu: a Doc in Drive, its open actions the plan's, the overdue finding among them.
    addOn.host.runIn('menu', () => addOn.run.buildAuditPack!());
    const docs = readdirSync(driveDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.gdoc.html'));
    expect(docs).toHaveLength(1);
    const doc = readFileSync(join(driveDir, docs[0]!), 'utf8');
    expect(doc).toContain('No records of worksite inspections');
    expect(doc).toContain('2026 audit, finding 2');

    // The digest, switched on in the sidebar, runs from its weekly trigger with no active spreadsheet.
    addOn.host.runIn('sidebar', () => addOn.run.switchWeeklyDigest!(true));
    const before = snapshotCells(plan);
    const runs = addOn.host.fireDueTriggers(new Date('2026-12-01T00:00:00Z'));
    expect(runs.map((r) => [r.handlerFunction, r.error])).toEqual([['sendWeeklyDigest', null]]);
    const mail = addOn.host.outbox.sent[0]!;
    expect(mail.to).toEqual(['coordinator@example.com']);
    expect(mail.body).toContain('No records of worksite inspections');
    expect(snapshotCells(plan)).toEqual(before);
  });
});
