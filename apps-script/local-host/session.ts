/** Session and its User (the user's email address), and Logger. */

import { makeFake, type Fake, type FakeEnv } from './counter.ts';

/**
 * A User (https://developers.google.com/apps-script/reference/base/user): a trigger event's `user`,
 * and Session's. getEmail is "a blank string" in "any context that allows a script to run without
 * that user's authorization, like a simple onOpen(e) or onEdit(e) trigger".
 */
export function makeUser(env: FakeEnv, email: string): Fake {
  return makeFake(env, 'Session', 'User', () => ({
    getEmail: () => (env.execution.context === 'simple-trigger' ? '' : email),
  }));
}

/**
 * https://developers.google.com/apps-script/reference/base/session: the active user, the host's one
 * user (an installable trigger runs as the one who made it: the same one here).
 */
export function makeSession(env: FakeEnv, email: string): Fake {
  return makeFake(env, 'Session', 'Session', () => ({
    getActiveUser: () => makeUser(env, email),
  }));
}

/** Logger.log, recording into a list (and formatting "%s" like Apps Script does). */
export function makeLogger(env: FakeEnv, logs: string[]): Fake {
  return makeFake(env, 'Logger', 'Logger', (self) => ({
    log: (format: unknown, ...values: unknown[]) => {
      let i = 0;
      const text =
        values.length > 0 ? String(format).replace(/%s/g, () => String(values[i++])) : typeof format === 'object' ? JSON.stringify(format) : String(format);
      logs.push(text);
      return self;
    },
  }));
}
