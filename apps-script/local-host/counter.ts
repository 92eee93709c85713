/**
 * Call counting and the strict proxy every fake object is built with: each method call is counted
 * by service and by `Type.method`, checked against the manifest's scopes and the execution's time
 * limit, and reading a method-like property the fake does not implement throws instead of
 * returning undefined.
 */

import type { Execution } from './execution.ts';
import type { CheckedMethods, FakeMethods, FakeType, FakeTypes } from './fake-types.ts';
import type { Manifest } from './manifest.ts';
import { documentedScopes, needsScope } from './scopes.ts';

export class CallCounts {
  total = 0;
  byService: Record<string, number> = {};
  byMethod: Record<string, number> = {};

  record(service: string, method: string): void {
    this.total++;
    this.byService[service] = (this.byService[service] ?? 0) + 1;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }

  reset(): void {
    this.total = 0;
    this.byService = {};
    this.byMethod = {};
  }

  /** A plain copy, handy for `expect(counts.snapshot()).toEqual(...)`. */
  snapshot(): { total: number; byService: Record<string, number>; byMethod: Record<string, number> } {
    return { total: this.total, byService: { ...this.byService }, byMethod: { ...this.byMethod } };
  }
}

/**
 * The JS realm the fakes hand values to. Code loaded with `loadBundle` runs in a `vm` context
 * with its own Array/Date/Error/Object, and does `cell instanceof Date`: the fakes build what they
 * return (arrays, dates, plain objects, errors) from the realm's constructors.
 */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

export const nodeRealm: Realm = { Array, Date, Error, Object };

/** What every fake needs: the counter, the realm, the context the script runs in, and its manifest. */
export interface FakeEnv {
  counts: CallCounts;
  realm: Realm;
  execution: Execution;
  manifest: Manifest;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function fail(env: FakeEnv, message: string): never {
  throw new env.realm.Error(message);
}

/** Moves an array (deeply, for nested arrays) and plain objects into the realm. */
export function toRealm<T>(env: FakeEnv, value: T): T {
  const realm = env.realm;
  if (realm === nodeRealm) return value;
  if (Array.isArray(value)) {
    const out = new realm.Array();
    for (const item of value) out.push(toRealm(env, item));
    return out as unknown as T;
  }
  if (isDate(value)) return new realm.Date(value.getTime()) as unknown as T;
  if (value !== null && typeof value === 'object' && !fakes.has(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = toRealm(env, v);
    return out as T;
  }
  return value;
}

/** A fake Apps Script object: any property is allowed to be read, every call is counted. */
// biome-ignore lint/suspicious/noExplicitAny: a fake stands for any Apps Script object; each call is checked at run time, not typed.
export type Fake = { readonly [name: string]: any };

const internals = new WeakMap<object, unknown>();
const fakes = new WeakSet<object>();
/** Every `Type.method` a fake was built with, each found in scopes.ts's table (used-methods.test.ts checks each has a caller). */
const implemented = new Set<string>();

/** The `Type.method` names of the fakes built so far in this process. */
export function implementedMethods(): string[] {
  return [...implemented].sort();
}

/** Names the JS machinery (await, vitest, JSON, util.inspect) probes: answer undefined, never throw. */
const PROBED = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  '$$typeof',
  'inspect',
  'valueOf',
  'length',
  'prototype',
  '__proto__',
  'splice',
  'size',
  'entries',
  'message',
  'stack',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'nodeName',
  'toAsymmetricMatcher',
]);

/**
 * Builds a fake of `type` (e.g. "Range") belonging to `service` (e.g. "SpreadsheetApp").
 * `build` receives the proxy itself so chaining methods can `return self`. `constants` are
 * enum-like properties (not calls, not counted). `internal` is what `internalOf` returns.
 * `type` names the @types/google-apps-script interface (`FakeTypes`) `build`'s methods must belong to.
 */
export function makeFake<K extends FakeType, M extends FakeMethods<FakeTypes[K]>>(
  env: FakeEnv,
  service: string,
  type: K,
  build: (self: Fake) => CheckedMethods<M, FakeTypes[K]>,
  options: { constants?: Record<string, unknown>; internal?: unknown } = {},
): Fake {
  const target: Record<string, unknown> = {};
  const proxy = new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol') {
        if (prop === Symbol.toStringTag) return type;
        return undefined;
      }
      if (prop === 'toString') return () => type;
      if (options.constants && Object.hasOwn(options.constants, prop)) return options.constants[prop];
      const method = Object.hasOwn(methods, prop) ? methods[prop] : undefined;
      if (method) {
        return (...args: unknown[]) => {
          env.counts.record(service, `${type}.${prop}`);
          let result: unknown;
          try {
            const { deadline, now } = env.execution;
            if (deadline !== null && now() > deadline) throw new Error('Exceeded maximum execution time');
            needsScope(env.manifest.oauthScopes ?? [], type === service ? `${type}.${prop}` : `${service}.${type}.${prop}`, documentedScopes(type, prop));
            result = method(...args);
          } catch (e) {
            // Errors reach the caller as its own realm's Error, so `e instanceof Error` holds in a bundle.
            if (env.realm !== nodeRealm && e instanceof Error) throw new env.realm.Error(e.message);
            throw e;
          }
          return toRealm(env, result);
        };
      }
      if (PROBED.has(prop) || !/^[a-zA-Z]\w*$/.test(prop)) return undefined;
      return fail(env, `${service} fake: ${type}.${prop} is not implemented`);
    },
    has(_t, prop) {
      return typeof prop === 'string' && (Object.hasOwn(methods, prop) || Object.hasOwn(options.constants ?? {}, prop));
    },
    set(_t, prop) {
      return fail(env, `${service} fake: cannot assign ${type}.${String(prop)}`);
    },
    ownKeys() {
      return [];
    },
  });
  fakes.add(proxy);
  const methods: Record<string, ((...args: unknown[]) => unknown) | undefined> = build(proxy as Fake);
  for (const name of Object.keys(methods)) {
    const key = `${type}.${name}`;
    if (implemented.has(key)) continue;
    documentedScopes(type, name);
    implemented.add(key);
  }
  if (options.internal !== undefined) internals.set(proxy, options.internal);
  return proxy as Fake;
}

/** The model behind a fake made by `makeFake` (a Range's rectangle, a Sheet's model, ...). */
export function internalOf<T>(fake: unknown): T | undefined {
  return fake !== null && typeof fake === 'object' ? (internals.get(fake) as T | undefined) : undefined;
}
