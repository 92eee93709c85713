/**
 * The clip queue: chrome.storage.local holds each clip until the server confirms the row it wrote
 * (snapshot bytes in IndexedDB). Sent one at a time; failures worth retrying wait with exponential
 * backoff on a chrome.alarms alarm, refusals wait for a person. The badge counts waiting clips.
 */
import { checkRequest, type Clip, type SnapshotKind } from '../../shared/clip-protocol.ts';
import { recordHistory, patchHistory, type HistoryEntry } from '../lib/history-model.ts';
import { backoffDelay, type QueueEntry } from '../lib/queue-model.ts';
import { snapshots } from '../lib/snapshots.ts';
import { items } from '../lib/storage.ts';
import type { BackgroundDeps } from './deps.ts';
import { post } from './transport.ts';

export const QUEUE_ALARM = 'secor-queue';
export const QUEUE_LIMIT = 1000;

export interface Enqueue {
  readonly clip: Omit<Clip, 'snapshot'>;
  readonly snapshot: { readonly kind: SnapshotKind; readonly name: string; readonly base64: string } | null;
  readonly requirementLabel: string;
}

export type EnqueueResult = { ok: true; id: string } | { ok: false; code: string; message: string };

export interface Queue {
  enqueue(request: Enqueue): Promise<EnqueueResult>;
  /** Sends every due clip; resolves when the queue has nothing due (concurrent calls share a run). */
  drain(): Promise<void>;
  /** A person's retry: held (or waiting) clips are due now. */
  retry(id: string | null): Promise<number>;
  /** After a start or a wake: badge, alarm and a drain. */
  resume(): Promise<void>;
  updateBadge(): Promise<void>;
}

export function createQueue(deps: BackgroundDeps): Queue {
  let running: Promise<void> | null = null;
  let again = false;

  const history = (id: string, patch: Partial<HistoryEntry>) => items.history.update((list) => patchHistory(list, id, { ...patch, at: deps.now() }));

  async function updateBadge(): Promise<void> {
    const queue = await items.queue.get();
    const waiting = queue.filter((e) => e.state !== 'held').length;
    const held = queue.length - waiting;
    await chrome.action.setBadgeBackgroundColor({ color: waiting > 0 ? '#1a73e8' : '#c5221f' });
    await chrome.action.setBadgeText({ text: waiting > 0 ? String(waiting) : held > 0 ? '!' : '' });
  }

  async function schedule(): Promise<void> {
    const queue = await items.queue.get();
    const next = Math.min(...queue.filter((e) => e.state !== 'held').map((e) => e.nextAt));
    if (Number.isFinite(next)) await chrome.alarms.create(QUEUE_ALARM, { when: Math.max(next, deps.now() + 1000) });
    else await chrome.alarms.clear(QUEUE_ALARM);
  }

  async function sendOne(entry: QueueEntry): Promise<void> {
    const id = entry.clip.id;
    const pairing = await items.pairing.get();
    const attempts = entry.attempts + 1;
    await items.queue.update((q) => q.map((e) => (e.clip.id === id ? { ...e, state: 'sending', attempts } : e)));
    await history(id, { state: 'sending', attempts });
    const base64 = entry.snapshot ? await snapshots.get(id) : undefined;
    const outcome = !pairing
      ? { kind: 'refused' as const, code: 'not-paired', message: 'The clipper is not paired with a tracker: pair it in its options, then retry.' }
      : entry.snapshot && base64 === undefined
        ? { kind: 'refused' as const, code: 'snapshot-lost', message: 'The snapshot of this clip was lost from the browser storage: save the page again.' }
        : await post(deps.fetch, pairing, { action: 'clip', clip: { ...entry.clip, snapshot: entry.snapshot && base64 !== undefined ? { kind: entry.snapshot.kind, name: entry.snapshot.name, base64 } : null } });

    if (outcome.kind === 'answer') {
      const a = outcome.answer;
      // Saved only when the server names the row it wrote for this clip (a duplicate names the first).
      if (a.action === 'clip' && a.clipId === id && Number.isInteger(a.row) && a.row >= 1) {
        await items.queue.update((q) => q.filter((e) => e.clip.id !== id));
        await snapshots.remove(id);
        await history(id, { state: 'saved', saved: { row: a.row, sheet: a.sheet, duplicate: a.duplicate, snapshotUrl: a.snapshotUrl }, error: undefined });
        return;
      }
      return retryLater(entry, attempts, 'unconfirmed', 'The tracker answered without naming the row it wrote; trying again (the clip id prevents a second row).');
    }
    if (outcome.kind === 'retry') return retryLater(entry, attempts, outcome.code, outcome.message);
    await items.queue.update((q) => q.map((e) => (e.clip.id === id ? { ...e, state: 'held' } : e)));
    await history(id, { state: 'failed', error: { code: outcome.code, message: outcome.message, retryable: false, nextAt: null } });
  }

  async function retryLater(entry: QueueEntry, attempts: number, code: string, message: string): Promise<void> {
    const tuning = await items.tuning.get();
    const nextAt = deps.now() + backoffDelay(attempts, tuning.retryBaseMs, tuning.retryMaxMs);
    await items.queue.update((q) => q.map((e) => (e.clip.id === entry.clip.id ? { ...e, state: 'waiting', nextAt } : e)));
    await history(entry.clip.id, { state: 'failed', error: { code, message, retryable: true, nextAt } });
  }

  async function drainOnce(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const now = deps.now();
      // 'sending' left in storage means a worker died mid-request: due again (the id prevents a double).
      const due = (await items.queue.get()).find((e) => e.state !== 'held' && e.nextAt <= now && !tried.has(e.clip.id));
      if (!due) break;
      tried.add(due.clip.id);
      await sendOne(due);
      await updateBadge();
    }
  }

  const queue: Queue = {
    async enqueue({ clip, snapshot, requirementLabel }) {
      const pairing = await items.pairing.get();
      if (!pairing) return { ok: false, code: 'not-paired', message: 'Pair the clipper with your tracker first (open its options and paste the pairing code).' };
      const check = checkRequest({ v: 1, token: pairing.token, action: 'clip', clip: { ...clip, snapshot } });
      if (!check.ok) return { ok: false, code: check.error.code, message: check.error.message };
      const current = await items.queue.get();
      if (current.length >= QUEUE_LIMIT) return { ok: false, code: 'queue-full', message: `${QUEUE_LIMIT} clips are already waiting for the tracker: check the pairing and retry them first.` };
      const id = clip.id;
      if (snapshot) await snapshots.put(id, snapshot.base64);
      const now = deps.now();
      const entry: QueueEntry = {
        clip,
        snapshot: snapshot ? { kind: snapshot.kind, name: snapshot.name, bytes: Math.floor((snapshot.base64.length * 3) / 4) } : null,
        state: 'waiting',
        attempts: 0,
        nextAt: now,
        queuedAt: now,
      };
      await items.queue.update((q) => [...q.filter((e) => e.clip.id !== id), entry]);
      await items.history.update((list) =>
        recordHistory(list, { id, title: clip.title, url: clip.url, requirement: clip.requirement, requirementLabel, state: 'queued', at: now, attempts: 0 }),
      );
      await items.recent.update((r) => [clip.requirement, ...r.filter((k) => k !== clip.requirement)].slice(0, 8));
      await updateBadge();
      void queue.drain();
      return { ok: true, id };
    },
    drain() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          // A watchdog: if the worker is killed mid-drain, this alarm wakes it to finish the queue.
          const { retryBaseMs } = await items.tuning.get();
          await chrome.alarms.create(QUEUE_ALARM, { when: deps.now() + Math.max(retryBaseMs, 1000) });
          do {
            again = false;
            await drainOnce();
          } while (again);
        } finally {
          running = null;
          await schedule();
          await updateBadge();
        }
      })();
      return running;
    },
    async retry(id) {
      let count = 0;
      const now = deps.now();
      await items.queue.update((q) =>
        q.map((e) => {
          if (id !== null && e.clip.id !== id) return e;
          count++;
          return { ...e, state: 'waiting', nextAt: now };
        }),
      );
      for (const e of await items.queue.get()) if (id === null || e.clip.id === id) await history(e.clip.id, { state: 'queued', error: undefined });
      await queue.drain();
      return count;
    },
    async resume() {
      await updateBadge();
      await queue.drain();
    },
    updateBadge,
  };
  return queue;
}
