import { type Cell, type Grid, cellText } from '../cells.ts';
import { type Day, DateReader, type SlashOrder } from '../dates.ts';
import { parseElement, sectionElement } from '../element-match.ts';
import type { ElementId } from '../reference/types.ts';

/** A CP report lists findings (a "no" that cost points) and recommendations (advice, not scored). */
export type FindingKind = 'finding' | 'recommendation';

/** One finding or recommendation as the certifying partner's report writes it, before matching. */
export interface ParsedFinding {
  /** Its number as the report writes it ("3" of "Finding 3:"), else its place among the report's items. */
  readonly number: string;
  /** A finding, or a recommendation (said by its own word or by the heading it sits under). */
  readonly kind: FindingKind;
  /** The finding's words, one line however the report wrapped them. */
  readonly text: string;
  /** The CP's recommended action beside the finding (a grid's Recommendation column, or "Recommendation: ..." under a numbered finding), or null. */
  readonly recommendation: string | null;
  /** The element/question reference as written ("Element 4, Q4.3", "E4-03", "4.3"), or null. */
  readonly reference: string | null;
  /** The element the reference or the heading above names, or null. */
  readonly element: ElementId | null;
  /** The question within that element ("3" of "Q4.3"), or null when only the element is named. */
  readonly question: number | null;
  /** The due date the report states for it, or null. */
  readonly due: Day | null;
}

// "1.", "2)", "(3)", "Finding 3:", "Recommendation #2 -", "-", "•", "*": an item's start. "4.3 ..." is a reference, not a number.
const MARKER = /^\s*(?:(finding|recommendation|observation|deficiency|item)\s*#?\s*(\d{1,3})\s*[:.)\-–—]?|\(?(\d{1,3})[.)](?!\d)|[-•*–·▪●○])\s*/i;
// "Finding: ...", "1. Recommendation - ...": a label naming the kind, with the item's words after it ("Recommendations:" alone is a heading).
const KIND_LABEL = /^(finding|recommendation|observation|deficiency)\s*[:\-–—]\s*(?=\S)/i;
// A report's page furniture: "Page 2 of 5", "- 3 -", a lone page number, "Confidential".
const FOOTER = /^(?:page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|[-–\s]*\d+[-–\s]*|\d+\s*(?:of|\/)\s*\d+|confidential\b.{0,40})$/i;
// Words a heading uses for the kind of item below it.
const RECOMMENDATION_WORD = /\brecommend/i;
const FINDING_WORD = /\b(?:finding|deficienc|non-?conformit|observation|\bno\b answers?)/i;

/** Lines of a report as read: a blank, page furniture, a heading, an item's start or more of an item. */
type Line =
  | { readonly type: 'blank' }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'start'; readonly number: string | null; readonly kind: FindingKind | null; readonly text: string; readonly labelOnly: boolean }
  | { readonly type: 'text'; readonly text: string };

function readLine(raw: string): Line {
  const line = raw.replace(/\s+/g, ' ').trim();
  if (line === '' || FOOTER.test(line)) return { type: 'blank' };
  const marker = MARKER.exec(line);
  const rest = marker ? line.slice(marker[0].length) : line;
  const label = KIND_LABEL.exec(rest);
  if (marker || label) {
    const word = (marker?.[1] ?? label?.[1])?.toLowerCase();
    const kind = word === undefined ? null : word === 'recommendation' ? 'recommendation' : 'finding';
    return { type: 'start', number: marker?.[2] ?? marker?.[3] ?? null, kind, text: label ? rest.slice(label[0].length) : rest, labelOnly: marker === null };
  }
  if (readsAsHeading(line)) return { type: 'heading', text: line };
  return { type: 'text', text: line };
}

/** "AUDIT FINDINGS", "Recommendations:", "Element 4 - Inspections": short, all capitals, ending in a colon, or an element's title. */
function readsAsHeading(line: string): boolean {
  const words = line.split(' ').length;
  if (words > 8 || !/[a-z]/i.test(line)) return false;
  // A sentence in capitals ("NO FIRST AID KIT IN THE TRUCK.") is a finding shouted, not a heading.
  if (line.endsWith(':') || (line === line.toUpperCase() && !/[.!?]$/.test(line))) return true;
  return /^(?:element|section)\s*\d{1,2}\b[^.]*$/i.test(line);
}

/**
 * The findings of a report pasted as text: numbered or bulleted items (an item runs on over its
 * wrapped lines and paragraphs until the next starts), or, when nothing is numbered, one a
 * paragraph, or one a line when no blank line parts them. Headings, page footers, a preamble
 * before the first numbered item and the report's particulars ("Auditor: J. Smith") are not
 * findings. Never throws: text with no findings gives none.
 */
export function parseFindingsText(text: string, order: SlashOrder): ParsedFinding[] {
  const lines = text.split(/\r\n|\r|\n/).map(readLine);
  const drafts: Draft[] = [];
  let kind: FindingKind = 'finding';
  let element: ElementId | null = null;
  // A report may list unnumbered findings and then bulleted recommendations: each section (the
  // lines between headings) is read as numbered or not by itself.
  for (let from = 0; from < lines.length; ) {
    const line = lines[from]!;
    if (line.type === 'heading') {
      if (RECOMMENDATION_WORD.test(line.text)) kind = 'recommendation';
      else if (FINDING_WORD.test(line.text)) kind = 'finding';
      // Only SECOR's own numbering sets the element below: a report's title ("ACME - SECOR AUDIT
      // REPORT") or a "Findings:" subheading under "Element 4" names none and leaves it as it is.
      if (SECOR_HEADING.test(line.text)) element = sectionElement(line.text.replace(/:$/, ''));
      from++;
      continue;
    }
    let to = from;
    while (to < lines.length && lines[to]!.type !== 'heading') to++;
    drafts.push(...readSection(lines.slice(from, to), kind, element));
    from = to;
  }
  const reader = new DateReader(order);
  return drafts.filter((d) => /[a-z]/i.test(d.text)).map((d, i) => withReference(d, i, reader));
}

// "Audit date: October 14, 2026", "Auditor: J. Smith, ACSA": a short label and value before the first item is the report's own particulars.
const PARTICULARS = /^[a-z][a-z.' ]{0,24}:\s+(?:\S+\s*){1,6}$/i;

/** The items of a section: numbered or bulleted, else one a paragraph, else one a line. */
function readSection(lines: readonly Line[], kind: FindingKind, element: ElementId | null): Draft[] {
  const marked = lines.some((l) => l.type === 'start');
  const numbered = lines.some((l) => l.type === 'start' && !l.labelOnly);
  // Without numbers, a section whose paragraphs are parted by blank lines gives one finding a paragraph; else one a line.
  const byParagraph =
    !marked &&
    lines.some((l, i) => l.type === 'text' && lines[i + 1]?.type === 'text') &&
    lines.some((l, i) => l.type === 'blank' && i > 0 && lines[i - 1]!.type === 'text');
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  // Where the current item's next lines go: its text, or the recommendation written under it.
  let into: 'text' | 'recommendation' = 'text';
  let afterBlank = true;
  for (const line of lines) {
    if (line.type === 'blank') {
      afterBlank = true;
      continue;
    }
    if (line.type === 'start' && line.labelOnly && line.kind === 'recommendation' && numbered && current?.kind === 'finding') {
      // "Recommendation: ..." under a numbered finding is the CP's advice on that finding, not an item of its own.
      current.recommendation = current.recommendation === null ? line.text : `${current.recommendation} ${line.text}`;
      into = 'recommendation';
    } else if (line.type === 'start') {
      current = { number: line.number, kind: line.kind ?? kind, element, text: line.text, recommendation: null };
      into = 'text';
      drafts.push(current);
    } else if (current === null && PARTICULARS.test(line.text) && !FINDING_WORD.test(line.text)) {
      continue;
    } else {
      // Before a section's first numbered item, text is a preamble; after it, the item running on.
      const continues = current !== null && (marked || (byParagraph ? !afterBlank : /^[a-z(]/.test(line.text)));
      if (continues && into === 'recommendation') current!.recommendation = `${current!.recommendation} ${line.text}`;
      else if (continues) current!.text = current!.text === '' ? line.text : `${current!.text} ${line.text}`;
      else if (!marked) drafts.push((current = { number: null, kind, element, text: line.text, recommendation: null }));
    }
    afterBlank = false;
  }
  return drafts;
}

interface Draft {
  number: string | null;
  kind: FindingKind;
  /** The element of the heading the item sits under. */
  element: ElementId | null;
  text: string;
  /** The CP's advice written under it ("Recommendation: ..."), or null. */
  recommendation: string | null;
}

// "Element 4, Q4.3", "Element 4 Question 3", "Element 4": the element, and the question when given.
const ELEMENT_QUESTION = /\b(?:element|elem\.?)\s*#?\s*(\d)(?!\d)(?:\s*[,;:–—-]?\s*(?:q|question)\s*#?\s*(?:\d\s*\.\s*)?(\d{1,2})(?!\d))?/i;
// "E4-03", "E4.3", "e7-2".
const REFERENCE_ID = /\bE(\d)\s*[-.]\s*(\d{1,2})(?!\d)/i;
// "Q4.3", "Question 4.3".
const QUESTION = /\b(?:q|question)\s*#?\s*(\d)\s*\.\s*(\d{1,2})(?!\d)/i;
// "4.3" opening the finding or in brackets ("(4.3)"): a bare number elsewhere, or one with a unit ("2.5 m"), is a measure.
const BARE = /^(\d)\.(\d{1,2})(?![\d.])(?!\s*(?:%|mm|cm|m|km|ft|in|kg|lbs?|metres?|meters?|feet|inches)\b)|\((\d)\.(\d{1,2})\)/;
// "Due: 2027-01-31", "due by March 31, 2027", "Target date - 31/01/2027".
const DUE = /\b(?:due(?:\s+date)?|target(?:\s+date)?|complete\s+by|deadline)\s*(?:by|on|date)?\s*[:\-–]?\s*/i;
// "Element 4 - Inspections", "E4:", "Elem. 4".
const SECOR_HEADING = /^(?:element|elem\.?|e)\s*#?\s*\d(?!\d)/i;
const ELEMENT_IDS: readonly ElementId[] = ['E0', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'];

/** The reference and due date the finding's words give. */
function withReference(draft: Draft, index: number, reader: DateReader): ParsedFinding {
  const { text } = draft;
  let reference: string | null = null;
  let element: ElementId | null = draft.element;
  let question: number | null = null;
  for (const pattern of [REFERENCE_ID, ELEMENT_QUESTION, QUESTION, BARE]) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [e, q] = m[3] === undefined ? [m[1], m[2]] : [m[3], m[4]];
    reference = m[0].trim();
    element = ELEMENT_IDS[Number(e)]!;
    question = q === undefined ? null : Number(q);
    break;
  }
  return {
    number: draft.number ?? String(index + 1),
    kind: draft.kind,
    text,
    recommendation: draft.recommendation,
    reference,
    element,
    question,
    due: statedDue(text, reader),
  };
}

/** The date after "due" (or "target date", "complete by"): the longest run of its first words that reads as a date. */
function statedDue(text: string, reader: DateReader): Day | null {
  const m = DUE.exec(text);
  if (!m) return null;
  const words = text
    .slice(m.index + m[0].length)
    .replace(/[.;)]+(?:\s|$)/, ' ')
    .split(' ')
    .slice(0, 4);
  for (let n = words.length; n >= 1; n--) {
    const day = reader.read(
      words
        .slice(0, n)
        .join(' ')
        .replace(/[,.;]+$/, ''),
    );
    if (day !== null) return day;
  }
  return null;
}

/** Column headings of a findings grid, by what each column holds. */
const GRID_COLUMNS = {
  number: /^(?:#|no\.?|num(?:ber)?|item(?: ?#| no\.?)?|finding (?:#|no\.?|number))$/i,
  finding: /^(?:findings?|finding (?:text|description|details)|description|deficienc(?:y|ies)|observations?|issue)$/i,
  recommendation: /^(?:recommendations?|recommended actions?|corrective actions?|actions? required)$/i,
  element: /^(?:element|elem\.?|element (?:#|no\.?|number))$/i,
  question: /^(?:question|q|q ?#|q\.? no\.?|question (?:#|no\.?|number)|ref(?:erence)?)$/i,
  due: /^(?:due|due date|target(?: date)?|deadline|complete by)$/i,
} as const;
type GridColumn = keyof typeof GRID_COLUMNS;

/** The row (within the first ten) that heads a findings grid, and where each column is. */
function gridHeader(grid: Grid): { row: number; at: Partial<Record<GridColumn, number>> } | null {
  for (let row = 0; row < Math.min(grid.length, 10); row++) {
    const at: Partial<Record<GridColumn, number>> = {};
    (grid[row] ?? []).forEach((cell, col) => {
      const heading = cellText(cell).replace(/\s+/g, ' ').trim();
      for (const name of Object.keys(GRID_COLUMNS) as GridColumn[]) {
        if (at[name] === undefined && GRID_COLUMNS[name].test(heading)) {
          at[name] = col;
          break;
        }
      }
    });
    if (at.finding !== undefined || at.recommendation !== undefined) return { row, at };
  }
  return null;
}

/** Whether a grid has a findings header (a Finding or Recommendation column): of a workbook's sheets, the one to read first. */
export function hasFindingsHeader(grid: Grid): boolean {
  return gridHeader(grid) !== null;
}

/**
 * The findings of a grid (a CSV or XLSX of findings): one a row under a header naming its Finding
 * (or Recommendation) column, with Element, Question, Due and number columns when present. A grid
 * with no such header is read as text, a line a row. Never throws.
 */
export function parseFindingsGrid(grid: Grid, order: SlashOrder): ParsedFinding[] {
  const header = gridHeader(grid);
  if (header === null)
    return parseFindingsText(
      grid
        .map((row) =>
          row
            .map((cell) => cellText(cell))
            .filter((t) => t.trim() !== '')
            .join(' '),
        )
        .join('\n'),
      order,
    );
  const { row: headerRow, at } = header;
  const reader = new DateReader(order);
  const read = (row: readonly Cell[], column: GridColumn): string => (at[column] === undefined ? '' : cellText(row[at[column]!]).replace(/\s+/g, ' ').trim());
  const findings: ParsedFinding[] = [];
  for (const row of grid.slice(headerRow + 1)) {
    const finding = read(row, 'finding');
    const recommendation = read(row, 'recommendation');
    const text = finding || recommendation;
    if (!/[a-z]/i.test(text)) continue;
    // The Element and Question cells say where the finding sits; failing them, its own words may.
    const fromWords = withReference({ number: null, kind: 'finding', element: null, text, recommendation: null }, findings.length, reader);
    const cells = gridReference(read(row, 'element'), read(row, 'question'));
    const dueCell = at.due === undefined ? null : row[at.due];
    findings.push({
      ...(cells ?? fromWords),
      number: read(row, 'number').replace(/^#/, '') || String(findings.length + 1),
      kind: finding === '' ? 'recommendation' : 'finding',
      text,
      recommendation: finding === '' || recommendation === '' ? null : recommendation,
      due: (dueCell === null || dueCell === undefined ? null : reader.read(dueCell)) ?? fromWords.due,
    });
  }
  return findings;
}

/** The reference an Element and a Question cell give together ("4" and "4.3", "" and "E4-03"), or null. */
function gridReference(elementCell: string, questionCell: string): Pick<ParsedFinding, 'reference' | 'element' | 'question'> | null {
  const written = [elementCell, questionCell].filter((t) => t !== '').join(', ');
  if (written === '') return null;
  const id = REFERENCE_ID.exec(questionCell) ?? QUESTION.exec(questionCell) ?? /^(\d)\s*[.-]\s*(\d{1,2})$/.exec(questionCell);
  if (id) return { reference: written, element: ELEMENT_IDS[Number(id[1])]!, question: Number(id[2]) };
  const element = parseElement(elementCell) ?? parseElement(questionCell);
  const question = /^\s*(?:q\s*)?(\d{1,2})\s*$/i.exec(questionCell);
  return element === null ? null : { reference: written, element, question: question ? Number(question[1]) : null };
}
