import { describe, expect, it } from 'vitest';
import type { ItemReadiness } from './gaps.ts';
import { percentOf, scoreReadiness } from './readiness.ts';
import type { ElementId } from './reference/types.ts';
import { judgedItemOf } from './test-support/judged-rows.ts';

/** A row of a tracker: its element, what the judge said of it, and its points if any. */
interface Row {
  element: ElementId | null;
  status: ItemReadiness;
  points?: { available: number; earned: number };
}

function score(rows: readonly Row[], byPoints = false) {
  return scoreReadiness(rows.map(judgedItemOf), byPoints);
}

/** `ready` ready rows and `gaps` gap rows in one element. */
function rows(element: ElementId | null, ready: number, gaps = 0): Row[] {
  return [
    ...Array.from({ length: ready }, (): Row => ({ element, status: 'ready' })),
    ...Array.from({ length: gaps }, (): Row => ({ element, status: 'gap' })),
  ];
}

describe('percentOf', () => {
  it('rounds to one decimal', () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(1, 7)).toBe(14.3);
  });

  it('rounds halves up', () => {
    expect(percentOf(1, 16)).toBe(6.3);
    expect(percentOf(1, 8)).toBe(12.5);
  });

  it('gives whole percents and null for nothing to score', () => {
    expect(percentOf(4, 5)).toBe(80);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('scoreReadiness', () => {
  describe('element percent', () => {
    it('is ready items over applicable items in the element', () => {
      const result = score([...rows('E1', 3, 1), ...rows('E4', 2, 1)]);
      expect(result.elements).toEqual([
        { id: 'E1', name: 'Management commitment & policy', applicable: 4, ready: 3, percent: 75, points: null },
        { id: 'E4', name: 'Inspections', applicable: 3, ready: 2, percent: 66.7, points: null },
      ]);
    });

    it('leaves N/A items out of the element', () => {
      const result = score([...rows('E5', 1, 1), { element: 'E5', status: 'n/a' }, { element: 'E5', status: 'n/a' }]);
      expect(result.elements[0]).toMatchObject({ id: 'E5', applicable: 2, ready: 1, percent: 50 });
    });

    it('lists only the elements the tracker has, in element order', () => {
      const result = score([...rows('E9', 1), ...rows('E2', 1), ...rows('E6', 1)]);
      expect(result.elements.map((e) => e.id)).toEqual(['E2', 'E6', 'E9']);
    });
  });

  describe('overall', () => {
    it('is over items, not the average of the elements', () => {
      // E1: 1/1 = 100 %, E2: 1/3 = 33.3 %: the average would be 66.7 %, items give 2/4 = 50 %.
      const result = score([...rows('E1', 1), ...rows('E2', 1, 2)]);
      expect(result.overall.percent).toBe(50);
      expect(result.overall.applicable).toBe(4);
      expect(result.overall.ready).toBe(2);
    });

    it('rounds to one decimal (2/3 → 66.7)', () => {
      expect(score(rows('E3', 2, 1)).overall.percent).toBe(66.7);
    });

    it('counts items without an element in the overall only', () => {
      const result = score([...rows('E1', 1), ...rows(null, 0, 1)]);
      expect(result.overall).toMatchObject({ applicable: 2, ready: 1, percent: 50 });
      expect(result.elements).toHaveLength(1);
      expect(result.elements[0]).toMatchObject({ applicable: 1, ready: 1 });
    });

    it('has no percent when nothing is applicable', () => {
      const result = score([{ element: 'E1', status: 'n/a' }, ...rows('E0', 1)]);
      expect(result.overall.percent).toBeNull();
      expect(result.scoredBy).toBe('items');
    });
  });

  describe('E0, the gate', () => {
    it('is counted in the gate, not in the overall or the elements', () => {
      const result = score([...rows('E0', 2, 3), ...rows('E1', 4)]);
      expect(result.gate).toEqual({ applicable: 5, ready: 2 });
      expect(result.overall).toMatchObject({ applicable: 4, ready: 4, percent: 100 });
      expect(result.elements.map((e) => e.id)).toEqual(['E1']);
    });

    it('leaves N/A gate items out of the gate', () => {
      const result = score([...rows('E0', 1), { element: 'E0', status: 'n/a' }, ...rows('E1', 1)]);
      expect(result.gate).toEqual({ applicable: 1, ready: 1 });
    });
  });

  describe('points mode', () => {
    it('scores points earned over points available, and gap rows earn 0', () => {
      const result = score(
        [
          { element: 'E1', status: 'ready', points: { available: 2, earned: 2 } },
          { element: 'E1', status: 'ready', points: { available: 3, earned: 2 } },
          { element: 'E1', status: 'gap', points: { available: 2, earned: 2 } },
          { element: 'E4', status: 'gap', points: { available: 4, earned: 4 } },
          { element: 'E4', status: 'ready', points: { available: 4, earned: 4 } },
        ],
        true,
      );
      expect(result.scoredBy).toBe('points');
      expect(result.elements[0]).toMatchObject({ id: 'E1', points: { available: 7, earned: 4 }, percent: 57.1 });
      expect(result.elements[1]).toMatchObject({ id: 'E4', points: { available: 8, earned: 4 }, percent: 50 });
      expect(result.overall.points).toEqual({ available: 15, earned: 8 });
      expect(result.overall.percent).toBe(53.3);
    });

    it('leaves N/A rows out of the points available', () => {
      const result = score(
        [
          { element: 'E2', status: 'ready', points: { available: 2, earned: 2 } },
          { element: 'E2', status: 'n/a', points: { available: 5, earned: 0 } },
        ],
        true,
      );
      expect(result.overall.points).toEqual({ available: 2, earned: 2 });
      expect(result.overall.percent).toBe(100);
    });

    it('reports no points when scoring by items', () => {
      const result = score([{ element: 'E2', status: 'ready', points: { available: 2, earned: 1 } }], false);
      expect(result.overall.points).toBeNull();
      expect(result.elements[0]?.points).toBeNull();
      expect(result.overall.percent).toBe(100);
    });
  });
});
