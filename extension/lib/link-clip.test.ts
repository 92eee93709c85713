import { describe, expect, it } from 'vitest';
import { linkClip, looksLikePdf } from './link-clip.ts';

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

  it('looks like a PDF by its path or its content type', () => {
    expect(looksLikePdf('https://x.example/a.PDF?x=1')).toBe(true);
    expect(looksLikePdf('https://x.example/a', 'application/pdf')).toBe(true);
    expect(looksLikePdf('::')).toBe(false);
  });
});
