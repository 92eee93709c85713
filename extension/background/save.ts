/**
 * A draft (from the popup, a context menu or quick-save) to a queued clip. The clip is checked
 * with the protocol's own check before its snapshot is taken (nothing is captured for a clip the
 * server would refuse), and again with the snapshot when it is queued (its size).
 */
import { LIMITS } from '../../shared/clip-protocol.ts';
import type { ClipDraft, SaveResult } from '../lib/messages.ts';
import { items } from '../lib/storage.ts';
import { targetLabel, type Target } from '../lib/target.ts';
import { takeSnapshot } from './capture.ts';
import type { BackgroundDeps } from './deps.ts';
import { checkClip, type Queue } from './queue.ts';

/** "E5-02 Worker training records ..." (the id's text from the cached list) or "Row 30 · <item>". */
export async function requirementLabel(target: Target): Promise<string> {
  if (typeof target.requirement === 'number') return targetLabel(target);
  const choice = (await items.requirements.get())?.list.find((c) => c.id === target.requirement);
  return choice ? `${target.requirement} ${choice.text}`.slice(0, 120) : target.requirement;
}

export async function saveDraft(deps: BackgroundDeps, queue: Queue, draft: ClipDraft): Promise<SaveResult> {
  const clip = {
    id: deps.randomId(),
    url: draft.url,
    title: draft.title.slice(0, LIMITS.title),
    capturedAt: new Date(deps.now()).toISOString(),
    recordDate: draft.recordDate,
    requirement: draft.requirement,
    // The item's text travels only beside a row: a reference id is found by the server itself.
    ...(typeof draft.requirement === 'number' ? { item: draft.item?.slice(0, LIMITS.title) ?? null } : {}),
    excerpt: draft.excerpt.slice(0, LIMITS.excerpt),
    note: draft.note.slice(0, LIMITS.note),
  };
  const problem = await checkClip(clip, null);
  if (problem) return { ok: false, code: problem.code, message: problem.message, alternatives: [] };
  let snapshot = null;
  if (draft.snapshot !== 'none') {
    const taken = await takeSnapshot(deps.fetch, draft.snapshot, { tabId: draft.tabId, url: draft.url, title: draft.title });
    if (!taken.ok) return { ok: false, code: taken.code, message: taken.message, alternatives: taken.alternatives };
    snapshot = taken.snapshot;
  }
  const result = await queue.enqueue({ clip, snapshot, requirementLabel: await requirementLabel(draft) });
  return result.ok ? result : { ...result, alternatives: [] };
}
