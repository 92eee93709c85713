/** Session: the active and effective user, and the script's time zone. */

import { createHash } from 'node:crypto';
import { makeFake, type Fake, type FakeEnv } from './counter.ts';

/** A User (https://developers.google.com/apps-script/reference/base/user): Session's, and a trigger event's `user`. */
export function makeUser(env: FakeEnv, email: string): Fake {
  return makeFake(env, 'Session', 'User', () => ({ getEmail: () => email }));
}

export function makeSession(env: FakeEnv, user: string, timeZone: string): Fake {
  return makeFake(env, 'Session', 'Session', () => ({
    getActiveUser: () => makeUser(env, user),
    getEffectiveUser: () => makeUser(env, user),
    getScriptTimeZone: () => timeZone,
    getActiveUserLocale: () => 'en',
    getTemporaryActiveUserKey: () => createHash('sha256').update(user).digest('base64url').slice(0, 40),
  }));
}

/** Logger.log, recording into a list (and formatting "%s" like Apps Script does). */
export function makeLogger(env: FakeEnv, logs: string[]): Fake {
  return makeFake(env, 'Logger', 'Logger', (self) => ({
    log: (format: unknown, ...values: unknown[]) => {
      let i = 0;
      const text = values.length > 0 ? String(format).replace(/%s/g, () => String(values[i++])) : typeof format === 'object' ? JSON.stringify(format) : String(format);
      logs.push(text);
      return self;
    },
    getLog: () => logs.join('\n'),
    clear: () => { logs.length = 0; },
  }));
}
