/**
 * Which of the tracker's items a page is evidence for, by the engine's own matcher
 * (shared/requirement-match): each piece of the page (its title, headings, address, lines of
 * text) is matched to the reference requirements and to the items' own text, and the pieces vote,
 * the title and headings more than a line of text. An item scores its reference requirement's
 * votes or its own text's, whichever is more. Runs in the service worker, which has the list.
 */
import type { RequirementChoice } from '../../shared/clip-protocol.ts';
import { type ElementId, REFERENCE_CHECKLIST, type ReferenceRequirement, RequirementMatcher, wordsOf } from '../../shared/index.ts';

/** What of a page its suggestions are made from. */
export interface PageWords {
  readonly title: string;
  readonly headings: readonly string[];
  readonly url: string;
  /** The selection, else the start of the page's text. */
  readonly text: string;
}

export interface Suggestion {
  readonly choice: RequirementChoice;
  /** Share of the page's pieces (by weight) that point to it, 0..1. */
  readonly score: number;
}

export interface Suggestions {
  readonly ranked: readonly Suggestion[];
  /** The first is sure enough to be shown as chosen (Save needs no click on the picker). */
  readonly confident: boolean;
}

/** Below this share of the page's votes no suggestion is shown as chosen... */
export const CONFIDENT_SHARE = 0.15;
/** ... nor when the runner-up is this close (two items of one requirement are no rivals). */
const CONFIDENT_LEAD = 1.5;

/**
 * How much each part of a page says what it is: the title names the document, the first heading
 * often too; further headings and the lines of text tell what it covers (an inspection report's
 * "First aid" section is not a first aid record), so they share their weight.
 */
const WEIGHT = { title: 4, firstHeading: 3, headings: 2, url: 1, lines: 3 } as const;
const MAX_HEADINGS = 12;
const MAX_LINES = 60;
const MAX_PIECE = 300;

interface Piece {
  readonly text: string;
  readonly weight: number;
}

// A date is the record's date, never what it proves: its month name would only dilute the match.
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?\\b|\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?\\b|\\b${MONTH}\\s+\\d{4}\\b`, 'gi');

/** The words of an address a person would read: host name parts and path segments, not the scheme or "www". */
function addressWords(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.split('.').filter((part) => !/^(www|com|ca|org|net|gov|ab|io)$/.test(part));
    return [
      ...host,
      ...decodeURIComponent(pathname)
        .split(/[/_.-]+/)
        .filter((s) => !/^(html?|pdf|aspx?|php)$/i.test(s)),
    ].join(' ');
  } catch {
    return '';
  }
}

/** Pieces sharing one weight, those without a letter left out. */
function share(texts: readonly string[], weight: number): Piece[] {
  const kept = texts.map((t) => t.replace(DATE, ' ').trim().slice(0, MAX_PIECE)).filter((t) => /[a-z]/i.test(t));
  return kept.map((text) => ({ text, weight: weight / kept.length }));
}

/** A title is often "what - where - who": when the whole does not match, its parts are tried. */
function titleParts(title: string): string[] {
  return title.split(/\s+[-|·–—:]\s+/);
}

function bodyPieces(page: PageWords): Piece[] {
  const [first, ...headings] = page.headings.filter((h) => h.trim() !== page.title.trim()).slice(0, MAX_HEADINGS);
  const lines = page.text
    .split(/\n+|(?<=[.;!?])\s+/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== page.title.trim() && !page.headings.includes(line));
  return [
    ...share(first === undefined ? [] : [first], WEIGHT.firstHeading),
    ...share(headings, WEIGHT.headings),
    ...share([addressWords(page.url)], WEIGHT.url),
    ...share(lines.slice(0, MAX_LINES), WEIGHT.lines),
  ];
}

// The checklist's index is built once per service worker, on the first page.
let reference: { matcher: RequirementMatcher; words: ReadonlySet<string> } | null = null;
function checklist(): { matcher: RequirementMatcher; words: ReadonlySet<string> } {
  return (reference ??= {
    matcher: new RequirementMatcher(REFERENCE_CHECKLIST),
    words: new Set(REFERENCE_CHECKLIST.flatMap((r) => [r.text, ...r.evidence].flatMap(wordsOf))),
  });
}

/** The tracker's items as the matcher reads a checklist: their own text and evidence kinds, keyed by row. */
function itemMatcher(choices: readonly RequirementChoice[]): RequirementMatcher {
  return new RequirementMatcher(
    choices.map(
      (c): ReferenceRequirement => ({
        id: String(c.row),
        element: (c.element ?? 'E0') as ElementId,
        text: c.text,
        evidence: c.evidence,
        wordings: [],
        researchNote: null,
        evidenceWindowDays: null,
        refreshIntervalDays: null,
        retentionDays: null,
        method: ['D'],
        basis: ['CP'],
        sources: [],
      }),
    ),
  );
}

type Match = (text: string) => { readonly id: string; readonly score: number } | null;

/** Votes of a page's pieces for what `match` finds: the whole title, else its parts, then the body. */
function votes(title: string, body: readonly Piece[], match: Match): Map<string, number> {
  const out = new Map<string, number>();
  const vote = (piece: Piece) => {
    const found = match(piece.text);
    if (found) out.set(found.id, (out.get(found.id) ?? 0) + piece.weight * found.score);
  };
  const whole = share([title], WEIGHT.title);
  const matchesWhole = whole.length > 0 && match(whole[0]!.text) !== null;
  for (const piece of matchesWhole ? whole : share(titleParts(title), WEIGHT.title)) vote(piece);
  for (const piece of body) vote(piece);
  return out;
}

/** The tracker's items for the page, best first (at most `limit`), and whether the first is sure. */
export function suggest(page: PageWords, choices: readonly RequirementChoice[], limit = 3): Suggestions {
  const body = bodyPieces(page);
  const total = body.reduce((sum, p) => sum + p.weight, 0) + (/[a-z]/i.test(page.title) ? WEIGHT.title : 0);
  if (total === 0 || choices.length === 0) return { ranked: [], confident: false };
  const { matcher, words: checklistWords } = checklist();
  const own = itemMatcher(choices);
  // A page is no tracker row: each piece votes for its best candidate scoring at least 0.4 (the matcher's
  // confident match needs a wording it knows whole), weighted by that score.
  const best = (m: RequirementMatcher, text: string) => m.judge(text, null).candidates.find((c) => c.score >= 0.4) ?? null;
  const byRequirement = votes(page.title, body, (text) => best(matcher, text));
  const choiceByRow = new Map(choices.map((c) => [String(c.row), c]));
  const byRow = votes(page.title, body, (text) => {
    const m = best(own, text);
    const choice = m && choiceByRow.get(m.id);
    if (!m || !choice) return null;
    // The team's own words (its trade, sites, company name: "Roofing") alone say nothing of a record.
    const itemWords = new Set([choice.text, ...choice.evidence].flatMap(wordsOf));
    return wordsOf(text).some((w) => itemWords.has(w) && checklistWords.has(w)) ? m : null;
  });
  const ranked = choices
    .map((choice) => ({ choice, score: Math.max(choice.id === null ? 0 : (byRequirement.get(choice.id) ?? 0), byRow.get(String(choice.row)) ?? 0) / total }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.choice.row - b.choice.row)
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
  const [first, ...rest] = ranked;
  const rival = rest.find((s) => s.choice.id === null || s.choice.id !== first?.choice.id);
  const confident = first !== undefined && first.score >= CONFIDENT_SHARE && (rival === undefined || first.score >= CONFIDENT_LEAD * rival.score);
  return { ranked: ranked.slice(0, limit), confident };
}
