/**
 * The fakes implement only what something calls: every `Type.method` a fake implements must be
 * named (`.method`) in the built server bundle or in the workbench, which drives the fakes from its
 * pages. A method nothing calls is a model of Google nobody checks against Google: it goes.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { implementedMethods } from './counter.ts';
import { buildEveryFake, FAKE_TYPES } from './every-fake.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WORKBENCH = join(ROOT, 'workbench');

/** The text of what calls the fakes: the built bundle, and the workbench's own sources. */
function callers(): string {
  const workbench = readdirSync(WORKBENCH)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(WORKBENCH, f), 'utf8'));
  return [readFileSync(join(ROOT, 'dist', 'apps-script', 'Code.js'), 'utf8'), ...workbench].join('\n');
}

/**
 * The implemented `Type.method`s whose method no caller names (as `.method`). No allowlist: the
 * sidebar's google.script.run harness calls the bundle's functions, and the tests that call a fake
 * directly (the extension browser test's CacheService...remove, intake.test.ts's Drive.Files.list)
 * call only what the bundle calls too.
 */
function uncalled(implemented: Iterable<string>, text: string): string[] {
  const named = new Set(Array.from(text.matchAll(/\.([A-Za-z_$][\w$]*)/g), (m) => m[1]));
  return [...implemented].filter((m) => !named.has(m.slice(m.indexOf('.') + 1))).sort();
}

describe('fake methods', () => {
  it('are each called by the bundle or the workbench', () => {
    buildEveryFake();
    const built = new Set(implementedMethods().map((m) => m.slice(0, m.indexOf('.'))));
    // Fakes that implement nothing: Drive (only its Files constant), and what the add-on never calls.
    const empty = ['Drive', 'DriveApp'];
    expect(Object.keys(FAKE_TYPES).filter((t) => !built.has(t) && !empty.includes(t))).toEqual([]);
    expect(uncalled(implementedMethods(), callers())).toEqual([]);
  });

  it('the check catches a method nothing calls', () => {
    expect(uncalled(['Range.getValues', 'Range.getBandings'], 'sheet.getRange(1, 1).getValues()')).toEqual(['Range.getBandings']);
  });
});
