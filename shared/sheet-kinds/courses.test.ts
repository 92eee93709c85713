import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../layout/header-words.ts';
import { courseOf } from './courses.ts';

const course = (header: string) => courseOf(normaliseHeader(header));

describe('courseOf', () => {
  it('names the course a matrix header heads, inside longer headers and in any case', () => {
    expect(course('First Aid')).toBe('First Aid');
    expect(course('Standard First Aid / CPR C (exp)')).toBe('First Aid');
    expect(course('WHMIS 2015')).toBe('WHMIS');
    expect(course('H2S Alive exp.')).toBe('H2S');
    expect(course('FALL PROTECTION')).toBe('Fall Protection');
    expect(course('Ground Disturbance 201')).toBe('Ground Disturbance');
    expect(course('tdg')).toBe('TDG');
    expect(course('CSTS-2020')).toBe('CSTS');
    expect(course('Confined Space Entry')).toBe('Confined Space');
    expect(course("Driver's Licence (class)")).toBe("Driver's Licence");
  });

  it('names no course for the worker, job and note columns beside them', () => {
    for (const header of ['Name', 'Worker', 'Position', 'Start date', 'Notes', 'Phone', 'Status', 'Evidence', '']) {
      expect(course(header)).toBeNull();
    }
  });

  it('matches whole words only: "pst" is not in "posted", "loader" is not "download"', () => {
    expect(course('Posted')).toBeNull();
    expect(course('Download link')).toBeNull();
  });
});
