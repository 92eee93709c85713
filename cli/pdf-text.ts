/**
 * Text the PDF's standard fonts can draw. Helvetica in a PDF writes WinAnsi (Windows-1252): Latin-1
 * and a few more (curly quotes, dashes, the euro). Anything else, a Polish "ł", a Vietnamese "ễ", an
 * emoji, is turned into its nearest Latin letters, else "?", so a team's names never break a pack.
 */

/** The characters beyond Latin-1 that WinAnsi has (its 0x80-0x9F row). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters that do not fall apart into a base letter and marks. */
const LATIN_FALLBACK: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'ng', Ŋ: 'NG', '\u2212': '-', '\u2010': '-', '\u2011': '-', '\u2192': '->', '\u2190': '<-', '\u2264': '<=', '\u2265': '>=', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2002': ' ', '\u2003': ' ' };

function drawable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** `text` with every character the standard fonts cannot draw replaced; control characters become spaces. */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text) {
    if (drawable(char)) out += char;
    else if (char === '\n' || char === '\t' || char === '\r') out += ' ';
    else if (LATIN_FALLBACK[char] !== undefined) out += LATIN_FALLBACK[char];
    else {
      // "ễ" is "e" with marks: keep the base letter when it is drawable (in Latin-1 with one mark, "é", when that is).
      const composed = char.normalize('NFD').replace(/\p{M}+/gu, '');
      out += composed !== '' && [...composed].every(drawable) ? composed : '?';
    }
  }
  return out;
}
