import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../test-support/fake-server.ts';
import { findChoice, targetLabel, targetOf } from './target.ts';

const forklift = REQUIREMENTS.find((c) => c.id === null)!;

describe('clip targets', () => {
  it('a reference requirement is its id; a row item carries its text', () => {
    expect(targetOf(REQUIREMENTS[0]!)).toEqual({ requirement: 'E1-01', item: null });
    expect(targetOf(forklift)).toEqual({ requirement: 30, item: 'Forklift daily pre-use checks' });
    expect(targetLabel(targetOf(forklift))).toBe('Row 30 · Forklift daily pre-use checks');
  });

  it('finds a row item again by its text after the team sorted the rows', () => {
    const sorted = REQUIREMENTS.map((c) => (c.id === null ? { ...c, row: 8 } : c.id === 'E4-01' ? { ...c, row: 30 } : c));
    expect(findChoice(targetOf(forklift), sorted)?.row).toBe(8);
    expect(findChoice({ requirement: 30, item: 'An item the team deleted' }, sorted)).toBeUndefined();
    // Two items with the same text: the one at the remembered row.
    const twice = [...sorted, { ...forklift, row: 30 }];
    expect(findChoice(targetOf(forklift), twice)?.row).toBe(30);
    expect(findChoice({ requirement: 'E4-01', item: null }, sorted)?.row).toBe(30);
  });
});
