/**
 * The service worker's parts, made by one function so a test can start a "new" background over the
 * same storage (a restart). Nothing that must survive lives in these closures: the queue, history
 * and settings are in chrome.storage.local, snapshot bytes in IndexedDB.
 */
import { onCommand } from './commands.ts';
import { createMenus, onMenuClick, type MenuClick } from './context-menus.ts';
import type { BackgroundDeps } from './deps.ts';
import { createHandlers, dispatch, type Handlers } from './handlers.ts';
import { QUEUE_ALARM, createQueue, type Queue } from './queue.ts';

export interface Background {
  readonly queue: Queue;
  readonly handlers: Handlers;
  handleMessage(message: unknown): ReturnType<typeof dispatch>;
  onAlarm(alarm: { name: string }): Promise<void>;
  onMenuClick(info: MenuClick, tab: chrome.tabs.Tab | undefined): Promise<string>;
  onCommand(command: string, tab: chrome.tabs.Tab | undefined): Promise<string>;
  /** Registers the chrome.* listeners (synchronously, as MV3 requires) and resumes the queue. */
  start(): Promise<void>;
}

export function createBackground(deps: BackgroundDeps): Background {
  const queue = createQueue(deps);
  const handlers = createHandlers(deps, queue);
  const background: Background = {
    queue,
    handlers,
    handleMessage: (message) => dispatch(handlers, message),
    async onAlarm(alarm) {
      if (alarm.name === QUEUE_ALARM) await queue.drain();
    },
    onMenuClick: (info, tab) => onMenuClick(deps, queue, info, tab),
    onCommand: (command, tab) => onCommand(deps, queue, command, tab),
    start() {
      chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
        // Only the extension's own pages talk to the background.
        if (sender.id !== chrome.runtime.id) return false;
        void background.handleMessage(message).then(sendResponse);
        return true;
      });
      chrome.alarms.onAlarm.addListener((alarm) => void background.onAlarm(alarm));
      chrome.contextMenus.onClicked.addListener((info, tab) => void background.onMenuClick(info, tab));
      chrome.commands.onCommand.addListener((command, tab) => void background.onCommand(command, tab));
      chrome.runtime.onInstalled.addListener(() => void createMenus().then(() => queue.resume()));
      chrome.runtime.onStartup.addListener(() => void queue.resume());
      // Every wake (an alarm, a message, a restart after the worker was stopped) resumes the queue.
      return queue.resume();
    },
  };
  return background;
}
