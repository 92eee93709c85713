import { type Cell, cellText } from './cells.ts';
import { readsNotApplicable } from './status.ts';

/** What an evidence cell holds: a reference to a record, nothing yet, or "not applicable". */
export type EvidenceReading =
  | { readonly kind: 'present'; readonly text: string }
  | { readonly kind: 'missing'; readonly placeholder: string | null }
  | { readonly kind: 'n/a' };

// What teams type while the record is still to be found; no reviewer takes it for proof.
const PLACEHOLDER =
  /^(tbd|tbc|to do|todo|to come|none|nil|no|n|nope|not yet|missing|pending|needed|required|unknown|\?+|-+|–|—|x|\.+|n\/a yet|need(s)? to (find|get|do|write|update)|to be (found|done|written|added|filed)|not (found|filed|done|available|started|on file)|no (record|file|copy|evidence)s?( yet)?)[.!]*$/i;

export function readEvidence(cell: Cell): EvidenceReading {
  if (readsNotApplicable(cell)) return { kind: 'n/a' };
  const text = cellText(cell);
  if (text === '') return { kind: 'missing', placeholder: null };
  if (cell === false || PLACEHOLDER.test(text)) return { kind: 'missing', placeholder: text };
  return { kind: 'present', text };
}
