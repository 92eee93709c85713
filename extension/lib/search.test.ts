import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../test-support/fake-server.ts';
import { searchRequirements } from './search.ts';

describe('requirement search', () => {
  it('searches by word starts, id and row', () => {
    expect(searchRequirements('train', REQUIREMENTS).map((c) => c.id)).toEqual(['E5-02']);
    expect(searchRequirements('E4-01', REQUIREMENTS).map((c) => c.id)).toEqual(['E4-01']);
    expect(searchRequirements('row 5', REQUIREMENTS).map((c) => c.id)).toEqual(['E1-01']);
    expect(searchRequirements('', REQUIREMENTS)).toHaveLength(REQUIREMENTS.length);
  });
});
