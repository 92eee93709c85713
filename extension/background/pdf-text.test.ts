import { describe, expect, it } from 'vitest';
import { findRecordDates, recordDateOf } from '../lib/record-date.ts';
import { certificate, makePdf } from '../test-support/pdf.ts';
import { PDF_READ, pdfText } from './pdf-text.ts';

describe('a PDF read for its record date', () => {
  it("gives the certificate's text, and the record-date candidates propose its completion date, not its expiry", async () => {
    const read = await pdfText(await makePdf(certificate), 50_000);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toContain('Date of completion: March 3, 2026');
    const dates = findRecordDates({ text: read.text }, new Date('2026-11-26T12:00:00Z'));
    expect(recordDateOf(dates)).toBe('2026-03-03');
    expect(dates.find((d) => d.date === '2029-03-03')!.score).toBeLessThan(0);
  });

  it(`reads the first ${PDF_READ.pages} pages only, and at most the characters asked for`, async () => {
    const pdf = await makePdf((doc) => {
      for (let n = 1; n <= PDF_READ.pages + 2; n++) {
        if (n > 1) doc.addPage();
        doc.text(`Page ${n} of the inspection report`);
      }
    });
    const read = await pdfText(pdf, 50_000);
    expect(read).toMatchObject({ ok: true });
    if (!read.ok) return;
    expect(read.text).toContain(`Page ${PDF_READ.pages} of`);
    expect(read.text).not.toContain(`Page ${PDF_READ.pages + 1} of`);
    expect(await pdfText(pdf, 10)).toEqual({ ok: true, text: 'Page 1 of ' });
  });

  it('a PDF with no text (a scanned image), a password, a damaged file or one too large: no text, and a short reason', async () => {
    expect(await pdfText(await makePdf((doc) => void doc.rect(50, 50, 200, 100).fill('#444')), 50_000)).toEqual({
      ok: false,
      reason: 'The PDF has no text to read (a scanned image?).',
    });
    expect(await pdfText(await makePdf(certificate, { userPassword: 'secret' }), 50_000)).toEqual({
      ok: false,
      reason: 'The PDF is protected by a password, so its text cannot be read.',
    });
    expect(await pdfText(new TextEncoder().encode('%PDF-1.7 not really'), 50_000)).toEqual({ ok: false, reason: 'The file is not a readable PDF.' });
    expect(await pdfText(new Uint8Array(PDF_READ.bytes + 1), 50_000)).toEqual({ ok: false, reason: 'The PDF is too large to read for its date.' });
  });
});
