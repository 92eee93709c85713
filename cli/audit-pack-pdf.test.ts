import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AuditPack, PackElement, PackRequirement } from '../shared/index.ts';
import { auditPackPdf } from './audit-pack-pdf.ts';

/** The WinAnsi codes these tests meet beyond Latin-1 (Node's TextDecoder may lack windows-1252). */
const CP1252: Record<number, string> = { 128: '€', 133: '…', 145: '‘', 146: '’', 147: '“', 148: '”', 150: '–', 151: '—' };

/**
 * What the PDF's pages write, in order: the strings of every content stream (pdfkit writes them as
 * hex WinAnsi codes, split at kerning), decoded. Enough to check wording without a PDF reader in Node.
 */
function pageText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let text = '';
  for (const m of raw.matchAll(/\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const stream = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    for (const line of stream.split('\n')) {
      if (!/T[Jj]$/.test(line)) continue;
      text += `${[...line.matchAll(/<([0-9a-f]*)>/g)].map((h) => [...Buffer.from(h[1]!, 'hex')].map((b) => CP1252[b] ?? String.fromCharCode(b)).join('')).join('')}\n`;
    }
  }
  return text;
}

const evidence = (label: string, row: number) => ({
  label,
  date: '2026-03-02',
  where: `Tracker, row ${row}`,
  link: `https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A${row}`,
  finding: 'ready' as const,
  note: '',
});
const ready = (id: string, row: number, label = `Record for ${id}`): PackRequirement => ({
  id,
  text: `Requirement ${id} in words long enough to wrap across the width of the page when it is printed at ten points, as real ones do`,
  finding: 'ready',
  evidence: [evidence(label, row)],
  noEvidence: null,
});
const element = (n: number, requirements: PackRequirement[]): PackElement => ({
  id: `E${n}` as PackElement['id'],
  name: `Element ${n}`,
  percent: 60,
  ready: requirements.length,
  applicable: requirements.length,
  bar: 0.6,
  requirements,
});

const PACK: AuditPack = {
  team: 'Łukasz Żółć & Nguyễn Roofing “West” 😀',
  date: '2026-11-26',
  pass: false,
  percent: 61.5,
  reasons: ['Predicted score is 61.5 %, below the 80 % pass mark.'],
  elements: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) =>
    element(
      n,
      Array.from({ length: 6 }, (_, i) =>
        ready(`E${n}-0${i + 1}`, n * 10 + i, n === 1 && i === 0 ? 'Policy signed by Zoë Côté – 2026 “rev 4”, Łódź office 王' : undefined),
      ),
    ),
  ),
  toPrepare: ['E3-07'],
  actions: [
    {
      requirement: 'E4-02',
      item: 'Inspections',
      gap: 'Missing evidence',
      suggested: 'File the inspection forms.',
      owner: '',
      due: '2026-11-20',
      source: 'Tracker gap',
      overdue: true,
    },
  ],
};

describe('auditPackPdf', () => {
  it('writes a PDF of several numbered pages: the title page, the elements, the open actions', async () => {
    const { pdf, pages } = await auditPackPdf(PACK);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toBeGreaterThan(3);
    const text = pageText(pdf);
    expect(text).toContain('Predicted: FAIL');
    expect(text).toContain('Overall 61.5 %');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Open actions');
    expect(text).toContain('due 2026-11-20 (overdue)');
    expect(text.indexOf('E9-06')).toBeGreaterThan(text.indexOf('E1-01'));
  });

  it('draws names and words beyond WinAnsi in their nearest Latin form instead of failing', async () => {
    const text = pageText((await auditPackPdf(PACK)).pdf);
    expect(text).toContain('Lukasz Zólc & Nguyên Roofing “West” ?');
    expect(text).toContain('Policy signed by Zoë Côté – 2026 “rev 4”, Lódz office ?');
  });

  it('links each piece of evidence with a real link annotation to its place', async () => {
    const raw = (await auditPackPdf(PACK)).pdf.toString('latin1');
    // pdfkit writes each link as an annotation and its URI action as objects of their own.
    const annotations = raw.match(/\/Subtype \/Link\n\/A \d+ 0 R/g) ?? [];
    const links = [...raw.matchAll(/\/S \/URI\n\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(annotations).toHaveLength(54);
    expect(links).toHaveLength(54);
    expect(links).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A10');
  });

  it('says so under a requirement with no evidence', async () => {
    const none: PackRequirement = {
      id: 'E2-03',
      text: 'Formal HA repeated',
      finding: 'missing',
      evidence: [],
      noEvidence: 'No evidence: no tracker row, clip or evidence sheet covers it yet.',
    };
    const text = pageText((await auditPackPdf({ ...PACK, elements: [element(2, [none])], actions: [] })).pdf);
    expect(text).toContain('E2-03');
    expect(text).toContain('No evidence: no tracker row, clip or evidence sheet covers it yet.');
    expect(text).toContain('No open actions.');
  });
});
