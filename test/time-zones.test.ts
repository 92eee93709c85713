import { describe, expect, it } from 'vitest';
import { zonedMidnight } from '../apps-script/local-host/format-date.ts';
import type { ReadinessView, SetupProposal } from '../apps-script/server/views.ts';
import type { Cell, Grid } from '../shared/cells.ts';
import { addOnOver, trackerGrid } from './add-on-host.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The tracker as Sheets holds it when its dates were typed: date cells at midnight in `zone`. */
function withDateCells(grid: Grid, zone: string): Cell[][] {
  return grid.map((row) =>
    row.map((cell) => {
      const m = typeof cell === 'string' ? ISO.exec(cell) : null;
      return m ? zonedMidnight(Number(m[1]), Number(m[2]), Number(m[3]), zone) : cell;
    }),
  );
}

/** Set up and scanned in a spreadsheet of `zone`, the script in America/Edmonton (addOnOver's). */
function readiness(grid: Grid, zone: string): Omit<ReadinessView, 'scannedAt'> {
  const addOn = addOnOver(grid);
  addOn.host.spreadsheet.timeZone = zone;
  const proposal = addOn.run.proposeSetup!() as SetupProposal;
  const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
  const { scannedAt: _, ...view } = addOn.run.confirmSetup!({ headerRow: proposal.headerRow, columns }) as ReadinessView;
  return view;
}

describe("dates are read in the spreadsheet's time zone", () => {
  // Kiritimati (UTC+14) is ahead of every machine's zone, so its midnights fall on the day before
  // wherever the suite runs; the others are the far zones CI also runs the suite in.
  it.each(['Pacific/Kiritimati', 'Asia/Tokyo', 'Pacific/Auckland', 'America/Los_Angeles'])(
    'a tracker of date cells in %s keeps the verdicts and dates of the same tracker written as text',
    async (zone) => {
      const text = await trackerGrid('samples/northwind-tracker.csv');
      expect(readiness(withDateCells(text, zone), zone)).toEqual(readiness(text, zone));
    },
  );
});
