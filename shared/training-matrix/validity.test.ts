import { describe, expect, it } from 'vitest';
import { COURSE_VALIDITY, validityOf } from './validity.ts';
import { courseOf } from '../sheet-kinds/courses.ts';

describe('course validity', () => {
  it('names a source for every entry, and a note for every proposal', () => {
    for (const [course, v] of Object.entries(COURSE_VALIDITY)) {
      expect(courseOf(course.toLowerCase()), course).toBe(course);
      expect(v.source.length, course).toBeGreaterThan(10);
      expect(v.years).toBeGreaterThan(0);
      if (v.status === 'proposal') expect(v.note, course).toBeTruthy();
    }
  });

  it('knows First Aid (3 years) and WHMIS (1 year, a proposal); not every course', () => {
    expect(validityOf('First Aid')?.years).toBe(3);
    expect(validityOf('WHMIS')).toMatchObject({ years: 1, status: 'proposal' });
    expect(validityOf('Forklift')).toBeNull();
    expect(validityOf(null)).toBeNull();
  });
});
