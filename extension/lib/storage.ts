/**
 * Typed storage items over chrome.storage.local, one item per key (refined-github's idea). Reads
 * are fresh each time: a service worker is killed when idle, so nothing lives in a variable.
 */
import type { Pairing, RequirementChoice, SnapshotKind } from '../../shared/clip-protocol.ts';
import type { QueueEntry } from './queue-model.ts';
import type { HistoryEntry } from './history-model.ts';
import type { Target } from './target.ts';

export interface StorageItem<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Read, change, write; updates of one item within one context run one after another. */
  update(change: (value: T) => T): Promise<T>;
}

const chains = new Map<string, Promise<unknown>>();

export function storageItem<T>(key: string, fallback: T): StorageItem<T> {
  const get = async (): Promise<T> => {
    const found = await chrome.storage.local.get(key);
    return key in found ? (found[key] as T) : structuredClone(fallback);
  };
  const set = async (value: T): Promise<void> => {
    await chrome.storage.local.set({ [key]: value });
  };
  return {
    key,
    get,
    set,
    update(change) {
      const run = (chains.get(key) ?? Promise.resolve()).then(async () => {
        const next = change(await get());
        await set(next);
        return next;
      });
      chains.set(
        key,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

export interface Defaults {
  snapshot: SnapshotKind | 'none';
}

/** What the server said when the pairing was checked. */
export interface PairingInfo extends Pairing {
  readonly spreadsheet: string;
  readonly person: string;
  readonly checkedAt: string;
  /** SHA-256 of the token: with `url`, the identity each queued clip keeps (lib/pairing.ts PairingRef). */
  readonly tokenHash: string;
}

/** A quick save (menu or Alt+Shift+Q) that did not happen: shown on the badge and in the popup until seen. */
export interface Unsaved {
  readonly message: string;
  /** The address it was for. */
  readonly url: string;
  readonly at: number;
}

/** Backoff knobs; tests shorten them, people never see them. */
export interface Tuning {
  retryBaseMs: number;
  retryMaxMs: number;
}

export const DEFAULT_TUNING: Tuning = { retryBaseMs: 30_000, retryMaxMs: 60 * 60_000 };

export const items = {
  pairing: storageItem<PairingInfo | null>('pairing', null),
  defaults: storageItem<Defaults>('defaults', { snapshot: 'mhtml' }),
  /** Targets most recent first (a row with its item's text: rows move). */
  recent: storageItem<Target[]>('recentTargets', []),
  /** The last requirement list the server sent, for the picker while offline. */
  requirements: storageItem<{ at: string; list: RequirementChoice[] } | null>('requirementsCache', null),
  queue: storageItem<QueueEntry[]>('queue', []),
  history: storageItem<HistoryEntry[]>('history', []),
  tuning: storageItem<Tuning>('tuning', DEFAULT_TUNING),
  unsaved: storageItem<Unsaved | null>('unsaved', null),
} as const;
