/**
 * Snapshot bytes (base64) in IndexedDB, keyed by clip id: too large for chrome.storage.local's
 * quota and for runtime messages, and they must outlive the service worker.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

let store: UseStore | null = null;
const db = (): UseStore => (store ??= createStore('secor-clipper', 'snapshots'));

export const snapshots = {
  put: (id: string, base64: string): Promise<void> => set(id, base64, db()),
  get: (id: string): Promise<string | undefined> => get<string>(id, db()),
  remove: (id: string): Promise<void> => del(id, db()),
};
