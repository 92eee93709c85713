import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../shared/cells.ts';
import { dayFromIso } from '../shared/dates.ts';
import { evaluateTracker } from '../shared/evaluate.ts';
import type { LayoutOverrides } from '../shared/layout/detect.ts';
import { REFERENCE_CHECKLIST } from '../shared/reference/checklist.ts';

const TODAY = dayFromIso('2026-11-26')!;

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'Requirement',
    'Evidence',
    'Owner',
    'Status',
    'Due',
    'Last\nReviewed',
    'Element',
    'N/A',
    'Done',
    '✓',
    'E4-02',
    '4.1',
    'Element 3',
    'Total',
    '* note',
  ),
  fc.constantFrom('2026-01-15', '15/01/2026', '01/15/2026', 'Oct 2, 2026', '31/02/2026', 'https://drive.google.com/x', 'policy.pdf'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

const anyGrid = fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 40 });

// A tracker whose layout is fixed, so each row's verdict can be compared alone and in company.
const HEADER: Cell[] = ['Element', 'Requirement', 'Evidence', 'Owner', 'Last Reviewed', 'Next Due', 'Status'];
const OVERRIDES: LayoutOverrides = {
  headerRow: 0,
  columns: { element: 0, requirement: 1, evidence: 2, owner: 3, date: 4, due: 5, status: 6, id: null, notes: null },
};
const isoDay = fc.integer({ min: 0, max: 1200 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const itemRow: fc.Arbitrary<Cell[]> = fc.tuple(
  fc.constantFrom('E1', 'Element 2', '3. Hazard Control', 'Inspections', 'Training', 'E6', 'E7', 'E8', 'E9', 'E0'),
  fc.oneof(
    fc.constantFrom(...REFERENCE_CHECKLIST.map((r) => r.text)),
    fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  ),
  fc.constantFrom('', 'policy.pdf', 'https://drive.google.com/file/d/1', 'Binder, shelf 2', 'N/A'),
  fc.constantFrom('', 'Dana', 'Rick Olsen'),
  fc.oneof(fc.constant(''), isoDay, fc.constant('not a date')),
  fc.oneof(fc.constant(''), isoDay),
  fc.constantFrom('', 'Done', 'Yes', 'In progress', 'N/A', 'No', '✓', true, false),
);

function verdictOfRow(rows: Cell[][], rowIndex: number) {
  const result = evaluateTracker([HEADER, ...rows], { today: TODAY, overrides: OVERRIDES });
  if (!result.ok) throw new Error(result.error.message);
  const item = result.evaluation.items.find((candidate) => candidate.row === rowIndex + 1);
  if (item === undefined) return null;
  const { element, requirement } = item;
  const { readiness, gaps, warnings } = item.verdict;
  return { element, requirement: requirement?.id ?? null, status: readiness, gaps, warnings };
}

describe('engine properties', () => {
  it('never throws on an arbitrary grid: it evaluates or names the problem', () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const result = evaluateTracker(grid, { today: TODAY });
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws with arbitrary overrides either', () => {
    fc.assert(
      fc.property(anyGrid, fc.integer({ min: -2, max: 45 }), fc.integer({ min: -2, max: 15 }), (grid, headerRow, evidence) => {
        evaluateTracker(grid, { today: TODAY, overrides: { headerRow, columns: { evidence } } });
      }),
      { numRuns: 300 },
    );
  });

  it('never gives an N/A row a gap or a warning, nor counts it', () => {
    fc.assert(
      fc.property(fc.array(itemRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const result = evaluateTracker([HEADER, ...rows], { today: TODAY, overrides: OVERRIDES });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { items, readiness } = result.evaluation;
        let applicable = 0;
        for (const item of items) {
          const row = rows[item.row - 1]!;
          const saysNa = row[6] === 'N/A' || row[2] === 'N/A';
          expect(item.verdict.readiness === 'n/a').toBe(saysNa);
          if (saysNa) expect(item.verdict.gaps.length + item.verdict.warnings.length).toBe(0);
          else if (item.element !== 'E0') applicable++;
        }
        expect(readiness.overall.applicable).toBe(applicable);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a row the same verdict alone as among other rows', () => {
    fc.assert(
      fc.property(fc.array(itemRow, { minLength: 2, maxLength: 25 }), fc.nat(), (rows, pick) => {
        const index = pick % rows.length;
        const amongOthers = verdictOfRow(rows, index);
        const alone = verdictOfRow([rows[index]!], 0);
        expect(alone).toEqual(amongOthers);
      }),
      { numRuns: 300 },
    );
  });
});
