import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadinessView, SetupProposal } from '../apps-script/server/views.ts';
import { readTrackerFile } from '../cli/read-tracker.ts';
import { exportCsv, exportXlsx } from './exports.ts';
import { WorkbenchSession } from './session.ts';

const XLSX = join(import.meta.dirname, '..', 'test', 'fixtures', 'xlsx-cleaning-two-sheets', 'tracker.xlsx');
const machineZone = process.env.TZ;
const dirs: string[] = [];

afterEach(() => {
  // Node reads TZ again when it changes, so the rest of the run keeps the machine's zone.
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the workbench's XLSX dates", () => {
  // The book's zone is America/Edmonton: east of it, a file's date at the machine's midnight was
  // the day before there; west of it, the same day.
  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    'keep their calendar day in the grid, Download CSV and Download XLSX on a machine in %s',
    async (zone) => {
      process.env.TZ = zone;
      const stateDir = mkdtempSync(join(tmpdir(), 'secor-workbench-tz-'));
      dirs.push(stateDir);
      const session = await WorkbenchSession.open({ trackerPath: XLSX, stateDir, fresh: true, today: '2026-11-26' });
      const row = 'E0-06,Admin,Annual submission booked for certificate month (Dec),ACSA submission calendar,Priya Nair,2026-01-10,2026-12-15';
      expect(exportCsv(session.host).body).toContain(row);
      const grid = session.state().active.cells.map((line) => line.map((cell) => cell.t).join(','));
      expect(grid.some((line) => line.startsWith(row))).toBe(true);
      // Download XLSX gives the same day back (a file's dates are read at the machine's midnight).
      const exported = join(stateDir, 'exported.xlsx');
      writeFileSync(exported, (await exportXlsx(session.host)).body);
      const [again] = await readTrackerFile(exported, 'SECOR 2026');
      const e006 = again!.grid.find((line) => line[0] === 'E0-06')!;
      expect([e006[5], e006[6]].map((d) => (d as Date).toDateString())).toEqual(['Sat Jan 10 2026', 'Tue Dec 15 2026']);
      // The fixed day is the spreadsheet's today too (the machine's day at its time of day was not).
      const proposal = session.run('proposeSetup', []);
      if (!proposal.ok) throw new Error(proposal.error.message);
      const { headerRow, columns } = proposal.value as SetupProposal;
      const view = session.run('confirmSetup', [{ headerRow, columns: Object.fromEntries(columns.map((c) => [c.role, c.column])) }]);
      expect(view.ok && (view.value as ReadinessView).today).toBe('2026-11-26');
    },
  );
});

describe("a file with a cell past Sheets' limit", () => {
  it('is refused on opening, naming the cell, its length and the 50,000 limit, and nothing is saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secor-workbench-long-'));
    dirs.push(dir);
    const tracker = join(dir, 'tracker.csv');
    writeFileSync(tracker, `Requirement,Evidence\nPolicy signed,"${'x'.repeat(217_519)}"\n`);
    const stateDir = join(dir, 'state');
    await expect(WorkbenchSession.open({ trackerPath: tracker, stateDir, fresh: true })).rejects.toThrow(
      /^Cell B2 of "tracker" in tracker\.csv holds 217,519 characters, and a Google Sheets cell holds at most 50,000: shorten it .* Nothing was opened\.$/,
    );
    expect(existsSync(stateDir)).toBe(false);
  });
});

describe('a restarted workbench', () => {
  it("keeps the add-on's time-driven trigger with the spreadsheet, as Apps Script keeps a bound script's, and runs it", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'secor-workbench-triggers-'));
    dirs.push(stateDir);
    const first = await WorkbenchSession.open({ trackerPath: XLSX, stateDir, fresh: true, today: '2026-11-26' });
    const proposal = first.run('proposeSetup', []);
    if (!proposal.ok) throw new Error(proposal.error.message);
    const { headerRow, columns } = proposal.value as SetupProposal;
    first.run('confirmSetup', [{ headerRow, columns: Object.fromEntries(columns.map((c) => [c.role, c.column])) }]);
    expect(first.run('switchWeeklyDigest', [true]).ok).toBe(true);
    const triggers = first.outbox().triggers;
    expect(triggers).toEqual([{ handlerFunction: 'sendWeeklyDigest', nextRun: expect.any(String) }]);

    const again = await WorkbenchSession.open({ trackerPath: XLSX, stateDir, today: '2026-11-26' });
    expect(again.outbox().triggers).toEqual(triggers);
    const fired = again.fireTriggers();
    expect(fired.runs).toEqual([expect.objectContaining({ handlerFunction: 'sendWeeklyDigest', error: null })]);
    expect(fired.sent).toHaveLength(1);
    // Switching it off again finds the kept trigger by its handler and removes it: no second one is made.
    expect(again.run('switchWeeklyDigest', [false]).ok).toBe(true);
    expect(again.outbox().triggers).toEqual([]);
  });
});
