/**
 * The Team briefing from the add-on's menu, in the workbench in headless Chromium: the real
 * bundle shows it with showModalDialog, the page draws it over the grid, the coordinator picks
 * whose briefing to print.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { questionsFor } from '../shared/index.ts';
import { SCREENSHOTS } from './chromium.ts';
import { useWorkbenchPage } from './workbench-page.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-tracker.csv');

const bench = useWorkbenchPage(SAMPLE);

/** The dialog's document, once the page has pointed its frame at it. */
async function dialogFrame(): Promise<Frame> {
  await expect.poll(() => bench.page.frames().some((f) => f.url().includes('/dialog?')), { timeout: 10_000 }).toBe(true);
  const frame = bench.page.frames().find((f) => f.url().includes('/dialog?'))!;
  await frame.waitForLoadState('load');
  return frame;
}

describe('the Team briefing in the workbench', () => {
  it('opens from the menu over the sheet, one reader at a time, with their questions and the advice, and closes', async () => {
    await bench.page.click('nav.menu button[data-menu="openTeamBriefing"]');
    await bench.page.locator('#dialog-backdrop').waitFor({ state: 'visible' });
    expect(await bench.page.locator('#dialog-title').textContent()).toBe('Team briefing');
    // At the size the add-on asked for (760 x 640), as Sheets opens it.
    const box = await bench.page.locator('#dialog-frame').boundingBox();
    expect([box!.width, box!.height]).toEqual([760, 640]);
    const frame = await dialogFrame();
    // A worker's first: every one of their questions, nobody else's.
    const shown = frame.locator('.briefing:not([hidden])');
    expect(await shown.locator('h1').textContent()).toBe('SECOR audit: team briefing for a worker');
    expect(await shown.locator('.question').count()).toBe(questionsFor('worker').length);
    expect(await shown.textContent()).toMatch(/Do not guess/i);
    await frame.getByLabel('Briefing for').selectOption('owner-alone');
    expect(await shown.locator('h1').textContent()).toBe('SECOR audit: team briefing for the owner');
    expect(await shown.locator('.question').count()).toBe(questionsFor('owner', { hasSupervisor: false }).length);
    await frame.getByLabel('Briefing for').selectOption('worker');
    expect(await frame.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await bench.page.screenshot({ path: join(SCREENSHOTS, 'team-briefing.png') });

    await bench.page.click('#close-dialog');
    await bench.page.locator('#dialog-backdrop').waitFor({ state: 'hidden' });
    // Closed stays closed: the next state the page draws does not bring it back.
    await bench.page.click('nav.menu button[data-menu="scanNow"]');
    await bench.page.waitForTimeout(300);
    expect(await bench.page.locator('#dialog-backdrop').isHidden()).toBe(true);
  }, 60_000);
});
