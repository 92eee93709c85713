/** Session and its User (what the add-on calls on them: nothing yet), and Logger. */

import { makeFake, type Fake, type FakeEnv } from './counter.ts';

/** A User (https://developers.google.com/apps-script/reference/base/user): a trigger event's `user`. */
export function makeUser(env: FakeEnv): Fake {
  return makeFake(env, 'Session', 'User', () => ({}));
}

export function makeSession(env: FakeEnv): Fake {
  return makeFake(env, 'Session', 'Session', () => ({}));
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
  }));
}
