/**
 * Text the PDF's standard fonts can draw. Helvetica in a PDF writes WinAnsi (Windows-1252): Latin-1
 * and a few more (curly quotes, dashes, the euro). Anything else, a Polish "ł", a Vietnamese "ễ", an
 * emoji, is turned into its nearest Latin letters, else "?", so a team's names never break a pack.
 */

/** The characters beyond Latin-1 that WinAnsi has (its 0x80-0x9F row). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters that do not fall apart into a base letter and marks. */
const LATIN_FALLBACK: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'ng',
  Ŋ: 'NG',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
};

function drawable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** A letter with marks as near as the fonts can draw it: "ễ" drops marks from the last until "ê" is left; "?" when nothing drawable is left. */
function nearestDrawable(char: string): string {
  let parts = [...char.normalize('NFD')];
  while (parts.length > 1) {
    parts = parts.slice(0, -1);
    const composed = parts.join('').normalize('NFC');
    if ([...composed].every(drawable)) return composed;
  }
  return parts.length === 1 && drawable(parts[0]!) ? parts[0]! : '?';
}

/** `text` with every character the standard fonts cannot draw replaced; line breaks and tabs become spaces. */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text) {
    if (drawable(char)) out += char;
    else if (char === '\n' || char === '\t' || char === '\r') out += ' ';
    else if (LATIN_FALLBACK[char] !== undefined) out += LATIN_FALLBACK[char];
    else out += nearestDrawable(char);
  }
  return out;
}
