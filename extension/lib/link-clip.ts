/**
 * A link as a clip: its address, a title (the selected link text, else the file name), whether it
 * is a PDF (saved with the PDF itself as the snapshot), and where it was linked from. The one place
 * the popup (?link=) and the "Save this link" menu read a link.
 */
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

export function linkClip(link: string, linkedFrom: string, selection = ''): LinkClipResult {
  let path: string;
  try {
    path = new URL(link).pathname;
  } catch {
    return { ok: false, message: `The link “${link.slice(0, 80)}” is not a web address: open it and save the page instead.` };
  }
  const file = path.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(file);
  } catch {
    // A broken escape is most often an address cut short or mistyped: ask rather than keep a bad link as evidence.
    return {
      ok: false,
      message: `The link's address has a malformed % escape in “${file.slice(0, 80)}”, so it may be cut short or mistyped: open the link and save the page itself.`,
    };
  }
  return { ok: true, url: link, title: selection.trim() || name || link, isPdf: looksLikePdf(link), excerpt: `Linked from ${linkedFrom}` };
}
