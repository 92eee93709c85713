/**
 * What the workbench page draws: the sheets, and for the active one each cell's display text and
 * colour as Sheets would paint it (conditional-format rules first, evaluated with the local host's
 * evaluateFormulaRule, then the cell's own fill), the selection, the sidebar and new toasts.
 */

import { evaluateFormulaRule, type LocalHost, type RuleModel, type SheetModel } from '../apps-script/local-host/index.ts';

/** At most this many rows of a sheet are sent to the page; the rest is in the exports. */
export const MAX_ROWS = 2000;
/** Empty rows and columns shown past the data, as Sheets shows a grid to type into. */
const SPARE_ROWS = 20;
const MIN_ROWS = 40;
const SPARE_COLS = 2;
const MIN_COLS = 10;

export interface CellState {
  /** Display text ('' for an empty cell). */
  t: string;
  /** The formula, when the cell holds one (the local host does not calculate it). */
  f?: string;
  /** Background colour. */
  bg?: string;
  /** Font colour. */
  fg?: string;
  bold?: true;
}

export interface Selection {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ActiveSheetState {
  name: string;
  /** Columns shown. */
  width: number;
  /** Rows shown (cells.length). */
  rows: number;
  /** The last row with content. */
  lastRow: number;
  lastColumn: number;
  /** Said when rows past MAX_ROWS are not shown. */
  truncated: string | null;
  frozenRows: number;
  /** Column widths in pixels, one per column shown. */
  columnWidths: number[];
  cells: CellState[][];
  /** Colour rules the workbench cannot evaluate (only the add-on's formula shapes are known); they paint nothing here. */
  unknownRules: number;
}

export interface WorkbenchState {
  file: string;
  savedTo: string;
  spreadsheetName: string;
  /** The day the verdicts are judged on when the clock is fixed, else null (today). */
  today: string | null;
  sheets: { name: string; hidden: boolean }[];
  active: ActiveSheetState;
  selection: Selection | null;
  menus: { caption: string; functionName: string }[];
  sidebar: { open: boolean; opened: number; view: string | null; title: string | null };
  /** The modal dialog the add-on showed (showModalDialog), until the page closes it; `opened` counts showings. */
  dialog: { opened: number; title: string; width: number | null; height: number | null } | null;
  /** The add-on's toasts since the last state, oldest first; `seconds` as toast() was given it (null: Sheets' 5 s, negative: until dismissed). */
  toasts: { title: string; message: string; seconds: number | null }[];
}

type Extra = Pick<WorkbenchState, 'file' | 'savedTo' | 'today' | 'menus' | 'sidebar' | 'dialog' | 'toasts'>;

function inRange(rule: RuleModel, row: number, col: number): boolean {
  return rule.ranges.some((r) => row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols);
}

/**
 * The colour a cell shows: in Sheets the first conditional-format rule that holds paints the cell
 * over its own fill; a rule the workbench cannot evaluate (null) is skipped.
 */
export function cellPaint(sheet: SheetModel, row: number, col: number): { bg?: string; fg?: string; bold?: true } {
  const own = sheet.cells[row - 1]?.[col - 1];
  const paint: { bg?: string; fg?: string; bold?: true } = {};
  if (own?.background) paint.bg = own.background;
  if (own?.fontWeight === 'bold') paint.bold = true;
  for (const rule of sheet.rules) {
    if (!inRange(rule, row, col)) continue;
    if (evaluateFormulaRule(sheet, rule, row, col) !== true) continue;
    if (rule.background) paint.bg = rule.background;
    if (rule.fontColor) paint.fg = rule.fontColor;
    if (rule.bold) paint.bold = true;
    break;
  }
  return paint;
}

/** A width that fits the column's text (text that spills into an empty neighbour does not count). */
function columnWidths(sheet: SheetModel, texts: string[][], width: number): number[] {
  const widths: number[] = [];
  for (let c = 0; c < width; c++) {
    const set = sheet.columnWidths[c];
    if (set !== undefined) {
      widths.push(set);
      continue;
    }
    let longest = 0;
    for (let r = 0; r < Math.min(texts.length, 300); r++) {
      const text = texts[r]![c] ?? '';
      if (text === '') continue;
      const spills = c + 1 < width && (texts[r]![c + 1] ?? '') === '';
      if (spills) continue;
      const line = Math.max(...text.split('\n').map((l) => l.length));
      longest = Math.max(longest, line);
    }
    widths.push(Math.round(Math.min(240, Math.max(72, longest * 6.5 + 14))));
  }
  return widths;
}

export function gridState(host: LocalHost, extra: Extra): WorkbenchState {
  const book = host.spreadsheet;
  const model = book.activeSheet();
  const lastRow = book.lastRow(model);
  const lastColumn = book.lastColumn(model);
  const rows = Math.max(1, Math.min(MAX_ROWS, Math.max(lastRow + SPARE_ROWS, MIN_ROWS)));
  const width = Math.max(1, Math.max(lastColumn + SPARE_COLS, MIN_COLS));
  // The host's own display values and formulas, read as the add-on would read them.
  const sheet = host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(model.name);
  const range = sheet.getRange(1, 1, rows, width);
  const texts = range.getDisplayValues() as string[][];
  const formulas = range.getFormulas() as string[][];
  const cells: CellState[][] = texts.map((line, r) =>
    line.map((text, c) => {
      const cell: CellState = { t: text, ...cellPaint(model, r + 1, c + 1) };
      const f = formulas[r]![c];
      if (f) cell.f = f;
      return cell;
    }),
  );
  const unknownRules = model.rules.filter((rule) => rule.ranges[0] && evaluateFormulaRule(model, rule, rule.ranges[0].row, rule.ranges[0].col) === null).length;
  const active = book.active;
  const activeSheet = book.sheetById(active.sheetId);
  const selection: Selection | null =
    activeSheet && active.range
      ? {
          sheet: activeSheet.name,
          top: active.range.row,
          left: active.range.col,
          bottom: active.range.row + active.range.numRows - 1,
          right: active.range.col + active.range.numCols - 1,
        }
      : null;
  return {
    ...extra,
    spreadsheetName: book.name,
    sheets: book.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    active: {
      name: model.name,
      width,
      rows,
      lastRow,
      lastColumn,
      truncated: lastRow > MAX_ROWS ? `Showing rows 1 to ${MAX_ROWS} of ${lastRow}: export the sheet to see them all.` : null,
      frozenRows: model.frozenRows,
      columnWidths: columnWidths(model, texts, width),
      cells,
      unknownRules,
    },
    selection,
  };
}
