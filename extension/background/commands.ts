/** Keyboard: Alt+Shift+S is _execute_action (the popup, handled by Chrome); Alt+Shift+Q quick-saves. */
import type { BackgroundDeps } from './deps.ts';
import { MENU, onMenuClick } from './context-menus.ts';
import type { Queue } from './queue.ts';

export const QUICK_SAVE = 'quick-save';

/** Quick-save is "save this page" to the last requirement (or the picker when there is none). */
export async function onCommand(deps: BackgroundDeps, queue: Queue, command: string, tab: chrome.tabs.Tab | undefined): Promise<string> {
  if (command !== QUICK_SAVE) return 'ignored';
  const target = tab ?? (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  return onMenuClick(deps, queue, { menuItemId: MENU.page, pageUrl: target?.url }, target);
}
