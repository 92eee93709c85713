import { describe, expect, it } from 'vitest';
import { inDays, nameList, plural, rowList } from './words.ts';

describe('words', () => {
  it('counts in the singular only for one', () => {
    expect([plural(0, 'row'), plural(1, 'row'), plural(2, 'person', 'people')]).toEqual(['0 rows', '1 row', '2 people']);
  });

  it('says today and tomorrow rather than "in 0 days" and "in 1 day"', () => {
    expect([inDays(-1), inDays(0), inDays(1), inDays(12)]).toEqual(['today', 'today', 'tomorrow', 'in 12 days']);
  });

  it('lists names and rows in the order given, the rest counted', () => {
    expect(nameList(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
    expect(nameList(['First Aid', 'WHMIS'])).toBe('First Aid, WHMIS');
    expect([rowList([4]), rowList([9, 4, 5]), rowList([1, 2, 3, 4, 5, 6, 7, 8], 5)]).toEqual(['row 4', 'rows 9, 4, 5', 'rows 1, 2, 3, 4, 5 and 3 more']);
  });
});
