/**
 * docs/ARCHITECTURE.md kept true: its flows name real files and functions that call each other,
 * its "where to add" paths exist, and its dependency rules hold for every import.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const PAGE = readFileSync(join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');

interface Step {
  readonly file: string;
  readonly name: string;
  /** The step hands over across a process or the network: the next step is not called from its file. */
  readonly overHttp: boolean;
  /** The functions listed under it, each called from its file. */
  readonly calls: { readonly file: string; readonly name: string }[];
}

function flow(heading: string): Step[] {
  const section = PAGE.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/ARCHITECTURE.md has no "## ${heading}"`);
  const steps: Step[] = [];
  for (const line of section.split('\n')) {
    const step = /^\d+\. `([^`#]+)#([^`]+)`(.*)$/.exec(line);
    const sub = /^ {3}- `([^`#]+)#([^`]+)`/.exec(line);
    if (step) steps.push({ file: step[1]!, name: step[2]!, overHttp: /\*over HTTP\*/.test(step[3]!), calls: [] });
    else if (sub && steps.length > 0) steps[steps.length - 1]!.calls.push({ file: sub[1]!, name: sub[2]! });
  }
  return steps;
}

const source = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
/** Defined in the file: a function, a const, a method or a property of a handler map. */
const defines = (code: string, name: string) =>
  new RegExp(String.raw`(?:function\s+|const\s+|let\s+)${name}\b|^\s*(?:async\s+)?'?${name}'?\s*(?::|\()`, 'm').test(code);
const calls = (code: string, name: string) => new RegExp(String.raw`\b${name}\s*[(<]|\b${name}\b`).test(code);

describe.each(['Flow 1', 'Flow 2'])('docs/ARCHITECTURE.md, %s', (heading) => {
  const steps = flow(heading);

  it('has its steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  it.each(steps.map((s, i) => [`${i + 1}. ${s.file}#${s.name}`, i]))('%s exists and calls the next step', (_label, i) => {
    const step = steps[i as number]!;
    expect(existsSync(join(ROOT, step.file)), step.file).toBe(true);
    const code = source(step.file);
    expect(defines(code, step.name), `${step.file} defines ${step.name}`).toBe(true);
    const next = steps[(i as number) + 1];
    if (next && !step.overHttp) expect(calls(code, next.name), `${step.file} calls ${next.name}`).toBe(true);
    for (const called of step.calls) {
      expect(defines(source(called.file), called.name), `${called.file} defines ${called.name}`).toBe(true);
      expect(calls(code, called.name), `${step.file} calls ${called.name}`).toBe(true);
    }
  });
});

describe('docs/ARCHITECTURE.md, the paths it names', () => {
  const paths = [...new Set([...PAGE.matchAll(/`((?:shared|apps-script|cli|workbench|extension|test)\/[^`#\s]+)(?:#[^`]+)?`/g)].map(([, path]) => path!))];

  it.each(paths)('%s exists', (path) => {
    expect(existsSync(join(ROOT, path.replace(/\/$/, '')))).toBe(true);
  });
});

describe('docs/ARCHITECTURE.md, the dependency rules', () => {
  const files = (dir: string) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
  /** The project folders a file imports from (relative imports only). */
  const reaches = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map(([, spec]) =>
      relative(ROOT, join(file, '..', spec!))
        .split('/')
        .slice(0, 2)
        .join('/'),
    );

  it.each([
    ['apps-script/server', ['cli', 'workbench', 'extension']],
    ['extension', ['apps-script', 'cli', 'workbench']],
    ['cli', ['apps-script', 'extension', 'workbench']],
  ])('%s imports nothing from %j', (dir, forbidden) => {
    for (const file of files(dir)) {
      for (const target of reaches(file)) {
        expect(
          forbidden.some((f) => target === f || target.startsWith(`${f}/`)),
          `${relative(ROOT, file)} imports ${target}`,
        ).toBe(false);
      }
    }
  });

  it("workbench/page/ (the browser) takes only the engine's door, its own folder and, as types only, the page's API", () => {
    for (const file of files('workbench/page')) {
      for (const [statement, typeOnly, spec] of readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gm)) {
        const target = relative(ROOT, join(file, '..', spec!));
        const allowed = target === 'shared/index.ts' || target.startsWith('workbench/page/') || (typeOnly !== undefined && target === 'workbench/page-api.ts');
        expect(allowed, `${relative(ROOT, file)}: ${statement}`).toBe(true);
      }
    }
  });
});
