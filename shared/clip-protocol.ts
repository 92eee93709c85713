/**
 * The clip protocol between the Chrome extension and the add-on's web app (doPost): one JSON body
 * sent as text/plain, one JSON answer. Validated with valibot on both sides, so the extension
 * never queues what the server would refuse, and the server trusts nothing it did not check.
 */
import * as v from 'valibot';

export const PROTOCOL_VERSION = 1;

/** Limits a request must keep. */
export const LIMITS = {
  token: 200,
  clipId: 64,
  url: 2048,
  title: 300,
  excerpt: 5000,
  note: 1000,
  /** Decoded snapshot bytes. */
  snapshotBytes: 10 * 1024 * 1024,
} as const;

export const SNAPSHOT_KINDS = ['mhtml', 'png', 'pdf'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];
export const SNAPSHOT_MIME: Record<SnapshotKind, string> = { mhtml: 'multipart/related', png: 'image/png', pdf: 'application/pdf' };

/** Every refusal has its own code; the message says what to do. */
export const ERROR_CODES = [
  'bad-json',
  'bad-version',
  'bad-request',
  'unknown-action',
  'unknown-token',
  'revoked-token',
  'rate-limited',
  'not-set-up',
  'unknown-requirement',
  'future-record-date',
  'snapshot-too-large',
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ClipError {
  readonly code: ErrorCode;
  readonly message: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const REQUIREMENT_ID = /^E\d-\d\d$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 text of at most this many bytes once decoded. */
export function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

/** A day or instant the calendar has (the patterns alone let 2026-02-31 through). */
function realDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(text));
}

const text = (max: number, what: string) => v.pipe(v.string(`${what} must be text`), v.maxLength(max, `${what} must be at most ${max} characters`));

/**
 * An http(s) address, checked without the URL global: Apps Script's V8 has none, and valibot's
 * url() needs it (there it refuses every address). Scheme, optional user info, a host name or
 * [IPv6], optional port, then anything without spaces or control characters.
 */
const WEB_ADDRESS =
  /^https?:\/\/(?:[^\s\u0000-\u001f@/?#]+@)?(?:\[[0-9A-Fa-f:.]+\]|[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*)(?::\d{1,5})?(?:[/?#][^\s\u0000-\u001f]*)?$/iu;

const httpUrl = v.pipe(
  text(LIMITS.url, 'url'),
  v.check((u) => /^https?:\/\//i.test(u), 'url must start with http:// or https://'),
  v.regex(WEB_ADDRESS, 'url must be a web address'),
);

export const SNAPSHOT = v.object({
  kind: v.picklist(SNAPSHOT_KINDS, `snapshot.kind must be one of ${SNAPSHOT_KINDS.join(', ')}`),
  name: text(200, 'snapshot.name'),
  base64: v.pipe(v.string('snapshot.base64 must be text'), v.regex(BASE64, 'snapshot.base64 must be base64')),
});
/** A durable copy of the record: its kind, file name and bytes in base64. */
export type Snapshot = v.InferOutput<typeof SNAPSHOT>;

export const CLIP = v.object({
  id: v.pipe(text(LIMITS.clipId, 'id'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'id must be 8 to 64 letters, digits, - or _')),
  url: httpUrl,
  title: text(LIMITS.title, 'title'),
  capturedAt: v.pipe(
    v.string('capturedAt must be text'),
    v.regex(ISO_INSTANT, 'capturedAt must be an ISO date and time'),
    v.check(realDate, 'capturedAt must be a real date and time'),
  ),
  recordDate: v.optional(
    v.nullable(
      v.pipe(
        v.string('recordDate must be text'),
        v.regex(ISO_DAY, 'recordDate must be written YYYY-MM-DD'),
        v.check(realDate, 'recordDate must be a real day'),
      ),
    ),
  ),
  /**
   * The tracker item's own text, as the picker showed it, when the clip was saved against a row:
   * rows are sorted and inserted while a clip waits in the queue, so the server finds the item by
   * this text, and the row number is only where it was.
   */
  item: v.optional(v.nullable(text(LIMITS.title, 'item'))),
  /** A reference id (E4-02) or a 1-based row of the tracker. */
  requirement: v.union(
    [v.pipe(v.string(), v.regex(REQUIREMENT_ID)), v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1_000_000))],
    'requirement must be a requirement id such as E4-02 or a row number',
  ),
  excerpt: v.optional(text(LIMITS.excerpt, 'excerpt'), ''),
  note: v.optional(text(LIMITS.note, 'note'), ''),
  snapshot: v.optional(v.nullable(SNAPSHOT)),
});
export type Clip = v.InferOutput<typeof CLIP>;

const ENVELOPE = { v: v.literal(PROTOCOL_VERSION, `v must be ${PROTOCOL_VERSION}`), token: text(LIMITS.token, 'token') };

export const REQUEST = v.variant(
  'action',
  [
    v.object({ ...ENVELOPE, action: v.literal('ping') }),
    v.object({ ...ENVELOPE, action: v.literal('requirements') }),
    v.object({ ...ENVELOPE, action: v.literal('clip'), clip: CLIP }),
  ],
  'action must be ping, requirements or clip',
);
export type ClipRequest = v.InferOutput<typeof REQUEST>;

/** The picker's list: each tracker item the clip can go to. */
export interface RequirementChoice {
  readonly id: string | null;
  readonly element: string | null;
  readonly text: string;
  readonly row: number;
  readonly readiness: 'ready' | 'gap' | 'n/a';
  /** Evidence kinds of the matched reference requirement, for suggestions. */
  readonly evidence: readonly string[];
}

export type ClipAnswer =
  | { readonly ok: true; readonly action: 'ping'; readonly spreadsheet: string; readonly person: string }
  | { readonly ok: true; readonly action: 'requirements'; readonly requirements: readonly RequirementChoice[] }
  | {
      readonly ok: true;
      readonly action: 'clip';
      readonly clipId: string;
      readonly row: number;
      readonly sheet: string;
      readonly duplicate: boolean;
      readonly snapshotUrl: string | null;
      readonly sha256: string | null;
    }
  | { readonly ok: false; readonly error: ClipError };

/** What a pairing code holds (the code is its JSON in base64url). */
export const PAIRING = v.object({
  v: v.literal(PROTOCOL_VERSION, 'pairing code version must be 1'),
  url: v.pipe(v.string(), v.regex(WEB_ADDRESS, 'the pairing code has no valid web app address')),
  token: v.pipe(v.string(), v.minLength(22), v.maxLength(LIMITS.token)),
  sheet: v.string(),
});
export type Pairing = v.InferOutput<typeof PAIRING>;

/**
 * Checks a parsed request body: the request, or the first problem as a ClipError naming the field.
 * Version and action are checked first, so an old extension hears "update" rather than a field error.
 */
export function checkRequest(body: unknown): { ok: true; request: ClipRequest } | { ok: false; error: ClipError } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: { code: 'bad-request', message: 'The request must be a JSON object.' } };
  }
  const record = body as Record<string, unknown>;
  if (record.v !== PROTOCOL_VERSION) {
    return { ok: false, error: { code: 'bad-version', message: `This tracker speaks clip protocol ${PROTOCOL_VERSION}: update the SECOR Ready clipper.` } };
  }
  if (!['ping', 'requirements', 'clip'].includes(record.action as string)) {
    return { ok: false, error: { code: 'unknown-action', message: `Unknown action "${String(record.action).slice(0, 40)}": use ping, requirements or clip.` } };
  }
  const result = v.safeParse(REQUEST, body);
  if (result.success) {
    const request = result.output;
    if (request.action === 'clip' && request.clip.snapshot && base64Bytes(request.clip.snapshot.base64) > LIMITS.snapshotBytes) {
      return {
        ok: false,
        error: {
          code: 'snapshot-too-large',
          message: `The snapshot is larger than ${LIMITS.snapshotBytes / 1024 / 1024} MB: save a link or a screenshot instead.`,
        },
      };
    }
    return { ok: true, request };
  }
  const issue = result.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: { code: 'bad-request', message: `${where ? `${where}: ` : ''}${issue.message}.` } };
}
