import { describe, expect, it } from 'vitest';
import { readAsRegister } from './register.ts';

describe('readAsRegister', () => {
  it('reads one row per document with its revision and review cycle', () => {
    const reading = readAsRegister('Docs', [
      ['Doc #', 'Title', 'Version', 'Last reviewed', 'Review frequency'],
      ['HS-001', 'H&S Policy', '4', '2026-02-03', 'Annually'],
      ['HS-002', 'ERP', '2', '2026-01-12', 'Annually'],
    ]);
    expect(reading).toMatchObject({ kind: 'document-register' });
    expect(reading?.reasons).toEqual([
      'row 1 heads a document register: Doc # (A), Title (B), Version (C), Last reviewed (D), Review frequency (E)',
      '2 documents listed',
      'the sheet\'s name "Docs" says it lists documents',
    ]);
  });

  it('is no register without a revision, or a numbered title reviewed on a cycle', () => {
    expect(
      readAsRegister('Sheet1', [
        ['Document / Record', 'Where is it?', 'Date'],
        ['Policy', 'binder', '2026-01-01'],
        ['ERP', 'binder', '2026-01-01'],
      ]),
    ).toBeNull();
    expect(readAsRegister('Sheet1', [['rev 3 (Rob)'], ['Element', 'Requirement', 'Evidence'], ['E1', 'Policy', 'binder']])).toBeNull();
  });
});
