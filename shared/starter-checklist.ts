import { type Profile, enabledRequirements } from './profile.ts';
import { ELEMENT_BY_ID } from './reference/elements.ts';
import type { ElementId } from './reference/types.ts';

/** The starter checklist's columns, headed as a coordinator heads them, so setup reads each role at once. */
export const STARTER_HEADERS: readonly string[] = ['ID', 'Element', 'Requirement', 'Evidence', 'Owner', 'Date done', 'Next due', 'Status', 'Notes'];

/** An element as a tracker names it: "E1 Management commitment & policy". */
export function elementLabel(element: ElementId): string {
  return `${element} ${ELEMENT_BY_ID.get(element)?.name ?? ''}`.trim();
}

/**
 * A checklist for a team that keeps none yet: the header and one row per reference requirement
 * the team's profile keeps (those switched off left out), in the reference order, with evidence,
 * dates and status left for the team. It holds what the sidebar would otherwise list as missing:
 * a proposal's row is scored only once the team switches the proposal on, as in any tracker.
 */
export function starterChecklist(profile: Profile): string[][] {
  const rows = enabledRequirements(profile);
  return [[...STARTER_HEADERS], ...rows.map((r) => [r.id, elementLabel(r.element), r.text, ...STARTER_HEADERS.slice(3).map(() => '')])];
}
