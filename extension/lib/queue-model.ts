import type { Clip, SnapshotKind } from '../../shared/clip-protocol.ts';

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
}

/** How long to wait after the n-th failed attempt (n >= 1): base, 2x, 4x, ... capped at max. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number): number {
  const n = Math.max(1, attempts);
  return Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30));
}
