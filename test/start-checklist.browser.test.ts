/**
 * A team that keeps only logs starts a checklist from the sidebar, in the workbench (headless
 * Chromium, the real bundle on the local host): setup says what their sheet is, offers to start
 * one, makes it on a new tab, and the log is read beside it; the log itself is not changed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './chromium.ts';
import { useWorkbenchPage } from './workbench-page.ts';

const LOG_ONLY = join(import.meta.dirname, 'fixtures', 'log-xlsx-inspections-two-sites', 'Prairie Fab inspections.xlsx');

const bench = useWorkbenchPage(LOG_ONLY);

describe('a team with no checklist', () => {
  it('is told what its sheet is, starts a checklist on a new tab, and sets it up with the log beside it', async () => {
    const { page } = bench;
    const logCells = () => page.$$eval('#grid tbody tr', (rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    await bench.menu('setUpThisSheet');
    const before = await logCells();
    const setup = await bench.sidebar();
    await expect.poll(() => setup.getByTestId('problem').textContent()).toMatch(/"Inspections" reads as an activity log of inspections .*not a checklist/);
    await setup.getByRole('button', { name: 'Start a checklist' }).click();

    await expect.poll(() => page.locator('#tabs button[aria-selected="true"]').textContent()).toBe('Checklist');
    expect(await page.locator('#grid tr[data-row="1"] td[data-col="3"]').textContent()).toBe('Requirement');
    expect(await page.locator('#grid tr[data-row="2"] td[data-col="1"]').textContent()).toBe('E0-01');
    const again = await bench.sidebar();
    await expect.poll(() => again.getByRole('status').first().textContent()).toMatch(/Checklist started on the new sheet "Checklist"/);
    expect(await again.locator('#role-evidence').inputValue()).toBe('D');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'start-checklist.png') });

    await again.getByRole('button', { name: 'Confirm' }).click();
    await again.getByTestId('overall-percent').waitFor();
    // The log was read beside the new checklist, and is as it was.
    await page.click('#tabs button:has-text("Inspections")');
    await expect.poll(logCells).toEqual(before);
  }, 60_000);
});
