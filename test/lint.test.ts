/**
 * The house's lint and format, run by `npm test` through this test so a lint failure is one failed
 * test in the closing "N passed, N failed" line CI reads: `biome ci` over the tree (biome.jsonc says
 * what it checks, and why each rule turned off is off). `npm run format` fixes what it can.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('lint and format', () => {
  it('biome ci finds nothing: the tree is formatted and lint-clean, warnings included', () => {
    let output = '';
    let code = 0;
    try {
      output = execFileSync(process.execPath, [join(ROOT, 'node_modules/@biomejs/biome/bin/biome'), 'ci', '--error-on-warnings', '--colors=off', '.'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      code = failed.status;
      output = `${failed.stdout}${failed.stderr}`;
    }
    expect(code, output).toBe(0);
  }, 60_000);
});
