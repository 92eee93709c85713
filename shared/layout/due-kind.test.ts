import { describe, expect, it } from 'vitest';
import { dueKindOf } from './due-kind.ts';

describe('dueKindOf', () => {
  it('reads a next occurrence', () => {
    for (const h of ['Next due', 'Next Due Date', 'NEXT INSPECTION', 'Next review', 'Nxt due', 'next', 'Prochaine révision'])
      expect(dueKindOf(h), h).toBe('next');
  });

  it('reads an expiry', () => {
    for (const h of [
      'Expiry',
      'Expiry date',
      'Expires',
      'Expiration',
      'Renewal',
      'Renewal date',
      'Valid until',
      'Valid to',
      'Cert expires / next due',
      'Recert date',
      'Good until',
      'Valid till',
      'Good till',
      'Exp. date',
      'Exp',
    ])
      expect(dueKindOf(h), h).toBe('expiry');
  });

  it('reads a plain deadline, and takes a header that says nothing more as one', () => {
    for (const h of ['Due', 'Due date', 'Deadline', 'Target', 'Target date', 'Due by', 'Review by', 'Échéance', '']) expect(dueKindOf(h), h).toBe('deadline');
  });
});
