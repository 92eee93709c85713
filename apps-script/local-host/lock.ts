/**
 * LockService, single-threaded: a lock held (and not released) by one Lock object makes
 * tryLock on another Lock of the same kind return false, and waitLock throw, at once.
 */

import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { inContainingDocument } from './execution.ts';

const SERVICE = 'LockService';

export type LockKind = 'document' | 'script' | 'user';

/** Who holds each kind of lock (a token per Lock object), shared by one host. */
export type LockTable = Partial<Record<LockKind, object>>;

/** The spreadsheet's writes as a lock sees them: a count that grows with each write, and the count at the last flush. */
export interface WriteLog {
  writes(): number;
  flushedAt(): number;
}

export function makeLock(env: FakeEnv, table: LockTable, kind: LockKind, log: WriteLog): Fake {
  const token = {};
  let writesAtLock = 0;
  const acquire = (): boolean => {
    const holder = table[kind];
    if (holder !== undefined && holder !== token) return false;
    if (holder === undefined) writesAtLock = log.writes();
    table[kind] = token;
    return true;
  };
  const checkTimeout = (ms: unknown): void => {
    if (typeof ms !== 'number' || ms < 0 || ms > 300_000) fail(env, 'Exception: Invalid argument: timeoutInMillis');
  };
  return makeFake(env, SERVICE, 'Lock', () => ({
    tryLock: (ms: number) => { checkTimeout(ms); return acquire(); },
    waitLock: (ms: number) => {
      checkTimeout(ms);
      if (!acquire()) fail(env, 'Exception: Lock timeout: another process was holding the lock for too long.');
    },
    // https://developers.google.com/apps-script/reference/lock/lock: call SpreadsheetApp.flush() before
    // releaseLock(), or the next execution may read the sheet without this one's writes. Google does
    // not throw; the stricter host does, so a missing flush shows in a test.
    releaseLock: () => {
      if (table[kind] !== token) return;
      const writes = log.writes();
      if (writes !== writesAtLock && log.flushedAt() !== writes) {
        fail(env, 'Local host: the spreadsheet was written under this lock and not flushed: call SpreadsheetApp.flush() before releaseLock().');
      }
      delete table[kind];
    },
    hasLock: () => table[kind] === token,
  }));
}

export function makeLockService(env: FakeEnv, table: LockTable, log: WriteLog): Fake {
  return makeFake(env, SERVICE, 'LockService', () => ({
    // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock():
    // "called outside of the context of a containing document (such as from a standalone script or webapp), null is returned".
    getDocumentLock: () => (inContainingDocument(env) ? makeLock(env, table, 'document', log) : null),
    getScriptLock: () => makeLock(env, table, 'script', log),
    getUserLock: () => makeLock(env, table, 'user', log),
  }));
}
