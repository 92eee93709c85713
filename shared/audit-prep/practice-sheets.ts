import type { ActionLine } from '../action-lines.ts';
import { type Cell, cellText } from '../cells.ts';
import { type Day, DateReader, type SlashOrder, isoFromDay } from '../dates.ts';
import { INTERVIEW_QUESTIONS, type InterviewQuestion } from './interview-questions.ts';
import { OBSERVATION_ITEMS, type SiteWalkItem } from './observation-items.ts';
import type { PracticeLogRow, SiteWalkFinding } from './practice-scoring.ts';

/** How a sheet's cells are read: its slashed dates' order, and where Date cells are midnight. */
export interface SheetReading {
  readonly order: SlashOrder;
  readonly timeZone?: string;
}

/** A row the reader left out, and why, in a few words: shown, never guessed at. */
export interface SkippedPracticeRow {
  /** The sheet row, 1-based. */
  readonly row: number;
  readonly why: string;
}

/** "Yes", "y", TRUE, "✓", "x" and 1 are yes; "No", "n", FALSE and 0 no; anything else (a blank) is not answered. */
export function readYesNo(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const text = cellText(cell).trim().toLowerCase().replace(/[.!]$/, '');
  if (['yes', 'y', 'true', '✓', '✔', 'x', '1', 'in place', 'ok', 'good', 'well'].includes(text)) return true;
  if (['no', 'n', 'false', '✗', '✘', '0', 'not in place', 'missing', 'poor'].includes(text)) return false;
  return null;
}

/** "N/A", "n.a.", "not applicable": the item does not apply on this site, so it is not sampled. */
function readsNotApplicable(cell: Cell): boolean {
  return /^(n\/?a|n\.a\.?|not applicable|does not apply)$/i.test(cellText(cell).trim());
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const BY_WORDING = new Map(INTERVIEW_QUESTIONS.map((q) => [wordsOf(q.question), q]));

/** The dropdown's wording of a question: its id, then its words, so the id is what a reader finds first. */
export function questionChoice(q: InterviewQuestion): string {
  return `${q.id} · ${q.question}`;
}

/**
 * The ids a practice-log cell names: question ids (E1-03.w) or requirement ids (E1-03), several
 * split by commas, semicolons or lines, or a question's own wording (as the dropdown gives it, or
 * typed out). Anything else is given back as written, for the scorer to report as unknown.
 */
export function practisedIds(cell: Cell): string[] {
  const text = cellText(cell).trim();
  if (text === '') return [];
  const leading = /^(E\d-\d{2}(?:\.[a-z])?)\s*[·:\-–—]/i.exec(text);
  if (leading) return [leading[1]!];
  const worded = BY_WORDING.get(wordsOf(text));
  if (worded) return [worded.id];
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** One practice-log line as the add-on finds its cells. */
export interface PracticeCells {
  /** The sheet row, 1-based. */
  readonly row: number;
  readonly date: Cell;
  readonly person: Cell;
  readonly question: Cell;
  readonly answeredWell: Cell;
}

/** The practice log's lines read for the scorer: lines with no person, no question or no yes/no yet are left out and said why (an empty line says nothing). */
export function readPracticeLog(lines: readonly PracticeCells[], reading: SheetReading): { rows: PracticeLogRow[]; skipped: SkippedPracticeRow[] } {
  const dates = new DateReader(reading.order, reading.timeZone);
  const rows: PracticeLogRow[] = [];
  const skipped: SkippedPracticeRow[] = [];
  for (const line of lines) {
    const person = cellText(line.person).trim();
    const practised = practisedIds(line.question);
    const well = readYesNo(line.answeredWell);
    if (person === '' && practised.length === 0 && cellText(line.answeredWell).trim() === '') continue;
    const why = person === '' ? 'no person named' : practised.length === 0 ? 'no question named' : well === null ? 'answered well is not yes or no' : null;
    if (why !== null) skipped.push({ row: line.row, why });
    else rows.push({ worker: person, date: dates.read(line.date), practised, answeredWell: well! });
  }
  return { rows, skipped };
}

/** One site-walk line as the add-on finds its cells. */
export interface SiteWalkCells {
  /** The sheet row, 1-based. */
  readonly row: number;
  /** The add-on's key: the item's id (E3-04.1, HA.2). */
  readonly key: Cell;
  readonly requirement: Cell;
  readonly look: Cell;
  readonly inPlace: Cell;
  readonly finding: Cell;
  readonly walkedOn: Cell;
  readonly walkedBy: Cell;
}

/** What the site walk's sheet says: its items (for the scorer), what was found, and an action per item found not in place. */
export interface SiteWalkReading {
  readonly walk: SiteWalkItem[];
  readonly findings: SiteWalkFinding[];
  readonly actions: ActionLine[];
  readonly skipped: SkippedPracticeRow[];
}

/** Days a site-walk finding is proposed to be put right in: the same as a tracker gap's follow-up. */
export const WALK_FOLLOW_UP_DAYS = 30;

/**
 * Reads the walked items: "Yes" found in place, "No" not (an action, due 30 days after the walk,
 * or today when it carries no date), "N/A" not sampled; a blank is not walked yet. An item whose
 * In place says something else is left out and said why.
 */
export function readSiteWalk(lines: readonly SiteWalkCells[], reading: SheetReading & { readonly today: Day }): SiteWalkReading {
  const dates = new DateReader(reading.order, reading.timeZone);
  const walk: SiteWalkItem[] = [];
  const findings: SiteWalkFinding[] = [];
  const actions: ActionLine[] = [];
  const skipped: SkippedPracticeRow[] = [];
  for (const line of lines) {
    const id = cellText(line.key).trim();
    if (id === '') continue;
    const requirement = cellText(line.requirement).trim().toUpperCase();
    const look = cellText(line.look).trim();
    // A reference item is scored under its own requirement, whatever its row says now.
    const reference = OBSERVATION_ITEMS.find((o) => o.id === id);
    if (reference) {
      const { id: _, requirement: own, look: words, ...provenance } = reference;
      walk.push({ from: 'reference', id, requirement: own, look: words, provenance });
    } else {
      walk.push({ from: 'hazard assessment', id, requirement, look, control: look.replace(/^In place:\s*/, '') });
    }
    if (cellText(line.inPlace).trim() === '') continue;
    const inPlace = readsNotApplicable(line.inPlace) ? null : readYesNo(line.inPlace);
    if (inPlace === null && !readsNotApplicable(line.inPlace)) {
      skipped.push({ row: line.row, why: `In place says "${cellText(line.inPlace).trim()}", not Yes, No or N/A` });
      continue;
    }
    findings.push({ item: id, inPlace });
    if (inPlace === false) {
      const walked = dates.read(line.walkedOn);
      const finding = cellText(line.finding).trim();
      const on = walked === null ? '' : ` ${isoFromDay(walked)}`;
      actions.push({
        key: `site walk | ${id}`,
        requirement: walk[walk.length - 1]!.requirement || null,
        element: /^(E\d)-/.exec(walk[walk.length - 1]!.requirement)?.[1] ?? null,
        trackerRow: null,
        item: finding === '' ? look : `${look} Found: ${finding}`,
        gap: 'Not in place on the site walk',
        suggested: 'Put it in place, then mark the item Yes on the Site Walk sheet at the next walk.',
        owner: cellText(line.walkedBy).trim(),
        due: (walked ?? reading.today) + WALK_FOLLOW_UP_DAYS,
        source: `Site walk${on}`,
      });
    }
  }
  return { walk, findings, actions, skipped };
}
