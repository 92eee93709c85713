import { describe, expect, it } from 'vitest';
import { snapshotCells, team, type Team } from '../apps-script/local-host/index.ts';
import type { ReadinessView, SettingsView, SetupProposal } from '../apps-script/server/views.ts';
import { addOnOver, addOnOverFile, type AddOn, teamOfficeRule, trackerGrid } from './add-on-host.ts';

/** Sets up the tracker as the sidebar would: the proposal, confirmed as it stands. */
function setUp(addOn: AddOn, change: (columns: Record<string, string | null>) => void = () => {}): ReadinessView {
  const proposal = addOn.run.proposeSetup!() as SetupProposal;
  const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
  change(columns);
  return addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns }) as ReadinessView;
}

function trackerSheet(addOn: AddOn) {
  return addOn.host.spreadsheet.sheets[0]!;
}

/** Every cell of the team's own columns: the add-on's own columns are left out. */
function teamCells(addOn: AddOn, ownFrom: number): Record<string, unknown> {
  const all = snapshotCells(trackerSheet(addOn));
  return Object.fromEntries(
    Object.entries(all).filter(([a1]) => {
      const letters = /^[A-Z]+/.exec(a1)![0];
      let n = 0;
      for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
      return n < ownFrom;
    }),
  );
}

/** The team's columns of the tracker, row by row (1-based rows at index row - 1), to compare rows by identity. */
function teamRows(addOn: AddOn, ownFrom: number): unknown[][] {
  return Array.from(trackerSheet(addOn).cells, (row) => Array.from((row ?? []).slice(0, ownFrom - 1), (cell) => [cell?.value ?? '', cell?.formula ?? '']));
}

/** The tracker rows (1-based) carrying the add-on's tag for an added requirement. */
function addedRows(addOn: AddOn): number[] {
  const sheet = trackerSheet(addOn);
  return addOn.host.spreadsheet.metadata
    .filter((m) => m.key === 'secor-ready.added' && m.location.type === 'ROW' && m.location.sheetId === sheet.id)
    .map((m) => (m.location as { index: number }).index)
    .sort((a, b) => a - b);
}

describe('the add-on menu', () => {
  it('adds its items on open without reading the sheet', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    addOn.run.onOpen!({ authMode: 'LIMITED' });
    const menu = addOn.host.ui.menus[0]!;
    expect(menu.items.filter((i) => !i.separator).map((i) => [i.caption, i.functionName])).toEqual([
      ['Open readiness', 'openReadiness'],
      ['Set up this sheet', 'setUpThisSheet'],
      ['Scan now', 'scanNow'],
      ['Create action plan', 'createActionPlan'],
      ['Add audit findings', 'addAuditFindingsFromMenu'],
      ['Build evidence index', 'buildEvidenceIndex'],
      ['Build audit pack', 'buildAuditPack'],
      ['Team briefing', 'openTeamBriefing'],
      ['Prepare for interviews', 'prepareForInterviews'],
      ['Walk the site', 'walkTheSite'],
      ['Connect the clipper', 'connectTheClipper'],
      ['Check the installation', 'checkTheInstallation'],
    ]);
    expect(addOn.host.counts.byMethod['Range.getValues'] ?? 0).toBe(0);
    for (const item of menu.items) if (item.functionName) expect(addOn.run[item.functionName]).toBeTypeOf('function');
  });

  it('opens the sidebar on the view the menu item names', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    addOn.run.setUpThisSheet!();
    expect(addOn.host.ui.sidebar?.title).toBe('SECOR Ready');
    expect(addOn.host.ui.sidebar?.content).toContain('window.SECOR_VIEW = "setup"');
  });
});

describe('setup', () => {
  it('proposes the header row and a column per role with its confidence', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const proposal = addOn.run.proposeSetup!() as SetupProposal;
    expect(proposal.headerRow).toBe(4);
    expect(proposal.problem).toBeNull();
    expect(Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]))).toEqual({
      id: null,
      element: 'A',
      requirement: 'B',
      evidence: 'C',
      owner: 'D',
      date: 'E',
      due: 'F',
      interval: null,
      status: 'G',
      notes: 'H',
    });
    expect(proposal.columns.find((c) => c.role === 'evidence')!.confidence).toBeGreaterThan(0.5);
  });

  it('on a log, says what the sheet is and where to set up instead, never to rename a column of the log', async () => {
    const logOnly = await addOnOverFile('test/fixtures/log-xlsx-inspections-two-sites/Prairie Fab inspections.xlsx');
    const alone = logOnly.run.proposeSetup!() as SetupProposal;
    expect(alone.problem).toMatch(
      /^"Inspections" reads as an activity log of inspections \(one row per event\), not a checklist\. SECOR Ready sets up on your checklist: a sheet with a row per SECOR requirement/,
    );
    expect(alone.problem).not.toMatch(/Head that column/);

    const workbook = await addOnOverFile('samples/northwind-safety.xlsx');
    workbook.app.getActiveSpreadsheet().getSheetByName('Training')!.activate();
    const training = workbook.run.proposeSetup!() as SetupProposal;
    expect(training.problem).toBe(
      '"Training" reads as a training matrix (workers x tickets), not a checklist. Open "SECOR Tracker 2026", which reads as your checklist, and choose Set up this sheet there: this sheet is then read beside it as evidence.',
    );
    // Reading it wrote nothing anywhere.
    expect(workbook.host.counts.byMethod['Range.setValues'] ?? 0).toBe(0);
  });

  it('starts a checklist for a team that keeps only logs, when asked: a new sheet, theirs untouched, set up and judged beside the log', async () => {
    const addOn = await addOnOverFile('test/fixtures/log-xlsx-inspections-two-sites/Prairie Fab inspections.xlsx');
    const book = addOn.app.getActiveSpreadsheet();
    const log = () => book.getSheetByName('Inspections')!.getDataRange().getValues();
    const before = JSON.stringify(log());
    expect((addOn.run.proposeSetup!() as SetupProposal).canStartChecklist).toBe(true);

    const proposal = addOn.run.startChecklist!() as SetupProposal;
    expect(proposal).toMatchObject({ sheetName: 'Checklist', headerRow: 1, problem: null, canStartChecklist: false });
    expect(Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]))).toMatchObject({ id: 'A', element: 'B', requirement: 'C', evidence: 'D' });
    expect(proposal.sheets).toEqual([expect.objectContaining({ name: 'Inspections', kind: 'activity-log', activity: 'inspections' })]);
    const checklist = book.getSheetByName('Checklist')!;
    expect(book.getActiveSheet().getName()).toBe('Checklist');
    expect(addOn.host.spreadsheet.sheets.find((sheet) => sheet.name === 'Checklist')?.frozenRows).toBe(1);
    expect(checklist.getRange('A2:C2').getValues()[0]).toEqual(['E0-01', expect.stringMatching(/^E0 /), expect.any(String)]);

    // A second press selects the one made; nothing is made or written twice.
    const calls = addOn.host.counts.byMethod['Range.setValues'] ?? 0;
    book.getSheetByName('Inspections')!.activate();
    expect((addOn.run.startChecklist!() as SetupProposal).sheetName).toBe('Checklist');
    expect(book.getSheets().map((sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getName())).toEqual(['Inspections', 'Checklist']);
    expect(addOn.host.counts.byMethod['Range.setValues'] ?? 0).toBe(calls);

    const view = addOn.run.confirmSetup!({
      headerRow: proposal.headerRow,
      columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])),
      sheets: proposal.sheets.map((s) => ({ sheetId: s.sheetId, kind: s.kind, activity: s.activity })),
    }) as ReadinessView;
    // The log's inspections count for E4-02 beside the new rows, and the log is as it was.
    expect(view.evidenceSheets).toEqual([expect.objectContaining({ name: 'Inspections', kind: 'activity-log' })]);
    expect(JSON.stringify(log())).toBe(before);
  });

  it('will not start a checklist where a sheet already reads as one: it names it, and makes nothing', async () => {
    const addOn = await addOnOverFile('samples/northwind-safety.xlsx');
    const book = addOn.app.getActiveSpreadsheet();
    book.getSheetByName('Training')!.activate();
    expect((addOn.run.proposeSetup!() as SetupProposal).canStartChecklist).toBe(false);
    const sheets = book.getSheets().length;
    expect(() => addOn.run.startChecklist!()).toThrow(/^"SECOR Tracker 2026" reads as your checklist already: open it and choose Set up this sheet/);
    expect(book.getSheets()).toHaveLength(sheets);
    expect(addOn.host.counts.byMethod['Range.setValues'] ?? 0).toBe(0);
  });

  it('writes its header cells again when the team cleared them, and leaves one they renamed', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    setUp(addOn);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    sheet.getRange('I4:J4').clearContent();
    addOn.run.rescan!();
    expect(sheet.getRange('I4:J4').getValues()).toEqual([['SECOR requirement', 'Readiness']]);
    sheet.getRange('J4').setValue('Audit status');
    addOn.run.rescan!();
    expect(sheet.getRange('I4:J4').getValues()).toEqual([['SECOR requirement', 'Audit status']]);
    expect(sheet.getRange('J5').getValue()).toMatch(/^(READY|WARNING|GAP|N\/A)/);
  });

  it('adds SECOR requirement and Readiness after the table, tags the columns, installs four colour rules, and scans', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const view = setUp(addOn);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    expect(sheet.getRange('I4:J4').getValues()).toEqual([['SECOR requirement', 'Readiness']]);
    expect(view.overall.applicable).toBeGreaterThan(30);
    expect(sheet.getRange('J5').getValue()).toMatch(/^(READY|WARNING|GAP|N\/A)/);
    expect(sheet.getRange('I8').getValue()).toBe('E1-01');
    expect(sheet.getConditionalFormatRules()).toHaveLength(4);
    const tags = sheet.createDeveloperMetadataFinder().withKey('secor-ready.column').find();
    expect(tags.map((t: { getValue(): string }) => t.getValue()).sort()).toEqual(
      ['date', 'due', 'element', 'evidence', 'notes', 'owner', 'ownRequirement', 'readiness', 'requirement', 'status'].sort(),
    );
  });

  it("replaces its own colour rules on a second setup and keeps the team's", async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    const theirs = addOn.app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$G5="Done"')
      .setBackground('#00ff00')
      .setRanges([sheet.getRange('G5:G50')])
      .build();
    sheet.setConditionalFormatRules([theirs]);
    setUp(addOn);
    setUp(addOn);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(5);
    expect(rules[0].getBooleanCondition().getCriteriaValues()[0]).toBe('=$G5="Done"');
    expect(sheet.getRange('K4').getValue()).toBe('');
  });

  it("a tracker downloaded after setup and opened again: setup reuses the add-on's Readiness and Requirement columns", async () => {
    const first = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    setUp(first);
    // A download keeps values only: no tags, no rules.
    const downloaded = first.app.getActiveSpreadsheet().getSheetByName('Tracker').getDataRange().getDisplayValues();
    const again = addOnOver(downloaded);
    const proposal = again.run.proposeSetup!() as SetupProposal;
    expect(proposal.headers.map((h) => h.text)).not.toContain('Readiness');
    expect(proposal.columns.find((c) => c.role === 'requirement')!.column).toBe('B');
    setUp(again);
    const sheet = again.app.getActiveSpreadsheet().getSheetByName('Tracker');
    expect(sheet.getRange(4, 1, 1, sheet.getLastColumn()).getValues()[0]).toEqual(downloaded[3]);
    expect(sheet.getLastColumn()).toBe(10);
  });

  it('refuses a mapping without an evidence column, and changes nothing', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const before = snapshotCells(trackerSheet(addOn));
    const proposal = addOn.run.proposeSetup!() as SetupProposal;
    const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
    expect(() => addOn.run.confirmSetup!({ headerRow: 4, columns: { ...columns, evidence: null } })).toThrow(/evidence column/);
    expect(() => addOn.run.confirmSetup!({ headerRow: 4, columns: { ...columns, owner: 'B' } })).toThrow(/both/);
    expect(snapshotCells(trackerSheet(addOn))).toEqual(before);
    expect([addOn.host.properties.document, addOn.host.properties.script]).toEqual([{}, {}]);
  });

  it('changing a role changes the verdicts', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const asProposed = setUp(addOn);
    // Without the Next Due column the team's own dates are gone: passed next-due dates no longer
    // lapse rows 23 and 27, and the reference intervals find them stale instead.
    const withoutDue = setUp(addOn, (columns) => (columns.due = null));
    const rowsOf = (view: ReadinessView, kind: string) => view.gapGroups.find((g) => g.kind === kind)?.rows.map((r) => r.row) ?? [];
    expect(rowsOf(asProposed, 'overdue')).toEqual(expect.arrayContaining([23, 27]));
    expect(rowsOf(asProposed, 'stale')).toEqual([]);
    expect(rowsOf(withoutDue, 'overdue')).toEqual([]);
    expect(rowsOf(withoutDue, 'stale')).toEqual(expect.arrayContaining([23, 27]));
  });
});

describe('scan', () => {
  it('writes verdicts a person can read, one per item row', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const view = setUp(addOn);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    const readiness = sheet
      .getRange(5, 10, 41, 1)
      .getValues()
      .map((r: string[]) => r[0]);
    const gaps = readiness.filter((r: string) => r.startsWith('GAP'));
    expect(gaps.length).toBe(view.overall.applicable - view.overall.ready + view.gate.applicable - view.gate.ready);
    expect(gaps[0]).toMatch(/^GAP · .+ · E\d/);
  });

  it('finds its columns again after the team inserts a column before them', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const first = setUp(addOn);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    team(addOn.host).insertColumns('Tracker', 3);
    sheet.getRange('C4').setValue('Site');
    const again = addOn.run.rescan!() as ReadinessView;
    expect(again.overall).toEqual(first.overall);
    expect(sheet.getRange('K4').getValue()).toBe('Readiness');
    expect(sheet.getRange('K5').getValue()).toMatch(/^(READY|WARNING|GAP|N\/A)/);
  });
});

const FIXTURES = [
  'samples/northwind-tracker.csv',
  'test/fixtures/roofing-grouped-ids/tracker.csv',
  'test/fixtures/landscaping-headings-multiline/tracker.csv',
  'test/fixtures/excavation-points-ids/tracker.csv',
  'test/fixtures/painting-duplicate-evidence/tracker.csv',
];

describe("the team's cells are theirs", () => {
  it.each(FIXTURES)('%s: no team cell changes through setup, scan, an edit, the action plan, the evidence index and added requirements', async (file) => {
    const addOn = addOnOver(await trackerGrid(file));
    const sheet = trackerSheet(addOn);
    const width = addOn.host.spreadsheet.lastColumn(sheet);
    const before = teamCells(addOn, width + 1);
    const view = setUp(addOn);
    addOn.run.rescan!();
    addOn.run.createActionPlan!();
    addOn.run.createActionPlan!();
    addOn.run.buildEvidenceIndex!();
    // An edit by the team changes their cell; onEdit must change nothing else of theirs.
    const fake = addOn.app.getActiveSpreadsheet().getSheetByName(sheet.name);
    const proposal = addOn.run.proposeSetup!() as SetupProposal;
    const ownerLetter = proposal.columns.find((c) => c.role === 'owner')?.column ?? proposal.columns.find((c) => c.role === 'evidence')!.column!;
    const editRow = proposal.headerRow! + 1;
    const edited = fake.getRange(`${ownerLetter}${editRow}`);
    edited.setValue('Edited by the team');
    addOn.run.onEdit!({ range: edited, source: addOn.app.getActiveSpreadsheet(), value: 'Edited by the team' });
    const after = teamCells(addOn, width + 1);
    const editedKey = `${ownerLetter}${editRow}`;
    expect(after[editedKey]).toMatchObject({ value: 'Edited by the team' });
    delete after[editedKey];
    delete (before as Record<string, unknown>)[editedKey];
    expect(after).toEqual(before);
    // Added requirements are inserted into their sections: the team's rows, without them, are as they were.
    const rowsBefore = teamRows(addOn, width + 1);
    addOn.run.addMissingRequirements!(view.missing.slice(0, 2).map((m) => m.id));
    const added = addedRows(addOn);
    expect(added).toHaveLength(2);
    expect(teamRows(addOn, width + 1).filter((_, i) => !added.includes(i + 1))).toEqual(rowsBefore);
  });
});

describe('Spreadsheet calls', () => {
  async function bigTracker(rows: number) {
    const { generateTracker } = await import('../scripts/tracker-generator.ts');
    return generateTracker(rows, rows);
  }

  // It counts calls, not time: building a 10,000-row tracker takes seconds on a busy machine.
  it('a scan costs the same few calls for 1,000 and 10,000 rows', { timeout: 60_000 }, async () => {
    const calls: number[] = [];
    for (const rows of [1_000, 10_000]) {
      const addOn = addOnOver(await bigTracker(rows));
      setUp(addOn);
      addOn.host.counts.reset();
      addOn.run.rescan!();
      calls.push(addOn.host.counts.byService.SpreadsheetApp ?? 0);
    }
    expect(calls[0]).toBeLessThanOrEqual(8);
    expect(calls[1]).toBe(calls[0]);
  });

  it('an edit re-judges its row in a few calls, and edits elsewhere cost one or two', async () => {
    const addOn = addOnOver(await bigTracker(1_000));
    setUp(addOn);
    const ss = addOn.app.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Tracker');
    const evidence = sheet.getRange('C20');
    evidence.setValue('');
    addOn.host.counts.reset();
    addOn.run.onEdit!({ range: evidence, source: ss, value: '' });
    expect(addOn.host.counts.byService.SpreadsheetApp).toBeLessThanOrEqual(6);
    expect(sheet.getRange('K20').getValue()).toMatch(/^GAP · Missing evidence/);

    const site = sheet.getRange('H20');
    addOn.host.counts.reset();
    addOn.run.onEdit!({ range: site, source: ss, value: 'Yard' });
    expect(addOn.host.counts.byService.SpreadsheetApp).toBeLessThanOrEqual(2);

    // Typing over the add-on's verdict puts it back at once, and says why.
    const verdict = sheet.getRange('K20');
    verdict.setValue('READY');
    addOn.run.onEdit!({ range: verdict, source: ss, value: 'READY' });
    expect(verdict.getValue()).toMatch(/^GAP · Missing evidence/);
    expect(addOn.host.ui.toasts.at(-1)?.message).toMatch(/^The Readiness column is the add-on's: .* what you typed there was put back\./);

    const other = ss.insertSheet('Scratch').getRange('C20');
    addOn.host.counts.reset();
    addOn.run.onEdit!({ range: other, source: ss, value: 'x' });
    expect(addOn.host.counts.byService.SpreadsheetApp).toBe(1);
  });
});

describe('the team briefing', () => {
  it('opens from the menu as a modal dialog, changing no cell, and once set up says how the tracker shows each record', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const before = snapshotCells(trackerSheet(addOn));
    addOn.host.runIn('menu', () => addOn.run.openTeamBriefing!());
    const dialog = addOn.host.ui.dialog!;
    expect(dialog).toMatchObject({ title: 'Team briefing', width: 760, height: 640 });
    const questions = (html: string, role: string) =>
      (
        html
          .split(`data-role="${role}"`)[1]!
          .split('</section>')[0]!
          .match(/class="question"/g) ?? []
      ).length;
    const all = questions(dialog.content, 'worker');
    expect(all).toBeGreaterThan(3);
    expect(snapshotCells(trackerSheet(addOn))).toEqual(before);
    expect(addOn.host.counts.byMethod['Range.setValues'] ?? 0).toBe(0);

    // Once set up, each question says how the tracker shows the record behind it.
    setUp(addOn);
    expect(addOn.host.ui.dialog!.content).not.toContain('(in the tracker: ');
    addOn.host.runIn('menu', () => addOn.run.openTeamBriefing!());
    expect(addOn.host.ui.dialog!.content).toContain('(in the tracker: ');
  });
});

describe('action plan', () => {
  it('lists each gap once with a suggested action, and keeps what the team typed when run again', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const view = setUp(addOn);
    const first = addOn.run.createActionPlan!() as { added: number; updated: number };
    const gapCount = view.gapGroups.reduce((n, g) => n + g.rows.length, 0);
    expect(first).toMatchObject({ added: gapCount, updated: 0 });
    const plan = addOn.app.getActiveSpreadsheet().getSheetByName('Action Plan');
    const header = plan.getRange(1, 1, 1, 13).getValues()[0];
    expect(header).toEqual([
      'Requirement',
      'Element',
      'Tracker row',
      'Item',
      'Gap',
      'Suggested action',
      'Owner',
      'Due',
      'Status',
      'Notes',
      'Gap now',
      'Plan key',
      'Source',
    ]);
    const rows = plan.getRange(2, 1, gapCount, 12).getValues();
    expect(rows.every((r: unknown[]) => r[8] === 'Open' && r[10] === 'open' && String(r[5]).length > 10)).toBe(true);
    expect(Object.prototype.toString.call(rows[0][7])).toBe('[object Date]');

    // The team works the plan: a status, a note with a formula, an owner.
    plan.getRange('I2').setValue('In progress');
    plan.getRange('J2').setValue('=TODAY()+7');
    plan.getRange('G3').setValue('Priya');
    // ... and fixes the gap of the third line in the tracker.
    const third = rows[2];
    const tracker = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    tracker.getRange(Number(third[2]), 3).setValue('fixed-record.pdf');
    tracker.getRange(Number(third[2]), 5).setValue('2026-11-20');
    tracker.getRange(Number(third[2]), 7).setValue('Done');

    const second = addOn.run.createActionPlan!() as { added: number; updated: number };
    expect(second.added).toBe(0);
    const after = plan.getDataRange().getValues();
    expect(after).toHaveLength(gapCount + 1);
    expect(after[1][8]).toBe('In progress');
    expect(plan.getRange('J2').getFormula()).toBe('=TODAY()+7');
    expect(after[2][6]).toBe('Priya');
    expect(
      after
        .slice(1)
        .filter((r: unknown[]) => String(r[10]).startsWith('closed by'))
        .map((r: unknown[]) => r[11]),
    ).toContain(third[11]);
  });
});

/** Item texts and an owner that Sheets would read as a date, a number, a percent, a boolean or a formula, each on a row without evidence. */
const LOOKALIKES = ['1/2', 'Mar 2026', '50%', 'TRUE', '0123', '=SUM(1,2) crew trained'];
async function lookalikeTracker(): Promise<AddOn> {
  const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
  LOOKALIKES.forEach((text, i) => {
    // Typed with a leading apostrophe in Sheets: text in the team's cells.
    const row = trackerSheet(addOn).cells[8 + i]!;
    row[1] = { value: text };
    row[2] = undefined;
    row[3] = { value: '0123' };
  });
  return addOn;
}

describe('text that reads as something else', () => {
  it('an Action Plan of items such as "1/2", "Mar 2026", "50%", "TRUE", "0123" keeps them as text, and a key that begins with "=" finds its line again', async () => {
    const addOn = await lookalikeTracker();
    setUp(addOn);
    const first = addOn.run.createActionPlan!() as { added: number };
    const plan = addOn.app.getActiveSpreadsheet().getSheetByName('Action Plan');
    const rows = plan.getDataRange().getValues().slice(1) as unknown[][];
    for (const text of LOOKALIKES) {
      const line = rows.find((r) => r[3] === text);
      expect(line, text).toBeDefined();
      expect(line![11], text).toBe(`${text}\u2002|\u2002missing-evidence`);
      expect(line![6], text).toBe('0123');
    }
    expect(plan.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const second = addOn.run.createActionPlan!() as { added: number; updated: number };
    expect(second).toEqual({ sheetName: 'Action Plan', added: 0, updated: 0 });
    expect(plan.getDataRange().getValues()).toHaveLength(first.added + 1);
  });

  it('an Evidence Index of items such as "TRUE" and "1/2" keeps them as text', async () => {
    const addOn = await lookalikeTracker();
    setUp(addOn);
    addOn.run.buildEvidenceIndex!();
    const rows = addOn.app.getActiveSpreadsheet().getSheetByName('Evidence Index').getDataRange().getValues().slice(1) as unknown[][];
    for (const text of LOOKALIKES)
      expect(
        rows.some((r) => r[4] === text),
        text,
      ).toBe(true);
  });
});

describe('evidence index', () => {
  it('lists every item with its evidence, date and status, and the requirements nothing covers', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    // A team cell holding text that starts with "=" (typed with a leading apostrophe in Sheets).
    trackerSheet(addOn).cells[7]![2] = { value: '=HYPERLINK("http://evil.example","click")' };
    const view = setUp(addOn);
    const written = addOn.run.buildEvidenceIndex!() as { added: number };
    expect(written.added).toBe(view.overall.applicable + view.gate.applicable + 1 + view.missing.length);
    const index = addOn.app.getActiveSpreadsheet().getSheetByName('Evidence Index');
    const rows = index.getDataRange().getValues().slice(1);
    expect(rows.filter((r: unknown[]) => r[7] === 'No row covers it')).toHaveLength(view.missing.length);
    // Text from the tracker that reads as a formula lands as text.
    const formulas = index.getDataRange().getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual([]);
    expect(rows.some((r: unknown[]) => r[5] === '=HYPERLINK("http://evil.example","click")')).toBe(true);
  });
});

describe('missing requirements and navigation', () => {
  it("inserts the chosen requirements into their elements' sections, marked as added, and they count from then on", async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const view = setUp(addOn);
    const chosen = ['E1-03', 'E6-02', 'E9-01'];
    expect(view.missing.map((m) => m.id)).toEqual(expect.arrayContaining(chosen));
    const after = addOn.run.addMissingRequirements!(chosen) as ReadinessView;
    expect(after.missing.map((m) => m.id)).not.toEqual(expect.arrayContaining(chosen));
    expect(after.overall.applicable).toBe(view.overall.applicable + 3);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    // E1 ends on row 12, E6 on row 33 and E9 on row 45: each row goes right after its section,
    // and the rows below move down (one row for E6's, two for E9's).
    expect(addedRows(addOn)).toEqual([13, 35, 48]);
    const cells = (row: number) => sheet.getRange(row, 1, 1, 9).getValues()[0]!;
    expect(cells(13)).toEqual([
      'E1 Management commitment & policy',
      expect.any(String),
      '',
      '',
      '',
      '',
      '',
      'Added by SECOR Ready from the reference checklist',
      'E1-03',
    ]);
    expect(cells(35).slice(0, 1)).toEqual(['E6 Emergency response']);
    expect(cells(48)[8]).toBe('E9-01');
    expect(cells(14)[1]).toBe('Formal hazard assessment - tear-off, shingling, torch-on, ladders, hoisting');
    expect(cells(36)[1]).toBe('Incident reporting and investigation procedure');
    expect(cells(47)[1]).toBe('Working alone - check-in procedure');
    expect(sheet.getRange(50, 1).getValue()).toMatch(/^\* Prepared by/);
    expect(sheet.getLastRow()).toBe(51);
    // The added rows are judged where they are: their Readiness cells name their requirements.
    expect(sheet.getRange(35, 10).getValue()).toMatch(/E6-02$/);
    expect(() => addOn.run.addMissingRequirements!(['E1-01'])).toThrow(/not among the requirements the tracker lacks/);
  });

  it('appends a requirement below the last row when its element has no section, and inserts under a heading that has no items yet', async () => {
    const sample = await trackerGrid('samples/northwind-tracker.csv');
    // The sample without its E6 rows (30-33), and its E8 rows (39-42) replaced by a heading only.
    const grid = [...sample.slice(0, 29), ...sample.slice(33, 38), ['', 'PROGRAM ADMINISTRATION', '', '', '', '', '', ''], ...sample.slice(42)];
    const addOn = addOnOver(grid);
    const view = setUp(addOn);
    expect(view.missing.map((m) => m.id)).toEqual(expect.arrayContaining(['E6-01', 'E8-01']));
    addOn.run.addMissingRequirements!(['E6-01', 'E8-01']);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    const last = sheet.getLastRow();
    // E8's heading is row 35: its requirement goes right under it; E6 has no section, so it goes last.
    expect(sheet.getRange(35, 2).getValue()).toBe('PROGRAM ADMINISTRATION');
    expect(sheet.getRange(36, 9).getValue()).toBe('E8-01');
    expect(sheet.getRange(last, 9).getValue()).toBe('E6-01');
    expect(addedRows(addOn)).toEqual([36, last]);
  });

  it('goes to a row, and says which rows exist when asked for another', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    setUp(addOn);
    addOn.run.goToRow!(12);
    expect(addOn.host.spreadsheet.active.range?.row).toBe(12);
    expect(() => addOn.run.goToRow!(999)).toThrow(/not a row of the tracker/);
  });

  it('tells a sheet that is not set up what to do', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    expect(() => addOn.run.rescan!()).toThrow(/Set up this sheet/);
    expect((addOn.run.getSidebarState!() as { kind: string }).kind).toBe('needs-setup');
  });
});

describe('team settings', () => {
  it('keeps the profile in the document: switched-off items leave the missing list, own intervals change staleness', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    // Without its Next Due column the sample has stale rows, which a team interval can make current.
    const view = setUp(addOn, (columns) => (columns.due = null));
    const settings = addOn.run.getSettings!() as SettingsView;
    expect(settings.requirements).toHaveLength(66);
    expect(settings.requirements.find((r) => r.id === 'E4-04')).toMatchObject({ proposal: true, defaultIntervalDays: 30 });
    const off = view.missing[0]!.id;
    const staleRow = view.gapGroups.find((g) => g.kind === 'stale')!.rows[0]!;
    const after = addOn.run.saveSettings!({
      ...settings.profile,
      disabled: [off],
      intervals: { [staleRow.requirement!]: 3650 },
      auditMonth: 3,
      certifyingPartner: '  ACSA ',
    }) as ReadinessView;
    expect(after.missing.map((m) => m.id)).not.toContain(off);
    expect(after.gapGroups.find((g) => g.kind === 'stale')?.rows.map((r) => r.row) ?? []).not.toContain(staleRow.row);
    expect((addOn.run.getSettings!() as SettingsView).profile).toMatchObject({ auditMonth: 3, certifyingPartner: 'ACSA', disabled: [off] });
    // Judged on 2026-11-26, a March certificate's next yearly submission is March 2027.
    expect(after.submission).toEqual({ month: '2027-03', partner: 'ACSA' });
  });

  it('keeps the certification year: none at first, kept by a form that does not show it, cleared only by null', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    setUp(addOn);
    const { profile } = addOn.run.getSettings!() as SettingsView;
    expect(profile.certifiedYear).toBeNull();
    addOn.run.saveSettings!({ ...profile, auditMonth: 3, certifiedYear: 2025 });
    const { certifiedYear: _, ...withoutYear } = profile;
    addOn.run.saveSettings!({ ...withoutYear, auditMonth: 3 });
    expect((addOn.run.getSettings!() as SettingsView).profile).toMatchObject({ auditMonth: 3, certifiedYear: 2025 });
    addOn.run.saveSettings!({ ...profile, certifiedYear: null });
    expect((addOn.run.getSettings!() as SettingsView).profile.certifiedYear).toBeNull();
    expect(() => addOn.run.saveSettings!({ ...profile, certifiedYear: 25 })).toThrow(/The certification year must be at least 2000/);
  });

  it('a row matched to a switched-off item no longer counts, as N/A', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const view = setUp(addOn);
    const gapRow = view.gapGroups[0]!.rows[0]!;
    const settings = addOn.run.getSettings!() as SettingsView;
    const after = addOn.run.saveSettings!({ ...settings.profile, disabled: [gapRow.requirement!] }) as ReadinessView;
    expect(after.gapGroups.flatMap((g) => g.rows.map((r) => r.row))).not.toContain(gapRow.row);
    expect(after.overall.applicable).toBeLessThan(view.overall.applicable);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    expect(sheet.getRange(gapRow.row, 10).getValue()).toMatch(/^N\/A/);
  });

  it.each([
    [{ intervals: { 'E4-02': 0 } }, /at least 1/],
    [{ intervals: { 'E4-99': 30 } }, /not a requirement of the checklist/],
    [{ auditMonth: 13 }, /at most 12/],
    [{ disabled: ['policy'] }, /not a requirement/],
    [{ certifyingPartner: 'x'.repeat(81) }, /80 characters/],
  ])('refuses %j with a message and keeps the saved profile', async (change, message) => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    setUp(addOn);
    const before = (addOn.run.getSettings!() as SettingsView).profile;
    expect(() => addOn.run.saveSettings!({ ...before, ...change })).toThrow(message);
    expect((addOn.run.getSettings!() as SettingsView).profile).toEqual(before);
  });
});

describe('picking the requirement of an unmatched row', () => {
  // Row 13 of the sample names its hazards after the duty: unsure, the matcher leaves it unmatched.
  const ROW = 13;
  const TEXT = 'Formal hazard assessment - tear-off, shingling, torch-on, ladders, hoisting';

  /** The cells of the tracker that differ between two snapshots. */
  function changed(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((a1) => JSON.stringify(before[a1]) !== JSON.stringify(after[a1])).sort();
  }

  async function sample() {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    return { addOn, view: setUp(addOn), sheet: addOn.app.getActiveSpreadsheet().getSheetByName('Tracker') };
  }

  it('lists the unmatched rows with their candidates, best first, and where a pick is written; not an N/A one', async () => {
    // Row 20 ("Maintenance - ladders, hoist, dump trailer, trucks") is unmatched too: marked N/A, it leaves the score and the list.
    const grid = (await trackerGrid('samples/northwind-tracker.csv')).map((cells, r) => (r === 19 ? cells.map((cell, c) => (c === 6 ? 'N/A' : cell)) : cells));
    const addOn = addOnOver(grid);
    const view = setUp(addOn);
    expect(view.unmatched.map((r) => r.row)).toEqual([ROW]);
    const row = view.unmatched.find((r) => r.row === ROW);
    expect(row).toMatchObject({ text: TEXT, element: 'E2' });
    expect(row!.candidates.map((c) => c.id)).toEqual(['E2-01', 'E2-02', 'E2-03']);
    expect(row!.candidates[0]!.text).toMatch(/hazard assessment/i);
    expect(view.requirementColumn).toEqual({ letter: 'I', ownedBy: 'add-on' });
  });

  it('writes exactly the one cell of its Requirement column, then rescans: the row is matched and its Readiness cell names the id', async () => {
    const { addOn, view, sheet } = await sample();
    const before = snapshotCells(trackerSheet(addOn));
    addOn.host.counts.reset();
    const after = addOn.run.pickRequirement!(ROW, TEXT, 'E2-01') as ReadinessView;
    const { byMethod, byService } = addOn.host.counts;
    expect(byMethod['Range.setValue']).toBe(1);
    // The rescan judges the reading the pick made: the sheet is read once, the Readiness cell written once.
    expect(byMethod['Range.getValues']).toBe(1);
    expect(byMethod['Range.setValues']).toBe(1);
    // README "Spreadsheet calls": a scan with a verdict changed (6), and the cell's formula read and the cell written (3).
    expect(byService.SpreadsheetApp).toBe(9);
    expect(changed(before, snapshotCells(trackerSheet(addOn)))).toEqual([`I${ROW}`, `J${ROW}`]);
    expect(sheet.getRange(`I${ROW}`).getValue()).toBe('E2-01');
    expect(sheet.getRange(`J${ROW}`).getValue()).toMatch(/^READY · E2-01$/);
    expect(after.unmatched.map((r) => r.row)).not.toContain(ROW);
    expect(after.unmatched).toHaveLength(view.unmatched.length - 1);
    // Picked again (a second click, a stale sidebar), the cell is no longer the add-on's to fill.
    expect(() => addOn.run.pickRequirement!(ROW, TEXT, 'E2-02')).toThrow(/already has "E2-01" in the Requirement column/);
    expect(sheet.getRange(`I${ROW}`).getValue()).toBe('E2-01');
  });

  type Tracker = Awaited<ReturnType<typeof sample>>['sheet'];
  const asScanned = () => {};
  it.each<[string, (sheet: Tracker, person: Team) => void, number, string, RegExp]>([
    ['an unknown id', asScanned, ROW, 'E2-99', /"E2-99" is not a requirement of the SECOR checklist/],
    ['a row outside the table', asScanned, 3, 'E2-01', /Row 3 is not a row of the tracker's table/],
    ['a row inserted above it', (_sheet, person) => person.insertRows('Tracker', 6), ROW, 'E2-01', /Row 13 no longer reads .*rescan and pick again/],
    ['its text edited', (sheet) => sheet.getRange(`B${ROW}`).setValue('Formal hazard assessment'), ROW, 'E2-01', /no longer reads/],
    ['a formula in its cell', (sheet) => sheet.getRange(`I${ROW}`).setValue('=""'), ROW, 'E2-01', /already has a formula/],
  ])('refuses %s, and writes nothing', async (_what, change, row, id, message) => {
    const { addOn, sheet } = await sample();
    change(sheet, team(addOn.host));
    const before = snapshotCells(trackerSheet(addOn));
    addOn.host.counts.reset();
    expect(() => addOn.run.pickRequirement!(row, TEXT, id)).toThrow(message);
    expect(snapshotCells(trackerSheet(addOn))).toEqual(before);
    expect((addOn.host.counts.byMethod['Range.setValue'] ?? 0) + (addOn.host.counts.byMethod['Range.setValues'] ?? 0)).toBe(0);
  });

  it('a tracker with its own ID column: the candidates are a hint for the team, and a pick is refused', async () => {
    const fixture = await trackerGrid('test/fixtures/roofing-grouped-ids/tracker.csv');
    // The team has not given this row its id yet, and its wording is unsure.
    const row = fixture.findIndex((cells) => cells[0] === 'E2-01');
    const unsure = [
      '',
      '2 - Hazard Assessment',
      'Formal hazard assessment - tear-off, shingling, torch-on, ladders, hoisting',
      'HA 2026.pdf',
      'Kyle Brandt',
      '2026-11-20',
      'Done',
      '',
    ];
    const addOn = addOnOver(fixture.map((cells, r) => (r === row ? unsure : cells)));
    const view = setUp(addOn);
    expect(view.requirementColumn).toEqual({ letter: 'A', ownedBy: 'team' });
    expect(view.unmatched.find((r) => r.row === row + 1)?.candidates[0]?.id).toBe('E2-01');
    const before = snapshotCells(trackerSheet(addOn));
    expect(() => addOn.run.pickRequirement!(row + 1, unsure[2]!, 'E2-01')).toThrow(
      new RegExp(`write E2-01 in your ID column \\(A\\) on row ${row + 1}.*nothing was written`),
    );
    expect(snapshotCells(trackerSheet(addOn))).toEqual(before);
  });
});

const WORKBOOK = 'test/fixtures/workbook-tracker-matrix-log/Northwind safety.xlsx';

/** Sets up the workbook's tracker, each other sheet confirmed as `kinds` says (by name), else as proposed. */
function setUpWorkbook(addOn: AddOn, kinds: Record<string, string> = {}): ReadinessView {
  const proposal = addOn.run.proposeSetup!() as SetupProposal;
  const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
  const sheets = proposal.sheets.map((s) => ({ sheetId: s.sheetId, kind: kinds[s.name] ?? s.kind, activity: s.activity }));
  return addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns, sheets }) as ReadinessView;
}

function sheetNamed(addOn: AddOn, name: string) {
  return addOn.host.spreadsheet.sheets.find((s) => s.name === name)!;
}

const ownMatrixRules = (addOn: AddOn, name: string) => sheetNamed(addOn, name).rules.filter((r) => /^=ISTEXT\("SECOR Ready: /.test(r.values[0] ?? ''));

describe('evidence sheets beside the tracker (a training matrix, an activity log)', () => {
  it("proposes every other sheet with its kind, confidence and reasons, never the tracker or the add-on's own sheets", async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    const proposal = addOn.run.proposeSetup!() as SetupProposal;
    expect(proposal.sheetName).toBe('SECOR Tracker');
    expect(proposal.sheets.map((s) => [s.name, s.kind, s.activity, s.confirmed])).toEqual([
      ['Training', 'training-matrix', null, false],
      ['Inspections', 'activity-log', 'inspections', false],
      ['Contacts', 'not-evidence', null, false],
    ]);
    for (const sheet of proposal.sheets) {
      expect(sheet.confidence).toBeGreaterThan(0.5);
      expect(sheet.reasons.length).toBeGreaterThan(0);
    }
    setUpWorkbook(addOn);
    addOn.run.createActionPlan!();
    // Sheets activates the sheet the add-on made: the coordinator goes back to the tracker.
    addOn.app.getActiveSpreadsheet().getSheetByName('SECOR Tracker')!.activate();
    const again = addOn.run.proposeSetup!() as SetupProposal;
    expect(again.sheets.map((s) => [s.name, s.confirmed])).toEqual([
      ['Training', true],
      ['Inspections', true],
      ['Contacts', false],
    ]);
  });

  it('confirmed sheets are saved by id and tagged on the sheet; the prediction counts the matrix (E5-02 names Training)', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    const view = setUpWorkbook(addOn);
    const training = sheetNamed(addOn, 'Training');
    const tags = addOn.host.spreadsheet.metadata.filter((m) => m.key === 'secor-ready.evidence-sheet');
    expect(tags.map((m) => [m.location, m.value])).toEqual([
      [{ type: 'SHEET', sheetId: training.id }, `training-matrix#${training.id}`],
      [{ type: 'SHEET', sheetId: sheetNamed(addOn, 'Inspections').id }, `activity-log#${sheetNamed(addOn, 'Inspections').id}`],
    ]);
    const e502 = view.prediction.evidence.find((e) => e.requirement === 'E5-02')!;
    expect(e502.sources.map((s) => [s.sheet, s.kind, s.finding])).toEqual([
      ['SECOR Tracker', 'checklist', 'ready'],
      ['Training', 'training-matrix', 'gap'],
    ]);
    expect(e502.sources[1]!.summary).toBe('16 tickets of 4 workers: 1 expired, 2 missing, 2 expiring');
    expect(view.evidenceSheets.find((s) => s.name === 'Training')).toEqual({ sheetId: training.id, name: 'Training', kind: 'training-matrix', note: null });
  });

  it('refuses, writing nothing, a sheet deleted since the proposal or the tracker as evidence too', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    const proposal = addOn.run.proposeSetup!() as SetupProposal;
    const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
    const before = JSON.stringify(addOn.host.spreadsheet);
    const tracker = sheetNamed(addOn, 'SECOR Tracker').id;
    expect(() => addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns, sheets: [{ sheetId: 999_999, kind: 'training-matrix' }] })).toThrow(
      /is gone since the proposal/,
    );
    expect(() => addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns, sheets: [{ sheetId: tracker, kind: 'activity-log' }] })).toThrow(
      /tracker is the checklist/,
    );
    expect(JSON.stringify(addOn.host.spreadsheet)).toBe(before);
  });

  it('a scan reads each confirmed sheet with one getValues, and the tracker with one', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    setUpWorkbook(addOn, { Inspections: 'not-evidence' });
    addOn.host.counts.reset();
    addOn.run.rescan!();
    expect(addOn.host.counts.byMethod['Range.getValues']).toBe(2);
    expect(addOn.host.counts.byMethod['Sheet.getDataRange']).toBe(2);
    addOn.host.counts.reset();
    setUpWorkbook(addOn);
    addOn.host.counts.reset();
    addOn.run.rescan!();
    expect(addOn.host.counts.byMethod['Range.getValues']).toBe(3);
  });

  it('a renamed and moved tab is still found; a deleted one drops out with a message, never an error', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    setUpWorkbook(addOn);
    const person = team(addOn.host);
    person.renameSheet('Training', 'Tickets 2026');
    const book = addOn.host.spreadsheet;
    const tickets = sheetNamed(addOn, 'Tickets 2026');
    book.sheets = [...book.sheets.filter((s) => s !== tickets), tickets];
    const renamed = addOn.run.rescan!() as ReadinessView;
    expect(renamed.prediction.evidence.find((e) => e.requirement === 'E5-02')!.sources.map((s) => s.sheet)).toEqual(['SECOR Tracker', 'Tickets 2026']);
    person.deleteSheet('Tickets 2026');
    const gone = addOn.run.rescan!() as ReadinessView;
    expect(gone.prediction.evidence.find((e) => e.requirement === 'E5-02')!.sources.map((s) => s.sheet)).toEqual(['SECOR Tracker']);
    expect(gone.evidenceSheets.find((s) => s.name === 'Training')).toMatchObject({ sheetId: null, note: expect.stringMatching(/deleted/) });
  });

  it("highlights the matrix's expired and missing tickets red-ish and expiring amber with its own rules, keeping the team's rules, writing no cell", async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    const training = sheetNamed(addOn, 'Training');
    // The team's own rule on the matrix, there before the add-on.
    const app = addOn.app;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Training')!;
    sheet.setConditionalFormatRules([teamOfficeRule(app, sheet)]);
    const theirs = JSON.stringify(training.rules);
    const cells = snapshotCells(training);
    setUpWorkbook(addOn);
    addOn.run.rescan!();
    expect(JSON.stringify(training.rules[0])).toBe(JSON.stringify(JSON.parse(theirs)[0]));
    const ours = ownMatrixRules(addOn, 'Training');
    const at = (rule: (typeof ours)[number]) => rule.ranges.map((r) => `${String.fromCharCode(64 + r.col)}${r.row}`);
    expect(ours.map((r) => [r.values[0], r.background, at(r)])).toEqual([
      ['=ISTEXT("SECOR Ready: expired ticket C6")', '#f4c7c3', ['C6']],
      ['=ISTEXT("SECOR Ready: missing ticket F4 F8")', '#f4c7c3', ['F4', 'F8']],
      ['=ISTEXT("SECOR Ready: expiring ticket C5 E8")', '#fce8b2', ['C5', 'E8']],
    ]);
    expect(training.rules).toHaveLength(4);
    // A scan that judges the matrix as its rules already cover it leaves them be: no rule built, none written.
    addOn.host.counts.reset();
    addOn.run.rescan!();
    expect(addOn.host.counts.byMethod['Sheet.setConditionalFormatRules'] ?? 0).toBe(0);
    expect(addOn.host.counts.byMethod['SpreadsheetApp.newConditionalFormatRule'] ?? 0).toBe(0);
    expect(ownMatrixRules(addOn, 'Training')).toHaveLength(3);
    expect(snapshotCells(training)).toEqual(cells);
    // Scanned again: replaced, never duplicated.
    addOn.run.rescan!();
    expect(training.rules).toHaveLength(4);
    // Set up again with the sheet as not evidence: the add-on's rules go, the team's stay.
    setUpWorkbook(addOn, { Training: 'not-evidence' });
    expect(JSON.stringify(training.rules)).toBe(theirs);
  });

  it("the Evidence Index lists what each confirmed sheet shows, its sheet and rows named, beside the tracker's rows", async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    setUpWorkbook(addOn);
    addOn.run.buildEvidenceIndex!();
    const rows = addOn.app.getActiveSpreadsheet().getSheetByName('Evidence Index')!.getDataRange().getDisplayValues().slice(1) as string[][];
    const e502 = rows.filter((r) => r[1] === 'E5-02');
    expect(e502.map((r) => [r[3], r[4], r[5], r[7]])).toEqual([
      ['', 'Training, rows 4, 5, 6, 8', '16 tickets of 4 workers: 1 expired, 2 missing, 2 expiring', 'Gap'],
      ['5', expect.any(String), expect.any(String), 'Ready'],
    ]);
    expect(rows.find((r) => r[1] === 'E6-06' && r[4]?.startsWith('Training'))?.[7]).toBe('Ready');
  });

  it('a matrix that no longer reads as one (its course headings cleared) gives no evidence, says so, and loses its highlights', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    setUpWorkbook(addOn);
    expect(ownMatrixRules(addOn, 'Training')).toHaveLength(3);
    team(addOn.host).clear('Training', 'A1:G3');
    const view = addOn.run.rescan!() as ReadinessView;
    expect(ownMatrixRules(addOn, 'Training')).toEqual([]);
    expect(view.evidenceSheets.find((s) => s.name === 'Training')!.note).toMatch(/no longer reads as a training matrix/);
    expect(view.prediction.evidence.find((e) => e.requirement === 'E5-02')!.sources.map((s) => s.sheet)).toEqual(['SECOR Tracker']);
  });

  it('dates an undated row that points to a sheet ("Inspections tab") by its newest record, in a scan and in an edit alike', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    const ss = addOn.app.getActiveSpreadsheet();
    const tracker = ss.getSheetByName('SECOR Tracker')!;
    // Row 4, "Monthly site inspections", evidence "Inspections tab": its own date cleared.
    tracker.getRange('F4').setValue('');
    setUpWorkbook(addOn);
    const readinessOf = () =>
      tracker
        .getRange(4, 1, 1, tracker.getLastColumn())
        .getValues()[0]!
        .map(String)
        .find((v: string) => /^(GAP|WARNING|READY)/.test(v));
    // The log's newest inspection is 2026-11-10: 16 days old of its 30, not undated.
    expect(readinessOf()).toMatch(/^(READY|WARNING)/);
    const owner = tracker.getRange('E4');
    owner.setValue('Mike T.');
    addOn.run.onEdit!({ range: owner, source: ss, value: 'Mike T.' });
    expect(readinessOf()).toMatch(/^(READY|WARNING)/);
    expect(readinessOf()).not.toContain('Undated');
  });

  it('an edit on the matrix re-highlights it (a renewed ticket loses its red); edits on other sheets still cost one call', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    setUpWorkbook(addOn);
    const ss = addOn.app.getActiveSpreadsheet();
    const renewed = ss.getSheetByName('Training')!.getRange('C6');
    renewed.setValue('2027-10-30');
    addOn.host.counts.reset();
    addOn.run.onEdit!({ range: renewed, source: ss, value: '2027-10-30' });
    expect(ownMatrixRules(addOn, 'Training').map((r) => r.values[0])).toEqual([
      '=ISTEXT("SECOR Ready: missing ticket F4 F8")',
      '=ISTEXT("SECOR Ready: expiring ticket C5 E8")',
    ]);
    expect(addOn.host.counts.byMethod['Range.getValues']).toBe(1);
    const contacts = ss.getSheetByName('Contacts')!.getRange('A2');
    addOn.host.counts.reset();
    addOn.run.onEdit!({ range: contacts, source: ss, value: 'x' });
    expect(addOn.host.counts.byService.SpreadsheetApp).toBe(1);
  });

  it('goes to a row of an evidence sheet by its id; the tracker stays the default', async () => {
    const addOn = await addOnOverFile(WORKBOOK);
    setUpWorkbook(addOn);
    const training = sheetNamed(addOn, 'Training');
    addOn.run.goToRow!(6, training.id);
    expect(addOn.host.spreadsheet.active).toMatchObject({ sheetId: training.id, range: { row: 6, numRows: 1 } });
    addOn.run.goToRow!(4);
    expect(addOn.host.spreadsheet.active).toMatchObject({ sheetId: sheetNamed(addOn, 'SECOR Tracker').id, range: { row: 4 } });
    expect(() => addOn.run.goToRow!(60, training.id)).toThrow(/Row 60 is not a row of "Training"/);
  });
});
