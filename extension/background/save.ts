/** A draft (from the popup, a context menu or quick-save) to a queued clip, snapshot taken now. */
import { LIMITS } from '../../shared/clip-protocol.ts';
import type { ClipDraft, SaveResult } from '../lib/messages.ts';
import { items } from '../lib/storage.ts';
import { takeSnapshot } from './capture.ts';
import type { BackgroundDeps } from './deps.ts';
import type { Queue } from './queue.ts';

export async function requirementLabel(key: string | number): Promise<string> {
  const cached = await items.requirements.get();
  const choice = cached?.list.find((c) => (c.id ?? c.row) === key);
  const name = typeof key === 'number' ? `row ${key}` : key;
  return choice ? `${name} ${choice.text}`.slice(0, 120) : name;
}

export async function saveDraft(deps: BackgroundDeps, queue: Queue, draft: ClipDraft): Promise<SaveResult> {
  let snapshot = null;
  if (draft.snapshot !== 'none') {
    const taken = await takeSnapshot(deps.fetch, draft.snapshot, { tabId: draft.tabId, url: draft.url, title: draft.title });
    if (!taken.ok) return { ok: false, code: taken.code, message: taken.message, alternatives: taken.alternatives };
    snapshot = taken.snapshot;
  }
  const result = await queue.enqueue({
    clip: {
      id: deps.randomId(),
      url: draft.url,
      title: draft.title.slice(0, LIMITS.title),
      capturedAt: new Date(deps.now()).toISOString(),
      recordDate: draft.recordDate,
      requirement: draft.requirement,
      excerpt: draft.excerpt.slice(0, LIMITS.excerpt),
      note: draft.note.slice(0, LIMITS.note),
    },
    snapshot,
    requirementLabel: await requirementLabel(draft.requirement),
  });
  return result.ok ? result : { ...result, alternatives: [] };
}
