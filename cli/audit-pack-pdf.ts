import PDFDocument from 'pdfkit';
import {
  type AuditPack,
  FINDING_WORD,
  type PackAction,
  type PackElement,
  type PackRequirement,
  PASS_ELEMENT_PERCENT,
  PASS_OVERALL_PERCENT,
  percentText,
} from '../shared/index.ts';
import { pdfText } from './pdf-text.ts';

const MARGIN = 54;
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const LINK = '#1a56db';
const COLOUR = { ready: '#1e7d46', gap: '#b45309', missing: '#b91c1c', 'n/a': MUTED } as const;
const BAR_BACK = '#e5e7eb';

type Doc = PDFKit.PDFDocument;

/** Room left on the page, in points, above the bottom margin. */
function roomLeft(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

/** A new page when fewer than `needed` points are left: a requirement's heading is never left alone at a page's foot. */
function keep(doc: Doc, needed: number): void {
  if (roomLeft(doc) < needed) doc.addPage();
}

/** A paragraph from the left margin (or `left` points in, every line of it), wrapped to the page. */
function text(doc: Doc, words: string, options: PDFKit.Mixins.TextOptions & { size?: number; bold?: boolean; color?: string; left?: number } = {}): void {
  const { size = 10, bold = false, color = INK, left = 0, ...rest } = options;
  doc
    .font(bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(size)
    .fillColor(color)
    .text(pdfText(words), MARGIN + left, doc.y, { width: doc.page.width - MARGIN * 2 - left, ...rest });
}

function bar(doc: Doc, x: number, y: number, width: number, fraction: number, colour: string): void {
  doc.rect(x, y, width, 9).fill(BAR_BACK);
  if (fraction > 0) doc.rect(x, y, width * fraction, 9).fill(colour);
  // The 50 % every element needs, as a tick a reviewer can read the bar against.
  const tick = x + width * (PASS_ELEMENT_PERCENT / 100);
  doc
    .moveTo(tick, y - 2)
    .lineTo(tick, y + 11)
    .lineWidth(0.8)
    .stroke(INK);
}

function titlePage(doc: Doc, pack: AuditPack): void {
  text(doc, 'SECOR audit pack', { size: 26, bold: true });
  text(doc, pack.team, { size: 16 });
  text(doc, `Built ${pack.date} by SECOR Ready from the team's own records`, { color: MUTED });
  doc.moveDown(1.5);
  text(doc, `Predicted: ${pack.pass ? 'PASS' : 'FAIL'}`, { size: 22, bold: true, color: pack.pass ? COLOUR.ready : COLOUR.missing });
  text(doc, `Overall ${percentText(pack.percent)} (a pass needs ${PASS_OVERALL_PERCENT} % overall and ${PASS_ELEMENT_PERCENT} % in every element)`, {
    size: 12,
  });
  doc.moveDown(0.5);
  for (const reason of pack.reasons) text(doc, `- ${reason}`, { color: MUTED, left: 10 });
  doc.moveDown(1);
  text(doc, 'Per element', { size: 13, bold: true });
  doc.moveDown(0.4);
  const nameWidth = 230;
  const barWidth = 150;
  for (const e of pack.elements) {
    keep(doc, 20);
    const y = doc.y;
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor(INK)
      .text(pdfText(`${e.id} ${e.name}`), MARGIN, y, { width: nameWidth, lineBreak: false, ellipsis: true });
    bar(doc, MARGIN + nameWidth + 8, y + 1, barWidth, e.bar, e.percent !== null && e.percent >= PASS_ELEMENT_PERCENT ? COLOUR.ready : COLOUR.missing);
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor(INK)
      .text(pdfText(`${percentText(e.percent)}, ${e.ready} of ${e.applicable}`), MARGIN + nameWidth + barWidth + 16, y, { lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + 18;
  }
  doc.moveDown(1);
  text(doc, 'How to read it', { size: 13, bold: true });
  text(
    doc,
    'Each element lists the requirements the audit checks from documents. "Yes (ready)" means every record behind it is current; under it, each piece of evidence with its date, where it is kept (sheet and row) and a link that opens it. A requirement with no evidence says so. The open actions close the pack.',
    { color: MUTED },
  );
}

function requirementBlock(doc: Doc, r: PackRequirement): void {
  // The heading, the requirement's words and its first evidence line stay together.
  keep(doc, 64);
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor(INK)
    .text(pdfText(`${r.id}  `), MARGIN, doc.y, { continued: true })
    .fillColor(COLOUR[r.finding])
    .text(pdfText(FINDING_WORD[r.finding]));
  text(doc, r.text, { color: MUTED });
  doc.moveDown(0.2);
  if (r.noEvidence !== null) text(doc, r.noEvidence, { left: 12, color: COLOUR.missing });
  for (const e of r.evidence) {
    keep(doc, 28);
    const note = e.note === '' ? '' : ` (${e.note})`;
    text(doc, `${e.label}${note}`, { left: 12, bold: e.finding === 'ready' });
    const first = `${e.date === null ? 'Undated' : `Dated ${e.date}`}  |  Kept in: `;
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(MUTED)
      .text(pdfText(first), MARGIN + 12, doc.y, { continued: true, width: doc.page.width - MARGIN * 2 - 12 });
    if (e.link === null) doc.text(pdfText(e.where));
    else doc.fillColor(LINK).text(pdfText(e.where), { link: e.link, underline: true });
    doc.moveDown(0.25);
  }
  doc.moveDown(0.5);
}

function elementSection(doc: Doc, e: PackElement): void {
  keep(doc, 110);
  text(doc, `${e.id} ${e.name}`, { size: 15, bold: true });
  text(doc, `${percentText(e.percent)}: ${e.ready} of ${e.applicable} requirements ready`, { color: MUTED });
  doc.moveDown(0.6);
  if (e.requirements.length === 0) text(doc, 'Nothing in this element is judged from documents for this team.', { color: MUTED });
  for (const r of e.requirements) requirementBlock(doc, r);
  doc.moveDown(0.5);
}

function actionBlock(doc: Doc, a: PackAction): void {
  keep(doc, 46);
  const head = `${a.requirement ?? 'Unfiled'}: ${a.gap}  |  due ${a.due}${a.overdue ? ' (overdue)' : ''}  |  ${a.owner === '' ? 'owner to be picked' : a.owner}`;
  text(doc, head, { bold: true, color: a.overdue ? COLOUR.missing : INK });
  text(doc, a.item, { left: 12 });
  text(doc, `${a.suggested} (${a.source})`, { left: 12, color: MUTED, size: 9 });
  doc.moveDown(0.4);
}

/** "Page 3 of 7" at the foot of every page, written once the page count is known. */
function pageNumbers(doc: Doc, pack: AuditPack): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Text in the bottom margin would start a new page: the margin is lifted while the foot is written.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfText(`SECOR audit pack, ${pack.team}, ${pack.date}  |  Page ${i + 1} of ${count}`), MARGIN, doc.page.height - 34, {
        width: doc.page.width - MARGIN * 2,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The pack as a PDF (Letter, Helvetica): a title page with the prediction and a bar per element,
 * then each element's requirements with their evidence, dates, where each is kept and a link
 * annotation to it, then the open actions; pages numbered. Resolves to the file's bytes and its page count. Text is made drawable (see pdfText).
 */
export function auditPackPdf(pack: AuditPack): Promise<{ pdf: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: pdfText(`SECOR audit pack: ${pack.team}`), Author: 'SECOR Ready', CreationDate: new Date(`${pack.date}T12:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  let pages = 0;
  const done = new Promise<{ pdf: Buffer; pages: number }>((resolve, reject) => {
    doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), pages }));
    doc.on('error', reject);
  });
  titlePage(doc, pack);
  doc.addPage();
  for (const e of pack.elements) elementSection(doc, e);
  keep(doc, 80);
  text(doc, 'Open actions', { size: 15, bold: true });
  doc.moveDown(0.4);
  if (pack.actions.length === 0) text(doc, 'No open actions.', { color: MUTED });
  for (const a of pack.actions) actionBlock(doc, a);
  if (pack.toPrepare.length > 0) {
    keep(doc, 50);
    doc.moveDown(0.5);
    text(doc, 'Checked by interview or observation', { size: 13, bold: true });
    text(doc, `${pack.toPrepare.join(', ')}: not judged from documents; the team prepares for them (see the team briefing).`, { color: MUTED });
  }
  pageNumbers(doc, pack);
  pages = doc.bufferedPageRange().count;
  doc.end();
  return done;
}
