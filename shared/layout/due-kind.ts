import { normaliseHeader } from './header-words.ts';
import type { DueKind } from './roles.ts';

// An expiry ends the record's validity; a next occurrence asks for a new record. Both are read
// before "due", which a next-due header also holds ("Next due", "Cert expires / due").
const EXPIRY = /\b(expir\w*|expires?|exp( date)?$|renewal|renew\w*|valid (until|to|thru|through|till)|good (until|to|till|thru)|recert\w*)\b/;
const NEXT = /\b(next|nxt|upcoming|prochaine?)\b/;

/** A header that says its dates end a record's validity: a tracker's due column, a matrix's ticket column. */
export function headerNamesExpiry(header: string): boolean {
  return EXPIRY.test(normaliseHeader(header));
}

/** What a due column's dates mean, read from its header; a plain deadline when the header says nothing more. */
export function dueKindOf(header: string): DueKind {
  const text = normaliseHeader(header);
  if (headerNamesExpiry(header)) return 'expiry';
  if (NEXT.test(text)) return 'next';
  return 'deadline';
}
