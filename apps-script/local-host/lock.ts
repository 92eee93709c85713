/**
 * LockService's script lock, single-threaded: a lock held (and not released) by one Lock object
 * makes tryLock on another return false at once.
 */

import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';

const SERVICE = 'LockService';

/** Who holds the script lock (a token per Lock object), shared by one host. */
export interface LockTable {
  script?: object;
}

/** The spreadsheet's writes as a lock sees them: a count that grows with each write, and the count at the last flush. */
export interface WriteLog {
  writes(): number;
  flushedAt(): number;
}

export function makeLock(env: FakeEnv, table: LockTable, log: WriteLog): Fake {
  const token = {};
  let writesAtLock = 0;
  const acquire = (): boolean => {
    const holder = table.script;
    if (holder !== undefined && holder !== token) return false;
    if (holder === undefined) writesAtLock = log.writes();
    table.script = token;
    return true;
  };
  const checkTimeout = (ms: unknown): void => {
    if (typeof ms !== 'number' || ms < 0 || ms > 300_000) fail(env, 'Exception: Invalid argument: timeoutInMillis');
  };
  return makeFake(env, SERVICE, 'Lock', () => ({
    tryLock: (ms: number) => {
      checkTimeout(ms);
      return acquire();
    },
    // https://developers.google.com/apps-script/reference/lock/lock: call SpreadsheetApp.flush() before
    // releaseLock(), or the next execution may read the sheet without this one's writes. Google does
    // not throw; the stricter host does, so a missing flush shows in a test.
    releaseLock: () => {
      if (table.script !== token) return;
      const writes = log.writes();
      if (writes !== writesAtLock && log.flushedAt() !== writes) {
        fail(env, 'Local host: the spreadsheet was written under this lock and not flushed: call SpreadsheetApp.flush() before releaseLock().');
      }
      delete table.script;
    },
  }));
}

export function makeLockService(env: FakeEnv, table: LockTable, log: WriteLog): Fake {
  return makeFake(env, SERVICE, 'LockService', () => ({
    getScriptLock: () => makeLock(env, table, log),
  }));
}
