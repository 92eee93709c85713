/**
 * LockService, single-threaded: a lock held (and not released) by one Lock object makes
 * tryLock on another Lock of the same kind return false, and waitLock throw, at once.
 */

import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';

const SERVICE = 'LockService';

export type LockKind = 'document' | 'script' | 'user';

/** Who holds each kind of lock (a token per Lock object), shared by one host. */
export type LockTable = Partial<Record<LockKind, object>>;

export function makeLock(env: FakeEnv, table: LockTable, kind: LockKind): Fake {
  const token = {};
  const acquire = (): boolean => {
    const holder = table[kind];
    if (holder !== undefined && holder !== token) return false;
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
    releaseLock: () => {
      if (table[kind] === token) delete table[kind];
    },
    hasLock: () => table[kind] === token,
  }));
}

export function makeLockService(env: FakeEnv, table: LockTable): Fake {
  return makeFake(env, SERVICE, 'LockService', () => ({
    getDocumentLock: () => makeLock(env, table, 'document'),
    getScriptLock: () => makeLock(env, table, 'script'),
    getUserLock: () => makeLock(env, table, 'user'),
  }));
}
