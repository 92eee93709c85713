import { describe, expect, it } from 'vitest';
import { changedSpans } from './own-cells.ts';

describe('changedSpans', () => {
  it('writes nothing when nothing changed', () => {
    expect(changedSpans(['a', 'b', ''], ['a', 'b', ''])).toEqual([]);
  });

  it('covers every change of a stretch of writable cells with one span', () => {
    expect(changedSpans(['a', 'b', 'c', 'd'], ['x', 'b', 'c', 'y'])).toEqual([[0, 3]]);
  });

  it('never covers a cell it must not write', () => {
    // Row 1 holds a team correction: the spans stop either side of it.
    expect(changedSpans(['', '0012', ''], ['E1-01', undefined, 'E1-02'])).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });

  it('reads numbers and text alike, as the sheet shows them', () => {
    expect(changedSpans([12], ['12'])).toEqual([]);
  });
});
