/**
 * The built clipper (dist/extension, built by the global setup) loaded unpacked in headless
 * Chromium, talking to a STUB of the add-on's web app served on 127.0.0.1 by this test. The stub
 * speaks shared/clip-protocol (checked with checkRequest), answers like Apps Script (a 302 to the
 * answer), stores clips by id (a repeated id gets the first answer), records every request and can
 * be told to fail. `startEndpoint` is the one place to switch to the real workbench later.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkRequest, type ClipAnswer, type RequirementChoice } from '../shared/clip-protocol.ts';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION = join(ROOT, 'dist', 'extension');
const TOKEN = 'stub_token_0123456789abcdefghij';

const REQUIREMENTS: RequirementChoice[] = [
  { id: 'E1-01', element: 'E1', text: 'Signed health and safety policy', row: 5, readiness: 'ready', evidence: ['signed policy statement'] },
  { id: 'E4-01', element: 'E4', text: 'Monthly workplace inspections', row: 12, readiness: 'gap', evidence: ['inspection checklist'] },
  { id: 'E5-02', element: 'E5', text: 'Worker training records', row: 20, readiness: 'gap', evidence: ['training certificates', 'course completion records'] },
  { id: 'E6-03', element: 'E6', text: 'Emergency drills held and recorded', row: 27, readiness: 'gap', evidence: ['drill record'] },
];

const CERTIFICATE = `<!doctype html><html><head><meta charset="utf-8"><title>Certificate of Completion - Fall Protection</title></head>
<body><main><h1>Certificate of Completion</h1>
<p>This certifies that J. Patel completed Fall Protection on October 2, 2026.</p>
<p>Course: Fall Protection (8 hours) · Provider: Prairie Safety Training</p>
<p>Valid until: October 2, 2029</p></main></body></html>`;

// ---------------------------------------------------------------- the stub web app

/** mulberry32: a seeded random, so the 30 % failures are the same every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Stub {
  readonly stored = new Map<string, { row: number; clip: Record<string, unknown> }>();
  readonly requests: { action: string; clipId: string | null; outcome: string }[] = [];
  down = false;
  delayMs = 0;
  inFlight = 0;
  /** Fails this share of requests at random (seeded): HTTP 500, a dropped connection, busy, or a lost answer. */
  failRate = 0;
  random = seeded(1);
  private nextRow = 2;
  private answers = new Map<string, string>();
  private answerId = 0;

  reset(): void {
    this.stored.clear();
    this.requests.length = 0;
    this.down = false;
    this.delayMs = 0;
    this.failRate = 0;
    this.random = seeded(1);
  }

  clipRequests(): number {
    return this.requests.filter((r) => r.action === 'clip').length;
  }

  async handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    if (req.method === 'GET' && req.url?.startsWith('/answer/')) {
      // Apps Script's googleusercontent leg: the doPost answer, fetched by following the 302.
      const key = req.url.slice('/answer/'.length);
      const answer = this.answers.get(key);
      this.answers.delete(key);
      res.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' }).end(answer ?? '');
      return;
    }
    if (this.down) {
      req.socket.destroy();
      return;
    }
    if (this.delayMs) {
      this.inFlight++;
      await new Promise((r) => setTimeout(r, this.delayMs));
      this.inFlight--;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = null;
    }
    const action = String((parsed as { action?: unknown } | null)?.action ?? '');
    const clipId = action === 'clip' ? String((parsed as { clip?: { id?: unknown } }).clip?.id ?? '') : null;
    const record = (outcome: string) => this.requests.push({ action, clipId, outcome });
    const failure = this.failRate > 0 && this.random() < this.failRate ? Math.floor(this.random() * 4) : -1;
    if (failure === 0) return record('http-500'), void res.writeHead(500).end('Internal error');
    if (failure === 1) return record('dropped'), void req.socket.destroy();
    if (failure === 2) return record('busy'), this.answer(res, { ok: false, error: { code: 'busy', message: 'The tracker is busy: try again shortly.' } });
    const checked = checkRequest(parsed);
    let answer: ClipAnswer;
    if (!checked.ok) answer = { ok: false, error: checked.error };
    else if (checked.request.token !== TOKEN) answer = { ok: false, error: { code: 'unknown-token', message: 'This pairing code is not known to the tracker: pair again.' } };
    else if (checked.request.action === 'ping') answer = { ok: true, action: 'ping', spreadsheet: 'Northwind Safety', person: 'J. Patel' };
    else if (checked.request.action === 'requirements') answer = { ok: true, action: 'requirements', requirements: REQUIREMENTS };
    else {
      const clip = checked.request.clip;
      const seen = this.stored.get(clip.id);
      const row = seen?.row ?? this.nextRow++;
      if (!seen) this.stored.set(clip.id, { row, clip: clip as unknown as Record<string, unknown> });
      answer = { ok: true, action: 'clip', clipId: clip.id, row, sheet: 'Evidence', duplicate: !!seen, snapshotUrl: null, sha256: null };
    }
    // failure 3: the row is written, the answer is lost on the way back (the retry must not duplicate).
    if (failure === 3) return record('answer-lost'), void res.writeHead(502).end('Bad gateway');
    record(answer.ok ? ('duplicate' in answer && answer.duplicate ? 'duplicate' : 'ok') : answer.error.code);
    this.answer(res, answer);
  }

  private answer(res: ServerResponse, answer: ClipAnswer): void {
    const key = String(++this.answerId);
    this.answers.set(key, JSON.stringify(answer));
    res.writeHead(302, { location: `/answer/${key}` }).end();
  }
}

interface Endpoint {
  /** The web app address the pairing code names. */
  readonly url: string;
  readonly code: string;
  /** Pages the test opens (the certificate). */
  readonly pages: string;
  readonly stub: Stub;
  close(): Promise<void>;
}

/** The endpoint the extension pairs with: the stub today, the workbench later (change only this). */
async function startEndpoint(): Promise<Endpoint> {
  const stub = new Stub();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/cert.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CERTIFICATE);
      if (req.url === '/exec' || req.url?.startsWith('/answer/')) return void stub.handle(req, res, body).catch(() => res.destroy());
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${base}/exec`;
  const code = Buffer.from(JSON.stringify({ v: 1, url, token: TOKEN, sheet: 'Northwind Safety' })).toString('base64url');
  return {
    url,
    code,
    pages: base,
    stub,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

// ---------------------------------------------------------------- browser

let endpoint: Endpoint;
let context: BrowserContext;
let profile: string;
let extensionId: string;
let popupPath: string;
let optionsPath: string;

async function worker(): Promise<Worker> {
  const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return live ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
}

/** Runs `fn` in the extension's service worker. */
async function inWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return (await worker()).evaluate(fn as never, arg as never) as Promise<T>;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const queueLength = () => inWorker(async () => ((await chrome.storage.local.get('queue')).queue as unknown[] | undefined)?.length ?? 0);

async function setTuning(retryBaseMs: number, retryMaxMs: number): Promise<void> {
  await inWorker(({ retryBaseMs, retryMaxMs }) => chrome.storage.local.set({ tuning: { retryBaseMs, retryMaxMs } }), { retryBaseMs, retryMaxMs });
}

async function tabIdOf(url: string): Promise<number> {
  return inWorker(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
}

async function openCertificate(): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(`${endpoint.pages}/cert.html`);
  return { page, tabId: await tabIdOf(`${endpoint.pages}/cert.html`) };
}

beforeAll(async () => {
  endpoint = await startEndpoint();
  profile = mkdtempSync(join(tmpdir(), 'secor-clipper-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
  const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
  popupPath = manifest.action!.default_popup!;
  optionsPath = manifest.options_ui!.page;
}, 60_000);

afterAll(async () => {
  await context?.close();
  await endpoint?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

beforeEach(() => endpoint.stub.reset());

describe('the clipper in Chromium, against a stub web app', { timeout: 45_000 }, () => {
  it('loads with exactly the permissions the README lists', async () => {
    const manifest = await inWorker(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms', 'pageCapture']);
    expect(manifest.host_permissions).toEqual(['https://script.google.com/*', 'https://script.googleusercontent.com/*', 'http://127.0.0.1/*']);
    expect(JSON.stringify(manifest.content_security_policy)).not.toMatch(/unsafe-eval/);
  });

  it('pairs through the options page (checked with a ping)', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${optionsPath}`);
    await page.getByTestId('not-paired').waitFor();
    await page.fill('#code', 'not-a-real-code');
    await page.getByRole('button', { name: 'Pair' }).click();
    await expect.poll(() => page.getByTestId('pair-result').textContent()).toMatch(/damaged|not valid/);
    expect(endpoint.stub.requests).toEqual([]);
    await page.fill('#code', `Pairing code: ${endpoint.code}`);
    await page.getByRole('button', { name: 'Pair' }).click();
    await expect.poll(() => page.getByTestId('pair-result').textContent()).toBe('Paired with “Northwind Safety” as J. Patel.');
    await expect.poll(() => page.getByTestId('paired').textContent()).toContain('Northwind Safety');
    expect(endpoint.stub.requests.map((r) => r.action)).toEqual(['ping']);
    await page.close();
  });

  it('saves a certificate from the popup: date found, requirement picked by search, "Saved to row N"', async () => {
    const { page: cert, tabId } = await openCertificate();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/${popupPath}?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('title').textContent()).toBe('Certificate of Completion - Fall Protection');
    expect(await popup.inputValue('#date')).toBe('2026-10-02');
    expect(await popup.getByTestId('date-found').textContent()).toContain('completed Fall Protection on October 2, 2026');
    await expect.poll(() => popup.getByTestId('suggested').textContent()).toContain('E5-02');
    await popup.fill('#search', 'training');
    await expect.poll(() => popup.getByTestId('choices').locator('button').count()).toBe(1);
    await popup.getByTestId('choices').getByRole('button', { name: /E5-02/ }).click();
    await popup.fill('#note', 'Annual refresher');
    await popup.getByRole('radio', { name: 'Page archive' }).click();
    const started = performance.now();
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.locator('[data-testid="clip-state"][data-state="saved"]').waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nThe popup shows: ${await popup.locator('main').textContent()}\nStub requests: ${JSON.stringify(endpoint.stub.requests)}`);
    });
    const saveToSaved = performance.now() - started;
    const text = await popup.getByTestId('clip-state').textContent();
    expect(text).toMatch(/^Saved to row \d+ of Evidence\.$/);
    const clips = [...endpoint.stub.stored.values()];
    expect(clips).toHaveLength(1);
    expect(endpoint.stub.clipRequests()).toBe(1);
    const clip = clips[0]!.clip as { snapshot: { kind: string; name: string; base64: string } } & Record<string, unknown>;
    expect(text).toBe(`Saved to row ${clips[0]!.row} of Evidence.`);
    expect(clip).toMatchObject({ url: `${endpoint.pages}/cert.html`, title: 'Certificate of Completion - Fall Protection', recordDate: '2026-10-02', requirement: 'E5-02', note: 'Annual refresher' });
    expect(clip.excerpt).toContain('completed Fall Protection on October 2, 2026');
    expect(clip.snapshot.kind).toBe('mhtml');
    expect(Buffer.from(clip.snapshot.base64, 'base64').toString('utf8')).toMatch(/Fall Protection/);
    console.log(`[measure] Save to "Saved" against the stub: ${saveToSaved.toFixed(0)} ms (page archive snapshot ${(clip.snapshot.base64.length * 0.75 / 1024).toFixed(1)} KiB)`);
    await popup.close();
    await cert.close();
  });

  it('the stub down while saving, then back: the clip lands exactly once', async () => {
    await setTuning(500, 2000);
    const { page: cert, tabId } = await openCertificate();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/${popupPath}?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('recent').textContent()).toContain('E5-02');
    endpoint.stub.down = true;
    await popup.getByRole('radio', { name: 'Link only' }).click();
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.locator('[data-testid="clip-state"][data-state="failed"]').waitFor();
    expect(await popup.getByTestId('clip-state').textContent()).toMatch(/^Not saved yet: The tracker could not be reached.*Trying again at/);
    expect(await inWorker(() => chrome.action.getBadgeText({}))).toBe('1');
    endpoint.stub.down = false;
    await popup.locator('[data-testid="clip-state"][data-state="saved"]').waitFor({ timeout: 20_000 });
    expect(endpoint.stub.stored.size).toBe(1);
    expect(endpoint.stub.requests.filter((r) => r.action === 'clip' && r.outcome === 'ok')).toHaveLength(1);
    expect(await inWorker(() => chrome.action.getBadgeText({}))).toBe('');
    await popup.close();
    await cert.close();
  });

  it('200 clips with 30 % of requests failing at random: exactly 200 stored, no duplicates', async () => {
    await setTuning(200, 1000);
    endpoint.stub.failRate = 0.3;
    endpoint.stub.random = seeded(2026);
    const started = performance.now();
    await inWorker(async () => {
      const bg = (globalThis as unknown as { secorClipper: { handlers: Record<string, (p: unknown) => Promise<{ ok: boolean }>> } }).secorClipper;
      for (let i = 0; i < 200; i++) {
        const r = await bg.handlers['clip/save']!({ draft: { tabId: null, url: `https://records.example/bulk/${i}`, title: `Bulk ${i}`, recordDate: '2026-11-01', requirement: 'E6-03', excerpt: `Drill ${i}`, note: '', snapshot: 'none' } });
        if (!r.ok) throw new Error(JSON.stringify(r));
      }
    });
    await until('200 clips stored and the queue empty', async () => endpoint.stub.stored.size === 200 && (await queueLength()) === 0, 120_000);
    const stub = endpoint.stub;
    const byOutcome: Record<string, number> = {};
    for (const r of stub.requests) if (r.action === 'clip') byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
    const titles = [...stub.stored.values()].map((s) => s.clip.title);
    expect(new Set(titles).size).toBe(200);
    expect(new Set([...stub.stored.values()].map((s) => s.row)).size).toBe(200);
    expect(stub.clipRequests()).toBeGreaterThan(200);
    expect(byOutcome['answer-lost'] ?? 0).toBeGreaterThan(0);
    // Every lost answer was retried and answered as a duplicate, never stored twice.
    expect(byOutcome.duplicate ?? 0).toBeGreaterThanOrEqual(1);
    const history = await inWorker(async () => (await chrome.storage.local.get('history')).history as { state: string }[]);
    expect(history).toHaveLength(50);
    expect(history.every((h) => h.state === 'saved')).toBe(true);
    console.log(`[measure] 200 clips, 30 % failures: ${stub.clipRequests()} clip requests (${JSON.stringify(byOutcome)}), ${stub.stored.size} stored, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 150_000);

  it('context menu and quick-save paths land a clip (and with no requirement yet, the picker opens)', async () => {
    await setTuning(500, 2000);
    const { page: cert, tabId } = await openCertificate();
    const ids = await inWorker(async (tabId) => {
      const bg = (globalThis as unknown as { secorClipper: { onMenuClick(i: unknown, t: unknown): Promise<string>; onCommand(c: string, t: unknown): Promise<string> } }).secorClipper;
      await chrome.storage.local.set({ defaults: { snapshot: 'none' } });
      const tab = await chrome.tabs.get(tabId);
      return {
        page: await bg.onMenuClick({ menuItemId: 'secor-save-page' }, tab),
        selection: await bg.onMenuClick({ menuItemId: 'secor-save-selection', selectionText: 'completed Fall Protection on October 2, 2026' }, tab),
        quick: await bg.onCommand('quick-save', tab),
      };
    }, tabId);
    await until('3 clips stored', () => endpoint.stub.stored.size === 3, 15_000);
    const stored = endpoint.stub.stored;
    expect(stored.get(ids.page)?.clip).toMatchObject({ recordDate: '2026-10-02', title: 'Certificate of Completion - Fall Protection' });
    expect(stored.get(ids.selection)?.clip).toMatchObject({ excerpt: 'completed Fall Protection on October 2, 2026' });
    expect(stored.get(ids.quick)?.clip).toMatchObject({ url: `${endpoint.pages}/cert.html` });
    // The last requirement was E6-03 (the bulk test): menu saves go there.
    expect([...stored.values()].every((s) => s.clip.requirement === 'E6-03')).toBe(true);

    await inWorker(() => chrome.storage.local.set({ recentRequirements: [] }));
    const picker = context.waitForEvent('page');
    expect(await inWorker(async (tabId) => (globalThis as unknown as { secorClipper: { onMenuClick(i: unknown, t: unknown): Promise<string> } }).secorClipper.onMenuClick({ menuItemId: 'secor-save-page' }, await chrome.tabs.get(tabId)), tabId)).toBe('picker');
    const window = await picker;
    expect(window.url()).toBe(`chrome-extension://${extensionId}/${popupPath}?tab=${tabId}`);
    await expect.poll(() => window.getByTestId('title').textContent()).toBe('Certificate of Completion - Fall Protection');
    await window.close();
    await cert.close();
  });

  it('the service worker stopped mid-queue: every clip lands once after it restarts', async () => {
    await setTuning(1000, 2000);
    endpoint.stub.delayMs = 1500; // requests in flight when the worker dies
    await inWorker(async () => {
      const bg = (globalThis as unknown as { secorClipper: { handlers: Record<string, (p: unknown) => Promise<unknown>> } }).secorClipper;
      for (let i = 0; i < 5; i++) {
        await bg.handlers['clip/save']!({ draft: { tabId: null, url: `https://records.example/${i}`, title: `Record ${i}`, recordDate: null, requirement: 'E4-01', excerpt: '', note: '', snapshot: 'none' } });
      }
    });
    await until('a clip request in flight', () => endpoint.stub.inFlight > 0, 5000);
    const cdp = await context.newCDPSession(await context.newPage());
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stoppedWith = endpoint.stub.stored.size;
    expect(stoppedWith).toBeLessThan(5);
    endpoint.stub.delayMs = 0;
    // Nothing pokes the worker: its alarm wakes it and the queue resumes.
    await until('5 clips stored', () => endpoint.stub.stored.size === 5, 30_000);
    // Playwright keeps the stopped worker's handle; read the queue from an extension page instead.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/${optionsPath}`);
    await until('an empty queue', async () => (await options.evaluate(async () => ((await chrome.storage.local.get('queue')).queue as unknown[]).length)) === 0, 10_000);
    expect(await options.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect(endpoint.stub.stored.size).toBe(5);
    expect(new Set([...endpoint.stub.stored.values()].map((s) => s.row)).size).toBe(5);
    const outcomes = endpoint.stub.requests.filter((r) => r.action === 'clip').map((r) => r.outcome);
    console.log(`[measure] worker stopped with ${stoppedWith} of 5 stored; clip requests ${outcomes.length}: ${outcomes.join(', ')}`);
  });

  it('measures the popup bundle (gzip)', () => {
    const html = readFileSync(join(EXTENSION, popupPath), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    let raw = 0;
    let gzip = 0;
    for (const asset of assets) {
      const bytes = readFileSync(asset.startsWith('/') ? join(EXTENSION, asset) : join(EXTENSION, popupPath, '..', asset));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    console.log(`[measure] popup bundle: ${assets.length} files, ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(gzip).toBeLessThan(40 * 1024);
  });
});
