import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { textToBase64Url } from '../lib/base64.ts';
import { HISTORY_LIMIT } from '../lib/history-model.ts';
import type { ClipDraft } from '../lib/messages.ts';
import { snapshots } from '../lib/snapshots.ts';
import { items, DEFAULT_TUNING } from '../lib/storage.ts';
import { fakeChrome, freshState, type FakeChrome, type FakeChromeState } from '../test-support/fake-chrome.ts';
import { FakeServer, REQUIREMENTS, TOKEN, WEB_APP, network, type FakeTracker } from '../test-support/fake-server.ts';
import { certificate, makePdf } from '../test-support/pdf.ts';
import { createBackground, type Background } from './background.ts';
import { MENU } from './context-menus.ts';
import { QUEUE_ALARM } from './queue.ts';

const codeFor = (t: Pick<FakeTracker, 'url' | 'token' | 'spreadsheet'>) =>
  textToBase64Url(JSON.stringify({ v: 1, url: t.url, token: t.token, sheet: t.spreadsheet }));
const CODE = codeFor({ url: WEB_APP, token: TOKEN, spreadsheet: 'Northwind Safety' });
const BASE = DEFAULT_TUNING.retryBaseMs;
/** Another employer's tracker: its own web app and token. */
const SOUTHGATE: FakeTracker = {
  url: 'http://127.0.0.1:10/exec',
  token: 'tok_southgate_0123456789abcdef',
  spreadsheet: 'Southgate Safety',
  person: 'J. Patel',
};

let state: FakeChromeState;
let server: FakeServer;
let other: FakeServer;
let clock: { now: number };
let ids: number;

/** A background over `state` (a new one after a "restart"), talking to `server`. */
function boot(): { fake: FakeChrome; bg: Background } {
  const fake = fakeChrome(state);
  (globalThis as { chrome?: unknown }).chrome = fake.chrome;
  const bg = createBackground({ fetch: network(server, other), now: () => clock.now, randomId: () => `clip-${String(++ids).padStart(4, '0')}` });
  return { fake, bg };
}

const draft = (over: Partial<ClipDraft> = {}): ClipDraft => ({
  tabId: null,
  url: 'https://training.example/cert/123',
  title: 'Fall Protection certificate',
  recordDate: '2026-10-02',
  requirement: 'E5-02',
  item: null,
  excerpt: 'J. Patel completed Fall Protection on October 2, 2026',
  note: '',
  snapshot: 'none',
  ...over,
});

async function paired(): Promise<{ fake: FakeChrome; bg: Background }> {
  const booted = boot();
  const check = await booted.bg.handlers['pairing/check']({ code: CODE });
  expect(check).toMatchObject({ ok: true, spreadsheet: 'Northwind Safety', person: 'J. Patel' });
  return booted;
}

async function save(bg: Background, over: Partial<ClipDraft> = {}): Promise<string> {
  const result = await bg.handlers['clip/save']({ draft: draft(over) });
  if (!result.ok) throw new Error(result.message);
  await bg.queue.drain();
  return result.id;
}

const historyOf = async (id: string) => (await items.history.get()).find((e) => e.id === id);

beforeEach(() => {
  state = freshState();
  server = new FakeServer();
  other = new FakeServer(SOUTHGATE);
  clock = { now: Date.UTC(2026, 10, 26, 15) };
  ids = 0;
});

describe('the fake chrome', () => {
  it('throws on anything it does not implement, and counts calls', async () => {
    const { fake } = boot();
    expect(() => (fake.chrome as unknown as { downloads: unknown }).downloads).toThrow(/chrome\.downloads is not implemented/);
    expect(() => fake.chrome.storage.sync).toThrow(/chrome\.storage\.sync is not implemented/);
    await fake.chrome.storage.local.set({ a: 1 });
    expect(fake.count('chrome.storage.local.set')).toBe(1);
  });
});

describe('messages', () => {
  it('runs the named handler and refuses unknown messages', async () => {
    const { bg } = boot();
    expect(await bg.handleMessage({ type: 'state/get', payload: {} })).toMatchObject({ ok: true, value: { paired: null, waiting: 0 } });
    expect(await bg.handleMessage({ type: 'clip/delete-everything', payload: {} })).toEqual({
      ok: false,
      error: expect.stringMatching(/Unknown message "clip\/delete-everything"/),
    });
    expect(await bg.handleMessage({ type: 'toString', payload: {} })).toMatchObject({ ok: false });
    expect(await bg.handleMessage('state/get')).toMatchObject({ ok: false, error: expect.stringMatching(/without a type/) });
  });

  it("answers the extension's own pages only, through the registered listener", async () => {
    const { fake, bg } = boot();
    await bg.start();
    const listener = fake.messageListeners[0] as (m: unknown, s: { id: string }, r: (x: unknown) => void) => boolean;
    expect(listener({ type: 'state/get', payload: {} }, { id: 'someone-else' }, () => {})).toBe(false);
    const reply = await new Promise((resolve) => listener({ type: 'state/get', payload: {} }, { id: 'fake-extension-id' }, resolve));
    expect(reply).toMatchObject({ ok: true });
  });
});

describe('pairing', () => {
  it('keeps a code only after the server answers the ping', async () => {
    const { bg } = boot();
    server.fault = 'down';
    expect(await bg.handlers['pairing/check']({ code: CODE })).toMatchObject({ ok: false, code: 'network' });
    expect(await items.pairing.get()).toBeNull();
    server.fault = 'revoked-token';
    expect(await bg.handlers['pairing/check']({ code: CODE })).toMatchObject({
      ok: false,
      code: 'revoked-token',
      message: expect.stringMatching(/pair it again/),
    });
    expect(await bg.handlers['pairing/check']({ code: 'garbage!' })).toMatchObject({ ok: false, code: 'bad-code' });
    server.fault = null;
    expect(await bg.handlers['pairing/check']({ code: CODE })).toMatchObject({ ok: true });
    expect(await items.pairing.get()).toMatchObject({ token: TOKEN, spreadsheet: 'Northwind Safety', person: 'J. Patel' });
  });

  it('refuses to queue a clip before pairing', async () => {
    const { bg } = boot();
    expect(await bg.handlers['clip/save']({ draft: draft() })).toMatchObject({ ok: false, code: 'not-paired' });
  });
});

describe('the queue', () => {
  it('saves a clip when the server names the row written', async () => {
    const { fake, bg } = await paired();
    const id = await save(bg);
    expect(await historyOf(id)).toMatchObject({ state: 'saved', saved: { row: 2, sheet: 'Evidence', duplicate: false } });
    expect(await items.queue.get()).toEqual([]);
    expect(fake.badge.text).toBe('');
    expect(server.stored.get(id)?.clip).toMatchObject({
      id,
      url: 'https://training.example/cert/123',
      requirement: 'E5-02',
      recordDate: '2026-10-02',
      capturedAt: '2026-11-26T15:00:00.000Z',
    });
    expect((server.requests.at(-1) as { v: number; token: string }).token).toBe(TOKEN);
  });

  it('sends the POST as text/plain JSON and follows redirects', async () => {
    const { bg } = await paired();
    const seen: RequestInit[] = [];
    const inner = server.fetch;
    const spy: typeof fetch = (input, init) => {
      seen.push(init!);
      return inner(input, init);
    };
    (server as { fetch: typeof fetch }).fetch = spy;
    const again = createBackground({ fetch: spy, now: () => clock.now, randomId: () => 'clip-redirect' });
    await again.handlers['clip/save']({ draft: draft() });
    await again.queue.drain();
    expect(seen[0]).toMatchObject({ method: 'POST', headers: { 'content-type': 'text/plain;charset=utf-8' }, redirect: 'follow' });
    expect(JSON.parse(String(seen[0]!.body))).toMatchObject({ v: 1, token: TOKEN, action: 'clip', clip: { id: 'clip-redirect' } });
    void bg;
  });

  it('is not saved by an ok answer that names no row; retries and then lands once', async () => {
    const { bg } = await paired();
    server.fault = 'no-row';
    const id = await save(bg);
    expect(await historyOf(id)).toMatchObject({ state: 'failed', error: { code: 'unconfirmed', retryable: true } });
    expect((await items.queue.get()).map((e) => e.clip.id)).toEqual([id]);
    server.fault = null;
    clock.now += BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(await historyOf(id)).toMatchObject({ state: 'saved' });
    expect(server.stored.size).toBe(1);
  });

  it('keeps the watchdog armed while a request is out: a worker killed after the alarm fired still wakes and sends once', async () => {
    await paired();
    let reached!: () => void;
    const atServer = new Promise<void>((r) => (reached = r));
    const inner = network(server, other);
    // The first clip request never comes back: the worker dies while it is out.
    const held: typeof fetch = (input, init) => {
      if (!String(init?.body).includes('"action":"clip"')) return inner(input, init);
      reached();
      return new Promise<Response>(() => {});
    };
    const bg = createBackground({ fetch: held, now: () => clock.now, randomId: () => 'clip-held' });
    const saved = await bg.handlers['clip/save']({ draft: draft() });
    expect(saved).toMatchObject({ ok: true, id: 'clip-held' });
    await atServer;
    // Chrome fires the watchdog (a one-time alarm, then gone) while the request is still out.
    clock.now += BASE;
    state.alarms.delete(QUEUE_ALARM);
    // Its drain is still running (it never ends): the alarm joins it.
    void bg.onAlarm({ name: QUEUE_ALARM });
    await new Promise((r) => setTimeout(r, 10));
    expect(state.alarms.get(QUEUE_ALARM)?.scheduledTime).toBeGreaterThan(clock.now);
    // The worker is stopped; its alarm wakes a new one, which sends the clip again, once.
    clock.now = state.alarms.get(QUEUE_ALARM)!.scheduledTime;
    const { bg: restarted } = boot();
    await restarted.onAlarm({ name: QUEUE_ALARM });
    expect(await historyOf('clip-held')).toMatchObject({ state: 'saved' });
    expect(server.stored.size).toBe(1);
  });

  it('counts a duplicate answer (the first answer was lost) as saved', async () => {
    const { bg } = await paired();
    const inner = server.fetch;
    let lose = true;
    const lossy: typeof fetch = async (input, init) => {
      const response = await inner(input, init);
      if (lose && JSON.parse(String(init?.body)).action === 'clip') {
        lose = false;
        throw new TypeError('Failed to fetch'); // the server wrote the row, the answer never arrived
      }
      return response;
    };
    const b = createBackground({ fetch: lossy, now: () => clock.now, randomId: () => 'clip-lost-answer' });
    await b.handlers['clip/save']({ draft: draft() });
    await b.queue.drain();
    expect(await historyOf('clip-lost-answer')).toMatchObject({ state: 'failed', error: { retryable: true } });
    clock.now += BASE;
    await b.onAlarm({ name: QUEUE_ALARM });
    expect(await historyOf('clip-lost-answer')).toMatchObject({ state: 'saved', saved: { duplicate: true, row: 2 } });
    expect(server.stored.size).toBe(1);
    expect(server.clipRequests()).toBe(2);
    void bg;
  });

  it.each(['down', '500', 'busy'] as const)('retries a %s failure with exponential backoff on an alarm', async (fault) => {
    const { bg } = await paired();
    server.fault = fault;
    const start = clock.now;
    const id = await save(bg);
    expect(state.alarms.get(QUEUE_ALARM)?.scheduledTime).toBe(start + BASE);
    expect(await historyOf(id)).toMatchObject({ state: 'failed', error: { retryable: true, nextAt: start + BASE } });
    // Not due yet: the alarm firing early sends nothing.
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(server.clipRequests()).toBe(1);
    clock.now = start + BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(server.clipRequests()).toBe(2);
    expect(state.alarms.get(QUEUE_ALARM)?.scheduledTime).toBe(clock.now + 2 * BASE);
    clock.now += 2 * BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(state.alarms.get(QUEUE_ALARM)?.scheduledTime).toBe(clock.now + 4 * BASE);
    server.fault = null;
    clock.now += 4 * BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(await historyOf(id)).toMatchObject({ state: 'saved', attempts: 4 });
    expect(state.alarms.has(QUEUE_ALARM)).toBe(false);
    expect(server.stored.size).toBe(1);
  });

  it.each(['unknown-requirement', 'revoked-token'] as const)('holds a %s refusal with the server message until a person retries', async (fault) => {
    const { fake, bg } = await paired();
    server.fault = fault;
    const id = await save(bg);
    const entry = await historyOf(id);
    expect(entry).toMatchObject({ state: 'failed', error: { code: fault, retryable: false, nextAt: null } });
    expect(entry?.error?.message).toMatch(fault === 'revoked-token' ? /pair it again/ : /No requirement E9-99/);
    expect(fake.badge.text).toBe('!');
    expect(state.alarms.has(QUEUE_ALARM)).toBe(false);
    clock.now += 10 * BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(server.clipRequests()).toBe(1);
    server.fault = null;
    expect(await bg.handlers['clip/retry']({ id })).toEqual({ retried: 1 });
    expect(await historyOf(id)).toMatchObject({ state: 'saved' });
    expect(fake.badge.text).toBe('');
  });

  it('refuses before queueing what the server would refuse (checkRequest), and an oversized snapshot', async () => {
    const { bg } = await paired();
    expect(await bg.handlers['clip/save']({ draft: draft({ url: 'ftp://x.example/file' }) })).toMatchObject({
      ok: false,
      code: 'bad-request',
      message: expect.stringMatching(/url/),
    });
    expect(await bg.handlers['clip/save']({ draft: draft({ requirement: 'not an id' }) })).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await items.queue.get()).toEqual([]);
  });

  it('shows the number of waiting clips on the badge', async () => {
    const { fake, bg } = await paired();
    server.fault = 'down';
    for (let i = 0; i < 3; i++) await save(bg);
    expect(fake.badge.text).toBe('3');
    expect(await bg.handlers['state/get']({})).toMatchObject({ waiting: 3, held: 0 });
    server.fault = null;
    clock.now += BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(fake.badge.text).toBe('');
    expect(fake.count('chrome.action.setBadgeText')).toBeGreaterThan(3);
  });

  it('survives a restart: a new background over the same storage sends what waited, once', async () => {
    const first = await paired();
    server.fault = 'down';
    const a = await save(first.bg);
    const b = await save(first.bg, { snapshot: 'none', title: 'Second' });
    // The worker dies mid-request: a clip left "sending" in storage.
    await items.queue.update((q) => q.map((e) => (e.clip.id === b ? { ...e, state: 'sending', nextAt: clock.now } : e)));
    server.fault = null;
    clock.now += BASE;
    const second = boot(); // nothing carried over but the storage and IndexedDB
    await second.bg.start();
    expect(second.fake.count('chrome.alarms.onAlarm.addListener')).toBe(1);
    expect(server.stored.size).toBe(2);
    expect([...server.stored.keys()].sort()).toEqual([a, b].sort());
    expect(await items.queue.get()).toEqual([]);
    expect(second.fake.badge.text).toBe('');
  });

  it('keeps snapshot bytes in IndexedDB until the clip is saved', async () => {
    const { fake, bg } = await paired();
    fake.tabs.set(7, { id: 7, windowId: 1, url: 'https://training.example/cert/123', title: 'Cert', active: true });
    server.fault = 'down';
    const id = await save(bg, { tabId: 7, snapshot: 'mhtml' });
    const queued = (await items.queue.get())[0]!;
    expect(queued.snapshot).toMatchObject({ kind: 'mhtml', name: 'Fall-Protection-certificate.mhtml' });
    expect(JSON.stringify(state.storage.get('queue'))).not.toContain('fake archive');
    expect(atob((await snapshots.get(id))!)).toContain('fake archive');
    server.fault = null;
    clock.now += BASE;
    await boot().bg.start();
    expect((server.stored.get(id)!.clip as { snapshot: { kind: string; base64: string } }).snapshot.kind).toBe('mhtml');
    expect(await snapshots.get(id)).toBeUndefined();
    expect(fake.count('chrome.pageCapture.saveAsMHTML')).toBe(1);
  });

  it(`keeps a history of the last ${HISTORY_LIMIT} clips`, async () => {
    const { bg } = await paired();
    for (let i = 0; i < 60; i++) await save(bg, { title: `Clip ${i}` });
    const history = await items.history.get();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toMatchObject({ title: 'Clip 59', state: 'saved' });
    expect(server.stored.size).toBe(60);
  });
});

describe('context menus and quick-save', () => {
  const page = {
    title: 'Certificate of Completion',
    url: 'https://training.example/cert/9',
    selection: '',
    text: 'This certifies that J. Patel completed Fall Protection on October 2, 2026',
    contentType: 'text/html',
  };

  it('creates the three menus on install', async () => {
    const { fake, bg } = boot();
    await bg.start();
    const onInstalled = (fake.chrome.runtime.onInstalled as unknown as { listeners: (() => void)[] }).listeners;
    onInstalled[0]!();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.menus.map((m) => m.title)).toEqual(['Save this page as evidence', 'Save this selection as evidence', 'Save this link as evidence']);
  });

  it('opens the picker window for the tab when no requirement was used yet', async () => {
    const { fake, bg } = await paired();
    fake.tabs.set(5, { id: 5, windowId: 1, url: page.url, title: page.title, active: true, page });
    expect(await bg.onMenuClick({ menuItemId: MENU.page }, await fake.chrome.tabs.get(5))).toBe('picker');
    expect(fake.windows[0]?.url).toBe('chrome-extension://fake-extension-id/extension/popup/index.html?tab=5');
  });

  it('saves the page, the selection or a PDF link to the last requirement', async () => {
    const { fake, bg } = await paired();
    await items.defaults.set({ snapshot: 'none' });
    await save(bg, { requirement: 'E4-01' });
    fake.tabs.set(5, { id: 5, windowId: 1, url: page.url, title: page.title, active: true, page });
    const tab = await fake.chrome.tabs.get(5);
    const pageId = await bg.onMenuClick({ menuItemId: MENU.page }, tab);
    const selId = await bg.onMenuClick({ menuItemId: MENU.selection, selectionText: 'Completed on 1 Nov 2026' }, tab);
    const pdfBytes = new TextEncoder().encode('%PDF-1.7 fake');
    const withPdf: typeof fetch = async (input, init) => (String(input).endsWith('.pdf') ? new Response(pdfBytes) : server.fetch(input, init));
    const b2 = createBackground({ fetch: withPdf, now: () => clock.now, randomId: () => 'clip-pdf-link' });
    const linkId = await b2.onMenuClick({ menuItemId: MENU.link, linkUrl: 'https://training.example/files/first-aid.pdf', pageUrl: page.url }, tab);
    await bg.queue.drain();
    await b2.queue.drain();
    expect(server.stored.get(pageId)?.clip).toMatchObject({ requirement: 'E4-01', recordDate: '2026-10-02', title: 'Certificate of Completion' });
    expect(server.stored.get(selId)?.clip).toMatchObject({ excerpt: 'Completed on 1 Nov 2026' });
    expect(server.stored.get(linkId)?.clip).toMatchObject({
      url: 'https://training.example/files/first-aid.pdf',
      title: 'first-aid.pdf',
      snapshot: { kind: 'pdf', name: 'first-aid.pdf' },
    });
  });

  it('quick-saves the active page with Alt+Shift+Q', async () => {
    const { fake, bg } = await paired();
    await items.defaults.set({ snapshot: 'png' });
    await save(bg, { requirement: 'E5-02' });
    fake.tabs.set(5, { id: 5, windowId: 1, url: page.url, title: page.title, active: true, page });
    const id = await bg.onCommand('quick-save', undefined);
    await bg.queue.drain();
    expect(server.stored.get(id)?.clip).toMatchObject({ requirement: 'E5-02', snapshot: { kind: 'png' } });
    expect(fake.count('chrome.tabs.captureVisibleTab')).toBe(1);
    expect(await bg.onCommand('something-else', undefined)).toBe('ignored');
  });
});

describe('a clip goes only to the tracker it was made for', () => {
  it.each([
    ['the same code, once its token works again', null],
    ['the new code the coordinator gives when connecting the person again', 'tok_reconnected_0123456789abcdef'],
  ])('pairing again with %s sends the clip the tracker refused for its token, once: no refusal is left standing', async (_, newToken) => {
    const { bg } = await paired();
    server.fault = 'revoked-token';
    const id = await save(bg);
    expect(await bg.handlers['state/get']({})).toMatchObject({ waiting: 0, held: 1 });
    server.fault = null;
    if (newToken) server.reconnect(newToken);
    expect(await bg.handlers['pairing/check']({ code: codeFor(server.tracker) })).toMatchObject({ ok: true });
    await bg.queue.drain();
    expect(await bg.handlers['state/get']({})).toMatchObject({ waiting: 0, held: 0, elsewhere: [] });
    expect(await historyOf(id)).toMatchObject({ state: 'saved' });
    expect(server.stored.size).toBe(1);
  });

  it('offline, says the network may be down (never fetch\'s "Failed to fetch") and keeps the clip queued', async () => {
    const { bg } = await paired();
    server.fault = 'down';
    const id = await save(bg);
    const entry = await historyOf(id);
    expect(entry).toMatchObject({
      state: 'failed',
      error: { code: 'network', retryable: true, message: 'The tracker cannot be reached: the network may be down.' },
    });
    expect(await bg.handlers['state/get']({})).toMatchObject({ waiting: 1, held: 0 });
  });

  it('a clip queued for tracker A is not sent to tracker B after re-pairing', async () => {
    const { fake, bg } = await paired();
    server.fault = 'down';
    const id = await save(bg);
    expect(await bg.handlers['pairing/check']({ code: codeFor(SOUTHGATE) })).toMatchObject({ ok: true, spreadsheet: 'Southgate Safety' });
    await bg.queue.drain();
    clock.now += 10 * BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    // A person's retry is for the current tracker's clips only.
    expect(await bg.handlers['clip/retry']({ id: null })).toEqual({ retried: 0 });
    expect(other.clipRequests()).toBe(0);
    expect(other.stored.size).toBe(0);
    expect((await items.queue.get()).map((e) => e.clip.id)).toEqual([id]);
    // The popup and options read this: how many clips wait, for which tracker.
    expect(await bg.handlers['state/get']({})).toMatchObject({
      paired: { spreadsheet: 'Southgate Safety' },
      waiting: 0,
      held: 0,
      elsewhere: [{ pairing: { spreadsheet: 'Northwind Safety', url: WEB_APP }, count: 1 }],
    });
    expect(fake.badge.text).toBe('!');
    // Unpaired, it waits too: sent nowhere, refused by no one.
    await bg.handlers['pairing/forget']({});
    await bg.handlers['clip/retry']({ id: null });
    clock.now += 10 * BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(server.clipRequests()).toBe(1); // the one attempt while A was down
    expect(other.clipRequests()).toBe(0);
    expect((await items.queue.get()).map((e) => e.clip.id)).toEqual([id]);
    expect(await bg.handlers['state/get']({})).toMatchObject({ paired: null, elsewhere: [{ pairing: { spreadsheet: 'Northwind Safety' }, count: 1 }] });
    // Each clip names its pairing without carrying its token.
    expect(JSON.stringify(state.storage.get('queue'))).not.toContain(TOKEN);
  });

  it('re-pairing with tracker A sends the waiting clip once', async () => {
    const { fake, bg } = await paired();
    server.fault = 'down';
    const id = await save(bg);
    await bg.handlers['pairing/check']({ code: codeFor(SOUTHGATE) });
    await bg.queue.drain();
    server.fault = null;
    expect(await bg.handlers['pairing/check']({ code: CODE })).toMatchObject({ ok: true, spreadsheet: 'Northwind Safety' });
    await bg.queue.drain();
    expect(await historyOf(id)).toMatchObject({ state: 'saved', saved: { duplicate: false } });
    expect([...server.stored.keys()]).toEqual([id]);
    expect(server.clipRequests()).toBe(2); // the failed attempt, then the one that landed
    clock.now += 10 * BASE;
    await bg.onAlarm({ name: QUEUE_ALARM });
    expect(server.clipRequests()).toBe(2);
    expect(other.clipRequests()).toBe(0);
    expect(await bg.handlers['state/get']({})).toMatchObject({ waiting: 0, held: 0, elsewhere: [] });
    expect(fake.badge.text).toBe('');
  });

  it('discards the clips waiting for another tracker when asked, with their snapshots, and only those', async () => {
    const { fake, bg } = await paired();
    fake.tabs.set(7, { id: 7, windowId: 1, url: 'https://training.example/cert/123', title: 'Cert', active: true });
    server.fault = 'down';
    const id = await save(bg, { tabId: 7, snapshot: 'mhtml' });
    await bg.handlers['pairing/check']({ code: codeFor(SOUTHGATE) });
    other.fault = 'down';
    const mine = await save(bg);
    const view = await bg.handlers['state/get']({});
    expect(view).toMatchObject({ waiting: 1, elsewhere: [{ count: 1 }] });
    // The current tracker's clips are not "elsewhere": nothing of them is discarded.
    const current = (await items.pairing.get())!;
    expect(await bg.handlers['queue/discard']({ pairing: { url: current.url, tokenHash: current.tokenHash } })).toEqual({ discarded: 0 });
    expect(await bg.handlers['queue/discard']({ pairing: view.elsewhere[0]!.pairing })).toEqual({ discarded: 1 });
    expect((await items.queue.get()).map((e) => e.clip.id)).toEqual([mine]);
    expect(await snapshots.get(id)).toBeUndefined();
    expect(await historyOf(id)).toMatchObject({ state: 'discarded' });
    expect(await bg.handlers['state/get']({})).toMatchObject({ waiting: 1, elsewhere: [] });
    expect(fake.badge.text).toBe('1');
    expect(server.stored.size + other.stored.size).toBe(0);
  });
});

describe('the item text beside a row target', () => {
  const page = {
    title: 'Forklift pre-use checklist',
    url: 'https://forms.example/forklift/11',
    selection: '',
    text: 'Daily pre-use check completed on November 20, 2026',
    contentType: 'text/html',
  };
  const forklift = REQUIREMENTS.find((c) => c.id === null)!;

  it('a row clip carries its item text', async () => {
    const { fake, bg } = await paired();
    await items.defaults.set({ snapshot: 'none' });
    const id = await save(bg, { requirement: forklift.row, item: forklift.text });
    expect(server.stored.get(id)?.clip).toMatchObject({ requirement: 30, item: 'Forklift daily pre-use checks' });
    expect(await historyOf(id)).toMatchObject({ requirementLabel: 'Row 30 · Forklift daily pre-use checks' });
    // The team sorts its rows: the forklift item is now row 8, another item took row 30.
    server.requirements = REQUIREMENTS.map((c) => (c.id === null ? { ...c, row: 8 } : c.id === 'E4-01' ? { ...c, row: 30 } : c));
    await bg.handlers['requirements/list']({ refresh: true });
    fake.tabs.set(5, { id: 5, windowId: 1, url: page.url, title: page.title, active: true, page });
    const tab = await fake.chrome.tabs.get(5);
    const menuId = await bg.onMenuClick({ menuItemId: MENU.page }, tab);
    const quickId = await bg.onCommand('quick-save', tab);
    const linkId = await bg.onMenuClick({ menuItemId: MENU.link, linkUrl: 'https://forms.example/forklift/12', pageUrl: page.url }, tab);
    await bg.queue.drain();
    // Where it was, and what it is: the server finds the item by its text.
    for (const saved of [menuId, quickId, linkId])
      expect(server.stored.get(saved)?.clip, saved).toMatchObject({ requirement: 30, item: 'Forklift daily pre-use checks' });
    // A reference id is found by the server itself: no item text beside it.
    const byId = await save(bg, { requirement: 'E4-01', item: null });
    expect((server.stored.get(byId)!.clip as { item?: unknown }).item ?? null).toBeNull();
  });
});

describe('quick-save says why it did not save', () => {
  const page = {
    title: 'Certificate of Completion',
    url: 'https://training.example/cert/9',
    selection: '',
    text: 'Completed on October 2, 2026',
    contentType: 'text/html',
  };

  async function withLastRequirement() {
    const booted = await paired();
    await save(booted.bg, { requirement: 'E5-02' });
    return booted;
  }

  it('quick-save on a 3,000-character URL says why and queues nothing', async () => {
    const { fake, bg } = await withLastRequirement();
    const url = `https://training.example/cert/9?ref=${'x'.repeat(3000 - 'https://training.example/cert/9?ref='.length)}`;
    expect(url).toHaveLength(3000);
    fake.tabs.set(5, { id: 5, windowId: 1, url, title: page.title, active: true, page: { ...page, url } });
    const requests = server.requests.length;
    const answer = await bg.onCommand('quick-save', undefined);
    expect(answer).toMatch(/url must be at most 2048 characters/);
    expect(fake.badge).toMatchObject({ text: '!', title: expect.stringMatching(/^Not saved: .*url must be at most 2048 characters/) });
    expect((await bg.handlers['state/get']({})).unsaved).toMatchObject({ message: expect.stringMatching(/url must be at most 2048 characters/), url });
    expect(await items.queue.get()).toEqual([]);
    // Checked before any snapshot is taken, and nothing went to the tracker.
    expect(fake.count('chrome.pageCapture.saveAsMHTML')).toBe(0);
    expect(server.requests.length).toBe(requests);
    // The popup shows it, then it is dismissed: the badge and title are back to normal.
    await bg.handlers['unsaved/dismiss']({});
    expect(fake.badge).toMatchObject({ text: '', title: 'Save this page as SECOR evidence' });
    expect((await bg.handlers['state/get']({})).unsaved).toBeNull();
  });

  it('quick-save on a malformed % escape says why', async () => {
    const { fake, bg } = await withLastRequirement();
    fake.tabs.set(5, { id: 5, windowId: 1, url: page.url, title: page.title, active: true, page });
    const tab = await fake.chrome.tabs.get(5);
    const answer = await bg.onMenuClick({ menuItemId: MENU.link, linkUrl: 'https://training.example/files/cert%E0%A4%A.pdf', pageUrl: page.url }, tab);
    expect(answer).toMatch(/malformed % escape/);
    expect(fake.badge).toMatchObject({ text: '!', title: expect.stringMatching(/^Not saved: .*malformed % escape/) });
    expect(await items.queue.get()).toEqual([]);
  });

  it('quick-save on a browser page (not http or https) says why', async () => {
    const { fake, bg } = await withLastRequirement();
    fake.tabs.set(6, { id: 6, windowId: 1, url: 'chrome://settings/', title: 'Settings', active: true });
    const answer = await bg.onCommand('quick-save', undefined);
    expect(answer).toMatch(/Only web pages \(http or https\) can be saved as evidence, not chrome: pages/);
    expect(fake.badge).toMatchObject({ text: '!', title: expect.stringMatching(/^Not saved: Only web pages/) });
    expect(await items.queue.get()).toEqual([]);
  });
});

describe('a PDF tab', () => {
  /** A PDF tab in Chrome's viewer whose file is `bytes` (null: HTTP 404; an error: the fetch fails with it). */
  const pdfTab = async (bytes: Uint8Array | null | Error, url = 'https://training.example/files/first-aid.pdf') => {
    const file = async () => {
      if (bytes instanceof Error) throw bytes;
      return bytes ? new Response(bytes.slice()) : new Response('', { status: 404 });
    };
    const files: typeof fetch = async (input, init) => (String(input) === url ? file() : network(server)(input, init));
    const fake = fakeChrome(state);
    (globalThis as { chrome?: unknown }).chrome = fake.chrome;
    const bg = createBackground({ fetch: files, now: () => clock.now, randomId: () => 'clip-pdf' });
    fake.tabs.set(6, {
      id: 6,
      windowId: 1,
      url,
      title: 'about:blank',
      active: true,
      page: { title: 'about:blank', url, selection: '', text: '', contentType: 'application/pdf' },
    });
    return bg.handlers['page/capture']({ tabId: 6 });
  };

  it('is titled by its file name, not the viewer\'s "about:blank"', async () => {
    const url = 'https://training.example/files/First%20Aid%20Certificate.pdf';
    expect(await pdfTab(await makePdf(certificate), url)).toMatchObject({ title: 'First Aid Certificate.pdf', isPdf: true });
  });

  it("proposes the record date read from the PDF's own text (the completion date, not the expiry)", async () => {
    const facts = await pdfTab(await makePdf(certificate));
    expect(facts).toMatchObject({ title: 'first-aid.pdf', isPdf: true, recordDate: '2026-03-03', limitation: null });
    expect(facts.dates[0]!.context).toContain('Date of completion: March 3, 2026');
    expect(facts.excerpt).toContain('Standard First Aid');
  });

  it('a PDF that cannot be read (no text, fetch failed or too slow) offers no date and says why; the clip goes on', async () => {
    expect(await pdfTab(await makePdf((doc) => void doc.rect(50, 50, 200, 100).fill('#444')))).toMatchObject({
      title: 'first-aid.pdf',
      recordDate: null,
      dates: [],
      limitation: 'The PDF has no text to read (a scanned image?).',
    });
    expect(await pdfTab(null)).toMatchObject({ recordDate: null, limitation: 'The PDF could not be fetched (HTTP 404).' });
    // What fetch throws when its AbortSignal.timeout fires.
    expect(await pdfTab(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({ limitation: 'The PDF took too long to fetch.' });
  });
});

describe('suggestions for the page', () => {
  it("ranks the tracker's items for the captured page (title, headings, address, text) from the list it keeps", async () => {
    const { fake, bg } = await paired();
    const page = {
      title: 'Certificate of Completion - Fall Protection',
      url: 'https://training.example/cert/9',
      selection: '',
      text: 'This certifies that J. Patel completed fall protection training on October 2, 2026',
      headings: ['Certificate of Completion'],
      contentType: 'text/html',
    };
    fake.tabs.set(5, { id: 5, windowId: 1, url: page.url, title: page.title, active: true, page });
    const facts = await bg.handlers['page/capture']({ tabId: 5 });
    expect(facts.words).toEqual({ title: page.title, headings: ['Certificate of Completion'], url: page.url, text: page.text });
    // Before the list is fetched there is nothing to rank.
    expect(await bg.handlers['requirements/suggest']({ page: facts.words })).toEqual({ ranked: [], confident: false });
    await bg.handlers['requirements/list']({ refresh: true });
    const suggested = await bg.handlers['requirements/suggest']({ page: facts.words });
    expect(suggested.confident).toBe(true);
    expect(suggested.ranked[0]?.choice.id).toBe('E5-02');
  });
});
