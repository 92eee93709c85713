/**
 * Where a clip goes. A reference id (E4-02) is found by the server itself; a row of the team's own
 * tracker is only where the item was when it was picked (teams sort and insert rows while a clip
 * waits), so a row target carries the item's text too, and the server finds the item by it.
 */
import type { RequirementChoice } from '../../shared/clip-protocol.ts';

export interface Target {
  readonly requirement: string | number;
  /** The item's text as the picker showed it: set whenever `requirement` is a row, else null. */
  readonly item: string | null;
}

export function targetOf(choice: RequirementChoice): Target {
  return choice.id !== null ? { requirement: choice.id, item: null } : { requirement: choice.row, item: choice.text };
}

export const sameTarget = (a: Target, b: Target): boolean => a.requirement === b.requirement && a.item === b.item;

/**
 * The picker's choice for a remembered target, in today's list: by id, or a row item by its text
 * (at the same row when several items have that text), so "recently used" follows an item that moved.
 */
export function findChoice(target: Target, choices: readonly RequirementChoice[]): RequirementChoice | undefined {
  if (typeof target.requirement === 'string') return choices.find((c) => c.id === target.requirement);
  const named = choices.filter((c) => c.id === null && c.text === target.item);
  return named.find((c) => c.row === target.requirement) ?? named[0];
}

/** How people read a target: "E4-02" or "Row 30 · Forklift daily pre-use checks". */
export function targetLabel(target: Target): string {
  return typeof target.requirement === 'number' ? `Row ${target.requirement} · ${target.item ?? ''}`.slice(0, 120) : target.requirement;
}
