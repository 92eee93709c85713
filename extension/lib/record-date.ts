/**
 * The record's own date (completed, issued, inspected, signed) found in a page's selection or text
 * with a natural-language date parser. Expiry, due and renewal dates are not the record date.
 */
import { strict as parser } from 'chrono-node/en';

export interface DateCandidate {
  /** YYYY-MM-DD */
  readonly date: string;
  /** The words around it, for the popup. */
  readonly context: string;
  readonly score: number;
  readonly fromSelection: boolean;
}

const RECORD_WORDS =
  /\b(complet(?:ed|ion)|issued?|dated?|awarded|certif(?:ied|icate)|conducted|inspect(?:ed|ion)|performed|signed|attended|passed|achieved|held|taken|on)\b/gi;
const NOT_RECORD_WORDS =
  /\b(expir(?:y|es|ed|ation)|valid\s+(?:until|through|to|thru)|due|renew(?:al|s)?|next|until|recertif(?:y|ication)|by|before|good\s+(?:until|through))\b/gi;
const STRONG = /\b(complet(?:ed|ion)|issued?|dated?|date\s+of|inspection\s+date|conducted|signed)\b/i;

function lastMatchDistance(before: string, pattern: RegExp): number | null {
  let distance: number | null = null;
  for (const m of before.matchAll(pattern)) distance = before.length - (m.index + m[0].length);
  return distance;
}

/** The date with a few words either side, within its own line, cut at word boundaries, for the popup to quote. */
function wordsAround(text: string, start: number, end: number): string {
  // A line above ("Expires: March 3, 2029") dates something else; drop a word cut in half at either end.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  const lineEnd = next < 0 ? text.length : next;
  const before = start - 40 > lineStart ? text.slice(start - 40, start).replace(/^\S*\s/, '') : text.slice(lineStart, start);
  const after = end + 12 < lineEnd ? text.slice(end, end + 12).replace(/\s\S*$/, '') : text.slice(end, lineEnd);
  return `${before}${text.slice(start, end)}${after}`.replace(/\s+/g, ' ').trim();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function candidatesIn(text: string, fromSelection: boolean, reference: Date): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const result of parser.parse(text, reference)) {
    const start = result.start;
    // A record date names a day: "October 2026" or "the 2nd" alone is not one.
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null || year < 1990 || year > 2100) continue;
    const before = text.slice(Math.max(0, result.index - 60), result.index);
    const record = lastMatchDistance(before, RECORD_WORDS);
    const notRecord = lastMatchDistance(before, NOT_RECORD_WORDS);
    let score = 1;
    if (!start.isCertain('year')) score -= 0.5;
    if (record !== null) score += STRONG.test(before.slice(before.length - record - 30)) ? 3 : 1.5;
    if (record !== null) score -= Math.min(1, record / 60);
    // The nearest keyword decides: "Issued 1 May · Expires 1 May" gives each date its own word.
    if (notRecord !== null && (record === null || notRecord < record)) score -= 5;
    if (fromSelection) score += 2;
    const context = wordsAround(text, result.index, result.index + result.text.length);
    out.push({ date: `${year}-${pad(month)}-${pad(day)}`, context, score: Math.round(score * 100) / 100, fromSelection });
  }
  return out;
}

/**
 * Dates found, best first (the selection first, then dates after record words, earlier in the
 * page before later). A date that only appears as an expiry or due date scores below zero; the
 * popup proposes the first candidate scoring above zero.
 */
export function findRecordDates(input: { selection?: string; text?: string; title?: string }, reference = new Date()): DateCandidate[] {
  const all = [
    ...candidatesIn(input.selection ?? '', true, reference),
    ...candidatesIn(input.title ?? '', false, reference),
    ...candidatesIn(input.text ?? '', false, reference),
  ];
  const best = new Map<string, DateCandidate>();
  all.forEach((c, order) => {
    const ranked = { ...c, score: c.score - order * 0.001 };
    const seen = best.get(c.date);
    if (!seen || seen.score < ranked.score) best.set(c.date, ranked);
  });
  return [...best.values()].sort((a, b) => b.score - a.score).map((c) => ({ ...c, score: Math.round(c.score * 100) / 100 }));
}

/** The proposed record date of findRecordDates' candidates: the best one scoring above zero, or null when none reads as one. */
export function recordDateOf(candidates: readonly DateCandidate[]): string | null {
  const first = candidates[0];
  return first && first.score > 0 ? first.date : null;
}
