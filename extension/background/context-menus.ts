/**
 * "Save this page / selection / link as evidence". With a last-used requirement they save straight
 * away (like quick-save); without one they open the popup page as a small window for that tab, so
 * the person picks the requirement there.
 */
import type { ClipDraft } from '../lib/messages.ts';
import { items } from '../lib/storage.ts';
import { capturePage, looksLikePdf } from './capture.ts';
import type { BackgroundDeps } from './deps.ts';
import type { Queue } from './queue.ts';
import { saveDraft } from './save.ts';

export const MENU = { page: 'secor-save-page', selection: 'secor-save-selection', link: 'secor-save-link' } as const;

export async function createMenus(): Promise<void> {
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({ id: MENU.page, title: 'Save this page as evidence', contexts: ['page'] });
  chrome.contextMenus.create({ id: MENU.selection, title: 'Save this selection as evidence', contexts: ['selection'] });
  chrome.contextMenus.create({ id: MENU.link, title: 'Save this link as evidence', contexts: ['link'] });
}

/** Opens the popup page as a window for `tabId` (the picker), e.g. when no requirement is known yet. */
export async function openPicker(tabId: number, extra: Record<string, string> = {}): Promise<void> {
  const manifest = chrome.runtime.getManifest();
  const page = manifest.action?.default_popup ?? 'popup.html';
  const query = new URLSearchParams({ tab: String(tabId), ...extra });
  await chrome.windows.create({ url: chrome.runtime.getURL(`${page}?${query}`), type: 'popup', width: 420, height: 640 });
}

export type MenuClick = Pick<chrome.contextMenus.OnClickData, 'menuItemId' | 'selectionText' | 'linkUrl' | 'pageUrl'>;

/** What a menu click does; the listener calls this, and tests call it too. */
export async function onMenuClick(deps: BackgroundDeps, queue: Queue, info: MenuClick, tab: chrome.tabs.Tab | undefined): Promise<string> {
  const tabId = tab?.id;
  if (tabId === undefined) return 'no-tab';
  const [last] = await items.recent.get();
  const linkUrl = info.menuItemId === MENU.link ? info.linkUrl : undefined;
  if (last === undefined) {
    await openPicker(tabId, linkUrl ? { link: linkUrl } : info.menuItemId === MENU.selection ? { selection: '1' } : {});
    return 'picker';
  }
  const defaults = await items.defaults.get();
  let draft: ClipDraft;
  if (linkUrl) {
    const pdf = looksLikePdf(linkUrl);
    const title = (info.selectionText?.trim() || decodeURIComponent(new URL(linkUrl).pathname.split('/').pop() ?? '') || linkUrl).slice(0, 300);
    draft = { tabId: null, url: linkUrl, title, recordDate: null, requirement: last, excerpt: `Linked from ${info.pageUrl ?? tab?.url ?? ''}`, note: '', snapshot: pdf ? 'pdf' : 'none' };
  } else {
    const facts = await capturePage(tabId, new Date(deps.now()));
    const snapshot = facts.isPdf ? 'pdf' : defaults.snapshot;
    const selection = info.menuItemId === MENU.selection ? (info.selectionText ?? facts.selection) : '';
    draft = { tabId, url: facts.url, title: facts.title, recordDate: facts.recordDate, requirement: last, excerpt: selection || facts.excerpt, note: '', snapshot };
  }
  const result = await saveDraft(deps, queue, draft);
  if (!result.ok) {
    // A snapshot that cannot be taken should not lose the clip: save the link, say so in the note.
    if (draft.snapshot !== 'none' && result.alternatives.includes('none')) {
      const again = await saveDraft(deps, queue, { ...draft, snapshot: 'none', note: `No snapshot: ${result.message}`.slice(0, 1000) });
      return again.ok ? again.id : again.message;
    }
    return result.message;
  }
  return result.id;
}
