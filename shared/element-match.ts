import { ELEMENTS } from './reference/elements.ts';
import { SECTION_WORDS } from './reference/section-words.ts';
import type { ElementId } from './reference/types.ts';

const ELEMENT_IDS: readonly ElementId[] = ['E0', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'];

function byNumber(n: number): ElementId | null {
  return ELEMENT_IDS[n] ?? null;
}

// "Element 4", "Section 4:", "E4", "E4 - Inspections", "E4-02", "Elem. 4"
const NAMED_NUMBER = /^(?:element|elem\.?|section|sec\.?|part|e)\s*#?\s*(\d{1,2})(?![\d])/i;
// "4", "4.", "4.1", "4)", "4 - Inspections", "4: Inspections"
const LEADING_NUMBER = /^(\d{1,2})(?:\.\d{1,3})*(?:[.):]|\s*[-–—]|\s+[a-z]|$)/i;

const ALIAS_TO_ELEMENT: ReadonlyMap<string, ElementId> = new Map(ELEMENTS.flatMap((e) => e.aliases.map((a) => [normaliseName(a), e.id] as const)));
const LONGEST_ALIAS_WORDS = Math.max(...[...ALIAS_TO_ELEMENT.keys()].map((a) => a.split(' ').length));

function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/\band\b/g, '&')
    .replace(/[^a-z0-9&/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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

// What a heading's words can point to: the elements' names, then the section words (which win).
const HEADING_WORDS: ReadonlyMap<string, readonly ElementId[]> = new Map([
  ...[...ALIAS_TO_ELEMENT].map(([name, id]) => [name, [id]] as const),
  ...SECTION_WORDS,
]);
const LONGEST_HEADING_WORDS = Math.max(...[...HEADING_WORDS.keys()].map((a) => a.split(' ').length));

// An item's own number or reference id ("E4-02 ...", "4.1 ..."): a row so numbered is an item.
const ITEM_NUMBER = /^(?:E\d\s*[-.]\s*\d|\d{1,2}[.-]\d)/i;
// SECOR's own numbering: "Element 4", "Elem. 4", "E4".
const SECOR_NUMBER = /^(?:element|elem\.?|e)\s*#?\s*(\d{1,2})(?!\d)/i;
// The team's own numbering, which need not follow SECOR's: "Section 6", "Part 2", "3.", "3 -", "3)".
const OWN_NUMBER = /^(?:(?:section|sec\.?|part)\s*#?\s*(\d{1,2})(?!\d)|(\d{1,2})(?:[.):]|\s*[-–—]|\s+(?=[a-z])|$))/i;
const TITLE_WORDS = /^(?:element|elem\.?|section|sec\.)\s|^part\s+(?:\d|[a-z]\b)|^E\d(?!\d)/i;

/**
 * The elements a heading's words point to, phrase by phrase (longest first), kept only where
 * every phrase agrees: "POLICY & RESPONSIBILITIES" is E1; "INCIDENTS & ADMIN" and "HAZARDS"
 * (E2 or E3) point to none or several. Null when no phrase names an element.
 */
function namedElements(text: string): readonly ElementId[] | null {
  const words = normaliseName(text).split(' ');
  let found: readonly ElementId[] | null = null;
  for (let i = 0; i < words.length; ) {
    let n = Math.min(LONGEST_HEADING_WORDS, words.length - i);
    for (; n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const ids = phrase.length >= 3 ? HEADING_WORDS.get(phrase) : undefined;
      if (ids) {
        found = found === null ? ids : found.filter((id) => ids.includes(id));
        break;
      }
    }
    i += Math.max(n, 1);
  }
  return found;
}

/**
 * Whether a row's only text reads as a section title rather than an item: all capitals, a
 * trailing colon, "Element N", "Section ...", "N." before an element's name, or an element's
 * name alone ("Training"). An item's own number ("E4-02 ...", "4.1 ...") keeps it an item.
 */
export function readsAsSectionTitle(text: string): boolean {
  const trimmed = text.trim();
  if (!/[a-z]/i.test(trimmed) || trimmed.split(/\s+/).length > 9 || ITEM_NUMBER.test(trimmed)) return false;
  if (trimmed.endsWith(':') || trimmed === trimmed.toUpperCase() || TITLE_WORDS.test(trimmed)) return true;
  const own = OWN_NUMBER.exec(trimmed);
  const name = normaliseName(own ? trimmed.slice(own[0].length) : trimmed);
  return ALIAS_TO_ELEMENT.has(name);
}

/**
 * The element a section heading points to, or null when it names none or is ambiguous. SECOR's
 * own numbering ("Element 5 - ...") decides; under the team's own numbering ("3. Inspections",
 * "Section 6 - Emergency") the words decide when they name one element, else the number.
 */
export function sectionElement(text: string): ElementId | null {
  const trimmed = text.trim();
  const secor = SECOR_NUMBER.exec(trimmed);
  if (secor) return byNumber(Number(secor[1]));
  const named = namedElements(trimmed);
  if (named?.length === 1) return named[0]!;
  const own = OWN_NUMBER.exec(trimmed);
  const numbered = own ? byNumber(Number(own[1] ?? own[2])) : null;
  return numbered !== null && (named === null || named.includes(numbered)) ? numbered : null;
}

/** The element of a row's text when it reads as a section heading ("ELEMENT 3 - HAZARD CONTROL", "Training"). */
export function headingElement(text: string): ElementId | null {
  return readsAsSectionTitle(text) ? sectionElement(text) : null;
}
