import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, actionStatusOf, isActionFinished } from './action-lines.ts';

describe('action statuses', () => {
  it('reads the team\'s Status cell in any case and spacing, empty as Open', () => {
    expect(actionStatusOf('  in   PROGRESS ')).toBe('In progress');
    expect(actionStatusOf('')).toBe('Open');
    expect(actionStatusOf('verified')).toBe('Verified');
    expect(actionStatusOf('waiting on parts')).toBeNull();
  });

  it('counts only Done and Verified as finished', () => {
    expect(ACTION_STATUSES.filter(isActionFinished)).toEqual(['Done', 'Verified']);
    expect(isActionFinished(null)).toBe(false);
  });
});
