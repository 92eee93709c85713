/**
 * The messages the popup and options pages send the service worker: one named, typed handler per
 * message (background/handlers.ts), never an if-chain. Large bytes never travel in messages.
 */
import type { RequirementChoice, SnapshotKind } from '../../shared/clip-protocol.ts';
import type { DateCandidate } from './record-date.ts';
import type { PairingRef } from './pairing.ts';
import type { QueueSummary } from './queue-model.ts';
import type { Defaults, Unsaved } from './storage.ts';
import type { PageWords, Suggestions } from './suggest.ts';
import type { Target } from './target.ts';

export interface PageFacts {
  readonly tabId: number;
  readonly title: string;
  readonly url: string;
  readonly selection: string;
  readonly excerpt: string;
  readonly isPdf: boolean;
  readonly dates: readonly DateCandidate[];
  /** The proposed record date (YYYY-MM-DD), or null. */
  readonly recordDate: string | null;
  /** What requirement suggestions are made from: title, headings, address, selection or text. */
  readonly words: PageWords;
  /** Why the page's text could not be read (a browser page, the web store), if so. */
  readonly limitation: string | null;
}

export interface ClipDraft extends Target {
  readonly tabId: number | null;
  readonly url: string;
  readonly title: string;
  readonly recordDate: string | null;
  readonly excerpt: string;
  readonly note: string;
  readonly snapshot: SnapshotKind | 'none';
}

export type SaveResult =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly alternatives: readonly (SnapshotKind | 'none')[] };

export type PairingCheck =
  | { readonly ok: true; readonly spreadsheet: string; readonly person: string; readonly sheet: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

export interface RequirementsList {
  readonly requirements: readonly RequirementChoice[];
  readonly recent: readonly Target[];
  /** When the list came from the cache because the server could not be reached, why. */
  readonly stale: string | null;
}

export interface StateView extends QueueSummary {
  readonly paired: { readonly spreadsheet: string; readonly person: string; readonly sheet: string; readonly url: string } | null;
  readonly defaults: Defaults;
  /** The last quick save that did not happen, until the popup has shown it. */
  readonly unsaved: Unsaved | null;
}

export interface Messages {
  'pairing/check': { request: { code: string }; response: PairingCheck };
  'pairing/forget': { request: Record<string, never>; response: { forgotten: boolean } };
  'requirements/list': { request: { refresh: boolean }; response: RequirementsList };
  /** The tracker's items ranked for a page, from the list the last 'requirements/list' brought. */
  'requirements/suggest': { request: { page: PageWords }; response: Suggestions };
  'page/capture': { request: { tabId: number }; response: PageFacts };
  'clip/save': { request: { draft: ClipDraft }; response: SaveResult };
  'clip/retry': { request: { id: string | null }; response: { retried: number } };
  /** Discards the clips waiting for that pairing (never the current one's): a person confirmed it. */
  'queue/discard': { request: { pairing: Pick<PairingRef, 'url' | 'tokenHash'> }; response: { discarded: number } };
  'unsaved/dismiss': { request: Record<string, never>; response: Record<string, never> };
  'state/get': { request: Record<string, never>; response: StateView };
}

export type MessageType = keyof Messages;
export interface Envelope<K extends MessageType = MessageType> {
  readonly type: K;
  readonly payload: Messages[K]['request'];
}
export type Reply<K extends MessageType> = { ok: true; value: Messages[K]['response'] } | { ok: false; error: string };

/** Sends a typed message to the service worker; a handler's failure is thrown here with its message. */
export async function send<K extends MessageType>(type: K, payload: Messages[K]['request']): Promise<Messages[K]['response']> {
  const reply = (await chrome.runtime.sendMessage({ type, payload } satisfies Envelope<K>)) as Reply<K> | undefined;
  if (!reply) throw new Error(`The clipper's background did not answer "${type}".`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
