import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'secor-ready.js');

function secorReady(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
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
