/** PropertiesService: document and script stores, with Apps Script's size limits. */

import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { inContainingDocument } from './execution.ts';

const SERVICE = 'PropertiesService';
/**
 * "Properties value size 9 kB / val", "Properties total storage 500 kB / property store"
 * (https://developers.google.com/apps-script/guides/services/quotas): kB read as 1,000 bytes, the stricter reading.
 */
export const MAX_VALUE_BYTES = 9_000;
export const MAX_STORE_BYTES = 500_000;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function storeBytes(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += bytes(k) + bytes(v);
  return n;
}

export function makeProperties(env: FakeEnv, store: Record<string, string>): Fake {
  const put = (entries: [string, string][]): void => {
    for (const [key, value] of entries) {
      if (key === '') fail(env, 'Exception: Invalid argument: key');
      if (bytes(value) > MAX_VALUE_BYTES) fail(env, 'Exception: Argument too large: value');
    }
    const next = { ...store, ...Object.fromEntries(entries) };
    if (storeBytes(next) > MAX_STORE_BYTES) {
      fail(env, 'Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    for (const [key, value] of entries) store[key] = value;
  };
  return makeFake(env, SERVICE, 'Properties', (self) => ({
    getProperty: (key: string) => (Object.hasOwn(store, key) ? store[key] : null),
    setProperty: (key: string, value: unknown) => {
      put([[String(key), String(value)]]);
      return self;
    },
    setProperties: (props: Record<string, unknown>, deleteAllOthers = false) => {
      if (props === null || typeof props !== 'object') return fail(env, 'Exception: Invalid argument: properties');
      const entries = Object.entries(props).map(([k, v]): [string, string] => [k, String(v)]);
      if (deleteAllOthers) {
        const kept = new Set(entries.map(([k]) => k));
        for (const k of Object.keys(store)) if (!kept.has(k)) delete store[k];
      }
      put(entries);
      return self;
    },
    getProperties: () => ({ ...store }),
    deleteProperty: (key: string) => {
      delete store[String(key)];
      return self;
    },
  }));
}

export interface PropertyStores {
  document: Record<string, string>;
  script: Record<string, string>;
}

export function makePropertiesService(env: FakeEnv, stores: PropertyStores): Fake {
  return makeFake(env, SERVICE, 'PropertiesService', () => ({
    // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties():
    // null outside a bound script or add-on; a bound script's web app is not documented: null (stricter).
    getDocumentProperties: () => (inContainingDocument(env) ? makeProperties(env, stores.document) : null),
    getScriptProperties: () => makeProperties(env, stores.script),
  }));
}
