/**
 * The workbench page's JSON API, declared once: the server answers each route with its type and the
 * page (workbench/page/) calls it through `callApi`, so both are checked against the same contract.
 * Types only: the page's bundle takes nothing of the server from here.
 */

import type { TriggerRun } from '../apps-script/local-host/index.ts';
import type { WorkbenchState } from './grid-state.ts';
import type { WorkbenchOutbox } from './session.ts';

export type { ActiveSheetState, CellState, Selection, WorkbenchState } from './grid-state.ts';
export type { WorkbenchOutbox } from './session.ts';

/** A change to a sheet's shape, as Sheets' row and column menus make it (1-based; `to` is the place before which a move lands). */
export type ShapeChange =
  | { readonly op: 'insert' | 'delete'; readonly axis: 'rows' | 'columns'; readonly index: number; readonly count?: number }
  | { readonly op: 'move'; readonly axis: 'rows' | 'columns'; readonly index: number; readonly count?: number; readonly to: number };

/** Each route: what the page sends (`null` for a GET) and what the server answers. */
export interface PageApi {
  'GET /api/state': { request: null; answer: WorkbenchState };
  /** Types into a cell as a person does, then runs the add-on's onEdit. */
  'POST /api/edit': { request: { sheet: string; row: number; col: number; value: string }; answer: WorkbenchState };
  'POST /api/activate': { request: { sheet: string }; answer: WorkbenchState };
  'POST /api/rearrange': { request: ShapeChange & { sheet: string }; answer: WorkbenchState };
  /** What the add-on threw comes back as `menuError` (as Sheets shows a script's error), not as a failure. */
  'POST /api/menu': { request: { name: string }; answer: WorkbenchState & { menuError: string | null } };
  'POST /api/close-dialog': { request: Record<string, never>; answer: WorkbenchState };
  'GET /api/outbox': { request: null; answer: WorkbenchOutbox };
  /** The runs are this call's, each with its error when it failed. */
  'POST /api/fire-triggers': { request: Record<string, never>; answer: WorkbenchOutbox & { runs: TriggerRun[] } };
}

export type PageRoute = keyof PageApi;

/** What every refused request answers (4xx or 5xx), with a message for the person. */
export interface ApiRefusal {
  error: string;
}
