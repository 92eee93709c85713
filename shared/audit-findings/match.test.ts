import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates.ts';
import { matchFindings, readAuditFindings } from './match.ts';
import { parseFindingsText } from './parse.ts';
import { FIVE_FINDINGS } from '../test-support/audit-report.ts';

const TODAY = dayFromIso('2026-11-02')!;
const read = (report: string | (string | null)[][]) => readAuditFindings(report, { year: 2026, today: TODAY, order: 'month-first' });

describe('readAuditFindings', () => {
  it("matches a CP report's five findings to the requirements they mean, with proposed due dates and source labels", () => {
    const findings = read(FIVE_FINDINGS);
    expect(findings.map((f) => [f.number, f.requirement, f.matchedBy])).toEqual([
      // "Each hazard assessment shows the date prepared or revised": named by the report.
      ['1', 'E2-02', 'reference'],
      // "Worksite inspections completed to the company's own schedule over the last 12 months".
      ['2', 'E4-02', 'wording'],
      // "Investigation reports (incl. near misses) show causes and corrective actions".
      ['3', 'E7-02', 'wording'],
      // "ERP kept current (contacts; sites; equipment)".
      ['4', 'E6-03', 'wording'],
      // "Every new or transferred worker received a documented orientation before work" (checklist signed by worker).
      ['5', 'E5-01', 'wording'],
    ]);
    expect(findings[0]).toMatchObject({ score: 1, candidates: [], owner: null, element: 'E2', source: '2026 audit, finding 1' });
    expect(findings[1]!.score).toBeGreaterThanOrEqual(0.55);
    for (const f of findings) expect(f.due).toEqual({ date: '2026-12-02', proposed: true, rule: 'proposed: 30 days for a finding on a scored element' });
  });

  it('matches findings worded as CP reports word them across the elements, each checked by hand against the checklist', () => {
    const cases: [string, string][] = [
      ["The company's health and safety policy was not signed or dated by the owner.", 'E1-01'],
      ['Workers interviewed could not describe the right to refuse dangerous work.', 'E1-07'],
      ['Field level hazard assessments were not completed at two of the three sites visited.', 'E2-05'],
      ["There is no preventive maintenance schedule for the company's vehicles and equipment.", 'E3-05'],
      ['PPE is not inspected and no inspection records exist.', 'E3-04'],
      ['Training records do not show expiry dates for fall protection certificates.', 'E5-02'],
      ['No first aid record is kept for minor injuries.', 'E7-06'],
      ['Corrective actions from incident investigations are not tracked to closure.', 'E7-07'],
      ['Toolbox talks are held but no attendance is recorded.', 'E8-01'],
      ['The working alone procedure does not include a check-in schedule.', 'E9-06'],
    ];
    const findings = read(cases.map(([text], i) => `${i + 1}. ${text}`).join('\n'));
    expect(findings.map((f) => [f.text, f.requirement])).toEqual(cases);
  });

  it('takes an explicit E7-02 over the wording, and a stated due date over the rule', () => {
    const [f] = read('Finding 7: E7-02 - Root causes are missing from the incident file. Due: January 15, 2027.');
    expect(f).toMatchObject({
      number: '7',
      requirement: 'E7-02',
      matchedBy: 'reference',
      score: 1,
      source: '2026 audit, finding 7',
      due: { date: '2027-01-15', proposed: false, rule: 'stated in the report' },
    });
  });

  it('matches the words within the element a reference names when its question is not in the checklist', () => {
    const [f] = read('1. Element 6, Q6.12 - No records of fire drills or evacuation exercises.');
    expect(f).toMatchObject({ element: 'E6', requirement: 'E6-05', matchedBy: 'wording' });
  });

  it('reads paragraphs and bullets, and proposes 60 days for a recommendation', () => {
    const findings = read(
      [
        'Safety meeting minutes do not record who attended.',
        '',
        'Deficiencies noted on inspection forms were not assigned to anyone',
        'or dated when corrected.',
        '',
        'Recommendations:',
        '',
        '• Consider a first aid kit inspection log for the service truck.',
      ].join('\n'),
    );
    expect(findings.map((f) => [f.kind, f.requirement, f.due.date, f.source])).toEqual([
      ['finding', 'E8-01', '2026-12-02', '2026 audit, finding 1'],
      ['finding', 'E4-03', '2026-12-02', '2026 audit, finding 2'],
      ['recommendation', 'E6-06', '2027-01-01', '2026 audit, recommendation 3'],
    ]);
    expect(findings[2]!.due.rule).toBe('proposed: 60 days for a recommendation');
  });

  it('reads a CSV grid of findings', () => {
    const findings = read([
      ['Finding #', 'Element', 'Question', 'Finding', 'Due'],
      ['1', '3', '3.5', 'No maintenance records for the compressor', ''],
      ['2', '', '', 'Hazard assessments were not reviewed when new equipment was introduced', '2027-03-01'],
    ]);
    expect(findings.map((f) => [f.number, f.requirement, f.matchedBy, f.due.date, f.due.proposed])).toEqual([
      ['1', 'E3-05', 'reference', '2026-12-02', true],
      ['2', 'E2-03', 'wording', '2027-03-01', false],
    ]);
  });

  it('never throws on text made of the pieces reports are made of, in any order', () => {
    const pieces = [
      '1.',
      'Finding 3:',
      '•',
      '-',
      'E7-02',
      'Element 4, Q4.3',
      '(4.3)',
      'Due:',
      'March 31, 2027',
      'Page 2 of 5',
      'AUDIT FINDINGS',
      'Recommendations:',
      'no drill records',
      '\n',
      '\n\n',
      ':',
      '(',
      'E9-99',
      'Q0.0',
      '2.5 m',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? ' ' : '\n');
      expect(() => read(text)).not.toThrow();
      expect(() => read(text.split('\n').map((line) => line.split(' ')))).not.toThrow();
    }
  });

  it('leaves an unsure finding unmatched, with its candidates, and a finding on unscored E0 gets 60 days', () => {
    const [vague, gate] = matchFindings(
      parseFindingsText('1. Records were incomplete.\n2. E0-08 The submission package lacked the signed code of ethics.', 'month-first'),
      { year: 2027, today: TODAY },
    );
    expect(vague).toMatchObject({ requirement: null, matchedBy: 'none', element: null, source: '2027 audit, finding 1' });
    expect(vague!.score).toBeLessThan(0.55);
    expect(gate).toMatchObject({ requirement: 'E0-08', due: { date: '2027-01-01', rule: 'proposed: 60 days for a finding on an unscored element' } });
  });
});
