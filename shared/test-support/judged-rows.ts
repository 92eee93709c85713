/**
 * Tracker rows as the judge left them, for tests of what is scored from them (the rows' readiness,
 * the predicted audit): an item and its verdict, built from the few facts each test varies.
 */
import type { ItemReadiness, ItemVerdict, JudgedItem } from '../gaps.ts';
import type { ElementId, ReferenceRequirement } from '../reference/types.ts';

export interface JudgedRow {
  /** The row's element; defaults to its requirement's. */
  readonly element?: ElementId | null;
  readonly requirement?: ReferenceRequirement | null;
  readonly status: ItemReadiness;
  readonly text?: string;
  readonly points?: { readonly available: number; readonly earned: number };
}

/** The judged item of the row at `index` (0-based): ready and n/a rows have evidence, a gap row has none. */
export function judgedItemOf(row: JudgedRow, index: number): JudgedItem {
  const requirement = row.requirement ?? null;
  return {
    row: index + 1,
    text: row.text ?? `Item ${index + 1}`,
    element: row.element !== undefined ? row.element : (requirement?.element ?? null),
    requirement,
    matchScore: requirement ? 1 : 0,
    candidates: [],
    evidence: row.status === 'gap' ? '' : 'file.pdf',
    evidencePlaceholder: null,
    owner: 'Dana',
    hasDateColumn: false,
    hasOwnerColumn: true,
    date: null,
    unreadableDate: null,
    due: null,
    dueKind: 'deadline',
    interval: null,
    statusSays: row.status === 'n/a' ? 'n/a' : 'done',
    notApplicable: row.status === 'n/a',
    points: row.points ?? null,
    clips: 0,
    verdict: verdictOf(row),
  };
}

/** The verdict of the row: a gap row lacks evidence. */
function verdictOf(row: JudgedRow): ItemVerdict {
  return { readiness: row.status, gaps: row.status === 'gap' ? ['missing-evidence'] : [], warnings: [], staleOn: null, expiring: null, details: [] };
}
