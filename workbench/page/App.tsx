import { memo } from 'preact/compat';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ShapeChange, WorkbenchState } from '../page-api.ts';
import { callApi } from './api.ts';
import { DialogOverlay } from './DialogOverlay.tsx';
import { FormulaBar } from './FormulaBar.tsx';
import { type FocusedCell, Grid as GridView, typingInCell } from './Grid.tsx';
import { rangeName, selectionOn } from './grid-cells.ts';
import { MenuBar } from './MenuBar.tsx';
import { Outbox, type OutboxShown } from './Outbox.tsx';
import { ShapeMenu, type ShapeMenuAt } from './ShapeMenu.tsx';
import { SheetTabs } from './SheetTabs.tsx';
import { SidebarPanel } from './SidebarPanel.tsx';
import { ToastView, useToast } from './Toasts.tsx';
import { TitleBar } from './TitleBar.tsx';

/** The grid is drawn again only when its sheet, selection or handlers change, not when the formula bar does. */
const Grid = memo(GridView);

/** Sent by the sidebar's google.script.run shim (workbench/sidebar-page.ts) to this page. */
interface SidebarMessage {
  source: 'secor-workbench-sidebar';
  event: 'ran' | 'close';
}

function isSidebarMessage(data: unknown): data is SidebarMessage {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === 'secor-workbench-sidebar';
}

/** Whether the sidebar (same origin) shows its readiness view now, or is still loading. */
function showsReadiness(frame: HTMLIFrameElement | null): boolean {
  const doc = frame?.contentDocument;
  return !doc?.querySelector('main > *') || doc.querySelector('main > .readiness') !== null;
}

/**
 * The workbench: the spreadsheet as Sheets shows it, the add-on's menu, sidebar and dialog, and
 * what the local host records of triggers and mail. Every change goes to the server, and the page
 * draws the state it answers.
 */
export function App() {
  const [state, setState] = useState<WorkbenchState | null>(null);
  const { toast, show, dismiss } = useToast();
  const [focused, setFocused] = useState<FocusedCell | null>(null);
  const [sidebarSrc, setSidebarSrc] = useState<string | null>(null);
  const [outbox, setOutbox] = useState<OutboxShown | null>(null);
  const [shapeMenu, setShapeMenu] = useState<ShapeMenuAt | null>(null);
  const sidebarFrame = useRef<HTMLIFrameElement>(null);
  /** A state that arrived while a cell was being typed into: drawn when the person leaves it. */
  const held = useRef<WorkbenchState | null>(null);
  /** The sidebar showing the page loaded (the add-on's count of showSidebar calls); -1 before the first state. */
  const sidebarShown = useRef(-1);
  const sidebarLoads = useRef(0);

  const openSidebar = useCallback((view: string | null) => {
    sidebarLoads.current += 1;
    setSidebarSrc(`/sidebar?${view ? `view=${encodeURIComponent(view)}&` : ''}n=${sidebarLoads.current}`);
  }, []);

  const accept = useCallback(
    (next: WorkbenchState) => {
      for (const t of next.toasts) show(t.title || 'SECOR Ready', t.message, { seconds: t.seconds });
      // The add-on showed a (new) sidebar: load it. On opening the page it starts as Open readiness would show it.
      if (next.sidebar.opened !== sidebarShown.current) {
        openSidebar(sidebarShown.current === -1 ? 'readiness' : null);
        sidebarShown.current = next.sidebar.opened;
      }
      if (typingInCell()) {
        held.current = next;
        return;
      }
      held.current = null;
      setState(next);
    },
    [show, openSidebar],
  );

  const refresh = useCallback(async () => {
    try {
      accept(await callApi('GET /api/state', null));
    } catch (error) {
      show('Workbench', (error as Error).message, { error: true });
    }
  }, [accept, show]);

  useEffect(() => {
    refresh();
    // The sidebar's google.script.run calls change the sheet: redraw after each.
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || !isSidebarMessage(event.data)) return;
      if (event.data.event === 'ran') refresh();
      if (event.data.event === 'close') setSidebarSrc(null);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [refresh]);

  useEffect(() => {
    if (state) document.title = `${state.spreadsheetName} – SECOR Ready workbench`;
  }, [state?.spreadsheetName]);

  const onEdit = useCallback(
    async (row: number, col: number, value: string) => {
      if (!state) return;
      held.current = null;
      try {
        accept(await callApi('POST /api/edit', { sheet: state.active.name, row, col, value }));
        // The readiness view shows what the last scan found: reload it, as Open readiness would. Any
        // other view (findings being pasted, settings being changed) is the coordinator's work in hand: left as it is.
        if (sidebarSrc !== null && showsReadiness(sidebarFrame.current)) openSidebar('readiness');
      } catch (error) {
        show('Edit', (error as Error).message, { error: true });
        await refresh();
      }
    },
    [state, sidebarSrc, accept, show, refresh, openSidebar],
  );
  const onLeftUnchanged = useCallback(() => {
    const next = held.current;
    if (next) accept(next);
  }, [accept]);
  const onShapeChange = async (change: ShapeChange) => {
    if (!state) return;
    try {
      accept(await callApi('POST /api/rearrange', { sheet: state.active.name, ...change }));
    } catch (error) {
      show('Sheets', (error as Error).message, { error: true });
    }
  };
  const closeShapeMenu = useCallback(() => setShapeMenu(null), []);

  if (!state) {
    return (
      <>
        <p class="loading" role="status" aria-busy="true">
          Loading the workbench…
        </p>
        <ToastView toast={toast} onDismiss={dismiss} />
      </>
    );
  }

  const selection = selectionOn(state.active, state.selection);
  const selected = selection ? state.active.cells[selection.top - 1]?.[selection.left - 1] : undefined;
  return (
    <>
      <TitleBar
        state={state}
        onFireTriggers={async () => {
          try {
            setOutbox(await callApi('POST /api/fire-triggers', {}));
            await refresh();
          } catch (error) {
            show('Triggers', (error as Error).message, { error: true });
          }
        }}
        onShowOutbox={async () => {
          try {
            setOutbox(await callApi('GET /api/outbox', null));
          } catch (error) {
            show('Outbox', (error as Error).message, { error: true });
          }
        }}
      />
      <MenuBar
        menus={state.menus}
        onRun={async (item) => {
          try {
            const answer = await callApi('POST /api/menu', { name: item.functionName });
            accept(answer);
            // What the add-on threw, as Sheets shows a script's error.
            if (answer.menuError) show(item.caption, `Error: ${answer.menuError}`, { error: true });
          } catch (error) {
            show(item.caption, (error as Error).message, { error: true });
            await refresh();
          }
        }}
      />
      <FormulaBar name={focused ? focused.name : rangeName(selection)} content={focused ? focused.content : selected ? selected.f || selected.t : ''} />
      <Grid sheet={state.active} selection={selection} onFocusCell={setFocused} onEdit={onEdit} onLeftUnchanged={onLeftUnchanged} onShapeMenu={setShapeMenu} />
      <SheetTabs
        sheets={state.sheets}
        active={state.active}
        onActivate={async (sheet) => {
          try {
            accept(await callApi('POST /api/activate', { sheet }));
          } catch (error) {
            show('Sheets', (error as Error).message, { error: true });
          }
        }}
      />
      <SidebarPanel src={sidebarSrc} title={state.sidebar.title} frameRef={sidebarFrame} onClose={() => setSidebarSrc(null)} />
      <ToastView toast={toast} onDismiss={dismiss} />
      {shapeMenu && <ShapeMenu at={shapeMenu} onChoose={onShapeChange} onClose={closeShapeMenu} />}
      {state.dialog && (
        <DialogOverlay
          dialog={state.dialog}
          onClose={async () => {
            try {
              accept(await callApi('POST /api/close-dialog', {}));
            } catch (error) {
              show('Workbench', (error as Error).message, { error: true });
            }
          }}
        />
      )}
      {outbox && <Outbox outbox={outbox} onClose={() => setOutbox(null)} />}
    </>
  );
}
