/**
 * An oracle of whose cells are whose, kept apart from the add-on's own bookkeeping: columns the
 * add-on made are marked with the test's own developer metadata (which Sheets, and the local host,
 * move with the column), and sheets the add-on made are remembered by id. Every other cell is the
 * team's, and the tests check that the add-on never changes one.
 */
import type { LocalSpreadsheet, SheetModel } from '../apps-script/local-host/index.ts';
import { a1Of, parseA1 } from '../apps-script/local-host/a1.ts';

const ADD_ON_COLUMN = 'test.add-on-column';
const TEAM_COLUMN = 'test.team-column';
const KEPT_COLUMN = 'test.kept-column';
/** Columns of the add-on's Action Plan whose cells are the team's once written (README: the plan keeps them). */
const KEPT_HEADERS = new Set(['Owner', 'Due', 'Status', 'Notes']);

export interface CellState {
  readonly value: unknown;
  readonly formula: string;
}

export interface TeamCells {
  readonly cells: ReadonlyMap<string, CellState>;
  /** Per add-on sheet, the last row whose kept columns were read as the team's. */
  readonly keptRows: ReadonlyMap<number, number>;
}

export class Ownership {
  /** Sheets the add-on made. */
  readonly addOnSheets = new Set<number>();
  /** Sheets that existed before the add-on ran, or the team made. */
  readonly teamSheets = new Set<number>();

  constructor(readonly book: LocalSpreadsheet) {
    for (const sheet of book.sheets) this.teamSheets.add(sheet.id);
  }

  private mark(sheet: SheetModel, col: number, key: string): void {
    this.book.metadata.push({
      id: this.book.nextMetadataId++,
      key,
      value: null,
      visibility: 'PROJECT',
      location: { type: 'COLUMN', sheetId: sheet.id, index: col },
    });
  }

  private marked(sheet: SheetModel, key: string): Set<number> {
    return new Set(
      this.book.metadata
        .filter((m) => m.key === key && m.location.type === 'COLUMN' && m.location.sheetId === sheet.id)
        .map((m) => (m.location as { index: number }).index),
    );
  }

  /**
   * Call after an add-on step: new sheets are the add-on's; after setup (`setup`), so are the
   * columns it filled right of the team's table, which were empty before.
   */
  afterAddOn(before: ReadonlyMap<number, number>, setup: boolean): void {
    for (const sheet of this.book.sheets) {
      if (!this.teamSheets.has(sheet.id) && !this.addOnSheets.has(sheet.id)) {
        this.addOnSheets.add(sheet.id);
        const header = (sheet.cells[0] ?? []).map((cell) => String(cell?.value ?? ''));
        if (header.includes('Plan key')) header.forEach((text, c) => KEPT_HEADERS.has(text) && this.mark(sheet, c + 1, KEPT_COLUMN));
      }
      if (!setup || !this.teamSheets.has(sheet.id)) continue;
      const width = before.get(sheet.id) ?? 0;
      const now = this.book.lastColumn(sheet);
      const mine = this.marked(sheet, ADD_ON_COLUMN);
      for (let c = width + 1; c <= now; c++) if (!mine.has(c)) this.mark(sheet, c, ADD_ON_COLUMN);
    }
  }

  /** Each team sheet's last column with content, to call afterAddOn with. */
  widths(): Map<number, number> {
    return new Map(this.book.sheets.filter((s) => this.teamSheets.has(s.id)).map((s) => [s.id, this.book.lastColumn(s)]));
  }

  /** A sheet the team made. */
  teamMadeSheet(sheet: SheetModel): void {
    this.teamSheets.add(sheet.id);
  }

  /** A column the team inserted into one of the add-on's sheets is the team's. */
  teamInsertedColumn(sheet: SheetModel, col: number): void {
    if (this.addOnSheets.has(sheet.id)) this.mark(sheet, col, TEAM_COLUMN);
  }

  isAddOnColumn(sheet: SheetModel, col: number): boolean {
    return this.addOnSheets.has(sheet.id) ? !this.marked(sheet, TEAM_COLUMN).has(col) : this.marked(sheet, ADD_ON_COLUMN).has(col);
  }

  /**
   * Every team cell, empty ones included up to the used edge, by sheet id and A1: what the add-on
   * must leave exactly as it is (value and formula).
   */
  teamCells(previous?: TeamCells): TeamCells {
    const out = new Map<string, CellState>();
    const lastRows = new Map<number, number>();
    for (const sheet of this.book.sheets) {
      const addOnSheet = this.addOnSheets.has(sheet.id);
      const team = addOnSheet ? this.marked(sheet, TEAM_COLUMN) : null;
      const kept = addOnSheet ? this.marked(sheet, KEPT_COLUMN) : null;
      const own = addOnSheet ? null : this.marked(sheet, ADD_ON_COLUMN);
      // Lines the add-on appends after a reading are not the team's yet: the kept rows are the earlier reading's.
      const last = previous ? (previous.keptRows.get(sheet.id) ?? 1) : this.book.lastRow(sheet);
      lastRows.set(sheet.id, last);
      const rows = Math.max(last, 1) + 2;
      const cols = Math.max(this.book.lastColumn(sheet), 1) + 2;
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          // In the add-on's sheets: the team's inserted columns, and the kept columns of lines already written.
          if (team ? !team.has(c) && !(kept!.has(c) && r > 1 && r <= last) : own!.has(c)) continue;
          const cell = sheet.cells[r - 1]?.[c - 1];
          const v = cell?.value;
          out.set(`${sheet.id}!${a1Of(r, c)}`, { value: v instanceof Date ? `date:${v.getTime()}` : (v ?? ''), formula: cell?.formula ?? '' });
        }
      }
    }
    return { cells: out, keptRows: lastRows };
  }
}

/** The row tag the add-on puts on each requirement it adds to the tracker (README: Add). */
const ADDED_ROW_TAG = 'secor-ready.added';

/** The developer metadata ids there are now, to tell later which rows an add-on step added. */
export function metadataIds(book: LocalSpreadsheet): Set<number> {
  return new Set(book.metadata.map((m) => m.id));
}

/**
 * After the add-on added requirements (rows inserted among the team's and appended below them),
 * a teamCells() reading with those rows taken out and the rows below moved back up: the team's
 * rows compared by identity, not by position. The added rows are the ones tagged since `known`.
 */
export function withoutAddedRows(own: Ownership, previous: TeamCells, known: ReadonlySet<number>): TeamCells {
  const added = new Map<number, number[]>();
  for (const m of own.book.metadata) {
    if (known.has(m.id) || m.key !== ADDED_ROW_TAG || m.location.type !== 'ROW') continue;
    added.set(m.location.sheetId, [...(added.get(m.location.sheetId) ?? []), m.location.index]);
  }
  const grown = new Map(previous.keptRows);
  for (const [sheetId, rows] of added) grown.set(sheetId, (grown.get(sheetId) ?? 1) + rows.length);
  const reading = own.teamCells({ cells: previous.cells, keptRows: grown });
  const cells = new Map<string, CellState>();
  for (const [key, state] of reading.cells) {
    const bang = key.indexOf('!');
    const rows = added.get(Number(key.slice(0, bang)));
    const at = parseA1(key.slice(bang + 1))!;
    if (rows?.includes(at.row!)) continue;
    const above = rows ? rows.filter((r) => r < at.row!).length : 0;
    cells.set(`${key.slice(0, bang)}!${a1Of(at.row! - above, at.col!)}`, state);
  }
  return { cells, keptRows: previous.keptRows };
}

/** The cells that differ between two teamCells() readings: [where, before, after]. */
export function changedCells(first: TeamCells, second: TeamCells): [string, CellState | undefined, CellState | undefined][] {
  const before = first.cells;
  const after = second.cells;
  const out: [string, CellState | undefined, CellState | undefined][] = [];
  const empty = (s: CellState | undefined) => s === undefined || (s.value === '' && s.formula === '');
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (empty(a) && empty(b)) continue;
    if (a?.value !== b?.value || a?.formula !== b?.formula) out.push([key, a, b]);
  }
  return out;
}
