import type { Clip, ErrorCode, SnapshotKind } from '../../shared/clip-protocol.ts';
import { plural } from '../../shared/index.ts';
import { samePairing, type PairingRef } from './pairing.ts';

/** A clip waiting for the server, kept in chrome.storage.local; its snapshot bytes are in IndexedDB. */
export interface QueueEntry {
  /** The clip without its snapshot (snapshot bytes live in IndexedDB under the clip id). */
  readonly clip: Omit<Clip, 'snapshot'>;
  readonly snapshot: { readonly kind: SnapshotKind; readonly name: string; readonly bytes: number } | null;
  /** 'waiting' is sent when due; 'held' failed for good and waits for a person's retry. */
  readonly state: 'waiting' | 'sending' | 'held';
  readonly attempts: number;
  /** Epoch ms of the next automatic attempt. */
  readonly nextAt: number;
  readonly queuedAt: number;
  /** The pairing it was made under: it is sent only while the clipper is paired with that tracker. */
  readonly pairing: PairingRef;
  /** The code the tracker refused it with; read while it is held. */
  readonly refusal?: string;
}

/** Clips waiting for a tracker the clipper is no longer paired with. */
export interface WaitingElsewhere {
  readonly pairing: PairingRef;
  readonly count: number;
}

export interface QueueSummary {
  /** The current pairing's clips that will be sent (due now or after a backoff). */
  readonly waiting: number;
  /** The current pairing's clips the tracker refused, waiting for a person's retry. */
  readonly held: number;
  /** Of those, the ones refused for the clipper's token (revoked): only a new pairing code sends them. */
  readonly heldForToken: number;
  /** Everything else, by the pairing it waits for (in the order first queued). */
  readonly elsewhere: readonly WaitingElsewhere[];
}

export const isFor = (entry: QueueEntry, current: Pick<PairingRef, 'url' | 'tokenHash'> | null): boolean => samePairing(entry.pairing, current);

/** Refusals of the token itself: the tracker will never take a clip with that token again. */
const TOKEN_REFUSALS: ReadonlySet<string> = new Set<ErrorCode>(['revoked-token', 'unknown-token']);

export function summarise(queue: readonly QueueEntry[], current: Pick<PairingRef, 'url' | 'tokenHash'> | null): QueueSummary {
  let waiting = 0;
  let held = 0;
  let heldForToken = 0;
  const elsewhere: WaitingElsewhere[] = [];
  for (const entry of queue) {
    if (isFor(entry, current)) {
      if (entry.state === 'held') {
        held++;
        if (TOKEN_REFUSALS.has(entry.refusal ?? '')) heldForToken++;
      } else waiting++;
      continue;
    }
    const i = elsewhere.findIndex((g) => samePairing(g.pairing, entry.pairing));
    if (i < 0) elsewhere.push({ pairing: entry.pairing, count: 1 });
    else elsewhere[i] = { ...elsewhere[i]!, count: elsewhere[i]!.count + 1 };
  }
  return { waiting, held, heldForToken, elsewhere };
}

/** What to do about the clips this tracker refused, the same words on the badge and the options page; null when none. */
export function refusedWords({ held, heldForToken }: Pick<QueueSummary, 'held' | 'heldForToken'>): string | null {
  if (held === 0) return null;
  const parts: string[] = [];
  if (heldForToken > 0)
    parts.push(
      `${plural(heldForToken, 'clip')} refused because this clipper's pairing was revoked: pair again with a new code from the coordinator (the sidebar's Connect the clipper), and ${heldForToken === 1 ? 'it is' : 'they are'} sent`,
    );
  if (held > heldForToken) parts.push(`${plural(held - heldForToken, 'clip')} refused by the tracker: open the clipper to retry`);
  return `${parts.join('; ')}.`;
}

/**
 * Whether a new pairing takes over a clip made under another one: a clip the same tracker (its
 * web app) refused for its token (revoked, or replaced when the coordinator connected the person
 * again) can go only with the new token. Any other clip stays with the pairing it was made under.
 */
export function takenOverBy(entry: QueueEntry, current: Pick<PairingRef, 'url' | 'tokenHash'>): boolean {
  return entry.state === 'held' && TOKEN_REFUSALS.has(entry.refusal ?? '') && entry.pairing.url === current.url && !isFor(entry, current);
}

/** How long to wait after the n-th failed attempt (n >= 1): base, 2x, 4x, ... capped at max. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number): number {
  const n = Math.max(1, attempts);
  return Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30));
}
