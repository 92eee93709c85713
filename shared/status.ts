import type { Cell } from './cells.ts';

/** What a status (or N/A-bearing evidence) cell says about an item. */
export type StatusReading = 'done' | 'n/a' | 'open' | 'blank';

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

// Whitespace other than single spaces: the only text the folding in normalise changes.
const UNFOLDED = /[^\S ]| {2}/;

function normalise(text: string): string {
  const lower = text.trim().toLowerCase();
  // Most cells are single-spaced already, and testing for that costs a fraction of the replace.
  return UNFOLDED.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

export function readStatus(cell: Cell): StatusReading {
  if (cell === null || cell === undefined) return 'blank';
  if (typeof cell === 'boolean') return cell ? 'done' : 'open';
  if (cell instanceof Date) return 'open';
  if (typeof cell !== 'string') return readStatusText(String(cell));
  let reading = READINGS.get(cell);
  if (reading === undefined) {
    reading = readStatusText(cell);
    if (READINGS.size < 10_000) READINGS.set(cell, reading);
  }
  return reading;
}

// A status column holds a dozen distinct words down 100,000 rows: read each once.
const READINGS = new Map<string, StatusReading>();

function readStatusText(cell: string): StatusReading {
  const text = normalise(cell);
  if (text === '') return 'blank';
  if (DONE.has(text)) return 'done';
  if (NOT_APPLICABLE.has(text)) return 'n/a';
  if (DONE_WITH_REMARK.test(text) && !HEDGE.test(text)) return 'done';
  return 'open';
}

/** True when a cell reads exactly as "not applicable" (teams write N/A in the evidence column too). */
export function readsNotApplicable(cell: Cell): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  // An empty text is tested apart: charAt past the end would throw the caller's optimised code away.
  return text !== '' && NOT_APPLICABLE_FIRST.has(text.charAt(0).toLowerCase().charAt(0)) && NOT_APPLICABLE.has(normalise(text));
}

// The letters "not applicable" starts with, in any of its wordings: evidence cells (links, file
// names) mostly start otherwise, and are told apart without folding their whole text.
const NOT_APPLICABLE_FIRST = new Set([...NOT_APPLICABLE].map((w) => w.charAt(0)));

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
