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

export function loadBundle(codeJsPath: string, host: LocalHost): BundleFunctions {
  const code = readFileSync(codeJsPath, 'utf8');
  const context = createContext({ ...host.globals });
  // Under an injected clock, `new Date()` and `Date.now()` inside the bundle read the host's clock.
  const install = runInContext(LOCAL_DATE, context) as (now: () => number) => void;
  install(() => host.now().getTime());
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
  return functions;
}
