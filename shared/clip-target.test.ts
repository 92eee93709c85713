import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClipTarget, formatClipTarget, parseClipTarget } from './clip-target.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';

const ids = REFERENCE_CHECKLIST.map((r) => r.id);
const id = fc.constantFrom(...ids);
const row = fc.integer({ min: 1, max: 1_000_000 });
// An item's text as the tracker gives it: trimmed, never empty.
const text = fc
  .string({ minLength: 1 })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const target: fc.Arbitrary<ClipTarget> = fc.oneof(
  id.map((requirement) => ({ kind: 'requirement' as const, requirement })),
  fc.record({ kind: fc.constant('item' as const), text, row: fc.option(row, { nil: null }), requirement: fc.option(id, { nil: null }) }),
  fc.record({ kind: fc.constant('row' as const), row, requirement: fc.option(id, { nil: null }) }),
);

describe('a clip target written and read back', () => {
  it('reads as it was written, whatever the target', () => {
    fc.assert(
      fc.property(target, (t) => {
        expect(parseClipTarget(formatClipTarget(t))).toEqual({ ok: true, target: t });
      }),
    );
  });

  it('is written in the cells the Evidence sheet has always had', () => {
    expect(formatClipTarget({ kind: 'requirement', requirement: 'E4-02' })).toEqual({ requirement: 'E4-02', item: '', itemRow: '' });
    expect(formatClipTarget({ kind: 'item', text: 'Forklift checks', row: 14, requirement: null })).toEqual({
      requirement: '',
      item: 'Forklift checks',
      itemRow: 14,
    });
    expect(formatClipTarget({ kind: 'item', text: 'Forklift checks', row: 14, requirement: 'E4-02' })).toEqual({
      requirement: 'E4-02',
      item: 'Forklift checks',
      itemRow: 14,
    });
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.date(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(cell, cell, cell, (requirement, item, itemRow) => {
        const parsed = parseClipTarget({ requirement, item, itemRow });
        expect(parsed.ok === true || ['no-target', 'unknown-requirement'].includes(parsed.problem)).toBe(true);
      }),
    );
  });
});

describe('an Evidence row the team edited by hand', () => {
  const read = (cells: Parameters<typeof parseClipTarget>[0]) => parseClipTarget(cells);

  it('reads an id with spaces around it, in small letters, or with words after it', () => {
    for (const requirement of ['  E4-02 ', 'e4-02', 'E4-02 Forklift inspections', '(E4-02)']) {
      expect(read({ requirement, item: '', itemRow: '' }), requirement).toEqual({ ok: true, target: { kind: 'requirement', requirement: 'E4-02' } });
    }
  });

  it("reads an item's text trimmed, and its row typed as text", () => {
    expect(read({ requirement: ' ', item: '  Forklift checks ', itemRow: ' 14 ' })).toEqual({
      ok: true,
      target: { kind: 'item', text: 'Forklift checks', row: 14, requirement: null },
    });
  });

  it('leaves out a row that is not a sheet row: the item still reads', () => {
    for (const itemRow of [0, -3, 14.5, 'fourteen', new Date('2026-01-14')]) {
      expect(read({ requirement: 'E4-02', item: 'Forklift checks', itemRow })).toEqual({
        ok: true,
        target: { kind: 'item', text: 'Forklift checks', row: null, requirement: 'E4-02' },
      });
    }
  });

  it('says an id the checklist lacks is unknown, and an empty row names nothing; an item keeps its text', () => {
    expect(read({ requirement: 'E9-99', item: '', itemRow: '' })).toEqual({ ok: false, problem: 'unknown-requirement', text: 'E9-99' });
    expect(read({ requirement: 'Forklift', item: '', itemRow: '' })).toEqual({ ok: false, problem: 'no-target', text: 'Forklift' });
    expect(read({ requirement: '', item: '', itemRow: '' })).toEqual({ ok: false, problem: 'no-target', text: '' });
    expect(read({})).toEqual({ ok: false, problem: 'no-target', text: '' });
    expect(read({ requirement: 'E9-99', item: 'Forklift checks', itemRow: 14 })).toEqual({
      ok: true,
      target: { kind: 'item', text: 'Forklift checks', row: 14, requirement: null },
    });
  });
});

describe('an Evidence row written before the Item column', () => {
  // Those sheets have no Item and no Item row column: their cells are undefined.
  it('reads "Row 14" and "Row 14 · E4-02" as a row target', () => {
    expect(parseClipTarget({ requirement: 'Row 14' })).toEqual({ ok: true, target: { kind: 'row', row: 14, requirement: null } });
    expect(parseClipTarget({ requirement: 'Row 14 · E4-02' })).toEqual({ ok: true, target: { kind: 'row', row: 14, requirement: 'E4-02' } });
    expect(parseClipTarget({ requirement: ' row  14 ·  e4-02 ' })).toEqual({ ok: true, target: { kind: 'row', row: 14, requirement: 'E4-02' } });
    expect(parseClipTarget({ requirement: 'E4-02' })).toEqual({ ok: true, target: { kind: 'requirement', requirement: 'E4-02' } });
  });
});
