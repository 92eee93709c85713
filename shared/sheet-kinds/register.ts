import { type Grid, cellText, columnLetter } from '../cells.ts';
import { headerScore } from '../layout/header-words.ts';
import { looksLikeInterval } from '../intervals.ts';
import { type KindReading, headerNames } from './reading.ts';
import { HEADER_SEARCH_ROWS, cellsBelow, confidenceOf, gridWidth, headerText, writtenHeader } from './grid-reading.ts';

/** What a document register's columns say, besides the dates and intervals the checklist's roles already read. */
export type RegisterColumn = 'revision' | 'docNumber' | 'title' | 'approved';

const REGISTER_WORDS: Readonly<Record<RegisterColumn, { exact: readonly string[]; phrases: readonly string[] }>> = {
  revision: {
    exact: [
      'rev',
      'rev #',
      'rev no',
      'revision',
      'revision #',
      'revision no',
      'version',
      'ver',
      'edition',
      'current rev',
      'current revision',
      'current version',
    ],
    phrases: ['revision', 'version'],
  },
  docNumber: {
    exact: ['doc #', 'doc no', 'doc id', 'document #', 'document no', 'document number', 'document id', 'form #', 'form no', 'form number', 'procedure #'],
    phrases: ['doc #', 'doc no', 'document #', 'document no', 'form #'],
  },
  title: {
    exact: [
      'document',
      'documents',
      'document name',
      'document title',
      'title',
      'doc',
      'doc name',
      'doc title',
      'name of document',
      'form',
      'form name',
      'policy / procedure',
      'procedure',
      'policy',
      'swp / form',
    ],
    phrases: ['document name', 'document title', 'doc title'],
  },
  approved: {
    exact: ['approved by', 'approver', 'authorized by', 'authorised by', 'signed off by', 'master copy', 'location of master', 'distribution'],
    phrases: ['approved', 'authori', 'master copy', 'distribution'],
  },
};

const REGISTER_NAME = /\b(document|doc|register|master list|controlled|doc control|document control)/i;

/** Where a document register's columns are, as its header row names them. Columns are 0-based. */
export interface RegisterLayout {
  /** 0-based index of the header row in the grid. */
  readonly headerRow: number;
  /** The register's own columns its header names: revision, document number, title, approver. */
  readonly columns: ReadonlyMap<RegisterColumn, number>;
  /** The review frequency column ("Review every (months)"), or -1. */
  readonly interval: number;
  /** The first column its header dates (a revision, review or next-review date), or -1. */
  readonly firstDate: number;
  /** Documents listed under the header, in the rows sampled. */
  readonly documents: number;
  /** How well the header reads as a register's, before the sheet's name is heard. */
  readonly score: number;
}

/**
 * The layout of a sheet read as a document register: the early row whose header best names one
 * (a revision, or a numbered title reviewed on a cycle) over two or more documents; null when none does.
 */
export function findRegisterLayout(grid: Grid): RegisterLayout | null {
  const width = Math.min(gridWidth(grid), 200);
  let best: RegisterLayout | null = null;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const row = grid[r] ?? [];
    const found = new Map<RegisterColumn, number>();
    let interval = -1;
    let firstDate = -1;
    for (let c = 0; c < Math.min(width, row.length); c++) {
      const header = headerText(row[c]);
      if (header === '') continue;
      const column = (Object.keys(REGISTER_WORDS) as RegisterColumn[]).find((k) => headerNames(header, REGISTER_WORDS[k].exact, REGISTER_WORDS[k].phrases));
      if (column && !found.has(column)) found.set(column, c);
      else if (!column && interval < 0 && (headerScore('interval', header) >= 0.7 || holdsIntervals(grid, r, c))) interval = c;
      else if (!column && firstDate < 0 && (headerScore('date', header) >= 0.7 || headerScore('due', header) >= 0.7)) firstDate = c;
    }
    const revision = found.has('revision');
    const titled = found.has('title') || found.has('docNumber');
    // A revision column marks a register; without one, a numbered or titled document list reviewed on a cycle.
    if (!(revision && (titled || firstDate >= 0)) && !(found.has('docNumber') && found.has('title') && (interval >= 0 || firstDate >= 0))) continue;
    const documents = cellsBelow(grid, r, found.get('title') ?? found.get('docNumber')!).filter((cell) => cellText(cell) !== '').length;
    if (documents < 2) continue;
    // A revision beside a document title is the register's mark: a checklist tracks requirements, not revisions.
    const score =
      0.45 +
      (revision ? (titled ? 0.3 : 0.2) : 0) +
      (found.has('docNumber') ? 0.1 : 0) +
      (found.has('title') ? 0.05 : 0) +
      (interval >= 0 ? 0.1 : 0) +
      (found.has('approved') ? 0.05 : 0);
    if (!best || score > best.score) best = { headerRow: r, columns: found, interval, firstDate, documents, score };
  }
  return best;
}

/**
 * Reads a sheet as a document register: one row per document (a title, often a number such as
 * HS-004), its revision and revision or review date, and how often each is reviewed.
 */
export function readAsRegister(name: string, grid: Grid): KindReading | null {
  const layout = findRegisterLayout(grid);
  if (layout === null) return null;
  const row = grid[layout.headerRow] ?? [];
  const named = [...layout.columns.values(), layout.interval, layout.firstDate]
    .filter((c) => c >= 0)
    .sort((a, b) => a - b)
    .map((c) => `${writtenHeader(row[c])} (${columnLetter(c)})`);
  const reasons = [`row ${layout.headerRow + 1} heads a document register: ${named.join(', ')}`, `${layout.documents} documents listed`];
  const byName = REGISTER_NAME.test(name);
  if (byName) reasons.push(`the sheet's name "${name}" says it lists documents`);
  return { kind: 'document-register', score: confidenceOf(layout.score + (byName ? 0.1 : 0)), reasons };
}

/** A column headed loosely ("Review", "Cycle") whose cells are mostly review frequencies ("annually", "every 2 years"). */
function holdsIntervals(grid: Grid, headerRow: number, column: number): boolean {
  const filled = cellsBelow(grid, headerRow, column).filter((cell) => cellText(cell) !== '');
  return filled.length >= 2 && filled.filter(looksLikeInterval).length * 2 > filled.length;
}
