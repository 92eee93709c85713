/**
 * The clip queue: chrome.storage.local holds each clip until the server confirms the row it wrote
 * (snapshot bytes in IndexedDB). Each clip keeps the pairing it was made under and is sent only
 * while the clipper is paired with that tracker: after a re-pairing with another tracker (or none)
 * it waits, and goes when the clipper is paired with its tracker again, or a person discards it.
 * Sent one at a time; failures worth retrying wait with exponential backoff on a chrome.alarms
 * alarm, refusals wait for a person. The badge counts waiting clips.
 */
import { checkRequest, type Clip, type ClipError, type Snapshot } from '../../shared/clip-protocol.ts';
import { plural } from '../../shared/index.ts';
import { recordHistory, patchHistory, type HistoryEntry } from '../lib/history-model.ts';
import { samePairing, type PairingRef } from '../lib/pairing.ts';
import { backoffDelay, isFor, refusedWords, summarise, takenOverBy, type QueueEntry } from '../lib/queue-model.ts';
import { snapshots } from '../lib/snapshots.ts';
import { items, type PairingInfo } from '../lib/storage.ts';
import { sameTarget } from '../lib/target.ts';
import type { BackgroundDeps } from './deps.ts';
import { post } from './transport.ts';

export const QUEUE_ALARM = 'secor-queue';
export const QUEUE_LIMIT = 1000;

export interface Enqueue {
  readonly clip: Omit<Clip, 'snapshot'>;
  readonly snapshot: Snapshot | null;
  readonly requirementLabel: string;
}

export type EnqueueResult = { ok: true; id: string } | { ok: false; code: string; message: string };

const NOT_PAIRED = { code: 'not-paired', message: 'Pair the clipper with your tracker first (open its options and paste the pairing code).' } as const;

/**
 * The one check of a clip before it is queued: the protocol's own (shared/clip-protocol.ts
 * checkRequest, the server's check), against the current pairing. Null when the server would take it.
 */
export async function checkClip(clip: Omit<Clip, 'snapshot'>, snapshot: Snapshot | null): Promise<ClipError | { code: 'not-paired'; message: string } | null> {
  const pairing = await items.pairing.get();
  if (!pairing) return NOT_PAIRED;
  const check = checkRequest({ v: 1, token: pairing.token, action: 'clip', clip: { ...clip, snapshot } });
  return check.ok ? null : check.error;
}

export interface Queue {
  enqueue(request: Enqueue): Promise<EnqueueResult>;
  /** Sends every due clip of the current pairing; resolves when none is due (concurrent calls share a run). */
  drain(): Promise<void>;
  /** A person's retry: held (or waiting) clips are due now. */
  retry(id: string | null): Promise<number>;
  /** After a pairing was checked (its tracker just answered): its clips, refused ones too, are due now; starts a drain without waiting for it. */
  paired(): Promise<void>;
  /** Removes the clips waiting for `pairing` (never the current pairing's), with their snapshots. */
  discard(pairing: Pick<PairingRef, 'url' | 'tokenHash'>): Promise<number>;
  /** After a start or a wake: badge, alarm and a drain. */
  resume(): Promise<void>;
  updateBadge(): Promise<void>;
}

const pairingRef = (p: PairingInfo): PairingRef => ({ url: p.url, tokenHash: p.tokenHash, spreadsheet: p.spreadsheet });
export function createQueue(deps: BackgroundDeps): Queue {
  let running: Promise<void> | null = null;
  let again = false;

  const history = (id: string, patch: Partial<HistoryEntry>) => items.history.update((list) => patchHistory(list, id, { ...patch, at: deps.now() }));

  /** The count of clips on their way; '!' (red) when only refused or stranded clips are left, or a quick save did not happen; the tooltip says why. */
  async function updateBadge(): Promise<void> {
    const [queue, pairing, unsaved] = await Promise.all([items.queue.get(), items.pairing.get(), items.unsaved.get()]);
    const summary = summarise(queue, pairing);
    const { waiting, held, elsewhere } = summary;
    const stranded = elsewhere.reduce((n, g) => n + g.count, 0);
    const alert = unsaved !== null || (waiting === 0 && (held > 0 || stranded > 0));
    const title = unsaved
      ? `Not saved: ${unsaved.message}`
      : stranded > 0
        ? `${plural(stranded, 'clip')} wait for ${elsewhere.map((g) => `“${g.pairing.spreadsheet}”`).join(', ')}, a tracker the clipper is not paired with now: open the clipper.`
        : (refusedWords(summary) ?? chrome.runtime.getManifest().action?.default_title ?? '');
    await chrome.action.setBadgeBackgroundColor({ color: alert ? '#c5221f' : '#1a73e8' });
    await chrome.action.setBadgeText({ text: alert ? '!' : waiting > 0 ? String(waiting) : '' });
    await chrome.action.setTitle({ title });
  }

  /** A watchdog: if the worker is killed mid-drain, this alarm wakes it to finish the queue. */
  async function armWatchdog(): Promise<void> {
    const { retryBaseMs } = await items.tuning.get();
    await chrome.alarms.create(QUEUE_ALARM, { when: deps.now() + Math.max(retryBaseMs, 1000) });
  }

  async function schedule(): Promise<void> {
    const [queue, pairing] = await Promise.all([items.queue.get(), items.pairing.get()]);
    const next = Math.min(...queue.filter((e) => e.state !== 'held' && isFor(e, pairing)).map((e) => e.nextAt));
    if (Number.isFinite(next)) await chrome.alarms.create(QUEUE_ALARM, { when: Math.max(next, deps.now() + 1000) });
    else await chrome.alarms.clear(QUEUE_ALARM);
  }

  /** Sends `entry` to `pairing`, the pairing it was made under (the caller checked). */
  async function sendOne(entry: QueueEntry, pairing: PairingInfo): Promise<void> {
    const id = entry.clip.id;
    const attempts = entry.attempts + 1;
    await items.queue.update((q) => q.map((e) => (e.clip.id === id ? { ...e, state: 'sending', attempts } : e)));
    await history(id, { state: 'sending', attempts });
    const base64 = entry.snapshot ? await snapshots.get(id) : undefined;
    const outcome =
      entry.snapshot && base64 === undefined
        ? { kind: 'refused' as const, code: 'snapshot-lost', message: 'The snapshot of this clip was lost from the browser storage: save the page again.' }
        : await post(deps.fetch, pairing, {
            action: 'clip',
            clip: { ...entry.clip, snapshot: entry.snapshot && base64 !== undefined ? { kind: entry.snapshot.kind, name: entry.snapshot.name, base64 } : null },
          });

    if (outcome.kind === 'answer') {
      const a = outcome.answer;
      // Saved only when the server names the row it wrote for this clip (a duplicate names the first).
      if (a.action === 'clip' && a.clipId === id && Number.isInteger(a.row) && a.row >= 1) {
        await items.queue.update((q) => q.filter((e) => e.clip.id !== id));
        await snapshots.remove(id);
        await history(id, { state: 'saved', saved: { row: a.row, sheet: a.sheet, duplicate: a.duplicate, snapshotUrl: a.snapshotUrl }, error: undefined });
        return;
      }
      return retryLater(
        entry,
        attempts,
        'unconfirmed',
        'The tracker answered without naming the row it wrote; trying again (the clip id prevents a second row).',
      );
    }
    if (outcome.kind === 'retry') return retryLater(entry, attempts, outcome.code, outcome.message);
    await items.queue.update((q) => q.map((e) => (e.clip.id === id ? { ...e, state: 'held', refusal: outcome.code } : e)));
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
      // Read each turn: a re-pairing between two clips changes which clips may go.
      const [queue, pairing] = await Promise.all([items.queue.get(), items.pairing.get()]);
      if (!pairing) break;
      // 'sending' left in storage means a worker died mid-request: due again (the id prevents a double).
      const due = queue.find((e) => isFor(e, pairing) && e.state !== 'held' && e.nextAt <= now && !tried.has(e.clip.id));
      if (!due) break;
      tried.add(due.clip.id);
      await sendOne(due, pairing);
      await updateBadge();
    }
  }

  /** The current pairing's clips (one, or all when id is null), held ones too, due now; how many. */
  async function makeDue(id: string | null): Promise<number> {
    // Only the current pairing's clips: the others wait for their own tracker.
    const pairing = await items.pairing.get();
    const due: string[] = [];
    const now = deps.now();
    await items.queue.update((q) =>
      q.map((e) => {
        if ((id !== null && e.clip.id !== id) || !isFor(e, pairing)) return e;
        due.push(e.clip.id);
        return { ...e, state: 'waiting', nextAt: now };
      }),
    );
    for (const clipId of due) await history(clipId, { state: 'queued', error: undefined });
    return due.length;
  }

  const queue: Queue = {
    async enqueue({ clip, snapshot, requirementLabel }) {
      const pairing = await items.pairing.get();
      if (!pairing) return { ok: false, ...NOT_PAIRED };
      const problem = await checkClip(clip, snapshot);
      if (problem) return { ok: false, code: problem.code, message: problem.message };
      const current = await items.queue.get();
      if (current.length >= QUEUE_LIMIT)
        return { ok: false, code: 'queue-full', message: `${QUEUE_LIMIT} clips are already waiting for the tracker: check the pairing and retry them first.` };
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
        pairing: pairingRef(pairing),
      };
      await items.queue.update((q) => [...q.filter((e) => e.clip.id !== id), entry]);
      await items.history.update((list) =>
        recordHistory(list, { id, title: clip.title, url: clip.url, requirement: clip.requirement, requirementLabel, state: 'queued', at: now, attempts: 0 }),
      );
      const target = { requirement: clip.requirement, item: clip.item ?? null };
      await items.recent.update((r) => [target, ...r.filter((t) => !sameTarget(t, target))].slice(0, 8));
      await updateBadge();
      void queue.drain();
      return { ok: true, id };
    },
    drain() {
      if (running) {
        again = true;
        // The watchdog alarm may just have fired (a one-time alarm is then gone) while a request is
        // still out: armed again, so a worker killed after this still wakes to finish the queue.
        void armWatchdog();
        return running;
      }
      running = (async () => {
        try {
          await armWatchdog();
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
      const retried = await makeDue(id);
      await queue.drain();
      return retried;
    },
    async paired() {
      // The tracker just answered this pairing's ping: what it refused before (a revoked or
      // unknown token, most often) is due again, so the old code's refusals are not left standing;
      // clips it refused for an old token (revoked, or replaced by this one) go with this one.
      const pairing = await items.pairing.get();
      if (pairing) await items.queue.update((q) => q.map((e) => (takenOverBy(e, pairing) ? { ...e, pairing: pairingRef(pairing) } : e)));
      await makeDue(null);
      void queue.drain();
    },
    async discard(pairing) {
      const current = await items.pairing.get();
      if (samePairing(pairing, current)) return 0;
      const gone: string[] = [];
      await items.queue.update((q) =>
        q.filter((e) => {
          const drop = samePairing(e.pairing, pairing);
          if (drop) gone.push(e.clip.id);
          return !drop;
        }),
      );
      for (const id of gone) {
        await snapshots.remove(id);
        await history(id, { state: 'discarded', error: undefined });
      }
      await updateBadge();
      return gone.length;
    },
    async resume() {
      await updateBadge();
      await queue.drain();
    },
    updateBadge,
  };
  return queue;
}
