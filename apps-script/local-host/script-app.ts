/**
 * ScriptApp: what a web app needs, the deployed web app's address (null when not deployed, as in
 * Apps Script), and the AuthMode enum trigger events carry.
 */

import { makeFake, type Fake, type FakeEnv } from './counter.ts';
import { AuthMode } from './enums.ts';

const SERVICE = 'ScriptApp';

/** `webAppUrl` is read at each call: the workbench knows its address only once it listens. */
export function makeScriptApp(env: FakeEnv, webAppUrl: () => string | null): Fake {
  const service = () =>
    makeFake(env, SERVICE, 'Service', () => ({
      getUrl: () => webAppUrl(),
    }));
  return makeFake(env, SERVICE, 'ScriptApp', () => ({
    getService: () => service(),
  }), { constants: { AuthMode } });
}
