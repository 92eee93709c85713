/** CacheService: document and script caches with expiry against the host's clock. */

import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { inContainingDocument } from './execution.ts';

const SERVICE = 'CacheService';
const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21_600;
// https://developers.google.com/apps-script/reference/cache/cache: keys up to 250 characters, values
// up to 100KB (read as 100,000 bytes, the stricter reading).
const MAX_KEY_LENGTH = 250;
export const MAX_CACHE_VALUE_BYTES = 100_000;

export type CacheStore = Map<string, { value: string; expires: number }>;

export function makeCache(env: FakeEnv, store: CacheStore, now: () => Date): Fake {
  const read = (key: string): string | null => {
    const entry = store.get(key);
    if (!entry) return null;
    if (entry.expires <= now().getTime()) {
      store.delete(key);
      return null;
    }
    return entry.value;
  };
  const write = (key: unknown, value: unknown, seconds: unknown): void => {
    const k = String(key);
    const v = String(value);
    if (k === '' || k.length > MAX_KEY_LENGTH) fail(env, 'Exception: Invalid argument: key');
    if (Buffer.byteLength(v, 'utf8') > MAX_CACHE_VALUE_BYTES) fail(env, 'Exception: Argument too large: value');
    const s = seconds === undefined ? DEFAULT_SECONDS : Math.min(Number(seconds), MAX_SECONDS);
    if (!(s >= 1)) fail(env, 'Exception: Invalid argument: expirationInSeconds');
    store.set(k, { value: v, expires: now().getTime() + s * 1000 });
  };
  return makeFake(env, SERVICE, 'Cache', () => ({
    get: (key: string) => read(String(key)),
    put: (key: string, value: string, seconds?: number) => {
      write(key, value, seconds);
    },
    remove: (key: string) => {
      store.delete(String(key));
    },
  }));
}

export interface CacheStores {
  document: CacheStore;
  script: CacheStore;
}

export function makeCacheService(env: FakeEnv, stores: CacheStores, now: () => Date): Fake {
  return makeFake(env, SERVICE, 'CacheService', () => ({
    // https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache():
    // null "if there is no containing document"; a bound script's web app is not documented: null (stricter).
    getDocumentCache: () => (inContainingDocument(env) ? makeCache(env, stores.document, now) : null),
    getScriptCache: () => makeCache(env, stores.script, now),
  }));
}
