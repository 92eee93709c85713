/**
 * Sheets does not grow a sheet for a range past its edge: getRange there throws ("The coordinates
 * of the range are outside the dimensions of the sheet"), and the local host does too. Each path
 * that writes past the last row or column grows the sheet first.
 */
import { describe, expect, it } from 'vitest';
import type { ReadinessView, SetupProposal, SheetWritten } from '../apps-script/server/views.ts';
import type { Grid } from '../shared/cells.ts';
import { type AddOn, addOnOver, trackerGrid } from './add-on-host.ts';

function setUp(addOn: AddOn): ReadinessView {
  const proposal = addOn.run.proposeSetup!() as SetupProposal;
  return addOn.run.confirmSetup!({
    headerRow: proposal.headerRow,
    columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])),
  }) as ReadinessView;
}

const northwind = () => trackerGrid('samples/northwind-tracker.csv');
const tracker = (addOn: AddOn) => addOn.host.spreadsheet.sheets[0]!;

/** The grid with a team column of notes filling every column up to Z, the sheet's last. */
function toLastColumn(grid: Grid): Grid {
  return grid.map((row, r) => [...row, ...new Array(25 - row.length).fill(''), r === 0 ? 'Team notes' : '']);
}

describe("writes past the sheet's edge grow it first", () => {
  it('setup on a tracker whose data reaches its last column adds its columns after it', async () => {
    const addOn = addOnOver(toLastColumn(await northwind()));
    expect([tracker(addOn).maxCols, addOn.app.getActiveSheet().getLastColumn()]).toEqual([26, 26]);
    setUp(addOn);
    expect(tracker(addOn).maxCols).toBeGreaterThan(26);
    const added = addOn.app
      .getActiveSheet()
      .getRange(1, 27, 20, tracker(addOn).maxCols - 26)
      .getValues()
      .flat();
    expect(added).toContain('Readiness');
  });

  it('requirements added below a tracker that reaches its last row', async () => {
    const grid = await northwind();
    const full = [...grid, ...new Array(999 - grid.length).fill(['']), ['Kept by the office']];
    const addOn = addOnOver(full);
    expect(tracker(addOn).maxRows).toBe(1000);
    const view = setUp(addOn);
    const ids = view.missing.slice(0, 3).map((m) => m.id);
    expect(ids).toHaveLength(3);
    const after = addOn.run.addMissingRequirements!(ids) as ReadinessView;
    expect(after.missing.map((m) => m.id)).not.toContain(ids[0]);
    expect(tracker(addOn).maxRows).toBeGreaterThan(1000);
  });

  it('an Action Plan and an Evidence Index past 999 lines', { timeout: 60_000 }, async () => {
    const { generateTracker } = await import('../scripts/tracker-generator.ts');
    const addOn = addOnOver(generateTracker(2_500, 2_500));
    setUp(addOn);
    const plan = addOn.run.createActionPlan!() as SheetWritten;
    expect(plan.added).toBeGreaterThan(999);
    const index = addOn.run.buildEvidenceIndex!() as SheetWritten;
    expect(index.added).toBeGreaterThan(999);
    const sizes = addOn.host.spreadsheet.sheets.slice(1).map((s) => [s.name, s.maxRows > 1000]);
    expect(sizes).toEqual([
      [plan.sheetName, true],
      [index.sheetName, true],
    ]);
  });
});
