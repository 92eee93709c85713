import { describe, expect, it } from 'vitest';
import { fileNameOf, linkClip, linkPage, looksLikePdf } from './link-clip.ts';

const FROM = 'https://training.example/courses';

describe('a link as a clip', () => {
  it('titles a link by the selected text, else its decoded file name, and knows a PDF', () => {
    expect(linkClip('https://training.example/files/First%20Aid.pdf', FROM)).toEqual({
      ok: true,
      url: 'https://training.example/files/First%20Aid.pdf',
      title: 'First Aid.pdf',
      isPdf: true,
      excerpt: `Linked from ${FROM}`,
    });
    expect(linkClip('https://training.example/files/First%20Aid.pdf', FROM, '  Your certificate ')).toMatchObject({ title: 'Your certificate' });
    expect(linkClip('https://training.example/', FROM)).toMatchObject({ ok: true, title: 'https://training.example/', isPdf: false });
  });

  it('refuses a malformed % escape and a link that is not an address, saying why', () => {
    expect(linkClip('https://training.example/files/cert%E0%A4%A.pdf', FROM)).toEqual({
      ok: false,
      message: expect.stringMatching(/malformed % escape in “cert%E0%A4%A\.pdf”.*open the link/),
    });
    expect(linkClip('https://training.example/files/100%.pdf', FROM)).toMatchObject({ ok: false, message: expect.stringMatching(/malformed % escape/) });
    expect(linkClip('not a link', FROM)).toMatchObject({ ok: false, message: expect.stringMatching(/is not a web address/) });
  });

  it('reads a file name from an address: decoded, empty for a folder', () => {
    expect(fileNameOf('https://x.example/docs/WHMIS%202026.pdf?dl=1')).toEqual({ ok: true, name: 'WHMIS 2026.pdf' });
    expect(fileNameOf('https://x.example/docs/')).toEqual({ ok: true, name: '' });
    expect(fileNameOf('https://x.example/100%.pdf')).toMatchObject({ ok: false });
  });

  it('makes one page of a link for the popup and the menu: its own words, no date from the page it is on, a PDF saved as itself', () => {
    const pdf = linkPage('https://training.example/files/First%20Aid.pdf', { tabId: 3, url: FROM });
    expect(pdf).toMatchObject({
      ok: true,
      snapshot: 'pdf',
      facts: {
        tabId: 3,
        title: 'First Aid.pdf',
        isPdf: true,
        recordDate: null,
        dates: [],
        excerpt: `Linked from ${FROM}`,
        words: { title: 'First Aid.pdf', headings: [], url: 'https://training.example/files/First%20Aid.pdf', text: '' },
      },
    });
    expect(linkPage('https://training.example/course/7', { tabId: 3, url: FROM })).toMatchObject({ ok: true, snapshot: 'none', facts: { isPdf: false } });
    expect(linkPage('https://training.example/100%.pdf', { tabId: 3, url: FROM })).toMatchObject({ ok: false });
  });

  it('looks like a PDF by its path or its content type', () => {
    expect(looksLikePdf('https://x.example/a.PDF?x=1')).toBe(true);
    expect(looksLikePdf('https://x.example/a', 'application/pdf')).toBe(true);
    expect(looksLikePdf('::')).toBe(false);
  });
});
