/** Test PDFs made with pdfkit, and what pdf.js lacks on this repository's Node to read them. */
import PDFDocument from 'pdfkit';

// pdfjs-dist 6 asks for Node 22 (its engines); this repository runs on Node 20, which lacks
// Promise.withResolvers (Chrome has it since 119). For the tests only.
const promises = Promise as unknown as { withResolvers?: () => unknown };
promises.withResolvers ??= () => {
  const out: Record<string, unknown> = {};
  out.promise = new Promise((resolve, reject) => Object.assign(out, { resolve, reject }));
  return out;
};

/** A PDF made with pdfkit: `draw` writes its pages. */
export async function makePdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A first-aid certificate whose expiry is written before its completion date. */
export function certificate(doc: PDFKit.PDFDocument): void {
  doc.fontSize(22).text('Certificate of Completion');
  doc.fontSize(12).text('This certifies that J. Patel has completed Standard First Aid with CPR Level C.');
  doc.text('Expires: March 3, 2029');
  doc.text('Date of completion: March 3, 2026');
}
