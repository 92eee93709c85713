/**
 * Test support: a PDF's pages rendered IN CHROMIUM by pdf.js (pdfjs-dist's own build files, served
 * to the page from node_modules by a route), each to a canvas, with its text and its links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const PDFJS = join(import.meta.dirname, '..', 'node_modules', 'pdfjs-dist');
const ORIGIN = 'http://pdfjs.test';
const TYPES: Record<string, string> = { mjs: 'text/javascript', pfb: 'application/octet-stream', ttf: 'font/ttf', html: 'text/html' };

/** One rendered page: its text items joined by spaces, and the URLs of its link annotations (pdf.js keeps a file: link as unsafeUrl). */
export interface RenderedPage {
  readonly text: string;
  readonly links: readonly string[];
}

const VIEWER = `<!DOCTYPE html><html><body style="margin:0;background:#888">
<div id="pages"></div>
<script type="module">
import * as pdfjs from '/build/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/build/pdf.worker.mjs';
window.renderPdf = async (base64) => {
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const pdf = await pdfjs.getDocument({ data, standardFontDataUrl: '/standard_fonts/' }).promise;
  const out = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1.5 });
    const canvas = document.createElement('canvas');
    canvas.id = 'page-' + n;
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    canvas.style.display = 'block';
    canvas.style.marginBottom = '8px';
    document.getElementById('pages').append(canvas);
    await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    const text = (await page.getTextContent()).items.map((i) => i.str).join(' ');
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link' && (a.url || a.unsafeUrl)).map((a) => a.url || a.unsafeUrl);
    out.push({ text, links });
  }
  return out;
};
window.pdfjsReady = true;
</script></body></html>`;

/** Opens a page that renders `pdf` with pdf.js: returns the page (each PDF page a canvas #page-N) and what each page says. */
export async function renderPdfPages(browser: Browser, pdf: Buffer): Promise<{ page: Page; pages: RenderedPage[] }> {
  const page = await browser.newPage({ viewport: { width: 960, height: 1200 } });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: VIEWER });
    const file = join(PDFJS, path);
    if (!file.startsWith(PDFJS) || path.includes('..')) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as { pdfjsReady?: boolean }).pdfjsReady === true);
  const pages = await page.evaluate(
    (base64) => (window as unknown as { renderPdf(b: string): Promise<RenderedPage[]> }).renderPdf(base64),
    pdf.toString('base64'),
  );
  return { page, pages };
}
