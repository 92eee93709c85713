import { distance } from 'fastest-levenshtein';
import { ALL_ROLES, type AnyRole } from './roles.ts';

/**
 * Words teams head their columns with. `exact` headers name the role outright; `words` are
 * phrases that suggest it when they appear inside a longer header ("Proof (link)", "Next Due Date").
 */
interface HeaderWords {
  readonly exact: readonly string[];
  readonly words: readonly string[];
}

const WRITTEN_HEADER_WORDS: Record<AnyRole, HeaderWords> = {
  id: {
    exact: [
      'id',
      '#',
      'no',
      'ref',
      'ref #',
      'reference',
      'item #',
      'item no',
      'req id',
      'req #',
      'q#',
      'q #',
      'question #',
      'code',
      'number',
      'num',
      'clause',
      'requirement id',
      'item id',
      'no de reference',
    ],
    words: ['ref #', 'item #', 'id ', 'id #'],
  },
  element: {
    exact: [
      'element',
      'elements',
      'elem',
      'section',
      'category',
      'area',
      'program element',
      'group',
      'block',
      'audit element',
      'secor element',
      'element / section',
      'topic',
      'categorie',
    ],
    words: ['element', 'section', 'category'],
  },
  requirement: {
    exact: [
      'requirement',
      'requirements',
      'req',
      'reqs',
      'reqt',
      'item',
      'items',
      'exigence',
      'exigences',
      'critere',
      'element de verification',
      'audit item',
      'question',
      'audit question',
      'description',
      'task',
      'criteria',
      'criterion',
      'checklist item',
      'standard',
      'activity',
      'what',
      'what is needed',
      'what we need',
      'document',
      'document / record',
      'record',
      'what we track',
      'what we check',
      'tracked item',
      'required document',
      'control',
      'program item',
      'safety item',
      'deliverable',
    ],
    // "Thing to have", "Things to check": a small crew's own word for the item.
    words: [
      'thing',
      'item ',
      'requirement',
      'question',
      'audit item',
      'checklist item',
      'what we need',
      'what we track',
      'required document',
      'description',
      'criteria',
      'task',
    ],
  },
  evidence: {
    exact: [
      'evidence',
      'where',
      'link',
      'links',
      'file',
      'files',
      'proof',
      'doc',
      'docs',
      'preuve',
      'preuves',
      'piece justificative',
      'lien',
      'emplacement',
      'location',
      'where is it',
      'where kept',
      'where filed',
      'url',
      'attachment',
      'attachments',
      'supporting documents',
      'supporting document',
      'evidence link',
      'evidence location',
      'document link',
      'file link',
      'folder',
      'copy',
      'records location',
      'where its kept',
      'where it is kept',
      'where its filed',
      'where stored',
      'wheres it at',
      'where its at',
      'kept where',
      'filed where',
      'binder',
    ],
    words: [
      'evidence',
      'proof',
      'link',
      'where is it',
      'where kept',
      'where filed',
      'where its kept',
      'where it is kept',
      'location',
      'url',
      'attachment',
      'supporting doc',
      'file path',
      'stored',
      'binder',
    ],
  },
  owner: {
    exact: [
      'owner',
      'responsible',
      'responsibility',
      'resp',
      'assigned to',
      'assignee',
      'who',
      'person responsible',
      'lead',
      'accountable',
      'responsible person',
      'by whom',
      'contact',
      'champion',
      'responsable',
      'person',
      'name',
      'staff',
      'assigned',
      'done by',
      'who does it',
      'in charge',
      'driver',
    ],
    words: ['owner', 'responsib', 'assigned', 'accountable', 'who ', 'whos ', 'in charge'],
  },
  date: {
    exact: [
      'date',
      'last reviewed',
      'reviewed',
      'date completed',
      'completed on',
      'completion date',
      'last updated',
      'updated',
      'review date',
      'record date',
      'date of record',
      'last done',
      'last inspection',
      'issued',
      'issue date',
      'date issued',
      'dated',
      'last review',
      'last completed',
      'date reviewed',
      'date signed',
      'signed',
      'effective date',
      'training date',
      'last checked',
      'last time',
      'last time done',
      'done on',
      'when done',
      'date done',
      'last serviced',
      'serviced',
      'as of',
      'when',
      'revd',
      'reviewed on',
      'derniere revision',
      'date de revision',
      'date de realisation',
    ],
    words: [
      'last reviewed',
      'last review',
      'date completed',
      'completed on',
      'completion date',
      'last updated',
      'review date',
      'record date',
      'last done',
      'date ',
      'dated ',
      'reviewed',
      'issued',
      'signed on',
    ],
  },
  due: {
    exact: [
      'due',
      'due date',
      'next due',
      'next review',
      'next review date',
      'expiry',
      'expiry date',
      'expires',
      'expiration',
      'expiration date',
      'renewal',
      'renewal date',
      'deadline',
      'target date',
      'target',
      'next',
      'next inspection',
      'next inspection date',
      'next date',
      'valid until',
      'valid to',
      'valid till',
      'good until',
      'good till',
      'good to',
      'exp',
      'exp date',
      'review by',
      'due by',
      'next due date',
      'nxt due',
      'echeance',
      'date d echeance',
      'prochaine revision',
    ],
    // "Next check", "Next service": whatever comes next is a due date.
    words: ['due ', 'expir', 'renew', 'deadline', 'next ', 'valid until', 'valid to', 'valid till', 'good till', 'review by', 'target date'],
  },
  interval: {
    exact: [
      'frequency',
      'freq',
      'interval',
      'how often',
      'review every',
      'review frequency',
      'review interval',
      'review cycle',
      'inspection frequency',
      'renewal interval',
      'renewal period',
      'refresh interval',
      'cycle',
      'valid for',
      'every',
      'recurrence',
      'repeat',
      'repeats',
      'frequence',
      'periodicite',
    ],
    words: ['frequency', 'freq ', 'how often', 'every', 'interval', 'cycle', 'valid for', 'recurrence'],
  },
  status: {
    exact: [
      'status',
      'done',
      'done?',
      'complete',
      'complete?',
      'completed',
      'completed?',
      'ready',
      'ready?',
      'compliant',
      'compliant?',
      'yes/no',
      'y/n',
      'met',
      'met?',
      'in place',
      'in place?',
      '✓',
      '✓/✗',
      '✓/x',
      'ok',
      'ok?',
      'ok y/n',
      'y / n',
      'yes / no',
      'up to date',
      'up to date?',
      'state',
      'progress',
      'check',
      'checked',
      'stat',
      'statut',
      'etat',
    ],
    words: ['status', 'yes/no', 'y/n', 'in place', 'complete?', 'done?', 'compliant'],
  },
  notes: {
    exact: [
      'notes',
      'note',
      'comments',
      'comment',
      'remarks',
      'details',
      'action',
      'actions',
      'action needed',
      'next steps',
      'follow up',
      'follow-up',
      'observations',
      'remarques',
      'commentaires',
    ],
    words: ['note', 'comment', 'remark', 'action'],
  },
  pointsAvailable: {
    exact: [
      'points available',
      'available points',
      'available',
      'max points',
      'maximum points',
      'possible',
      'points possible',
      'possible points',
      'max',
      'max score',
      'out of',
      'weight',
      'pts available',
      'pts possible',
    ],
    words: ['available', 'avail', 'possible', 'max ', 'out of'],
  },
  pointsEarned: {
    exact: [
      'points earned',
      'earned',
      'earned points',
      'score',
      'points',
      'points awarded',
      'awarded',
      'points scored',
      'pts earned',
      'pts',
      'result',
      'achieved',
    ],
    words: ['earned', 'awarded', 'scored', 'achieved'],
  },
};

/** A header as compared: lower case, single-spaced, line breaks and stray marks gone, parts split by " / ". */
export function normaliseHeader(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[.'’]+/g, '')
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/\band\b/g, '&')
      .replace(/[*:]+/g, ' ')
      // "Evidence/comments", "Evidence - comments", "Evidence & notes", "Proof | notes" name their parts alike;
      // a hyphen inside a word ("pre-use", "follow-up") joins, it does not separate.
      .replace(/\s*[/&|+]\s*|\s+[-–—]\s+/g, ' / ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** One slip (two in a long word) away from a known header word of five letters or more. */
function isTypoOf(typed: string, known: string): boolean {
  const bare = known.trim();
  if (bare.length < 5 || Math.abs(typed.length - bare.length) > 2 || typed === bare) return false;
  return distance(typed, bare) <= (bare.length >= 9 ? 2 : 1);
}

function stripParentheses(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The header words as compared (separators written as headers are normalised: "y/n" is "y / n"). */
export const HEADER_WORDS: Record<AnyRole, HeaderWords> = Object.fromEntries(
  ALL_ROLES.map((role): [AnyRole, HeaderWords] => {
    const { exact, words } = WRITTEN_HEADER_WORDS[role];
    // A phrase's trailing space (it must end a word) survives normalising.
    const phrase = (w: string) => normaliseHeader(w) + (w.endsWith(' ') ? ' ' : '');
    return [role, { exact: exact.map(normaliseHeader), words: words.map(phrase) }];
  }),
) as unknown as Record<AnyRole, HeaderWords>;

/**
 * How strongly a (normalised) header names a role, 0..1. An exact header is 1; a phrase inside a
 * longer header is 0.75, which leaves room for the column's values to decide between readings. A
 * compound header ("Evidence / comments", "Record / file") takes the role its strongest part names
 * (on a tie, the role earlier in COMPOUND_LEAD: the other part qualifies it); its other parts' roles
 * are halved, so the column is not also taken as notes.
 */
export function headerScore(role: AnyRole, header: string): number {
  if (header === '') return 0;
  let scores = SCORE_CACHE.get(header);
  if (!scores) {
    scores = computeHeaderScores(header);
    if (SCORE_CACHE.size < 5_000) SCORE_CACHE.set(header, scores);
  }
  return scores[role];
}

// Headers repeat across roles and calls: score each distinct text once.
const SCORE_CACHE = new Map<string, Record<AnyRole, number>>();

const COMPOUND_LEAD: readonly AnyRole[] = [
  'evidence',
  'requirement',
  'due',
  'date',
  'owner',
  'status',
  'element',
  'id',
  'pointsAvailable',
  'pointsEarned',
  'notes',
];

function computeHeaderScores(header: string): Record<AnyRole, number> {
  const whole = Object.fromEntries(ALL_ROLES.map((r) => [r, computeHeaderScore(r, header)])) as Record<AnyRole, number>;
  const parts = header.split(' / ').filter((p) => p !== '');
  // A header the lists name whole ("document / record", "y / n") is not a compound.
  if (parts.length < 2 || ALL_ROLES.some((r) => whole[r] === 1)) return whole;
  const byPart = Object.fromEntries(ALL_ROLES.map((r) => [r, Math.max(whole[r], ...parts.map((p) => computeHeaderScore(r, p)))])) as Record<AnyRole, number>;
  const lead = COMPOUND_LEAD.reduce((best, r) => (byPart[r] > byPart[best] ? r : best), COMPOUND_LEAD[0]!);
  if (byPart[lead] === 0) return whole;
  return Object.fromEntries(ALL_ROLES.map((r) => [r, r === lead ? Math.min(byPart[r], COMPOUND_SCORE) : byPart[r] / 2])) as Record<AnyRole, number>;
}

/** An exact part of a compound header is nearly as sure as an exact header. */
const COMPOUND_SCORE = 0.95;

function computeHeaderScore(role: AnyRole, header: string): number {
  const words = HEADER_WORDS[role];
  const bare = stripParentheses(header);
  if (words.exact.includes(header) || words.exact.includes(bare) || words.exact.includes(bare.replace(/\?$/, ''))) return 1;
  // Phrases match at a word start; a phrase written with a trailing space must also end a word.
  const padded = ` ${header.replace(/[^a-z0-9#/?&✓]+/g, ' ')} `;
  if (words.words.some((w) => padded.includes(` ${w}`))) return 0.75;
  // Headers typed in a hurry: "Evidance", "Responsable", "Last Reveiwed", "staus".
  if (words.exact.some((w) => isTypoOf(bare, w))) return 0.7;
  const headerWords = padded.trim().split(' ');
  return words.words.some((w) => !w.includes(' ') && headerWords.some((h) => isTypoOf(h, w))) ? 0.55 : 0;
}
