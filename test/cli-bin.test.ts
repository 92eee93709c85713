import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRAFTED_CASES, STACK_TRACE } from './fixtures/crafted.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'secor-ready.js');

function secorReady(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
}

describe('the installed secor-ready command', () => {
  it('scans the sample tracker and prints one JSON object', () => {
    const result = secorReady('scan', 'samples/northwind-tracker.csv', '--json', '--today', '2026-11-26');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.rows.length).toBeGreaterThan(20);
    expect(report.rows.some((r: { status: string }) => r.status === 'gap')).toBe(true);
  });

  it('is what package.json names as the bin', async () => {
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { bin: Record<string, string> };
    expect(pkg.bin['secor-ready']).toBe('bin/secor-ready.js');
  });

  it('exits 2 with a one-line message when the file cannot be scanned', () => {
    const result = secorReady('scan', 'missing.xlsx');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('secor-ready: File not found: missing.xlsx');
  });
});

describe('crafted and odd files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secor-crafted-'));

  for (const crafted of CRAFTED_CASES) {
    it(crafted.name, async () => {
      const path = join(dir, crafted.file);
      writeFileSync(path, await crafted.bytes());
      const result = secorReady('scan', path, '--json', '--today', '2026-11-26');
      expect(result.stderr).not.toMatch(STACK_TRACE);
      if ('refused' in crafted.outcome) {
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.endsWith('\n') && result.stderr.trim().split('\n').length === 1, result.stderr).toBe(true);
        expect(result.stderr).toMatch(/^secor-ready: /);
        expect(result.stderr).toMatch(crafted.outcome.refused);
      } else if ('scans' in crafted.outcome) {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout).rows.map((r: { status: string }) => r.status)).toEqual(['ready', 'gap', 'ready']);
      } else {
        expect([0, 2]).toContain(result.status);
        if (result.status === 2) expect(result.stderr.trim().split('\n')).toHaveLength(1);
      }
    }, 30_000);
  }
});
