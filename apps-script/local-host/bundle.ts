/**
 * Runs the built Apps Script bundle (Code.js: an IIFE plus top-level `function x() {}`
 * declarations) in a `node:vm` context whose globals are the host's fakes, and returns those
 * top-level functions to call as Apps Script would: `bundle.onOpen({ authMode: 'FULL' })`. Each
 * runs in the context Apps Script starts it in (`doPost` a web app, `onEdit` a simple trigger),
 * any other in the host's current one.
 */

import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import type { Realm } from './counter.ts';
import { ENTRY_CONTEXTS } from './execution.ts';
import type { LocalHost } from './host.ts';

export type BundleFunctions = Record<string, (...args: unknown[]) => unknown>;

const LOCAL_DATE = `(function (now) {
  var Base = Date;
  class LocalDate extends Base {
    constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
    static now() { return now(); }
  }
  globalThis.Date = LocalDate;
})`;

const ENTER = `(function (enter, call) {
  return function () { var self = this, args = arguments; return enter(function () { return call.apply(self, args); }); };
})`;

/**
 * Built-ins later than ES2019, deleted from the context's own globals and prototypes (a `vm`
 * context has its own, so Node's stay): the server is written for ES2019 (its tsconfig's lib, vite's
 * target), and a bundle that reaches for one fails here, not first in Google. Apps Script's V8 may
 * have some of them; the house rule is stricter than Google. Node's own globals (structuredClone,
 * URL, fetch, TextEncoder, setTimeout, queueMicrotask, Buffer, process) are not in a `vm` context
 * at all, as Apps Script has none of them. Intl stays: the server formats dates with
 * `Intl.DateTimeFormat(..., { timeZone })`.
 */
const LATER_THAN_ES2019: Record<string, readonly string[]> = {
  globalThis: ['globalThis', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'AggregateError', 'WeakRef', 'FinalizationRegistry', 'Iterator'],
  Object: ['hasOwn', 'groupBy'],
  Array: ['fromAsync'],
  'Array.prototype': ['at', 'findLast', 'findLastIndex', 'toReversed', 'toSorted', 'toSpliced', 'with'],
  'TypedArray.prototype': ['at', 'findLast', 'findLastIndex', 'toReversed', 'toSorted', 'with'],
  'String.prototype': ['at', 'matchAll', 'replaceAll', 'isWellFormed', 'toWellFormed'],
  Promise: ['allSettled', 'any', 'withResolvers', 'try'],
  Map: ['groupBy'],
  'Set.prototype': ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'],
  'ArrayBuffer.prototype': ['resize', 'resizable', 'maxByteLength', 'transfer', 'transferToFixedLength', 'detached'],
  Atomics: ['waitAsync'],
  RegExp: ['escape'],
  // Iterator helpers ([].values().map(...)), on the prototype every built-in iterator shares.
  IteratorPrototype: ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find'],
};

function stripToEs2019(context: object): void {
  const g = runInContext('this', context) as Record<string, { prototype: object }>;
  const holders: Record<string, object> = {
    globalThis: g,
    'TypedArray.prototype': Object.getPrototypeOf(g.Int8Array!.prototype) as object,
    IteratorPrototype: runInContext('Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))', context) as object,
  };
  for (const [path, names] of Object.entries(LATER_THAN_ES2019)) {
    const [name, prototype] = path.split('.');
    const holder = holders[path] ?? (prototype ? g[name!]!.prototype : g[name!]!);
    for (const key of names) Reflect.deleteProperty(holder, key);
  }
}

export function loadBundle(codeJsPath: string, host: LocalHost): BundleFunctions {
  const code = readFileSync(codeJsPath, 'utf8');
  const context = createContext({ ...host.globals });
  // Under an injected clock, `new Date()` and `Date.now()` inside the bundle read the host's clock.
  const install = runInContext(LOCAL_DATE, context) as (now: () => number) => void;
  install(() => host.now().getTime());
  stripToEs2019(context);
  host.setRealm(runInContext('({ Array: Array, Date: Date, Error: Error, Object: Object })', context) as Realm);
  runInContext(code, context, { filename: codeJsPath });
  // Made in the bundle's realm, so a returned function is the bundle's own (its constructor too).
  const inContext = runInContext(ENTER, context) as (enter: (call: () => unknown) => unknown, call: unknown) => (...args: unknown[]) => unknown;
  const functions: BundleFunctions = {};
  for (const name of Object.getOwnPropertyNames(context)) {
    if (Object.hasOwn(host.globals, name) || name === 'Date') continue;
    const value = (context as Record<string, unknown>)[name];
    if (typeof value !== 'function') continue;
    functions[name] = inContext((call) => host.runIn(ENTRY_CONTEXTS[name] ?? host.context, call), value);
  }
  // Triggers call the bundle's own functions (not these wrappers: fireDueTriggers sets the context).
  host.attachBundle(Object.fromEntries(Object.keys(functions).map((name) => [name, (context as Record<string, (...a: unknown[]) => unknown>)[name]!])));
  return functions;
}
