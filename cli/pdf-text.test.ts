import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';

describe('pdfText', () => {
  it('keeps Latin-1 and the WinAnsi extras: accents, curly quotes, dashes, the euro', () => {
    const text = 'Zoë Côté – “signed” ‘2026’ — 5 € … Müller façade';
    expect(pdfText(text)).toBe(text);
  });

  it('brings other letters to their nearest drawable form', () => {
    expect(pdfText('Łukasz Żółć')).toBe('Lukasz Zólc');
    expect(pdfText('Nguyễn Thị Đào')).toBe('Nguyên Thi Dào');
    expect(pdfText('Şükrü Ğ')).toBe('Sükrü G');
  });

  it('writes what has no Latin form as "?", line breaks and tabs as spaces', () => {
    expect(pdfText('王 ✅ 😀')).toBe('? ? ?');
    expect(pdfText('a\nb\tc\u0007')).toBe('a b c?');
    expect(pdfText('x \u2212 y \u2192 z')).toBe('x - y -> z');
  });
});
