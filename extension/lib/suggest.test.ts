import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequirementChoice } from '../../shared/clip-protocol.ts';
import { REFERENCE_CHECKLIST } from '../../shared/index.ts';
import { REQUIREMENTS } from '../test-support/fake-server.ts';
import { type PageWords, suggest } from './suggest.ts';

const DIR = join(import.meta.dirname, 'suggest-pages');
const list = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.requirements.json`), 'utf8')) as RequirementChoice[];
/** A tracker that lists the whole reference checklist, a row each. */
const CHECKLIST: RequirementChoice[] = REFERENCE_CHECKLIST.map((r, i) => ({
  id: r.id,
  element: r.element,
  text: r.text,
  row: i + 5,
  readiness: 'gap',
  evidence: r.evidence,
}));
const TRACKERS = { northwind: list('northwind'), casual: list('casual'), checklist: CHECKLIST } as const;

interface Fixture {
  readonly name: string;
  readonly page: PageWords;
  readonly head: Readonly<Record<string, string>>;
}

function readFixture(file: string): Fixture {
  const [head, body] = readFileSync(join(DIR, file), 'utf8').split('\n---\n') as [string, string];
  const fields = Object.fromEntries(
    head.split('\n').map((line) => [
      line.slice(0, line.indexOf(':')),
      line
        .slice(line.indexOf(':') + 1)
        .replace(/\s\/\/.*/, '')
        .trim(),
    ]),
  );
  const lines = body.split('\n');
  const page = {
    title: fields.title!,
    url: fields.url!,
    headings: lines.filter((l) => l.startsWith('#')).map((l) => l.replace(/^#+\s*/, '')),
    text: lines.map((l) => l.replace(/^#+\s*/, '')).join('\n'),
  };
  return { name: file.replace(/\.page\.md$/, ''), page, head: fields };
}

const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.page.md'))
  .map(readFixture);
const shown = (c: RequirementChoice) => c.id ?? `row ${c.row}`;

describe('suggestions for page fixtures, by the shared matcher', () => {
  it('has the seven pages, each with its address read whole (a `//` comment is cut only after a space)', () => {
    expect(FIXTURES.map((f) => f.name).sort()).toHaveLength(7);
    for (const { page } of FIXTURES) expect(new URL(page.url).hostname).toMatch(/\./);
  });

  for (const { name, page, head } of FIXTURES) {
    for (const [tracker, choices] of Object.entries(TRACKERS)) {
      const [, expected, unsure] = /^(.*?)(\s*\(unsure\))?$/.exec(head[tracker] ?? '')!;
      if (expected === '' || expected === '?') continue;
      const chosen = head.confident === 'yes' && unsure === undefined;
      it(`${name} on the ${tracker} tracker: ${expected}${chosen ? ', shown as chosen' : ''}`, () => {
        const result = suggest(page, choices);
        if (expected === 'none') {
          expect(result.confident).toBe(false);
          return;
        }
        expect(result.ranked.map((s) => shown(s.choice))[0]).toBe(expected);
        expect(result.confident).toBe(chosen);
      });
    }
  }

  it('an inspection report is not suggested for the first aid or fall protection rows its sections name', () => {
    const report = FIXTURES.find((f) => f.name === 'monthly-site-inspection')!;
    const [first, ...rest] = suggest(report.page, TRACKERS.northwind).ranked;
    expect(first?.choice.id).toBe('E4-02');
    for (const s of rest) expect(s.score).toBeLessThan(first!.score / 3);
  });

  it("the team's own trade words alone suggest nothing: an invoice from a roofing supplier is not the roof's fall protection plan", () => {
    const invoice = FIXTURES.find((f) => f.name === 'supplier-invoice')!;
    const { ranked, confident } = suggest(invoice.page, TRACKERS.northwind);
    expect(ranked.map((s) => s.choice.row)).not.toContain(18);
    // An invoice shares a word or two with the checklist: a weak hint at most, never shown as chosen.
    expect(confident).toBe(false);
    expect(ranked.every((s) => s.score < 0.15)).toBe(true);
  });

  it('a page with no words, or a tracker with no items, suggests nothing', () => {
    expect(suggest({ title: '', headings: [], url: 'https://example.com/', text: '' }, TRACKERS.northwind)).toEqual({ ranked: [], confident: false });
    expect(suggest(FIXTURES[0]!.page, [])).toEqual({ ranked: [], confident: false });
  });

  it("finds a team's own item without a reference id by its text", () => {
    const page = {
      title: 'Forklift daily pre-use inspection checklist',
      headings: [],
      url: 'https://forms.example.ca/forklift',
      text: 'Tires, forks, horn, lights: OK',
    };
    expect(suggest(page, REQUIREMENTS).ranked[0]?.choice.text).toBe('Forklift daily pre-use checks');
  });
});
