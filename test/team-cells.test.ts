/**
 * "The team's cells are theirs", through what teams do to a tracker after setup: each scenario
 * found by a new user is a named test. The add-on runs as the built bundle on the local host;
 * test/team-oracle.ts says whose each cell is without asking the add-on.
 */
import { describe, expect, it } from 'vitest';
import type { ReadinessView, SetupProposal } from '../apps-script/server/views.ts';
import { team as personAt, type Team as Person } from '../apps-script/local-host/index.ts';
import { type AddOn, addOnOver, addOnOverFile, teamOfficeRule, trackerGrid } from './add-on-host.ts';
import { changedCells, Ownership } from './team-oracle.ts';

interface Team {
  addOn: AddOn;
  own: Ownership;
  /** Structural changes (insert, delete, rename) as the Sheets UI makes them: the add-on calls none of them. */
  person: Person;
  /** Runs an add-on step and returns what it did; fails the test if it changed a team cell. */
  addOnStep<T>(what: string, step: () => T, setup?: boolean): T;
  sheet(name: string): ReturnType<AddOn['app']['getActiveSpreadsheet']>;
  /** Types into a cell as a person does, and runs the add-on's onEdit as Sheets would. */
  type(sheetName: string, a1: string, text: string): void;
  /** Set up as proposed, the columns changed by `change`; every other sheet confirmed as proposed. */
  setUp(change?: (columns: Record<string, string | null>) => void): ReadinessView;
}

function team(addOn: AddOn): Team {
  const own = new Ownership(addOn.host.spreadsheet);
  const ss = () => addOn.app.getActiveSpreadsheet();
  const t: Team = {
    addOn,
    own,
    person: personAt(addOn.host),
    addOnStep(what, step, setup = false) {
      const widths = own.widths();
      const before = own.teamCells();
      let result: ReturnType<typeof step>;
      try {
        result = step();
      } finally {
        own.afterAddOn(widths, setup);
        const changed = changedCells(before, own.teamCells(before));
        expect(changed.slice(0, 5), `${what}: ${changed.length} team cells changed`).toEqual([]);
      }
      return result;
    },
    sheet: (name) => ss().getSheetByName(name),
    type(sheetName, a1, text) {
      const range = t.sheet(sheetName).getRange(a1);
      range.setValue(text);
      t.addOnStep(`onEdit of ${a1}`, () => addOn.run.onEdit!({ authMode: 'LIMITED', range, source: ss(), value: text }));
    },
    setUp(change = () => {}) {
      const proposal = t.addOnStep('proposeSetup', () => addOn.run.proposeSetup!() as SetupProposal);
      const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
      change(columns);
      const sheets = proposal.sheets.map(({ sheetId, kind, activity }) => ({ sheetId, kind, activity }));
      return t.addOnStep('confirmSetup', () => addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns, sheets }) as ReadinessView, true);
    },
  };
  return t;
}

const SAMPLE = 'samples/northwind-tracker.csv';

describe('1. insert a column, then type', () => {
  it('two columns inserted before Evidence, then dates typed into Last Reviewed on ten rows: no Notes cell is overwritten', async () => {
    const t = team(addOnOver(await trackerGrid(SAMPLE)));
    t.setUp();
    const tracker = t.sheet('Tracker');
    t.person.insertColumns('Tracker', 3, 2);
    for (let row = 5; row < 15; row++) t.type('Tracker', `G${row}`, '2026-11-20');
    expect(tracker.getRange('J5').getValue()).toBe('7 on the account incl. Helen & Gary');
    // The edits were judged: Readiness is where its tag is now, two columns to the right.
    expect(tracker.getRange('L4').getValue()).toBe('Readiness');
    expect(tracker.getRange('L5').getValue()).toMatch(/^(READY|WARNING|GAP)/);
  });

  it('a tracker with its own ID column: one column inserted, then an edit: every id stays', async () => {
    const t = team(addOnOver(await trackerGrid('test/fixtures/roofing-grouped-ids/tracker.csv')));
    t.setUp();
    const tracker = t.sheet('Tracker');
    const ids = tracker.getRange('A5:A12').getValues();
    t.person.insertColumns('Tracker', 2);
    for (let row = 5; row < 13; row++) t.type('Tracker', `F${row}`, 'Dana Olsen');
    expect(tracker.getRange('A5:A12').getValues()).toEqual(ids);
    expect(ids.flat()).toContain('E0-01');
  });
});

describe("2. a sheet of the team's with the add-on's name", () => {
  it("the team's own Action Plan and Evidence Index sheets are never written: the add-on makes its own beside them", async () => {
    const addOn = addOnOver(await trackerGrid(SAMPLE));
    const book = addOn.host.spreadsheet;
    for (const name of ['Action Plan', 'Evidence Index']) {
      const sheet = book.addSheet(name);
      for (let r = 1; r <= 30; r++)
        for (let c = 1; c <= 9; c++) book.editCell(sheet, r, c, (cell) => (cell.value = r === 1 ? `${name} heading ${c}` : `${name} ${r}/${c}`));
    }
    const t = team(addOn);
    t.setUp();
    const plan = t.addOnStep('createActionPlan', () => addOn.run.createActionPlan!() as { sheetName: string; added: number });
    const index = t.addOnStep('buildEvidenceIndex', () => addOn.run.buildEvidenceIndex!() as { sheetName: string });
    expect(plan.sheetName).toBe('SECOR Action Plan');
    expect(index.sheetName).toBe('SECOR Evidence Index');
    expect(plan.added).toBeGreaterThan(0);
    // Run again, after the team renamed the add-on's sheet: it is found by its id, not by a name.
    t.person.renameSheet('SECOR Action Plan', 'Our to-do list');
    const again = t.addOnStep('createActionPlan again', () => addOn.run.createActionPlan!() as { sheetName: string; added: number });
    expect(again).toMatchObject({ sheetName: 'Our to-do list', added: 0 });
  });
});

describe('3. set up again after a change', () => {
  it("the Readiness column deleted: the scan says so and writes nothing; set up again writes nothing into the team's column that moved into its place", async () => {
    const t = team(addOnOver(await trackerGrid(SAMPLE)));
    t.setUp();
    const tracker = t.sheet('Tracker');
    // The team keeps auditor comments right of the add-on's columns, then deletes Readiness.
    tracker.getRange('K4').setValue('Auditor comments');
    for (let row = 5; row <= 44; row++) tracker.getRange(`K${row}`).setValue(`comment ${row}`);
    t.person.deleteColumns('Tracker', 10);
    expect(() => t.addOnStep('rescan', () => t.addOn.run.rescan!())).toThrow(/Readiness column .* is gone.*Set up this sheet/);
    const view = t.setUp();
    expect(view.overall.applicable).toBeGreaterThan(30);
    expect(tracker.getRange('J5').getValue()).toBe('comment 5');
    expect(tracker.getRange('K4').getValue()).toBe('Readiness');
  });

  it('a column inserted, then Set up opened: the proposal shows where the columns are now, and Confirm writes no Notes cell', async () => {
    const t = team(addOnOver(await trackerGrid(SAMPLE)));
    t.setUp();
    t.person.insertColumns('Tracker', 3);
    const proposal = t.addOnStep('proposeSetup', () => t.addOn.run.proposeSetup!() as SetupProposal);
    expect(Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]))).toMatchObject({ evidence: 'D', notes: 'I', id: 'J' });
    t.setUp();
    expect(t.sheet('Tracker').getRange('I5').getValue()).toBe('7 on the account incl. Helen & Gary');
  });
});

describe('4. the action plan run again', () => {
  it("keeps '0012, 'TRUE and '=text in the team's columns as typed, and an item beginning with = keeps one line per gap", async () => {
    const addOn = addOnOver(await trackerGrid(SAMPLE));
    // A team item typed with a leading apostrophe: its text begins with "=".
    addOn.host.spreadsheet.sheets[0]!.cells[5]![1] = { value: '=Fire drill log (quarterly)' };
    addOn.host.spreadsheet.sheets[0]!.cells[5]![2] = undefined;
    const t = team(addOn);
    t.setUp();
    const first = t.addOnStep('createActionPlan', () => addOn.run.createActionPlan!() as { added: number });
    const plan = t.sheet('Action Plan');
    plan.getRange('G2').setValue("'0012");
    plan.getRange('I3').setValue("'TRUE");
    plan.getRange('J4').setValue("'=not a formula, just a note");
    plan.getRange('J5').setValue('=TODAY()+7');
    const second = t.addOnStep('createActionPlan again', () => addOn.run.createActionPlan!() as { added: number });
    expect(second.added).toBe(0);
    expect(plan.getRange('G2').getValue()).toBe('0012');
    expect(plan.getRange('I3').getValue()).toBe('TRUE');
    expect(plan.getRange('J4').getValue()).toBe('=not a formula, just a note');
    expect(plan.getRange('J4').getFormula()).toBe('');
    expect(plan.getRange('J5').getFormula()).toBe('=TODAY()+7');
    const items = plan
      .getRange(2, 4, first.added, 1)
      .getValues()
      .map((r: unknown[]) => r[0]);
    expect(items.filter((i: unknown) => i === '=Fire drill log (quarterly)').length).toBeGreaterThan(0);
    expect(plan.getDataRange().getFormulas().flat().filter(Boolean)).toEqual(['=TODAY()+7']);
    expect(plan.getLastRow()).toBe(first.added + 1);
  });

  it("the add-on's Requirement column: the team's corrections keep their formulas and text-kept numbers through scans", async () => {
    const t = team(addOnOver(await trackerGrid(SAMPLE)));
    t.setUp();
    const tracker = t.sheet('Tracker');
    tracker.getRange('I6').setValue('=CONCATENATE("E0","-02")');
    tracker.getRange('I7').setValue("'0012");
    t.addOnStep('rescan', () => t.addOn.run.rescan!());
    t.addOnStep('rescan again', () => t.addOn.run.rescan!());
    expect(tracker.getRange('I6').getFormula()).toBe('=CONCATENATE("E0","-02")');
    expect(tracker.getRange('I7').getValue()).toBe('0012');
  });
});

describe('5. a row inserted above the header', () => {
  it('the header is found by its tag: it is not read as an item and no header cell is overwritten', async () => {
    const t = team(addOnOver(await trackerGrid(SAMPLE)));
    const first = t.setUp();
    const tracker = t.sheet('Tracker');
    t.person.insertRows('Tracker', 1);
    tracker.getRange('A1').setValue('Prepared for the 2026 audit');
    const again = t.addOnStep('rescan', () => t.addOn.run.rescan!() as ReadinessView);
    expect(again.overall).toEqual(first.overall);
    expect(tracker.getRange('J5').getValue()).toBe('Readiness');
    expect(tracker.getRange('J6').getValue()).toMatch(/^(READY|WARNING|GAP)/);
    t.type('Tracker', 'E7', '2026-11-20');
    expect(tracker.getRange('J5').getValue()).toBe('Readiness');
  });
});

describe("6. a column inserted into the add-on's sheets", () => {
  it("a column inserted into the Action Plan: no line is duplicated and the team's column is never written", async () => {
    const t = team(addOnOver(await trackerGrid(SAMPLE)));
    t.setUp();
    const first = t.addOnStep('createActionPlan', () => t.addOn.run.createActionPlan!() as { added: number });
    const plan = t.sheet('Action Plan');
    t.person.insertColumns('Action Plan', 7);
    t.own.teamInsertedColumn(t.addOn.host.spreadsheet.sheets.find((s) => s.name === 'Action Plan')!, 7);
    plan.getRange('G1').setValue('Priority');
    plan.getRange('G2').setValue('high');
    // The team fixes a gap, so a line closes.
    t.sheet('Tracker')
      .getRange(Number(plan.getRange('C2').getValue()), 3)
      .setValue('record.pdf');
    const second = t.addOnStep('createActionPlan again', () => t.addOn.run.createActionPlan!() as { added: number; updated: number });
    expect(second.updated).toBeGreaterThan(0);
    const lines = plan.getLastRow() - 1;
    expect(lines).toBe(first.added + second.added);
    const keys = plan.getRange(2, 13, lines, 1).getValues().flat();
    expect(new Set(keys).size).toBe(lines);
    expect(
      plan
        .getRange(3, 7, lines - 1, 1)
        .getValues()
        .flat()
        .every((v: unknown) => v === ''),
    ).toBe(true);
    expect(plan.getRange('M1').getValue()).toBe('Plan key');
  });
});

describe('7. a requirement picked for an unmatched row', () => {
  it("the table sorted between the scan and the click: the pick is refused; rescanned, it writes only the add-on's Requirement cell", async () => {
    const t = team(addOnOver(await trackerGrid(SAMPLE)));
    const view = t.setUp();
    const unsure = view.unmatched.find((r) => r.text.startsWith('Formal hazard assessment'))!;
    const id = unsure.candidates[0]!.id;
    const tracker = t.sheet('Tracker');
    // Data › Sort range over the whole table, the add-on's columns with it, by the requirement text.
    tracker.getRange('A5:J45').sort(2);
    expect(() => t.addOnStep('pick on the row as scanned', () => t.addOn.run.pickRequirement!(unsure.row, unsure.text, id))).toThrow(/no longer reads/);
    const again = t.addOnStep('rescan', () => t.addOn.run.rescan!() as ReadinessView);
    const moved = again.unmatched.find((r) => r.text === unsure.text)!;
    expect(moved.row).not.toBe(unsure.row);
    const after = t.addOnStep('pick', () => t.addOn.run.pickRequirement!(moved.row, moved.text, id) as ReadinessView);
    expect(tracker.getRange(`I${moved.row}`).getValue()).toBe(id);
    expect(tracker.getRange(`J${moved.row}`).getValue()).toMatch(new RegExp(`· ${id}$`));
    expect(after.unmatched.map((r) => r.text)).not.toContain(unsure.text);
  });
});

describe('8. a workbook with a training matrix and an inspections log beside the tracker', () => {
  it("setup, scans and the team's edits, sorts, inserts and renames on those sheets: the add-on writes only its rules and tags there, never a cell", async () => {
    const t = team(await addOnOverFile('test/fixtures/workbook-tracker-matrix-log/Northwind safety.xlsx'));
    const book = t.addOn.host.spreadsheet;
    const training = book.sheets.find((s) => s.name === 'Training')!;
    const view = t.setUp();
    expect(view.evidenceSheets.map((s) => s.name)).toEqual(['Training', 'Inspections']);
    // The team's own colour rule on the matrix, added after setup.
    const sheet = t.sheet('Training');
    const app = t.addOn.app;
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), teamOfficeRule(app, sheet)]);
    t.addOnStep('rescan', () => t.addOn.run.rescan!());
    // A ticket renewed, typed into the matrix (onEdit there is another sheet's edit); the tracker edited too.
    t.type('Training', 'C6', '2027-10-30');
    t.type('SECOR Tracker', 'F7', '2026-11-20');
    t.person.insertRows('Training', 5);
    t.person.sortRange('Inspections', 'A3:F12', { column: 2, ascending: true });
    t.person.renameSheet('Training', 'Tickets');
    const after = t.addOnStep('rescan after the changes', () => t.addOn.run.rescan!() as ReadinessView);
    expect(after.prediction.evidence.find((e) => e.requirement === 'E5-02')!.sources.map((s) => s.sheet)).toEqual(['SECOR Tracker', 'Tickets']);
    t.addOnStep('createActionPlan', () => t.addOn.run.createActionPlan!());
    t.addOnStep('buildEvidenceIndex', () => t.addOn.run.buildEvidenceIndex!());
    t.addOnStep('set up again', () => t.setUp(), true);
    // Mike's renewed First Aid is no longer expired: the add-on's rules moved on, the team's rule is still first.
    const formulas = training.rules.map((r) => r.values[0]);
    expect(formulas[0]).toBe('=$B4="Office"');
    expect(formulas.slice(1).map((f) => f?.replace(/ ticket .*"/, ' ticket"'))).toEqual([
      '=ISTEXT("SECOR Ready: missing ticket")',
      '=ISTEXT("SECOR Ready: expiring ticket")',
    ]);
    expect(book.metadata.filter((m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === training.id).map((m) => m.key)).toEqual([
      'secor-ready.evidence-sheet',
    ]);
  });
});
