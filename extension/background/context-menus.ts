/**
 * "Save this page / selection / link as evidence". With a last-used requirement they save straight
 * away (like quick-save); without one they open the popup page as a small window for that tab, so
 * the person picks the requirement there. A save that cannot happen says why (background/unsaved.ts).
 */
import { linkPage } from '../lib/link-clip.ts';
import type { ClipDraft } from '../lib/messages.ts';
import { items } from '../lib/storage.ts';
import { capturePage } from './capture.ts';
import type { BackgroundDeps } from './deps.ts';
import type { Queue } from './queue.ts';
import { saveDraft } from './save.ts';
import { sayUnsaved } from './unsaved.ts';

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

/**
 * What a menu click does; the listener calls this, and tests call it too. Resolves with the clip
 * id, 'picker', 'no-tab', or the reason nothing was saved (which the person is also shown).
 */
export async function onMenuClick(deps: BackgroundDeps, queue: Queue, info: MenuClick, tab: chrome.tabs.Tab | undefined): Promise<string> {
  const tabId = tab?.id;
  if (tabId === undefined) return 'no-tab';
  const linkUrl = info.menuItemId === MENU.link ? info.linkUrl : undefined;
  const address = linkUrl ?? info.pageUrl ?? tab?.url ?? '';
  try {
    const [last] = await items.recent.get();
    if (last === undefined) {
      await openPicker(tabId, linkUrl ? { link: linkUrl } : info.menuItemId === MENU.selection ? { selection: '1' } : {});
      return 'picker';
    }
    const draft = linkUrl ? linkDraft(linkUrl, info, tabId, tab) : await pageDraft(deps, info, tabId);
    if (!draft.ok) return await sayUnsaved(deps, queue, address, draft.message);
    const result = await saveDraft(deps, queue, { ...draft.draft, requirement: last.requirement, item: last.item });
    if (result.ok) return result.id;
    // A snapshot that cannot be taken should not lose the clip: save the link, say so in the note.
    if (draft.draft.snapshot !== 'none' && result.alternatives.includes('none')) {
      const again = await saveDraft(deps, queue, {
        ...draft.draft,
        requirement: last.requirement,
        item: last.item,
        snapshot: 'none',
        note: `No snapshot: ${result.message}`.slice(0, 1000),
      });
      return again.ok ? again.id : await sayUnsaved(deps, queue, address, again.message);
    }
    return await sayUnsaved(deps, queue, address, result.message);
  } catch (error) {
    // Reading the page can throw (a browser page, a closed tab): never fail without a word.
    return sayUnsaved(deps, queue, address, (error as Error).message || String(error));
  }
}

type Draft = { ok: true; draft: Omit<ClipDraft, 'requirement' | 'item'> } | { ok: false; message: string };

function linkDraft(linkUrl: string, info: MenuClick, tabId: number, tab: chrome.tabs.Tab | undefined): Draft {
  const link = linkPage(linkUrl, { tabId, url: info.pageUrl ?? tab?.url ?? '' }, info.selectionText);
  if (!link.ok) return link;
  const { url, title, recordDate, excerpt } = link.facts;
  return { ok: true, draft: { tabId: null, url, title, recordDate, excerpt, note: '', snapshot: link.snapshot } };
}

async function pageDraft(deps: BackgroundDeps, info: MenuClick, tabId: number): Promise<Draft> {
  const [facts, defaults] = await Promise.all([capturePage(deps.fetch, tabId, new Date(deps.now())), items.defaults.get()]);
  const selection = info.menuItemId === MENU.selection ? (info.selectionText ?? facts.selection) : '';
  return {
    ok: true,
    draft: {
      tabId,
      url: facts.url,
      title: facts.title,
      recordDate: facts.recordDate,
      excerpt: selection || facts.excerpt,
      note: '',
      snapshot: facts.isPdf ? 'pdf' : defaults.snapshot,
    },
  };
}
