import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { readTrackerFile } from '../cli/read-tracker.ts';
import { listSheets, sheetsJson } from '../cli/sheet-list.ts';
import { dayFromIso, slashOrderForLocale } from '../shared/index.ts';

/**
 * Golden trackers: each folder of test/fixtures holds a tracker (or a training matrix, a log, a
 * workbook ...) as a team would export it, in the folder's one CSV or XLSX file, named as the team
 * names it (a CSV's sheet is named after its file); the day to judge it on (args.json) and the
 * verdict worked out by hand (expected.json, a partial expectation: the keys it names must match,
 * arrays in full). A file the CLI refuses still has its sheets' kinds checked, as the JSON would list them.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');

interface Args {
  today: string;
  sheet?: string;
  locale?: string;
  /** Roles set by hand, as `--column ROLE=COL` (a sheet forced through setup). */
  columns?: string[];
}

const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden trackers', () => {
  it('has at least 8 trackers, one of them XLSX', () => {
    expect(folders.length).toBeGreaterThanOrEqual(8);
    expect(folders.some((f) => readdirSync(join(FIXTURES, f)).some((file) => file.endsWith('.xlsx')))).toBe(true);
  });

  for (const folder of folders) {
    it(folder, async () => {
      const dir = join(FIXTURES, folder);
      const files = readdirSync(dir).filter((f) => /\.(csv|xlsx)$/.test(f));
      expect(files).toHaveLength(1);
      const tracker = join(dir, files[0]!);
      const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as Args;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
      // Every fixture pins what each of its sheets is proposed as: a checklist tracker stays a checklist.
      expect(expected).toHaveProperty('sheets');
      const argv = ['scan', tracker, '--json', '--today', args.today, '--locale', args.locale ?? 'en-US'];
      if (args.sheet) argv.push('--sheet', args.sheet);
      for (const column of args.columns ?? []) argv.push('--column', column);
      const result = await runCli(...argv);
      if ('exitCode' in expected) {
        expect(result.code).toBe(expected.exitCode);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        for (const part of expected.stderrIncludes as string[]) expect(result.stderr.toLowerCase()).toContain(part.toLowerCase());
        if ('sheets' in expected)
          expect(
            sheetsJson(
              listSheets(tracker, await readTrackerFile(tracker, args.sheet), {
                today: dayFromIso(args.today)!,
                slashOrder: slashOrderForLocale(args.locale ?? 'en-US'),
              }),
            ),
          ).toMatchObject(expected.sheets as object);
        return;
      }
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject(expected);
    });
  }
});
