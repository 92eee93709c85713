import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates.ts';
import { parseFindingsGrid, parseFindingsText } from './parse.ts';

const texts = (report: string) => parseFindingsText(report, 'month-first').map((f) => f.text);

describe('parseFindingsText', () => {
  it('reads numbered findings, their wrapped lines, and leaves out the title, preamble, headings and page footers', () => {
    const findings = parseFindingsText(
      [
        'ACME ROOFING LTD. - SECOR AUDIT REPORT',
        'Audit date: October 14, 2026',
        '',
        'AUDIT FINDINGS',
        '1. Element 2, Q2.2 - Two of the five formal hazard assessments did not show',
        'the date they were prepared or last revised.',
        '',
        'Page 2 of 5',
        '',
        '2. No worksite inspection records for March to June.',
        'The schedule calls for monthly inspections.',
      ].join('\n'),
      'month-first',
    );
    expect(findings.map((f) => [f.number, f.kind, f.text])).toEqual([
      ['1', 'finding', 'Element 2, Q2.2 - Two of the five formal hazard assessments did not show the date they were prepared or last revised.'],
      ['2', 'finding', 'No worksite inspection records for March to June. The schedule calls for monthly inspections.'],
    ]);
    expect(findings[0]).toMatchObject({ reference: 'Element 2, Q2.2', element: 'E2', question: 2, due: null });
    expect(findings[1]).toMatchObject({ reference: null, element: null, question: null });
  });

  it('reads "Finding 3:" and bullets, numbering bullets by their place, and a "Recommendations:" heading makes the items below recommendations', () => {
    const findings = parseFindingsText(
      [
        'Finding 3: E7-02 Investigation reports lack root causes.',
        'Finding 4:',
        'No first aid kit in the service truck.',
        '',
        'Recommendations:',
        '• Hold an evacuation drill at the shop.',
        '- Post the HSR contact details.',
      ].join('\n'),
      'month-first',
    );
    expect(findings.map((f) => [f.number, f.kind, f.reference])).toEqual([
      ['3', 'finding', 'E7-02'],
      ['4', 'finding', null],
      ['3', 'recommendation', null],
      ['4', 'recommendation', null],
    ]);
    expect(findings[1]!.text).toBe('No first aid kit in the service truck.');
  });

  it('reads a label naming the kind, after a number or alone: "1. Finding: ...", "Recommendation - ..."', () => {
    const findings = parseFindingsText(
      'Finding: No drill records.\nRecommendation - Hold a drill at the shop.\nObservation: first aid kit short of gauze.',
      'month-first',
    );
    expect(findings.map((f) => [f.number, f.kind, f.text])).toEqual([
      ['1', 'finding', 'No drill records.'],
      ['2', 'recommendation', 'Hold a drill at the shop.'],
      ['3', 'finding', 'first aid kit short of gauze.'],
    ]);
    expect(parseFindingsText('4. Recommendation: Post the HSR name.', 'month-first').map((f) => [f.number, f.kind, f.text])).toEqual([
      ['4', 'recommendation', 'Post the HSR name.'],
    ]);
  });

  it('keeps "Recommendation: ..." under a numbered finding as its recommendation, over its wrapped lines', () => {
    const findings = parseFindingsText(
      ['1. No drill records for 2026.', 'Recommendation: Hold a fire drill at the shop', 'and record the debrief.', '2. Minutes lack attendance.'].join('\n'),
      'month-first',
    );
    expect(findings.map((f) => [f.number, f.kind, f.text, f.recommendation])).toEqual([
      ['1', 'finding', 'No drill records for 2026.', 'Hold a fire drill at the shop and record the debrief.'],
      ['2', 'finding', 'Minutes lack attendance.', null],
    ]);
  });

  it('reads one finding a paragraph when nothing is numbered, and one a line when no blank line parts them', () => {
    expect(texts('Hazard assessments are not dated\nby the supervisor.\n\nNo drills were held in 2026.\n')).toEqual([
      'Hazard assessments are not dated by the supervisor.',
      'No drills were held in 2026.',
    ]);
    expect(texts('Hazard assessments are not dated.\nNo drills were held in 2026.\nminutes lack attendance')).toEqual([
      'Hazard assessments are not dated.',
      'No drills were held in 2026. minutes lack attendance',
    ]);
  });

  it('reads a finding written in capitals as a finding, not a heading', () => {
    expect(texts('FINDINGS\n\nNO FIRST AID KIT IN THE SERVICE TRUCK.')).toEqual(['NO FIRST AID KIT IN THE SERVICE TRUCK.']);
  });

  it('reads the references CP reports write: E4-03, Element 4 Question 3, Q4.3, a leading or bracketed 4.3, and an element heading above', () => {
    const refs = (line: string) => {
      const [f] = parseFindingsText(line, 'month-first');
      return [f!.element, f!.question];
    };
    expect(refs('1. E4-03 deficiencies not dated')).toEqual(['E4', 3]);
    expect(refs('1. Element 4 Question 3: deficiencies not dated')).toEqual(['E4', 3]);
    expect(refs('1. Q4.3 deficiencies not dated')).toEqual(['E4', 3]);
    expect(refs('1. 4.3 Deficiencies not dated')).toEqual(['E4', 3]);
    expect(refs('1. Deficiencies not dated (4.3)')).toEqual(['E4', 3]);
    expect(refs('1. Element 6: no drill records')).toEqual(['E6', null]);
    expect(refs('1. Guardrails were 1.5 m short')).toEqual([null, null]);
    expect(refs('1. 2.5 m of guardrail missing at the loading dock')).toEqual([null, null]);
    expect(refs('ELEMENT 6 - EMERGENCY RESPONSE\n1. No drill records')).toEqual(['E6', null]);
  });

  it('reads a stated due date', () => {
    const [f] = parseFindingsText('1. No drill records. Due: March 31, 2027.', 'month-first');
    expect(f!.due).toBe(dayFromIso('2027-03-31'));
    const [g] = parseFindingsText('1. No drill records, target date 2027-01-15 per CP', 'month-first');
    expect(g!.due).toBe(dayFromIso('2027-01-15'));
  });

  it('never throws on messy text: empty, only headings and footers, odd characters', () => {
    for (const text of ['', '\n\n', 'AUDIT FINDINGS\nPage 1 of 2\n- 3 -', '•\n1.\n-', '\u0000\t###', 'x'.repeat(100_000)]) {
      expect(() => parseFindingsText(text, 'day-first')).not.toThrow();
    }
    expect(parseFindingsText('AUDIT FINDINGS\nRecommendations:\nPage 1 of 2\n- 3 -\n•\n1.', 'month-first')).toEqual([]);
  });
});

describe('parseFindingsGrid', () => {
  it('reads one finding a row under a Finding/Recommendation/Element/Question/Due header', () => {
    const findings = parseFindingsGrid(
      [
        ['2026 SECOR audit findings', '', '', '', ''],
        ['#', 'Element', 'Question', 'Finding', 'Recommendation', 'Due'],
        ['1', '4', '4.3', 'Deficiencies are not dated when corrected', 'Add a corrected-on column', '2027-02-01'],
        ['2', 'Element 6', '', 'No drill records', '', ''],
        ['', '', 'E7-02', '', 'Record root causes on investigation reports', ''],
        ['', '', '', '', '', ''],
      ],
      'month-first',
    );
    expect(findings).toEqual([
      {
        number: '1',
        kind: 'finding',
        text: 'Deficiencies are not dated when corrected',
        recommendation: 'Add a corrected-on column',
        reference: '4, 4.3',
        element: 'E4',
        question: 3,
        due: dayFromIso('2027-02-01'),
      },
      { number: '2', kind: 'finding', text: 'No drill records', recommendation: null, reference: 'Element 6', element: 'E6', question: null, due: null },
      {
        number: '3',
        kind: 'recommendation',
        text: 'Record root causes on investigation reports',
        recommendation: null,
        reference: 'E7-02',
        element: 'E7',
        question: 2,
        due: null,
      },
    ]);
  });

  it('reads a grid with no findings header as text, a line a row', () => {
    expect(parseFindingsGrid([['1. No drill records'], ['2. Minutes lack attendance']], 'month-first').map((f) => f.text)).toEqual([
      'No drill records',
      'Minutes lack attendance',
    ]);
    expect(parseFindingsGrid([], 'month-first')).toEqual([]);
  });
});
