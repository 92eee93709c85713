import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../test-support/fake-server.ts';
import { searchRequirements, suggest } from './suggest.ts';

describe('requirement suggestions and search', () => {
  it('ranks the training requirement first for a training certificate', () => {
    const page = 'Certificate of Completion. This certifies that J. Patel completed Fall Protection training on October 2, 2026.';
    expect(suggest(page, REQUIREMENTS)[0]?.choice.id).toBe('E5-02');
  });

  it('ranks inspections first for an inspection report', () => {
    expect(suggest('Monthly site inspection checklist, completed by the supervisor', REQUIREMENTS)[0]?.choice.id).toBe('E4-01');
  });

  it('suggests nothing for a page with no common words', () => {
    expect(suggest('Weather forecast for Calgary', REQUIREMENTS)).toEqual([]);
  });

  it('searches by word starts, id and row', () => {
    expect(searchRequirements('train', REQUIREMENTS).map((c) => c.id)).toEqual(['E5-02']);
    expect(searchRequirements('E4-01', REQUIREMENTS).map((c) => c.id)).toEqual(['E4-01']);
    expect(searchRequirements('row 5', REQUIREMENTS).map((c) => c.id)).toEqual(['E1-01']);
    expect(searchRequirements('', REQUIREMENTS)).toHaveLength(REQUIREMENTS.length);
  });
});
