import { type Cell, type Grid, cellText, isBlank } from './cells.ts';
import { DateReader, type Day, type SlashOrder, decideSlashOrder } from './dates.ts';
import { elementFromId, elementFromName, parseElement, readsAsSectionTitle, sectionElement } from './element-match.ts';
import { readInterval } from './intervals.ts';
import type { Layout } from './layout/detect.ts';
import type { DueKind } from './layout/roles.ts';
import type { ElementId, ReferenceRequirement } from './reference/types.ts';
import type { MatchCandidate, RequirementMatcher, WordingJudgement } from './requirement-match.ts';
import { readEvidence } from './evidence.ts';
import { type StatusSays, readStatus } from './status.ts';

/** One item of the team's tracker, read from its row. */
export interface TrackerItem {
  /** 0-based index of the row in the grid. */
  readonly row: number;
  readonly text: string;
  readonly element: ElementId | null;
  readonly requirement: ReferenceRequirement | null;
  /** 1 for an id match, the wording score otherwise, 0 when unmatched. */
  readonly matchScore: number;
  /**
   * When the row is unmatched, the requirements its wording comes closest to, best first (at most
   * three), for the coordinator to pick from; [] when it is matched or its words fit none.
   */
  readonly candidates: readonly MatchCandidate[];
  /** The evidence reference; empty when there is none. */
  readonly evidence: string;
  /** What the evidence cell says instead of a reference ("TBD", "none"), if anything. */
  readonly evidencePlaceholder: string | null;
  readonly owner: string;
  readonly hasDateColumn: boolean;
  readonly hasOwnerColumn: boolean;
  /** The date of the record; null when blank or unreadable. */
  readonly date: Day | null;
  /** The date cell's text when it could not be read as a date. */
  readonly unreadableDate: string | null;
  readonly due: Day | null;
  /** What the due column's dates mean (from its header): a deadline, a next occurrence or an expiry. */
  readonly dueKind: DueKind;
  /** The team's own refresh interval for this row, in days; null when the row names none. */
  readonly interval: number | null;
  /** What the status cell says (done, open, N/A or blank): the team's word, not the verdict. */
  readonly statusSays: StatusSays;
  readonly notApplicable: boolean;
  readonly points: { readonly available: number; readonly earned: number } | null;
  /** Clips from the Evidence sheet counted toward this item. */
  readonly clips: number;
}

/** How the tracker writes slashed dates, decided per date column. */
export interface DateOrders {
  readonly date: SlashOrder;
  readonly due: SlashOrder;
}

export function decideDateOrders(grid: Grid, layout: Layout, fallback: SlashOrder): DateOrders {
  function* column(c: number | null): Generator<Cell> {
    if (c === null) return;
    for (let r = layout.headerRow + 1; r < grid.length; r++) yield grid[r]?.[c];
  }
  return {
    date: decideSlashOrder(column(layout.columns.date), fallback),
    due: decideSlashOrder(column(layout.columns.due), fallback),
  };
}

const FOOTER =
  /^(\*|†|notes?:|prepared by|last updated|updated on|updated:|reviewed by|approved by|signed:|signature|legend|key:|source:|sources:|page \d|printed|version \d|rev\. ?\d)/i;
// A note about the tracker itself ("Next review of this sheet: Jan 2027") is no item, wherever it starts.
const ABOUT_THIS_SHEET = /\bthis (sheet|tracker|spreadsheet|checklist|workbook|tab|list)\b/i;
const TOTAL = /^((sub)?totals?|grand total|element totals?|overall score|total score)\b/i;

function number(cell: Cell): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 0;
  if (typeof cell === 'string') {
    const n = Number(cell.trim().replace(/%$/, ''));
    return Number.isFinite(n) ? n : 0;
  }
  return 0;
}

/** Part of the table to read, for re-judging edited rows without the rest of the sheet. */
export interface RowWindow {
  /** 0-based grid rows, inclusive. */
  readonly from: number;
  readonly to: number;
  /**
   * The element carried down to the first row from the rows above it: the element cell's (merged-
   * cell style) when the tracker has an element column, else the section heading's.
   */
  readonly carried: ElementId | null;
}

/**
 * Reads the tracker's items, top to bottom. A row is an item when its requirement cell is filled,
 * except section headings, footer notes and totals. A row's element is its element cell's (a blank
 * one carries the element above, merged-cell style) or its id's, and only then is its matching
 * kept within that element; else its own requirement match's; else the heading's above it.
 */

export function readItems(grid: Grid, layout: Layout, matcher: RequirementMatcher, orders: DateOrders, span?: RowWindow, timeZone?: string): TrackerItem[] {
  const { columns, points } = layout;
  const req = columns.requirement!;
  const dateReader = new DateReader(orders.date, timeZone);
  const dueReader = new DateReader(orders.due, timeZone);
  const { dueKind, intervalUnit } = layout.readings;
  const otherColumns = [columns.id, columns.element, columns.evidence, columns.owner, columns.date, columns.due, columns.interval, columns.status].filter(
    (c): c is number => c !== null,
  );
  const items: TrackerItem[] = [];
  // The element cell's element carried down, and the last section heading's: the first binds a
  // row's matching, the second only stands in when the row's own words match nothing.
  let cellCarried: ElementId | null = columns.element === null ? null : (span?.carried ?? null);
  let headingCarried: ElementId | null = columns.element === null ? (span?.carried ?? null) : null;
  const last = span ? Math.min(span.to, grid.length - 1) : grid.length - 1;

  for (let r = span?.from ?? layout.headerRow + 1; r <= last; r++) {
    const row = grid[r] ?? [];
    const elementCell = columns.element === null ? '' : cellText(row[columns.element], timeZone);
    const cellElement = elementCell === '' ? null : parseElement(elementCell);
    const text = cellText(row[req], timeZone);
    if (elementCell !== '') cellCarried = cellElement;
    if (text === '') continue;

    const onlyText = otherColumns.every((c) => c === columns.element || isBlank(row[c]));
    if (onlyText) {
      if (elementCell === '' && (FOOTER.test(text) || ABOUT_THIS_SHEET.test(text))) continue;
      if (readsAsSectionTitle(text)) {
        const heading = sectionElement(text);
        // A heading may repeat the element cell beside it ("Element 3 | HAZARD CONTROL"); one that
        // contradicts it is the team's item.
        if (elementCell === '' || heading === null || cellElement === heading) {
          // A new section ends the element cell carried from the one before.
          if (elementCell === '') cellCarried = null;
          headingCarried = cellElement ?? heading;
          continue;
        }
      }
    }
    // Total rows carry numbers in other cells, so they are told apart by their short label.
    if (TOTAL.test(text) && text.split(/\s+/).length <= 5) continue;

    const idText = columns.id === null ? '' : cellText(row[columns.id], timeZone);
    let requirement: ReferenceRequirement | null = matcher.byReferenceId(idText) ?? matcher.byReferenceId(text);
    let matchScore = requirement ? 1 : 0;
    // The row's own element cell, then its id, then the element cell carried down to it.
    let element: ElementId | null =
      (elementCell === '' ? null : cellElement) ??
      requirement?.element ??
      (idText !== '' ? elementFromId(idText) : null) ??
      cellCarried ??
      elementFromId(text.split(/\s+/)[0] ?? '');
    let judgement: WordingJudgement | null = null;
    if (requirement === null) {
      // Under a heading that names an element, a row whose wording fits that element, or names it
      // ("Fall protection training" under TRAINING), is filed there; one whose wording fits none
      // of it goes where its own words match best.
      const underHeading = element === null ? headingCarried : null;
      const within = underHeading === null ? null : matcher.judge(text, underHeading);
      const namesHeading = underHeading !== null && elementFromName(text) === underHeading;
      judgement = within !== null && (within.match !== null || namesHeading) ? within : matcher.judge(text, element);
      if (judgement.match) {
        requirement = judgement.match.requirement;
        matchScore = judgement.match.score;
      }
    }
    element ??= requirement?.element ?? headingCarried;

    const evidence = readEvidence(row[columns.evidence!]);
    const statusCell = columns.status === null ? null : row[columns.status];
    const status = readStatus(statusCell);
    const dateCell = columns.date === null ? null : row[columns.date];
    const date = dateReader.read(dateCell);
    items.push({
      row: r,
      text,
      element,
      requirement,
      matchScore,
      candidates: judgement?.match === null ? judgement.candidates : [],
      evidence: evidence.kind === 'present' ? evidence.text : '',
      evidencePlaceholder: evidence.kind === 'missing' ? evidence.placeholder : null,
      owner: columns.owner === null ? '' : cellText(row[columns.owner], timeZone),
      hasDateColumn: columns.date !== null,
      hasOwnerColumn: columns.owner !== null,
      date,
      unreadableDate: date === null && !isBlank(dateCell) ? cellText(dateCell, timeZone) : null,
      due: columns.due === null ? null : dueReader.read(row[columns.due]),
      dueKind,
      interval: columns.interval === null ? null : readInterval(row[columns.interval], intervalUnit),
      statusSays: status,
      notApplicable: status === 'n/a' || evidence.kind === 'n/a',
      points: points === null ? null : { available: number(row[points.available]), earned: number(row[points.earned]) },
      clips: 0,
    });
  }
  return items;
}
