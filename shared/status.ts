import type { Cell } from './cells.ts';

/** What a status (or N/A-bearing evidence) cell says about an item. */
export type StatusSays = 'done' | 'n/a' | 'open' | 'blank';

// Besides the usual words: OK, Closed (corrective actions are closed), In place, Up to date,
// Current, and the French words Alberta's francophone teams write.
const DONE = new Set([
  'done', 'complete', 'completed', 'yes', 'y', 'true', '✓', '✔', '✔️', '✅', '☑', '☑️', '√', 'ready',
  'ok', 'closed', 'in place', 'up to date', 'current', 'fait', 'oui', 'complété', 'terminé',
]);
// "Done - filed", "Yes (see binder)", "Y - in truck", "✓ binder": a done word or mark, then a remark that takes nothing back.
const DONE_WITH_REMARK = /^(done|complete|completed|yes|y|closed|ok|fait|oui|complété|terminé|✓|✔|✅|√)(?=[\s.,;:!()✓✔✅-]|$)/;
const HEDGE = /\?|\b(soon|mostly|partly|partial|partially|not|no|pending|but|except|almost|nearly|progress|draft|until|needs?|tbd)\b/;
const NOT_APPLICABLE = new Set(['n/a', 'na', 'n.a.', 'not applicable', 'n / a', 's.o.', 'so', 'sans objet', 'ne s’applique pas', "ne s'applique pas"]);

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function readStatus(cell: Cell): StatusSays {
  if (cell === null || cell === undefined) return 'blank';
  if (typeof cell === 'boolean') return cell ? 'done' : 'open';
  if (cell instanceof Date) return 'open';
  const text = normalise(String(cell));
  if (text === '') return 'blank';
  if (DONE.has(text)) return 'done';
  if (NOT_APPLICABLE.has(text)) return 'n/a';
  if (DONE_WITH_REMARK.test(text) && !HEDGE.test(text)) return 'done';
  return 'open';
}

/** True when a cell reads exactly as "not applicable" (teams write N/A in the evidence column too). */
export function readsNotApplicable(cell: Cell): boolean {
  return typeof cell === 'string' && NOT_APPLICABLE.has(normalise(cell));
}

/** True when a cell looks like a status value (used to recognise a status column by its values). */
export function looksLikeStatus(cell: Cell): boolean {
  if (typeof cell === 'boolean') return true;
  if (typeof cell !== 'string') return false;
  const text = normalise(cell);
  return DONE.has(text) || NOT_APPLICABLE.has(text) || STATUS_WORDS.has(text);
}

const STATUS_WORDS = new Set([
  'no', 'n', 'false', 'open', 'in progress', 'pending', 'not started', 'started', 'todo', 'to do',
  'overdue', 'missing', 'partial', 'incomplete', 'x', '✗', '✘', '❌', '☐', 'needs work', 'ongoing',
]);
