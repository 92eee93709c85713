/**
 * A PDF's own text, read with pdf.js, so a PDF clip gets its record date from the same candidate
 * code as a web page (lib/record-date.ts): Chrome's PDF viewer shows the page no script can read.
 *
 * Where pdf.js runs: here, in the service worker, on pdf.js's "fake worker" (its worker code in this
 * thread). A service worker may not start a nested Worker, and it may not use import() ("Inside of
 * a Service Worker, only the static import is currently supported",
 * https://chromium.googlesource.com/chromium/src/+/main/content/browser/service_worker/es_modules.md),
 * so the worker module is imported statically: it sets globalThis.pdfjsWorker, which pdf.js uses
 * instead of a Worker or an import() ("If the creation of a web worker is not possible, a 'fake'
 * worker will be used instead", https://mozilla.github.io/pdf.js/api/draft/module-pdfjsLib-PDFWorker.html).
 * The other way, an offscreen document (https://developer.chrome.com/docs/extensions/reference/offscreen),
 * would keep pdf.js out of the worker's start-up, but costs a permission, a second page, messages
 * to it and back, and its one-at-a-time lifetime; the worker has no page to keep responsive, and
 * reading is bounded (below), so the simpler path is taken.
 *
 * The legacy build: it also loads in this repository's Node 20 (the unit tests); the modern one
 * needs Node 22's global Iterator as it loads.
 */
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LIMITS } from '../../shared/clip-protocol.ts';

/**
 * How much is read: a record states its date on its first page (a certificate is one page, a
 * report names its date at the top), later pages date other things (a schedule, the next
 * inspection), and the popup waits for this.
 */
export const PDF_READ = {
  /** Pages read from the start. */
  pages: 3,
  /** A PDF larger than a snapshot may be is not read: it could not be saved with the clip either. */
  bytes: LIMITS.snapshotBytes,
  /** Fetching, then reading, stops here each time (ms), and the popup goes on without the PDF's text. */
  ms: 10_000,
} as const;

export type PdfText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Why pdf.js could not open the file, in the words the popup shows. */
function reasonOf(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'The PDF is protected by a password, so its text cannot be read.';
  if (name === 'InvalidPDFException') return 'The file is not a readable PDF.';
  return `The PDF's text could not be read (${(error as Error)?.message || String(error)}).`;
}

/** The text of the PDF's first pages, at most `maxChars`, or why there is none to read. */
export async function pdfText(bytes: Uint8Array, maxChars: number): Promise<PdfText> {
  if (bytes.length > PDF_READ.bytes) return { ok: false, reason: 'The PDF is too large to read for its date.' };
  // pdf.js takes the buffer over (it is transferred to its worker): give it a copy.
  const task = getDocument({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PdfText>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'The PDF took too long to read.' }), PDF_READ.ms);
  });
  const read = (async (): Promise<PdfText> => {
    const pdf = await task.promise;
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= Math.min(pdf.numPages, PDF_READ.pages) && length < maxChars; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const page = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(page);
      length += page.length;
    }
    const text = pages
      .join('\n\n')
      .replace(/[ \t]+\n/g, '\n')
      .trim()
      .slice(0, maxChars);
    return text ? { ok: true, text } : { ok: false, reason: 'The PDF has no text to read (a scanned image?).' };
  })().catch((error: unknown) => ({ ok: false, reason: reasonOf(error) }) as const);
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}
