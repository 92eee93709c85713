/**
 * The script's manifest (apps-script/appsscript.json): its oauthScopes and advanced services say
 * what the script may call, and the fakes check them as Google does at authorization (each
 * method's scopes in scopes.ts).
 */

import { readFileSync } from 'node:fs';
import { fail, type FakeEnv } from './counter.ts';

export interface Manifest {
  /** The script's time zone: where a clock trigger's day and hour are read. */
  timeZone?: string;
  oauthScopes?: readonly string[];
  dependencies?: { enabledAdvancedServices?: readonly { userSymbol: string; serviceId: string; version: string }[] };
}

/** The add-on's own manifest, which the host uses unless a test gives another. */
export function projectManifest(): Manifest {
  return JSON.parse(readFileSync(new URL('../appsscript.json', import.meta.url), 'utf8')) as Manifest;
}

/** An advanced service exists only when the manifest enables it, under its userSymbol and version. */
export function needsAdvancedService(env: FakeEnv, userSymbol: string, serviceId: string, version: string): void {
  const enabled = env.manifest.dependencies?.enabledAdvancedServices ?? [];
  if (!enabled.some((s) => s.userSymbol === userSymbol && s.serviceId === serviceId && s.version === version)) {
    fail(
      env,
      `ReferenceError: ${userSymbol} is not defined (enable the advanced service ${serviceId} ${version} as "${userSymbol}" in appsscript.json's dependencies.enabledAdvancedServices)`,
    );
  }
}
