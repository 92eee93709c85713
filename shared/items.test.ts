import { describe, expect, it } from 'vitest';
import type { Cell } from './cells.ts';
import { readItems } from './items.ts';
import { detectLayout } from './layout/detect.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import { RequirementMatcher } from './requirement-match.ts';

const matcher = new RequirementMatcher(REFERENCE_CHECKLIST);
const ORDERS = { date: 'month-first', due: 'month-first' } as const;

function itemsOf(grid: Cell[][], span?: Parameters<typeof readItems>[4]) {
  const detected = detectLayout(grid);
  if (!detected.ok) throw new Error(detected.error.message);
  return readItems(grid, detected.layout, matcher, ORDERS, span);
}

function read(grid: Cell[][], span?: Parameters<typeof readItems>[4]) {
  return itemsOf(grid, span).map((i) => [i.row, i.text, i.element, i.requirement?.id ?? null]);
}

const HEAD = ['Item', 'Evidence', 'Owner', 'Last done', 'Status'];
const row = (text: string, evidence = 'file.pdf'): Cell[] => [text, evidence, 'Sam', '2026-11-01', 'Done'];

describe('readItems: headings', () => {
  it('never takes a heading in capitals, with a colon or numbered for an item, whatever element it names', () => {
    const items = read([
      HEAD,
      ['HAZARDS'],
      row('Formal hazard assessment'),
      ['Policy & responsibilities:'],
      row('Signed safety policy'),
      ['3. Inspections'],
      row('Monthly site inspection'),
    ]);
    expect(items).toEqual([
      [2, 'Formal hazard assessment', 'E2', 'E2-01'],
      [4, 'Signed safety policy', 'E1', 'E1-01'],
      [6, 'Monthly site inspection', 'E4', 'E4-02'],
    ]);
  });

  it('keeps a title-case row with nothing filled an item (a row the team has yet to fill)', () => {
    expect(read([HEAD, ['Working alone procedure']])).toEqual([[1, 'Working alone procedure', 'E9', 'E9-06']]);
  });

  it('keeps a heading-shaped row with evidence an item', () => {
    expect(read([HEAD, row('WHMIS TRAINING')]).map((i) => i[0])).toEqual([1]);
  });
});

describe("readItems: a row's element", () => {
  it("files a row under its heading's element when its words fit it, else where its own words point", () => {
    const items = read([HEAD, ['TRAINING'], row('Training records for the crew'), row('Emergency drill'), row('Dumpster rental')]);
    expect(items).toEqual([
      [2, 'Training records for the crew', 'E5', 'E5-05'],
      [3, 'Emergency drill', 'E6', 'E6-05'],
      // Its words match nothing: the heading's element stands.
      [4, 'Dumpster rental', 'E5', null],
    ]);
  });

  it('gives no element to an unmatched row under a heading that names none', () => {
    expect(read([HEAD, ['TRAINING'], row('Orientation checklist'), ['HAZARDS'], row('Dumpster rental')]).at(-1)).toEqual([4, 'Dumpster rental', null, null]);
  });

  it('keeps matching within the element an id or element cell gives', () => {
    const grid = [
      ['Ref', ...HEAD],
      ['', 'INSPECTIONS'],
      ['5.2', ...row('Fall protection tickets for all crew')],
    ];
    expect(read(grid)[0]![2]).toBe('E5');
  });

  it('ends an element cell carried down at the next heading', () => {
    const grid: Cell[][] = [
      ['Element', ...HEAD],
      ['E1', ...row('Signed safety policy')],
      ['', ...row('Written responsibilities')],
      ['', 'HAZARDS'],
      ['', ...row('Formal hazard assessment')],
    ];
    expect(read(grid).map((i) => i[2])).toEqual(['E1', 'E1', 'E2']);
  });

  it("takes a window's carried element as the element cell's when the tracker has one, else as the heading's", () => {
    const withCell: Cell[][] = [
      ['Element', ...HEAD],
      ['E1', ...row('Signed safety policy')],
      ['', ...row('Emergency response plan')],
    ];
    // Carried from an element cell: matching stays within E1, where the ERP fits nothing.
    expect(read(withCell, { from: 2, to: 2, carried: 'E1' })).toEqual([[2, 'Emergency response plan', 'E1', null]]);
    const noCell: Cell[][] = [HEAD, ['POLICY'], row('Emergency response plan')];
    expect(read(noCell, { from: 2, to: 2, carried: 'E1' })).toEqual([[2, 'Emergency response plan', 'E6', 'E6-01']]);
  });
});

describe('readItems: candidates for an unmatched row', () => {
  const candidatesOf = (grid: Cell[][]) => itemsOf(grid).map((i) => [i.text, i.requirement?.id ?? null, i.candidates.map((c) => c.id)]);

  it('offers none for a matched row, by id or by wording, nor for one whose words fit nothing', () => {
    const grid = [
      ['Ref', ...HEAD],
      ['E4-02', ...row('Site walkabouts')],
      ['', ...row('Signed safety policy')],
      ['', ...row('Dumpster rental')],
    ];
    expect(candidatesOf(grid)).toEqual([
      ['Site walkabouts', 'E4-02', []],
      ['Signed safety policy', 'E1-01', []],
      ['Dumpster rental', null, []],
    ]);
  });

  it("offers the judge's best requirements, best first, at most three, with their scores", () => {
    const text = 'Emergency plan if client falls / house fire';
    const [item] = itemsOf([HEAD, row(text)]);
    expect(item!.requirement).toBeNull();
    expect(item!.candidates).toEqual(matcher.judge(text, null).candidates);
    expect(item!.candidates.map((c) => c.id)).toEqual(['E6-01', 'E6-04', 'E6-03']);
    expect(item!.candidates[0]!.score).toBeGreaterThan(item!.candidates[1]!.score);
  });

  it('takes them from the judgement that decided: within the element cell, within a heading the row names, else across the checklist', () => {
    // The element cell keeps matching, and so the candidates, within E2.
    expect(
      candidatesOf([
        ['Element', ...HEAD],
        ['E2', ...row('Formal hazard assessment - tear-off, shingling, torch-on, ladders, hoisting')],
      ])[0]![2],
    ).toEqual(['E2-01', 'E2-02', 'E2-03']);
    const underTraining = candidatesOf([HEAD, ['TRAINING'], row('Chainsaw training'), row('Spill kit stocked')]);
    // "Chainsaw training" names its heading's element: it stays there, and so do its candidates (not E6-04's rescue training).
    expect(underTraining[0]).toEqual(['Chainsaw training', null, ['E5-05', 'E5-02']]);
    // Its words fit nothing of E5 closely: its candidates are where its own words point.
    expect(underTraining[1]).toEqual(['Spill kit stocked', null, ['E6-06', 'E6-01', 'E6-05']]);
  });
});
