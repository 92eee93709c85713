import { type Cell, cellText } from './cells.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';

/**
 * What a clip is filed under, as the Evidence sheet records it: a reference requirement, or an
 * item of the team's tracker (its text decides, its row when saved breaks ties between items of
 * the same text). An Evidence row written before the Item column names only a row ("Row 14", or
 * "Row 14 · E4-02"): it still reads, as a row target.
 */
export type ClipTarget =
  | { readonly kind: 'requirement'; readonly requirement: string }
  /** `requirement` is the one the item matched when saved, or null; `row` is 1-based. */
  | { readonly kind: 'item'; readonly text: string; readonly row: number | null; readonly requirement: string | null }
  | { readonly kind: 'row'; readonly row: number; readonly requirement: string | null };

/** The Evidence sheet's cells that hold a clip's target, by the role of their column. */
export interface ClipTargetCells {
  readonly requirement: Cell;
  readonly item: Cell;
  readonly itemRow: Cell;
}

/** The cells a clip's target is written as: the requirement id (or ''), the item's text (or '') and its row (or ''). */
export function formatClipTarget(target: ClipTarget): ClipTargetCells {
  switch (target.kind) {
    case 'requirement':
      return { requirement: target.requirement, item: '', itemRow: '' };
    case 'item':
      return { requirement: target.requirement ?? '', item: target.text, itemRow: target.row ?? '' };
    case 'row':
      return { requirement: target.requirement ?? '', item: '', itemRow: target.row };
  }
}

/** Why a row of the Evidence sheet has no target: nothing names one, or its only name is an id the checklist lacks. */
export type ClipTargetProblem = 'no-target' | 'unknown-requirement';

export type ParsedClipTarget =
  | { readonly ok: true; readonly target: ClipTarget }
  | { readonly ok: false; readonly problem: ClipTargetProblem; readonly text: string };

const KNOWN_IDS = new Set(REFERENCE_CHECKLIST.map((r) => r.id));
/** An id anywhere in the cell, whatever its case: a team may type "e4-02" or add words after it. */
const REQUIREMENT_ID = /\b(E\d-\d\d)\b/i;
/** How Evidence rows written before the Item column name their row: "Row 14" or "Row 14 · E4-02". */
const ROW_LABEL = /^row\s*(\d+)\b/i;

/** A sheet row (1-based) as the cell gives it: a whole number, or text that is one. */
function rowOf(cell: Cell): number | null {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d+\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * Reads a clip's target back from its cells (those missing in an older sheet as undefined). Never
 * throws: a hand-edited cell reads as what it plainly says, and a row naming no target, or only an
 * id the checklist lacks, says so.
 */
export function parseClipTarget(cells: Partial<ClipTargetCells>): ParsedClipTarget {
  const label = cellText(cells.requirement);
  const text = cellText(cells.item);
  const id = REQUIREMENT_ID.exec(label)?.[1]?.toUpperCase() ?? null;
  const requirement = id !== null && KNOWN_IDS.has(id) ? id : null;
  const row = rowOf(cells.itemRow) ?? rowOf(ROW_LABEL.exec(label)?.[1]);
  if (text !== '') return { ok: true, target: { kind: 'item', text, row, requirement } };
  if (row !== null) return { ok: true, target: { kind: 'row', row, requirement } };
  if (requirement !== null) return { ok: true, target: { kind: 'requirement', requirement } };
  return id === null ? { ok: false, problem: 'no-target', text: label } : { ok: false, problem: 'unknown-requirement', text: label };
}
