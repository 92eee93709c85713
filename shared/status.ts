import { distance } from 'fastest-levenshtein';
import type { Cell } from './cells.ts';

/** What a status (or N/A-bearing evidence) cell says about an item. */
export type StatusSays = 'done' | 'n/a' | 'open' | 'blank';

// Besides the usual words: OK, Closed (corrective actions are closed), In place, Up to date,
// Current, and the French words Alberta's francophone teams write.
// Small crews also write what happened to the record: Filed, On file, Submitted, Signed, Passed.
const DONE = new Set([
  'done',
  'complete',
  'completed',
  'yes',
  'y',
  'true',
  '✓',
  '✔',
  '✔️',
  '✅',
  '☑',
  '☑️',
  '√',
  'ready',
  'ok',
  'closed',
  'in place',
  'up to date',
  'current',
  'fait',
  'oui',
  'complété',
  'terminé',
  'yep',
  'yup',
  'finished',
  'filed',
  'on file',
  'in binder',
  'submitted',
  'signed',
  'signed off',
  'approved',
  'passed',
  '100%',
]);
// "Completd", "Compelte": one slip, or two letters swapped, in a long done word (letters only: "Complete?" hedges).
const TYPO_DONE = ['complete', 'completed'];
const sortedLetters = (text: string): string => [...text].sort().join('');

function isTypoOfDone(text: string): boolean {
  if (!/^[a-z]+$/.test(text)) return false;
  return TYPO_DONE.some((word) => {
    const d = distance(text, word);
    return d === 1 || (d === 2 && sortedLetters(text) === sortedLetters(word));
  });
}
// "Done - filed", "Yes (see binder)", "Y - in truck", "✓ binder": a done word or mark, then a remark that takes nothing back.
const DONE_WITH_REMARK =
  /^(done|complete|completed|yes|y|closed|ok|finished|filed|submitted|signed|approved|passed|fait|oui|complété|terminé|✓|✔|✅|√)(?=[\s.,;:!()✓✔✅-]|$)/;
const HEDGE = /\?|\b(soon|mostly|partly|partial|partially|not|no|pending|but|except|almost|nearly|progress|draft|until|needs?|tbd)\b/;
const NOT_APPLICABLE = new Set(['n/a', 'na', 'n.a.', 'not applicable', 'n / a', 's.o.', 'so', 'sans objet', 'ne s’applique pas', "ne s'applique pas"]);
// A status of "N/A - no heights" or "N/A (landlord runs it)" says why; "N/A yet", "N/A for now?" wait on something.
const NOT_APPLICABLE_WITH_REASON = /^(n\/a|n\.a\.|na|not applicable)(?=[\s,;:()-])/;
const NOT_YET = /\?|\b(yet|for now|until|tbd|maybe|not sure|check)\b/;

// Whitespace other than single spaces: the only text the folding in normalise changes.
const UNFOLDED = /[^\S ]| {2}/;

function normalise(text: string): string {
  const lower = text.trim().toLowerCase();
  // Most cells are single-spaced already, and testing for that costs a fraction of the replace.
  return UNFOLDED.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

export function readStatus(cell: Cell): StatusSays {
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
const READINGS = new Map<string, StatusSays>();

function readStatusText(cell: string): StatusSays {
  const text = normalise(cell);
  if (text === '') return 'blank';
  if (DONE.has(text) || isTypoOfDone(text)) return 'done';
  if (NOT_APPLICABLE.has(text) || (NOT_APPLICABLE_WITH_REASON.test(text) && !NOT_YET.test(text))) return 'n/a';
  if (DONE_WITH_REMARK.test(text) && !HEDGE.test(text)) return 'done';
  return 'open';
}

/**
 * True when a cell reads exactly as "not applicable" (teams write N/A in the evidence column too;
 * there "N/A - see binder" may point to a record, so only the status cell takes a reason after it).
 */
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
  'no',
  'n',
  'false',
  'open',
  'in progress',
  'pending',
  'not started',
  'started',
  'todo',
  'to do',
  'overdue',
  'missing',
  'partial',
  'incomplete',
  'x',
  '✗',
  '✘',
  '❌',
  '☐',
  'needs work',
  'ongoing',
]);
