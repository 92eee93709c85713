import { describe, expect, it } from 'vitest';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import { INCIDENT_REQUIREMENTS, LOG_REQUIREMENTS } from './requirements.ts';

describe('the requirements a log evidences', () => {
  it('names only requirements the reference checklist holds', () => {
    const ids = new Set(REFERENCE_CHECKLIST.map((r) => r.id));
    const named = [...Object.values(LOG_REQUIREMENTS).flatMap((r) => [r.kept, r.actions]), ...Object.values(INCIDENT_REQUIREMENTS)].filter(
      (id): id is string => id !== null,
    );
    for (const id of named) expect(ids.has(id), id).toBe(true);
  });
});
