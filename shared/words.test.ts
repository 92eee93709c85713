import { describe, expect, it } from 'vitest';
import { inDays, plural } from './words.ts';

describe('words', () => {
  it('counts in the singular only for one', () => {
    expect([plural(0, 'row'), plural(1, 'row'), plural(2, 'person', 'people')]).toEqual(['0 rows', '1 row', '2 people']);
  });

  it('says today and tomorrow rather than "in 0 days" and "in 1 day"', () => {
    expect([inDays(-1), inDays(0), inDays(1), inDays(12)]).toEqual(['today', 'today', 'tomorrow', 'in 12 days']);
  });
});
