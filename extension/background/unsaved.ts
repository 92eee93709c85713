/**
 * A quick save (a menu item or Alt+Shift+Q) has no page to show its failure on: the reason is kept
 * in storage, the badge turns to a red "!" with the reason as the button's tooltip, and the popup
 * shows it the next time it opens (which dismisses it).
 */
import { items } from '../lib/storage.ts';
import type { BackgroundDeps } from './deps.ts';
import type { Queue } from './queue.ts';

export async function sayUnsaved(deps: BackgroundDeps, queue: Queue, url: string, message: string): Promise<string> {
  await items.unsaved.set({ message, url, at: deps.now() });
  await queue.updateBadge();
  return message;
}

export async function dismissUnsaved(queue: Queue): Promise<void> {
  await items.unsaved.set(null);
  await queue.updateBadge();
}
