import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused, runCli as run, tempFiles } from './run-cli.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-tracker.csv');
const { dir, write } = tempFiles('secor-pack-');

describe('secor-ready pack', () => {
  it('writes the audit pack as a PDF to --out and says what it wrote', async () => {
    const out = join(dir, 'pack.pdf');
    const { code, stdout, stderr } = await run('pack', SAMPLE, '--out', out, '--today', '2026-11-26');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(new RegExp(`^Wrote ${out}: \\d+ pages, predicted (PASS|FAIL) at \\d+\\.\\d %\\.\\n$`));
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    // Every piece of evidence links to the tracker's file.
    expect(readFileSync(out, 'latin1')).toContain(`/URI (file://${SAMPLE})`);
  });

  it('never replaces an existing file without --force, and replaces it with it', async () => {
    const out = write('kept.pdf', 'the reviewer annotated this copy');
    expectRefused(await run('pack', SAMPLE, '--out', out, '--today', '2026-11-26'), 'kept.pdf already exists: pass --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('the reviewer annotated this copy');
    const { code } = await run('pack', SAMPLE, '--out', out, '--today', '2026-11-26', '--force');
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names the command in its help', async () => {
    expect((await run('--help')).stdout).toContain('secor-ready pack <file.csv|file.xlsx> [options]');
  });

  it.each([
    [['pack'], 'pack needs a tracker'],
    [['pack', SAMPLE, '--out', join(dir, 'pack.txt')], '--out must name a .pdf file'],
    [['pack', SAMPLE, '--out', join(dir, 'no-such-folder', 'folder.pdf')], 'check that its folder exists'],
    [['pack', join(dir, 'nope.csv'), '--out', join(dir, 'nope.pdf')], 'File not found'],
    [['pack', write('empty.csv', ''), '--out', join(dir, 'empty.pdf')], 'empty.csv'],
    [['pack', SAMPLE, '--today', '26/11/2026', '--out', join(dir, 'd.pdf')], 'YYYY-MM-DD'],
    [['pack', SAMPLE, '--bogus'], 'bogus'],
  ])('%j exits 2 with one line naming the problem and writes nothing (%s)', async (argv, message) => {
    expectRefused(await run(...argv), message);
    if (argv.includes('--out')) expect(existsSync(argv[argv.indexOf('--out') + 1]!)).toBe(false);
  });
});
