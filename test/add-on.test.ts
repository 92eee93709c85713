import { describe, expect, it } from 'vitest';
import { snapshotCells } from '../apps-script/local-host/index.ts';
import type { ReadinessView, SetupProposal } from '../apps-script/server/views.ts';
import { addOnOver, type AddOn, trackerGrid } from './add-on-host.ts';

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
  return Object.fromEntries(Object.entries(all).filter(([a1]) => {
    const letters = /^[A-Z]+/.exec(a1)![0];
    let n = 0;
    for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
    return n < ownFrom;
  }));
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
      ['Build evidence index', 'buildEvidenceIndex'],
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
      id: null, element: 'A', requirement: 'B', evidence: 'C', owner: 'D', date: 'E', due: 'F', status: 'G', notes: 'H',
    });
    expect(proposal.columns.find((c) => c.role === 'evidence')!.confidence).toBeGreaterThan(0.5);
  });

  it('adds Requirement and Readiness after the table, tags the columns, installs four colour rules, and scans', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const view = setUp(addOn);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    expect(sheet.getRange('I4:J4').getValues()).toEqual([['Requirement', 'Readiness']]);
    expect(view.overall.applicable).toBeGreaterThan(30);
    expect(sheet.getRange('J5').getValue()).toMatch(/^(READY|WARNING|GAP|N\/A)/);
    expect(sheet.getRange('I8').getValue()).toBe('E1-01');
    expect(sheet.getConditionalFormatRules()).toHaveLength(4);
    const tags = sheet.createDeveloperMetadataFinder().withKey('secor-ready.column').find();
    expect(tags.map((t: { getValue(): string }) => t.getValue()).sort()).toEqual(
      ['date', 'due', 'element', 'evidence', 'id', 'notes', 'owner', 'readiness', 'requirement', 'status'].sort(),
    );
  });

  it("replaces its own colour rules on a second setup and keeps the team's", async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    const theirs = addOn.app.newConditionalFormatRule().whenFormulaSatisfied('=$G5="Done"').setBackground('#00ff00').setRanges([sheet.getRange('G5:G50')]).build();
    sheet.setConditionalFormatRules([theirs]);
    setUp(addOn);
    setUp(addOn);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(5);
    expect(rules[0].getBooleanCondition().getCriteriaValues()[0]).toBe('=$G5="Done"');
    expect(sheet.getRange('K4').getValue()).toBe('');
  });

  it('refuses a mapping without an evidence column, and changes nothing', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const before = snapshotCells(trackerSheet(addOn));
    const proposal = addOn.run.proposeSetup!() as SetupProposal;
    const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
    expect(() => addOn.run.confirmSetup!({ headerRow: 4, columns: { ...columns, evidence: null } })).toThrow(/evidence column/);
    expect(() => addOn.run.confirmSetup!({ headerRow: 4, columns: { ...columns, owner: 'B' } })).toThrow(/both/);
    expect(snapshotCells(trackerSheet(addOn))).toEqual(before);
    expect(Object.keys(addOn.host.properties.document)).toEqual([]);
  });

  it('changing a role changes the verdicts', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const asProposed = setUp(addOn);
    const withoutDates = setUp(addOn, (columns) => (columns.date = null));
    expect(asProposed.gapGroups.some((g) => g.kind === 'stale')).toBe(true);
    expect(withoutDates.gapGroups.some((g) => g.kind === 'stale')).toBe(false);
  });
});

describe('scan', () => {
  it('writes verdicts a person can read, one per item row', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const view = setUp(addOn);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    const readiness = sheet.getRange(5, 10, 41, 1).getValues().map((r: string[]) => r[0]);
    const gaps = readiness.filter((r: string) => r.startsWith('GAP'));
    expect(gaps.length).toBe(view.overall.applicable - view.overall.ready + view.gate.applicable - view.gate.ready);
    expect(gaps[0]).toMatch(/^GAP · .+ · E\d/);
  });

  it('finds its columns again after the team inserts a column before them', async () => {
    const addOn = addOnOver(await trackerGrid('samples/northwind-tracker.csv'));
    const first = setUp(addOn);
    const sheet = addOn.app.getActiveSpreadsheet().getSheetByName('Tracker');
    sheet.insertColumnBefore(3);
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
    // Added requirements go below the table: every earlier team cell is still as it was.
    addOn.run.addMissingRequirements!(view.missing.slice(0, 2).map((m) => m.id));
    const withAdded = teamCells(addOn, width + 1);
    for (const [a1, cell] of Object.entries(before)) expect(withAdded[a1], a1).toEqual(cell);
  });
});

describe('Spreadsheet calls', () => {
  async function bigTracker(rows: number) {
    const { generateTracker } = await import('../scripts/tracker-generator.ts');
    return generateTracker(rows, rows);
  }

  it('a scan costs the same few calls for 1,000 and 10,000 rows', async () => {
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

    const other = ss.insertSheet('Scratch').getRange('C20');
    addOn.host.counts.reset();
    addOn.run.onEdit!({ range: other, source: ss, value: 'x' });
    expect(addOn.host.counts.byService.SpreadsheetApp).toBe(1);
  });
});
