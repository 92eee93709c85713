/**
 * Reading the page on demand (activeTab + scripting: no content script runs on every page) and
 * taking its snapshot: the page archive (pageCapture MHTML), a screenshot (PNG), or a PDF's bytes.
 */
import { LIMITS, type Snapshot, type SnapshotKind } from '../../shared/clip-protocol.ts';
import { bytesToBase64 } from '../lib/base64.ts';
import { fileNameOf, looksLikePdf } from '../lib/link-clip.ts';
import type { PageFacts } from '../lib/messages.ts';
import { findRecordDates, recordDateOf } from '../lib/record-date.ts';
import { PDF_READ, pdfText } from './pdf-text.ts';

/** The most page text read for record dates and suggestions (a page's, or a PDF's first pages). */
const MAX_TEXT = 50_000;

interface RawFacts {
  title: string;
  url: string;
  selection: string;
  text: string;
  headings: string[];
  contentType: string;
}

/** Runs in the page (serialised by chrome.scripting): must not use anything from this module. */
function readPage(maxText: number): RawFacts {
  const selection = String(window.getSelection() ?? '').slice(0, maxText);
  const main = document.querySelector('main, article, [role="main"]') ?? document.body;
  // biome-ignore lint/performance/useDomNodeTextContent: the text as the page shows it (hidden text left out), where a record date is read.
  const text = ((main as HTMLElement | null)?.innerText ?? '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, maxText);
  const headings = [...document.querySelectorAll('h1, h2, h3')]
    // biome-ignore lint/performance/useDomNodeTextContent: headings as shown, as above.
    .map((h) => ((h as HTMLElement).innerText ?? '').trim())
    .filter(Boolean)
    .slice(0, 20);
  return { title: document.title, url: location.href, selection, text, headings, contentType: document.contentType };
}

/**
 * The page's title, address, selection, text excerpt and candidate record dates. A PDF's text is
 * read from the file itself (`fetchFn`), since the viewer's page has none; when it cannot be, the
 * popup says why and the clip goes on without a proposed date.
 */
export async function capturePage(fetchFn: typeof fetch, tabId: number, today = new Date()): Promise<PageFacts> {
  const tab = await chrome.tabs.get(tabId);
  let raw: RawFacts | null = null;
  let limitation: string | null = null;
  try {
    const [result] = await chrome.scripting.executeScript({ target: { tabId }, func: readPage, args: [MAX_TEXT] });
    raw = (result?.result as RawFacts | undefined) ?? null;
  } catch (error) {
    limitation = `The page's text could not be read (${(error as Error).message}); its title and address are saved.`;
  }
  const url = raw?.url ?? tab.url ?? '';
  if (!/^https?:\/\//i.test(url)) {
    throw new Error(
      url
        ? `Only web pages (http or https) can be saved as evidence, not ${url.split(':')[0]}: pages.`
        : 'The clipper may not read this tab: click its button (or use its shortcut) on the page itself.',
    );
  }
  const isPdf = looksLikePdf(url, raw?.contentType);
  // Chrome's PDF viewer has no document title of its own (the page reads "about:blank"): a PDF is
  // named by its file name.
  const file = isPdf ? fileNameOf(url) : null;
  const title = ((file?.ok && file.name) || raw?.title || tab.title || url).slice(0, LIMITS.title);
  const selection = raw?.selection.trim() ?? '';
  let text = raw?.text ?? '';
  if (isPdf) {
    const pdf = await fetchPdf(fetchFn, url, AbortSignal.timeout(PDF_READ.ms));
    const read = pdf.ok ? await pdfText(pdf.bytes, MAX_TEXT) : { ok: false as const, reason: pdf.message };
    if (read.ok) text = read.text;
    else limitation = read.reason;
  }
  const dates = findRecordDates({ selection, text, title }, today);
  return {
    tabId,
    title,
    url,
    selection: selection.slice(0, LIMITS.excerpt),
    excerpt: (selection || text).slice(0, LIMITS.excerpt),
    isPdf,
    dates: dates.slice(0, 5),
    recordDate: recordDateOf(dates),
    words: { title, headings: raw?.headings ?? [], url, text: (selection || text).slice(0, 3000) },
    limitation,
  };
}

export type SnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; code: string; message: string; alternatives: (SnapshotKind | 'none')[] };

const EXTENSION: Record<SnapshotKind, string> = { mhtml: 'mhtml', png: 'png', pdf: 'pdf' };

export function snapshotName(title: string, kind: SnapshotKind): string {
  const base =
    title
      .replace(/\.(pdf|html?|mhtml|png)$/i, '')
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'evidence';
  return `${base}.${EXTENSION[kind]}`;
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

function tooLarge(bytes: number, kind: SnapshotKind): SnapshotResult {
  return {
    ok: false,
    code: 'snapshot-too-large',
    message: `The ${kind === 'mhtml' ? 'page archive' : kind === 'pdf' ? 'PDF' : 'screenshot'} is ${mb(bytes)} MB, over the ${mb(LIMITS.snapshotBytes)} MB limit: save a screenshot or the link only instead.`,
    alternatives: kind === 'png' ? ['none'] : ['png', 'none'],
  };
}

/** A fetched PDF, or why not; `tooLarge` is its declared size when that is over the snapshot limit (it is not downloaded). */
type FetchedPdf = { ok: true; bytes: Uint8Array } | { ok: false; message: string; tooLarge?: number };

/** Fetches a PDF (the tab's own, or a link's) with the extension's access, checking it is one; `signal` may cut it short. */
export async function fetchPdf(fetchFn: typeof fetch, url: string, signal?: AbortSignal): Promise<FetchedPdf> {
  try {
    const response = await fetchFn(url, { credentials: 'include', signal });
    if (!response.ok) return { ok: false, message: `The PDF could not be fetched (HTTP ${response.status}).` };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > LIMITS.snapshotBytes) {
      void response.body?.cancel();
      return { ok: false, message: `The PDF is ${mb(declared)} MB, over the ${mb(LIMITS.snapshotBytes)} MB limit.`, tooLarge: declared };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') return { ok: false, message: 'The link does not lead to a PDF file.' };
    return { ok: true, bytes };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { ok: false, message: 'The PDF took too long to fetch.' };
    return {
      ok: false,
      message: `The PDF could not be fetched (${(error as Error).message}): the site may not allow it; save a screenshot or the link instead.`,
    };
  }
}

/**
 * The page archive. Chromium writes it to a temporary file behind the Blob, and reading that file
 * now and then fails ("A requested file or directory could not be found"): try up to three times.
 */
async function archive(tabId: number): Promise<Uint8Array> {
  let last: unknown = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const blob = await chrome.pageCapture.saveAsMHTML({ tabId });
      if (!blob) throw new Error('the browser made no archive');
      return new Uint8Array(await blob.arrayBuffer());
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

export async function takeSnapshot(
  fetchFn: typeof fetch,
  kind: SnapshotKind,
  target: { tabId: number | null; url: string; title: string },
): Promise<SnapshotResult> {
  let bytes: Uint8Array;
  if (kind === 'pdf') {
    const pdf = await fetchPdf(fetchFn, target.url);
    if (!pdf.ok) {
      if (pdf.tooLarge) return tooLarge(pdf.tooLarge, kind);
      return { ok: false, code: 'snapshot-failed', message: pdf.message, alternatives: target.tabId === null ? ['none'] : ['png', 'none'] };
    }
    bytes = pdf.bytes;
  } else {
    if (target.tabId === null)
      return { ok: false, code: 'snapshot-failed', message: 'Only a PDF link can be saved with a snapshot; save the link only.', alternatives: ['none'] };
    try {
      if (kind === 'mhtml') {
        bytes = await archive(target.tabId);
        if (bytes.length > LIMITS.snapshotBytes) return tooLarge(bytes.length, kind);
      } else {
        const tab = await chrome.tabs.get(target.tabId);
        if (!tab.active) throw new Error('the page is not the visible tab of its window: bring it to the front');
        const dataUrl = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
        const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
        const size = Math.floor((base64.length * 3) / 4);
        if (size > LIMITS.snapshotBytes) return tooLarge(size, kind);
        return { ok: true, snapshot: { kind, name: snapshotName(target.title, kind), base64 } };
      }
    } catch (error) {
      return {
        ok: false,
        code: 'snapshot-failed',
        message: `The ${kind === 'mhtml' ? 'page archive' : 'screenshot'} could not be taken (${(error as Error).message}).`,
        alternatives: kind === 'mhtml' ? ['png', 'none'] : ['none'],
      };
    }
  }
  if (bytes.length > LIMITS.snapshotBytes) return tooLarge(bytes.length, kind);
  return { ok: true, snapshot: { kind, name: snapshotName(target.title, kind), base64: bytesToBase64(bytes) } };
}
