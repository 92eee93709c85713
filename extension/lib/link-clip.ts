/**
 * A link as a clip: its address, a title (the selected link text, else the file name), whether it
 * is a PDF (saved with the PDF itself as the snapshot), and where it was linked from. The one place
 * the popup (?link=) and the "Save this link" menu read a link (linkPage).
 */
import type { PageFacts } from './messages.ts';

export function looksLikePdf(url: string, contentType = ''): boolean {
  if (contentType === 'application/pdf') return true;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export interface LinkClip {
  readonly url: string;
  readonly title: string;
  readonly isPdf: boolean;
  readonly excerpt: string;
}

export type LinkClipResult = ({ readonly ok: true } & LinkClip) | { readonly ok: false; readonly message: string };

/** A link's file name (its address's last path segment, decoded), '' when it has none; why not when the address is no address or its % escape is broken. */
export function fileNameOf(link: string): { ok: true; name: string } | { ok: false; message: string } {
  let path: string;
  try {
    path = new URL(link).pathname;
  } catch {
    return { ok: false, message: `The link “${link.slice(0, 80)}” is not a web address: open it and save the page instead.` };
  }
  const file = path.split('/').pop() ?? '';
  try {
    return { ok: true, name: decodeURIComponent(file) };
  } catch {
    // A broken escape is most often an address cut short or mistyped: ask rather than keep a bad link as evidence.
    return {
      ok: false,
      message: `The link's address has a malformed % escape in “${file.slice(0, 80)}”, so it may be cut short or mistyped: open the link and save the page itself.`,
    };
  }
}

export function linkClip(link: string, linkedFrom: string, selection = ''): LinkClipResult {
  const file = fileNameOf(link);
  if (!file.ok) return file;
  return { ok: true, url: link, title: selection.trim() || file.name || link, isPdf: looksLikePdf(link), excerpt: `Linked from ${linkedFrom}` };
}

/**
 * A link as the page it stands for: what the popup shows and the menu saves. Suggestions are made
 * from the link's own title and address, not the page it is on; no record date is read from that
 * page either (it dates the page, not the linked record). A PDF is saved as itself, else the link.
 */
export function linkPage(
  link: string,
  on: { readonly tabId: number; readonly url: string },
  selection = '',
): { ok: true; facts: PageFacts; snapshot: 'pdf' | 'none' } | { ok: false; message: string } {
  const clip = linkClip(link, on.url, selection);
  if (!clip.ok) return clip;
  const words = { title: clip.title, headings: [], url: clip.url, text: '' };
  const facts: PageFacts = {
    tabId: on.tabId,
    title: clip.title,
    url: clip.url,
    selection: '',
    excerpt: clip.excerpt,
    isPdf: clip.isPdf,
    dates: [],
    recordDate: null,
    words,
    limitation: null,
  };
  return { ok: true, facts, snapshot: clip.isPdf ? 'pdf' : 'none' };
}
