export const HISTORY_LIMIT = 50;

/** 'discarded': waiting for a tracker the clipper was no longer paired with, and discarded by a person. */
export type HistoryState = 'queued' | 'sending' | 'saved' | 'failed' | 'discarded';

/** One clip as people see it in the popup: its last known state. */
export interface HistoryEntry {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly requirement: string | number;
  readonly requirementLabel: string;
  readonly state: HistoryState;
  readonly at: number;
  readonly attempts: number;
  /** When saved: where the server wrote it. */
  readonly saved?: { readonly row: number; readonly sheet: string; readonly duplicate: boolean; readonly snapshotUrl: string | null };
  /** When failed: why, and whether the queue will try again by itself. */
  readonly error?: { readonly code: string; readonly message: string; readonly retryable: boolean; readonly nextAt: number | null };
}

/** Puts `entry` first (replacing its earlier state) and keeps the last HISTORY_LIMIT clips. */
export function recordHistory(list: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...list.filter((e) => e.id !== entry.id)].slice(0, HISTORY_LIMIT);
}

/** Changes the entry with `id`, where it is (no reordering); a missing entry is left missing. */
export function patchHistory(list: readonly HistoryEntry[], id: string, patch: Partial<HistoryEntry>): HistoryEntry[] {
  return list.map((e) => (e.id === id ? { ...e, ...patch } : e));
}
