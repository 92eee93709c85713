/** The message handlers: one named, typed function per message type, looked up in a map. */
import type { Envelope, MessageType, Messages, Reply } from '../lib/messages.ts';
import { summarise } from '../lib/queue-model.ts';
import { items } from '../lib/storage.ts';
import { capturePage } from './capture.ts';
import type { BackgroundDeps } from './deps.ts';
import { checkPairing } from './pairing.ts';
import type { Queue } from './queue.ts';
import { listRequirements } from './requirements.ts';
import { saveDraft } from './save.ts';
import { suggest } from '../lib/suggest.ts';
import { dismissUnsaved } from './unsaved.ts';

export type Handlers = { [K in MessageType]: (payload: Messages[K]['request']) => Promise<Messages[K]['response']> };

export function createHandlers(deps: BackgroundDeps, queue: Queue): Handlers {
  return {
    'pairing/check': async ({ code }) => {
      const result = await checkPairing(deps, code);
      // Clips made under this pairing (before a re-pairing, or an unpairing) go now.
      if (result.ok) await queue.paired();
      return result;
    },
    'pairing/forget': async () => {
      const had = (await items.pairing.get()) !== null;
      await items.pairing.set(null);
      await items.requirements.set(null);
      // Its clips stay queued for it (sent if it is paired again); the badge says they wait.
      await queue.updateBadge();
      return { forgotten: had };
    },
    'requirements/list': ({ refresh }) => listRequirements(deps, refresh),
    'requirements/suggest': async ({ page }) => suggest(page, (await items.requirements.get())?.list ?? []),
    'page/capture': ({ tabId }) => capturePage(deps.fetch, tabId, new Date(deps.now())),
    'clip/save': ({ draft }) => saveDraft(deps, queue, draft),
    'clip/retry': async ({ id }) => ({ retried: await queue.retry(id) }),
    'queue/discard': async ({ pairing }) => ({ discarded: await queue.discard(pairing) }),
    'unsaved/dismiss': async () => {
      await dismissUnsaved(queue);
      return {};
    },
    'state/get': async () => {
      const [pairing, defaults, list, unsaved] = await Promise.all([items.pairing.get(), items.defaults.get(), items.queue.get(), items.unsaved.get()]);
      return {
        paired: pairing ? { spreadsheet: pairing.spreadsheet, person: pairing.person, sheet: pairing.sheet, url: pairing.url } : null,
        defaults,
        unsaved,
        ...summarise(list, pairing),
      };
    },
  };
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/** Runs the handler a message names; unknown messages are refused, never guessed at. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Reply<MessageType>> {
  if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) {
    const name = isEnvelope(message) ? `"${String(message.type).slice(0, 40)}"` : 'without a type';
    return { ok: false, error: `Unknown message ${name}: the clipper's pages and background are out of step; reload the extension.` };
  }
  const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
  try {
    return { ok: true, value: (await handler(message.payload ?? {})) as never };
  } catch (error) {
    return { ok: false, error: (error as Error).message || String(error) };
  }
}
