/**
 * A workbench in headless Chromium for a browser test: the REAL server bundle on the local host,
 * started in-process on a free port over a tracker with a temporary state folder, its page open at
 * 1400 x 900, and the few moves every test makes on it (the sidebar's document, a menu item, typing
 * into a cell as a person does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningWorkbench, startWorkbench } from '../workbench/server.ts';
import { launchChromium } from './chromium.ts';

export interface WorkbenchPage {
  readonly workbench: RunningWorkbench;
  /** The workbench's state folder (its saved spreadsheet, and its Drive folder under drive/). */
  readonly stateDir: string;
  readonly browser: Browser;
  readonly page: Page;
  /** The sidebar iframe's document as the page last pointed it. */
  sidebar(): Promise<Frame>;
  /** Clicks an item of the add-on's menu and waits for its answer. */
  menu(functionName: string): Promise<void>;
  /** Types into a cell (1-based) as a person does (an empty text clears it), Enter to save, and waits for the edit's answer. */
  typeInto(row: number, col: number, text: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens a fresh workbench over `trackerPath`, judged on `today`, with its page loaded. */
export async function openWorkbenchPage(trackerPath: string, today = '2026-11-26'): Promise<WorkbenchPage> {
  const dir = mkdtempSync(join(tmpdir(), 'secor-workbench-page-'));
  const workbench = await startWorkbench({ trackerPath, stateDir: dir, today, port: 0, fresh: true });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(workbench.url);
  return {
    workbench,
    stateDir: dir,
    browser,
    page,
    async sidebar() {
      const src = await page.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src);
      await expect.poll(() => page.frames().some((f) => f.url() === src), { timeout: 10_000 }).toBe(true);
      const frame = page.frames().find((f) => f.url() === src)!;
      await frame.waitForLoadState('load');
      return frame;
    },
    async menu(functionName) {
      const done = page.waitForResponse((res) => res.url().endsWith('/api/menu'));
      await page.click(`nav.menu button[data-menu="${functionName}"]`);
      await done;
    },
    async typeInto(row, col, text) {
      await page.locator(`#grid tr[data-row="${row}"] td[data-col="${col}"]`).click();
      await page.keyboard.press('ControlOrMeta+A');
      // An empty text clears the cell, as Backspace does.
      if (text === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(text);
      const saved = page.waitForResponse((res) => res.url().endsWith('/api/edit') && res.status() === 200);
      await page.keyboard.press('Enter');
      await saved;
    },
    async close() {
      await browser.close();
      await workbench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The same for a whole test file: opened before its first test and closed after its last. The
 * fields read the workbench of the moment, so a file declares it once at its top.
 */
export function useWorkbenchPage(trackerPath: string, today?: string): WorkbenchPage {
  let opened: WorkbenchPage | undefined;
  beforeAll(async () => {
    opened = await openWorkbenchPage(trackerPath, today);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });
  const live = (): WorkbenchPage => opened ?? fail();
  return {
    get workbench() {
      return live().workbench;
    },
    get stateDir() {
      return live().stateDir;
    },
    get browser() {
      return live().browser;
    },
    get page() {
      return live().page;
    },
    sidebar: () => live().sidebar(),
    menu: (name) => live().menu(name),
    typeInto: (row, col, text) => live().typeInto(row, col, text),
    close: () => live().close(),
  };
}

function fail(): never {
  throw new Error('The workbench page is opened before the first test: use it inside a test.');
}
