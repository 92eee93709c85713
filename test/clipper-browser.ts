/**
 * The built clipper (dist/extension) in headless Chromium beside a REAL workbench, for a browser
 * test of its own: the workbench's server bundle on the local host over the sample tracker (set up
 * as the sidebar does it, judged on 2026-11-26), a small server for the pages the test opens, and
 * the few moves these tests make (run code in the service worker, find a tab, pair through the
 * options page, open the popup for a tab).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { type RunningWorkbench, startWorkbench } from '../workbench/server.ts';
import { ROOT } from '../workbench/session.ts';
import { launchWithExtension } from './chromium.ts';

/** A page the test server answers with. */
export interface ServedPage {
  readonly type: string;
  readonly body: string | Uint8Array;
}

export interface ClipperInBrowser {
  readonly context: BrowserContext;
  readonly workbench: RunningWorkbench;
  /** The page server's origin (http://127.0.0.1:PORT). */
  readonly pages: string;
  readonly extensionId: string;
  /** The extension's pages as its manifest names them (crxjs keeps source-relative paths). */
  readonly popupPath: string;
  readonly optionsPath: string;
  /** Runs `fn` in the extension's service worker. */
  inWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** The id of the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Pastes `code` in the options page and presses Pair: the page, showing the result banner. */
  pair(code: string): Promise<Page>;
  /** The popup page for that tab, as a context menu opens it (?tab=<id>). */
  openPopup(tabId: number): Promise<Page>;
  /** Calls a server function as the sidebar does (the workbench's /api/run). */
  run<T>(name: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

async function post(url: string, value: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  return (await res.json()) as { ok: boolean; value?: unknown; error?: string };
}

/** Starts the workbench, the page server (`served`, by path) and Chromium with the clipper loaded. */
export async function openClipper(served: Record<string, ServedPage>): Promise<ClipperInBrowser> {
  const stateDir = mkdtempSync(join(tmpdir(), 'secor-clipper-workbench-'));
  const workbench = await startWorkbench({ trackerPath: join(ROOT, 'samples', 'northwind-tracker.csv'), stateDir, today: '2026-11-26', port: 0, fresh: true });
  const run = async <T>(name: string, ...args: unknown[]): Promise<T> => {
    const answer = await post(`${workbench.url}api/run`, { name, args });
    if (!answer.ok) throw new Error(`${name}: ${answer.error}`);
    return answer.value as T;
  };
  const proposal = await run<{ headerRow: number; columns: { role: string; column: string | null }[] }>('proposeSetup');
  await run('confirmSetup', { headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) });

  const server = createServer((req, res) => {
    const page = served[req.url?.split('?')[0] ?? ''];
    if (req.method !== 'GET' || !page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': page.type, 'content-length': Buffer.byteLength(page.body) }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const profile = mkdtempSync(join(tmpdir(), 'secor-clipper-'));
  const context = await launchWithExtension(profile, join(ROOT, 'dist', 'extension'));
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
    context.waitForEvent('serviceworker', { timeout: 20_000 });
  const inWorker = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => (await worker()).evaluate(fn as never, arg as never) as Promise<T>;
  const manifest = await inWorker(() => chrome.runtime.getManifest());
  const popupPath = manifest.action!.default_popup!;
  const optionsPath = manifest.options_ui!.page;

  return {
    context,
    workbench,
    pages: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    extensionId,
    popupPath,
    optionsPath,
    inWorker,
    run,
    tabIdOf: (url) => inWorker(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url),
    async pair(code) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${optionsPath}`);
      await page.fill('#code', code);
      await page.getByRole('button', { name: 'Pair', exact: true }).click();
      await page.getByTestId('pair-result').waitFor({ timeout: 15_000 });
      return page;
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/${popupPath}?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await workbench.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
