/**
 * The sample workbook `npm start` opens (samples/northwind-safety.xlsx): it is what its generator
 * writes, every tab is proposed as the kind it was made as, its tracker tab reads as the CSV sample
 * does, and the workbench opens it on the tracker tab.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readTrackerFile } from '../cli/read-tracker.ts';
import { dayFromIso, evaluateTracker, proposeSheetKind } from '../shared/index.ts';
import { ROOT, SAMPLE, WorkbenchSession } from '../workbench/session.ts';

const TODAY = '2026-11-26';
const dir = mkdtempSync(join(tmpdir(), 'secor-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sample workbook', () => {
  it("is what scripts/make-sample.ts writes (only the zip entries' timestamps differ)", () => {
    const fresh = join(dir, 'fresh.xlsx');
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'make-sample.ts'), '--out', fresh], { stdio: 'ignore' });
    expect(unzipSync(readFileSync(fresh))).toEqual(unzipSync(readFileSync(SAMPLE)));
  });

  it('has every tab proposed as its kind, in order', async () => {
    const sheets = await readTrackerFile(SAMPLE);
    const kinds = sheets.map((sheet) => {
      const proposal = proposeSheetKind(sheet.name!, sheet.grid);
      return [sheet.name, proposal.kind === 'activity-log' ? `${proposal.kind}: ${proposal.activity}` : proposal.kind];
    });
    expect(kinds).toEqual([
      ['Instructions', 'not-evidence'],
      ['SECOR Tracker 2026', 'checklist'],
      ['Training', 'training-matrix'],
      ['Site Inspections', 'activity-log: inspections'],
      ['Toolbox Talks', 'activity-log: meetings'],
      ['Incidents', 'activity-log: incidents'],
      ['Document Register', 'document-register'],
    ]);
  });

  it("has the CSV sample's rows on its tracker tab, read the same", async () => {
    const [csv] = await readTrackerFile(join(ROOT, 'samples', 'northwind-tracker.csv'));
    const tab = (await readTrackerFile(SAMPLE, 'SECOR Tracker 2026'))[0]!;
    const options = { today: dayFromIso(TODAY)! };
    const [a, b] = [evaluateTracker(csv!.grid, options), evaluateTracker(tab.grid, options)];
    if (!a.ok || !b.ok) throw new Error('the sample does not read as a tracker');
    expect(b.evaluation.items.map((i) => [i.row, i.verdict.readiness, i.verdict.gaps, i.requirement?.id])).toEqual(
      a.evaluation.items.map((i) => [i.row, i.verdict.readiness, i.verdict.gaps, i.requirement?.id]),
    );
    expect(b.evaluation.prediction.percent).toBe(a.evaluation.prediction.percent);
  });

  it("opens in the workbench (npm start's default) with the tracker tab active, every tab kept", async () => {
    const session = await WorkbenchSession.open({ trackerPath: SAMPLE, stateDir: join(dir, 'state'), fresh: true, today: TODAY });
    const state = session.state();
    expect(state.spreadsheetName).toBe('northwind-safety');
    expect(state.active.name).toBe('SECOR Tracker 2026');
    expect(state.sheets.map((s) => s.name)).toEqual([
      'Instructions',
      'SECOR Tracker 2026',
      'Training',
      'Site Inspections',
      'Toolbox Talks',
      'Incidents',
      'Document Register',
    ]);
  });
});
