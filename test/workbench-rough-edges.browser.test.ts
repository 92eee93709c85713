/**
 * What a new user hit in the workbench, each fixed and kept so: in headless Chromium over the
 * real bundle on the local host, with a workbench of its own (nothing set up at the start).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWorkbench, startWorkbench } from '../workbench/server.ts';
import { launchChromium } from './chromium.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-tracker.csv');

let dir: string;
let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'secor-rough-edges-'));
  workbench = await startWorkbench({ trackerPath: SAMPLE, stateDir: dir, today: '2026-11-26', port: 0, fresh: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(workbench.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the workbench, as a new user meets it', () => {
  it("a menu item the add-on refuses shows the add-on's message as an error toast, as Sheets does, and the page goes on", async () => {
    const responses: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/menu')) responses.push(r.status());
    });
    await page.click('nav.menu button[data-menu="createActionPlan"]');
    const toast = page.locator('.toast.error').last();
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/^Create action planError: .*Set up this sheet/);
    expect(responses).toEqual([200]);
    // The grid still answers.
    expect(await page.locator('#grid tbody tr').count()).toBeGreaterThan(40);
  }, 30_000);
});
