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

async function typeInto(row: number, col: number, text: string): Promise<void> {
  await page.locator(`#grid tr[data-row="${row}"] td[data-col="${col}"]`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  const saved = page.waitForResponse((res) => res.url().endsWith('/api/edit') && res.status() === 200);
  await page.keyboard.press('Enter');
  await saved;
}

describe('the workbench, as a new user meets it', () => {
  it('long text runs on over the empty cells to its right and stops at the first that holds anything, as in Sheets', async () => {
    await typeInto(3, 1, 'A long note the coordinator typed above the table, far wider than its column');
    await typeInto(3, 3, 'x');
    // Read in one go: the page may redraw the grid between two reads.
    const [text, own, stop] = await page.evaluate(() => {
      const row = document.querySelector('#grid tr[data-row="3"]')!;
      const right = (el: Element | null) => el!.getBoundingClientRect().right;
      return [right(row.querySelector('td[data-col="1"] .spill-text')), right(row.querySelector('td[data-col="1"]')), row.querySelector('td[data-col="3"]')!.getBoundingClientRect().left];
    });
    // Past its own cell, over the empty B3, and not into C3.
    expect(text).toBeGreaterThan(own!);
    expect(text).toBeLessThanOrEqual(stop!);
  }, 30_000);

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
