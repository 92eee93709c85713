import { ALL_ROLES, type AnyRole } from './roles.ts';

/**
 * Words teams head their columns with. `exact` headers name the role outright; `words` are
 * phrases that suggest it when they appear inside a longer header ("Proof (link)", "Next Due Date").
 */
interface HeaderWords {
  readonly exact: readonly string[];
  readonly words: readonly string[];
}

export const HEADER_WORDS: Record<AnyRole, HeaderWords> = {
  id: {
    exact: ['id', '#', 'no', 'no.', 'ref', 'ref #', 'ref.', 'reference', 'item #', 'item no', 'item no.', 'req id', 'q#', 'q #', 'question #', 'code', 'number', 'num', 'clause', 'requirement id', 'item id'],
    words: ['ref #', 'item #', 'id ', 'id #'],
  },
  element: {
    exact: ['element', 'elements', 'section', 'category', 'area', 'program element', 'group', 'block', 'audit element', 'secor element', 'element / section', 'topic'],
    words: ['element', 'section', 'category'],
  },
  requirement: {
    exact: ['requirement', 'requirements', 'item', 'items', 'audit item', 'question', 'audit question', 'description', 'task', 'criteria', 'criterion', 'checklist item', 'standard', 'activity', 'what', 'what is needed', 'what we need', 'document', 'document / record', 'document/record', 'record', 'required document', 'control', 'program item', 'safety item', 'deliverable'],
    words: ['requirement', 'question', 'audit item', 'checklist item', 'what we need', 'required document', 'description', 'criteria', 'task'],
  },
  evidence: {
    exact: ['evidence', 'link', 'links', 'file', 'files', 'proof', 'location', 'where is it', 'where kept', 'where filed', 'url', 'attachment', 'attachments', 'supporting documents', 'supporting document', 'evidence link', 'evidence location', 'document link', 'file link', 'folder', 'copy', 'records location'],
    words: ['evidence', 'proof', 'link', 'where is it', 'where kept', 'where filed', 'location', 'url', 'attachment', 'supporting doc', 'file path', 'stored'],
  },
  owner: {
    exact: ['owner', 'responsible', 'responsibility', 'assigned to', 'assignee', 'who', 'person responsible', 'lead', 'accountable', 'responsible person', 'by whom', 'contact', 'champion'],
    words: ['owner', 'responsib', 'assigned', 'accountable', 'who '],
  },
  date: {
    exact: ['date', 'last reviewed', 'reviewed', 'date completed', 'completed on', 'completion date', 'last updated', 'updated', 'review date', 'record date', 'date of record', 'last done', 'last inspection', 'issued', 'issue date', 'date issued', 'dated', 'last review', 'last completed', 'date reviewed', 'date signed', 'signed', 'effective date', 'training date', 'last checked', 'as of'],
    words: ['last reviewed', 'last review', 'date completed', 'completed on', 'completion date', 'last updated', 'review date', 'record date', 'last done', 'date ', 'dated ', 'reviewed', 'issued', 'signed on'],
  },
  due: {
    exact: ['due', 'due date', 'next due', 'next review', 'next review date', 'expiry', 'expiry date', 'expires', 'expiration', 'expiration date', 'renewal', 'renewal date', 'deadline', 'target date', 'next', 'next inspection', 'valid until', 'review by', 'due by', 'next due date'],
    words: ['due ', 'expir', 'renew', 'deadline', 'next review', 'next inspection', 'valid until', 'review by', 'target date'],
  },
  status: {
    exact: ['status', 'done', 'done?', 'complete', 'complete?', 'completed', 'completed?', 'ready', 'ready?', 'compliant', 'compliant?', 'yes/no', 'y/n', 'met', 'met?', 'in place', 'in place?', '✓', 'ok', 'ok?', 'state', 'progress', 'check', 'checked'],
    words: ['status', 'yes/no', 'y/n', 'in place', 'complete?', 'done?', 'compliant'],
  },
  notes: {
    exact: ['notes', 'note', 'comments', 'comment', 'remarks', 'details', 'action', 'actions', 'action needed', 'next steps', 'follow up', 'follow-up', 'observations'],
    words: ['note', 'comment', 'remark', 'action'],
  },
  pointsAvailable: {
    exact: ['points available', 'available points', 'available', 'max points', 'maximum points', 'possible', 'points possible', 'possible points', 'max', 'max score', 'out of', 'weight', 'pts available', 'pts possible'],
    words: ['available', 'possible', 'max ', 'out of'],
  },
  pointsEarned: {
    exact: ['points earned', 'earned', 'earned points', 'score', 'points', 'points awarded', 'awarded', 'points scored', 'pts earned', 'pts', 'result', 'achieved'],
    words: ['earned', 'awarded', 'scored', 'achieved'],
  },
};

/** A header as compared: lower case, single-spaced, line breaks and stray marks gone. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\band\b/g, '&')
    .replace(/[*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripParentheses(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * How strongly a (normalised) header names a role, 0..1. An exact header is 1; a phrase inside a
 * longer header is 0.75, which leaves room for the column's values to decide between readings.
 */
export function headerScore(role: AnyRole, header: string): number {
  if (header === '') return 0;
  let scores = SCORE_CACHE.get(header);
  if (!scores) {
    scores = Object.fromEntries(ALL_ROLES.map((r) => [r, computeHeaderScore(r, header)])) as Record<AnyRole, number>;
    if (SCORE_CACHE.size < 5_000) SCORE_CACHE.set(header, scores);
  }
  return scores[role];
}

// Headers repeat across roles and calls: score each distinct text once.
const SCORE_CACHE = new Map<string, Record<AnyRole, number>>();

function computeHeaderScore(role: AnyRole, header: string): number {
  const words = HEADER_WORDS[role];
  const bare = stripParentheses(header);
  if (words.exact.includes(header) || words.exact.includes(bare) || words.exact.includes(bare.replace(/\?$/, ''))) return 1;
  // Phrases match at a word start; a phrase written with a trailing space must also end a word.
  const padded = ` ${header.replace(/[^a-z0-9#/?&✓]+/g, ' ')} `;
  return words.words.some((w) => padded.includes(` ${w}`)) ? 0.75 : 0;
}
