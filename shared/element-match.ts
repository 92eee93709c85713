import { ELEMENTS } from './reference/elements.ts';
import type { ElementId } from './reference/types.ts';

const ELEMENT_IDS: readonly ElementId[] = ['E0', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'];

function byNumber(n: number): ElementId | null {
  return ELEMENT_IDS[n] ?? null;
}

// "Element 4", "Section 4:", "E4", "E4 - Inspections", "E4-02", "Elem. 4"
const NAMED_NUMBER = /^(?:element|elem\.?|section|sec\.?|part|e)\s*#?\s*(\d{1,2})(?![\d])/i;
// "4", "4.", "4.1", "4)", "4 - Inspections", "4: Inspections"
const LEADING_NUMBER = /^(\d{1,2})(?:\.\d{1,3})*(?:[.):]|\s*[-–—]|\s+[a-z]|$)/i;

const ALIAS_TO_ELEMENT: ReadonlyMap<string, ElementId> = new Map(ELEMENTS.flatMap((e) => e.aliases.map((a) => [a, e.id] as const)));
const LONGEST_ALIAS_WORDS = Math.max(...[...ALIAS_TO_ELEMENT.keys()].map((a) => a.split(' ').length));

function normaliseName(text: string): string {
  return text.toLowerCase().replace(/\band\b/g, '&').replace(/[^a-z0-9&/ ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The element a name points to ("Health & Safety Policy" → E1), by its words alone: the whole
 * name, else the longest run of its words that is an alias of at least four letters.
 */
export function elementFromName(text: string): ElementId | null {
  const name = normaliseName(text);
  if (name === '') return null;
  const exact = ALIAS_TO_ELEMENT.get(name);
  if (exact) return exact;
  const words = name.split(' ');
  for (let n = Math.min(LONGEST_ALIAS_WORDS, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      const id = phrase.length >= 4 ? ALIAS_TO_ELEMENT.get(phrase) : undefined;
      if (id) return id;
    }
  }
  return null;
}

/**
 * Reads which SECOR element a cell names: by number first ("4.", "Element 4", "E4", "4.1"),
 * then by name. Null when it names none.
 */
export function parseElement(text: string): ElementId | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 80) return null;
  let found = PARSED.get(trimmed);
  if (found === undefined) {
    found = readElement(trimmed);
    if (PARSED.size < 10_000) PARSED.set(trimmed, found);
  }
  return found;
}

// Element cells repeat down a column: read each distinct text once.
const PARSED = new Map<string, ElementId | null>();

function readElement(trimmed: string): ElementId | null {
  const named = NAMED_NUMBER.exec(trimmed);
  if (named) return byNumber(Number(named[1]));
  const leading = LEADING_NUMBER.exec(trimmed);
  if (leading) return byNumber(Number(leading[1]));
  return elementFromName(trimmed);
}

/**
 * The element an id cell gives: a reference id (E4-02) or a numbered item (4.1, 4.01, 4-2).
 * A bare number ("12") is a row number, not an element.
 */
export function elementFromId(text: string): ElementId | null {
  const trimmed = text.trim();
  const ref = /^E(\d)\s*[-.]?\s*\d{0,3}$/i.exec(trimmed);
  if (ref) return byNumber(Number(ref[1]));
  const dotted = /^(\d)[.-]\d{1,3}(?:\.\d{1,3})?\.?$/.exec(trimmed);
  return dotted ? byNumber(Number(dotted[1])) : null;
}

/** A section heading written in the requirement column: "ELEMENT 3 - HAZARD CONTROL", "E5 Training". */
export function headingElement(text: string): ElementId | null {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length > 9) return null;
  const named = NAMED_NUMBER.exec(trimmed);
  if (named && /^(element|elem|section|sec|part)/i.test(trimmed)) return byNumber(Number(named[1]));
  if (/^E\d(?![-.]?\d)\b/i.test(trimmed)) return byNumber(Number(trimmed[1]));
  // A bare element name in capitals or alone, e.g. "HAZARD CONTROL" or "Training".
  const byName = elementFromName(trimmed);
  if (byName === null) return null;
  const isExactName = ALIAS_TO_ELEMENT.has(normaliseName(trimmed));
  return isExactName || trimmed === trimmed.toUpperCase() ? byName : null;
}
