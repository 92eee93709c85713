import { describe, expect, it } from 'vitest';
import { readEvidence } from './evidence.ts';

describe('readEvidence', () => {
  it.each(['policy.pdf', 'https://drive.google.com/file/d/1/view', 'Binder, office shelf 2', 'Yes', 'Orientation - J. Patel signed.pdf', 'No. 4 binder'])(
    'reads %j as evidence',
    (text) => {
      expect(readEvidence(text)).toEqual({ kind: 'present', text });
    },
  );

  it.each(['TBD', 'none', '-', '?', 'No', 'need to find', 'missing', 'x', 'n/a yet', 'Not yet', 'To be filed', 'No record', '—', 'pending.'])(
    'reads the placeholder %j as missing evidence',
    (text) => {
      expect(readEvidence(text)).toEqual({ kind: 'missing', placeholder: text });
    },
  );

  it('reads an empty cell as missing with no placeholder', () => {
    expect(readEvidence('  ')).toEqual({ kind: 'missing', placeholder: null });
    expect(readEvidence(null)).toEqual({ kind: 'missing', placeholder: null });
  });

  it.each(['N/A', 'NA', 'Not applicable'])('reads %j as not applicable', (text) => {
    expect(readEvidence(text)).toEqual({ kind: 'n/a' });
  });
});
