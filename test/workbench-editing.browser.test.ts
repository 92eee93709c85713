/**
 * Typing into the workbench's grid, as a person does in Sheets: the formula bar follows the cell,
 * Escape puts the cell back, a refused edit shows what the sheet holds (never the refused text),
 * and the page's redraws never wipe what is being typed. Headless Chromium over the real bundle.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkbenchPage } from './workbench-page.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-tracker.csv');

const bench = useWorkbenchPage(SAMPLE);
const cell = (row: number, col: number) => bench.page.locator(`#grid tr[data-row="${row}"] td[data-col="${col}"]`);

describe('typing into the workbench grid', () => {
  it('shows the cell being typed into in the name box and formula bar', async () => {
    await cell(5, 2).click();
    expect(await bench.page.locator('#namebox').textContent()).toBe('B5');
    expect(await bench.page.locator('#fxtext').textContent()).toBe(await cell(5, 2).textContent());
    await bench.page.keyboard.press('Escape');
  });

  it('Escape puts the cell back as it was and sends nothing', async () => {
    const before = await cell(6, 4).textContent();
    const edits: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().endsWith('/api/edit')) edits.push(r.url());
    };
    bench.page.on('request', onRequest);
    await cell(6, 4).click();
    await bench.page.keyboard.press('ControlOrMeta+A');
    await bench.page.keyboard.type('Somebody else');
    await bench.page.keyboard.press('Escape');
    // The page had time to send an edit, had it meant to.
    await bench.page.waitForTimeout(300);
    bench.page.off('request', onRequest);
    expect(edits).toEqual([]);
    expect(await cell(6, 4).textContent()).toBe(before);
  });

  it('an edit Sheets would refuse (over 50,000 characters) says why and the cell shows what the sheet holds, not the refused text', async () => {
    const before = await cell(7, 9).textContent();
    await cell(7, 9).click();
    // Pasted, as a person would bring that much text in.
    await bench.page.evaluate(() => {
      (document.activeElement as HTMLElement).textContent = 'x'.repeat(50_001);
    });
    const answered = bench.page.waitForResponse((r) => r.url().endsWith('/api/edit'));
    await bench.page.keyboard.press('Enter');
    expect((await answered).status()).toBe(400);
    const toast = bench.page.locator('.toast.error').last();
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/^Edit.*50,?000/);
    await expect.poll(() => cell(7, 9).textContent()).toBe(before);
  });

  it('a redraw while a cell is being typed into waits: the typed text stays, and the sheet is drawn once the cell is left', async () => {
    await cell(8, 9).click();
    await bench.page.keyboard.press('ControlOrMeta+A');
    await bench.page.keyboard.type('half typed');
    // The sidebar's Rescan redraws the page (a google.script.run call) while the person is still typing.
    const frame = await bench.sidebar();
    const scanned = bench.page.waitForResponse((r) => r.url().endsWith('/api/state'));
    await frame.evaluate(() => window.parent.postMessage({ source: 'secor-workbench-sidebar', event: 'ran' }, location.origin));
    await scanned;
    expect(await cell(8, 9).textContent()).toBe('half typed');
    await cell(8, 9).focus();
    const saved = bench.page.waitForResponse((r) => r.url().endsWith('/api/edit') && r.status() === 200);
    await bench.page.keyboard.press('Enter');
    await saved;
    await expect.poll(() => cell(8, 9).textContent()).toBe('half typed');
    expect(await bench.page.locator('#namebox').textContent()).toBe('I9');
  });
});
