import { describe, expect, it } from 'vitest';
import type { AuditPack } from './pack.ts';
import { auditPackHtml, textBar } from './pack-html.ts';

const PACK: AuditPack = {
  team: 'Côté <Roofing> & "Sons"',
  date: '2026-11-26',
  pass: true,
  percent: 85,
  reasons: [],
  elements: [
    {
      id: 'E1',
      name: 'Management commitment & policy',
      percent: 100,
      ready: 1,
      applicable: 2,
      bar: 0.5,
      requirements: [
        {
          id: 'E1-01',
          text: 'Written H&S policy',
          finding: 'ready',
          evidence: [
            {
              label: 'Policy <signed>',
              date: '2026-03-02',
              where: 'Tracker, row 2',
              link: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0&range=A2',
              finding: 'ready',
              note: '',
            },
          ],
          noEvidence: null,
        },
        {
          id: 'E1-02',
          text: 'Policy states goals',
          finding: 'missing',
          evidence: [],
          noEvidence: 'No evidence: no tracker row, clip or evidence sheet covers it yet.',
        },
        {
          id: 'E1-04',
          text: 'Responsibilities',
          finding: 'gap',
          evidence: [{ label: 'Manual', date: null, where: 'Tracker, row 4', link: 'javascript:alert(1)', finding: 'gap', note: 'Evidence without a date' }],
          noEvidence: null,
        },
      ],
    },
  ],
  toPrepare: ['E3-07'],
  actions: [
    {
      requirement: 'E1-04',
      item: 'Responsibilities',
      gap: 'Evidence without a date',
      suggested: 'Enter the date.',
      owner: '',
      due: '2026-11-20',
      source: 'Tracker gap',
      overdue: true,
    },
  ],
};

describe('auditPackHtml', () => {
  const html = auditPackHtml(PACK);

  it('escapes every text the team wrote', () => {
    expect(html).toContain('<b>Côté &lt;Roofing&gt; &amp; &quot;Sons&quot;</b>, 2026-11-26');
    expect(html).toContain('Policy &lt;signed&gt;');
    expect(html).not.toContain('<signed>');
  });

  it('shows the verdict, a bar per element and each requirement with its evidence, date and a link to where it is kept', () => {
    expect(html).toContain('Predicted: <b>PASS</b> at 85.0 %');
    expect(html).toContain(`<td>E1 Management commitment &amp; policy</td><td>100.0 %</td><td>${textBar(0.5)}</td><td>1 of 2 ready</td>`);
    expect(html).toContain('<h3>E1-01: Yes (ready)</h3><p>Written H&amp;S policy</p>');
    expect(html).toContain(
      '<tr><td>Policy &lt;signed&gt;</td><td>2026-03-02</td><td><a href="https://docs.google.com/spreadsheets/d/x/edit#gid=0&amp;range=A2">Tracker, row 2</a></td></tr>',
    );
    expect(html).toContain(
      '<h3>E1-02: No evidence</h3><p>Policy states goals</p><p><i>No evidence: no tracker row, clip or evidence sheet covers it yet.</i></p>',
    );
  });

  it('keeps a link that is not http(s) as text, and flags an overdue action', () => {
    expect(html).toContain('<td>Manual <i>(Evidence without a date)</i></td><td>undated</td><td>Tracker, row 4</td>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<td>2026-11-20 <b>(overdue)</b></td>');
    expect(html).toContain('<td>to be picked</td>');
  });

  it('draws a bar of ten blocks', () => {
    expect(textBar(0)).toBe('░░░░░░░░░░');
    expect(textBar(0.67)).toBe('███████░░░');
    expect(textBar(2)).toBe('██████████');
  });
});
