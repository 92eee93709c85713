import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { columnLetter } from '../../shared/index.ts';
import type { ActiveSheetState, Selection } from '../page-api.ts';
import { cellView } from './grid-cells.ts';
import type { ShapeMenuAt } from './ShapeMenu.tsx';
import { shapeMenuItems } from './shape-menu-items.ts';
import './Grid.css';

/** What the name box and formula bar show for the cell being typed into. */
export interface FocusedCell {
  readonly name: string;
  readonly content: string;
}

interface Props {
  readonly sheet: ActiveSheetState;
  /** The add-on's selection, when it is on this sheet. */
  readonly selection: Selection | null;
  /** A cell took the focus (null: the grid lost it, the selection shows again). */
  readonly onFocusCell: (cell: FocusedCell | null) => void;
  /** Saves what was typed into a cell; resolves once the workbench answered, either way. */
  readonly onEdit: (row: number, col: number, value: string) => Promise<void>;
  /** A cell was left as it was: a state held back while it was being typed into may be drawn now. */
  readonly onLeftUnchanged: () => void;
  readonly onShapeMenu: (at: ShapeMenuAt) => void;
}

const ROW_HEAD_WIDTH = 46;

/** The cell element of an event, with its place. */
function cellOf(target: EventTarget | null): { td: HTMLTableCellElement; row: number; col: number } | null {
  const td = target instanceof Element ? target.closest<HTMLTableCellElement>('td[data-col]') : null;
  if (!td?.parentElement) return null;
  return { td, row: Number(td.parentElement.dataset.row), col: Number(td.dataset.col) };
}

/** Whether a person is typing into a cell now (its text differs from what it held): the grid is not redrawn under them. */
export function typingInCell(): boolean {
  const cell = cellOf(document.activeElement);
  return cell !== null && cell.td.textContent !== cell.td.dataset.raw;
}

/**
 * The active sheet as Sheets draws it: letters and numbers, frozen rows kept in view, the
 * selection, and cells to type into (Enter saves and moves down, Escape cancels, leaving saves).
 * A cell a person typed into is the browser's until they leave it; then it is drawn afresh (a new
 * key), so what they typed never lingers over what the sheet holds.
 */
export function Grid({ sheet, selection, onFocusCell, onEdit, onLeftUnchanged, onShapeMenu }: Props) {
  const main = useRef<HTMLElement>(null);
  const [redrawn, setRedrawn] = useState<Readonly<Record<string, number>>>({});
  const redraw = (row: number, col: number) => setRedrawn((all) => ({ ...all, [`${row}:${col}`]: (all[`${row}:${col}`] ?? 0) + 1 }));
  const shown = useRef<{ sheet: string | null; selection: string }>({ sheet: null, selection: '' });

  useLayoutEffect(() => {
    const grid = main.current;
    if (!grid) return;
    // Frozen rows stay in view as in Sheets: each sticks below the column letters and the frozen rows above it.
    let stick = grid.querySelector('thead tr')?.getBoundingClientRect().height ?? 0;
    for (let r = 1; r <= sheet.frozenRows; r++) {
      const tr = grid.querySelector<HTMLElement>(`tr[data-row="${r}"]`);
      if (!tr) break;
      for (const cell of Array.from(tr.children) as HTMLElement[]) cell.style.top = `${stick}px`;
      stick += tr.getBoundingClientRect().height;
    }
    // Another sheet opens at its top left, as a tab does in Sheets (a Go to row below then scrolls to its row).
    if (sheet.name !== shown.current.sheet) {
      grid.scrollTop = 0;
      grid.scrollLeft = 0;
      shown.current.sheet = sheet.name;
    }
    // A new selection (Go to row) is scrolled to the middle of the grid.
    const key = selection ? JSON.stringify(selection) : '';
    if (selection && key !== shown.current.selection) {
      const row = grid.querySelector(`tr[data-row="${selection.top}"]`);
      if (row) grid.scrollTop += row.getBoundingClientRect().top - grid.getBoundingClientRect().top - grid.clientHeight / 2;
    }
    shown.current.selection = key;
  });

  const onFocusIn = (event: FocusEvent) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    const raw = cell.td.dataset.raw ?? '';
    onFocusCell({ name: `${columnLetter(cell.col - 1)}${cell.row}`, content: raw });
    // Typing starts from the formula or the whole text, not from the run-on text shown.
    if (cell.td.textContent !== raw) cell.td.textContent = raw;
  };
  const onFocusOut = async (event: FocusEvent) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    const value = cell.td.textContent ?? '';
    if (value === cell.td.dataset.raw) {
      redraw(cell.row, cell.col);
      if (!main.current?.contains(event.relatedTarget as Node | null)) onFocusCell(null);
      onLeftUnchanged();
      return;
    }
    cell.td.dataset.raw = value;
    await onEdit(cell.row, cell.col, value);
    redraw(cell.row, cell.col);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      const below = main.current?.querySelector<HTMLElement>(`tr[data-row="${cell.row + 1}"] td[data-col="${cell.col}"]`);
      if (below) below.focus();
      else cell.td.blur();
    } else if (event.key === 'Escape') {
      cell.td.textContent = cell.td.dataset.raw ?? '';
      cell.td.blur();
    }
  };
  const onContextMenu = (event: MouseEvent) => {
    const head = event.target instanceof Element ? event.target.closest<HTMLElement>('th[data-row-head], th[data-col-head]') : null;
    if (!head) return;
    event.preventDefault();
    const rows = head.dataset.rowHead !== undefined;
    const n = Number(rows ? head.dataset.rowHead : head.dataset.colHead);
    onShapeMenu({ x: event.clientX, y: event.clientY, items: shapeMenuItems(rows ? 'rows' : 'columns', n) });
  };

  const columns = Array.from({ length: sheet.width }, (_, i) => i + 1);
  const width = ROW_HEAD_WIDTH + sheet.columnWidths.reduce((a, b) => a + b, 0);
  const sel = selection;
  return (
    <main id="grid" aria-label="Spreadsheet" ref={main} onFocusIn={onFocusIn} onFocusOut={onFocusOut} onKeyDown={onKeyDown} onContextMenu={onContextMenu}>
      <table style={{ width: `${width}px` }}>
        <colgroup>
          <col style={{ width: `${ROW_HEAD_WIDTH}px` }} />
          {columns.map((c) => (
            <col key={c} style={{ width: `${sheet.columnWidths[c - 1]}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th class="corner" />
            {columns.map((c) => (
              <th key={c} data-col-head={c} class={sel && c >= sel.left && c <= sel.right ? 'sel-head' : undefined}>
                {columnLetter(c - 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.cells.map((_, i) => {
            const r = i + 1;
            const classes = [sel && r >= sel.top && r <= sel.bottom ? 'selected' : '', r <= sheet.frozenRows ? 'frozen' : ''].filter(Boolean);
            return (
              <tr key={r} data-row={r} class={classes.length ? classes.join(' ') : undefined}>
                <th scope="row" data-row-head={r}>
                  {r}
                </th>
                {columns.map((c) => {
                  const view = cellView(sheet, sel, r, c);
                  return (
                    <td
                      key={`${c}:${redrawn[`${r}:${c}`] ?? 0}`}
                      contentEditable="plaintext-only"
                      spellcheck={false}
                      data-col={c}
                      data-raw={view.raw}
                      class={view.className || undefined}
                      style={view.style}
                      title={view.title ?? undefined}
                    >
                      {view.spillWidth === null ? (
                        view.shown
                      ) : (
                        <span class="spill-text" style={{ maxWidth: `${view.spillWidth}px` }}>
                          {view.shown}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {sheet.truncated && <div class="truncated">{sheet.truncated}</div>}
    </main>
  );
}
