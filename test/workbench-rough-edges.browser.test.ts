/**
 * What a new user hit in the workbench, each fixed and kept so: in headless Chromium over the
 * real bundle on the local host, with a workbench of its own (nothing set up at the start).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkbenchPage } from './workbench-page.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-tracker.csv');

const bench = useWorkbenchPage(SAMPLE);
const { sidebar, menu, typeInto } = bench;

describe('the workbench, as a new user meets it', () => {
  it('long text runs on over the empty cells to its right and stops at the first that holds anything, as in Sheets', async () => {
    await typeInto(3, 1, 'A long note the coordinator typed above the table, far wider than its column');
    await typeInto(3, 3, 'x');
    // Read in one go: the page may redraw the grid between two reads.
    const [text, own, stop] = await bench.page.evaluate(() => {
      const row = document.querySelector('#grid tr[data-row="3"]')!;
      const right = (el: Element | null) => el!.getBoundingClientRect().right;
      return [
        right(row.querySelector('td[data-col="1"] .spill-text')),
        right(row.querySelector('td[data-col="1"]')),
        row.querySelector('td[data-col="3"]')!.getBoundingClientRect().left,
      ];
    });
    // Past its own cell, over the empty B3, and not into C3.
    expect(text).toBeGreaterThan(own!);
    expect(text).toBeLessThanOrEqual(stop!);
  }, 30_000);

  it("a menu item the add-on refuses shows the add-on's message as an error toast, as Sheets does, and the page goes on", async () => {
    const responses: number[] = [];
    bench.page.on('response', (r) => {
      if (r.url().endsWith('/api/menu')) responses.push(r.status());
    });
    await bench.page.click('nav.menu button[data-menu="createActionPlan"]');
    const toast = bench.page.locator('.toast.error').last();
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/^Create action planError: .*Set up this sheet/);
    expect(responses).toEqual([200]);
    // The grid still answers.
    expect(await bench.page.locator('#grid tbody tr').count()).toBeGreaterThan(40);
  }, 30_000);

  it("another sheet opens at its top, and a sheet's frozen header row stays in view as the grid scrolls (the Action Plan)", async () => {
    await menu('setUpThisSheet');
    await (await sidebar()).getByRole('button', { name: 'Confirm' }).click();
    await (await sidebar()).getByTestId('overall-percent').waitFor();
    await menu('createActionPlan');
    // The tracker scrolled down, then the Action Plan's tab: it opens at its top, its header in view.
    await bench.page.click('#tabs button:has-text("northwind-tracker")');
    await bench.page.locator('#grid').evaluate((el) => {
      el.scrollTop = 600;
    });
    await bench.page.click('#tabs button:has-text("Action Plan")');
    await expect.poll(() => bench.page.locator('#grid').evaluate((el) => el.scrollTop)).toBe(0);
    await bench.page.locator('#grid').evaluate((el) => {
      el.scrollTop = 300;
    });
    expect(await bench.page.locator('#grid').evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    // What shows just below the column letters is row 1, the plan's header, not a row scrolled up under them.
    const shown = await bench.page.evaluate(() => {
      // The letters' cells stick, not their row group: measure a cell.
      const head = document.querySelector('#grid thead th')!.getBoundingClientRect();
      const below = document.elementFromPoint(head.left + 120, head.bottom + 5);
      return below?.closest('tr')?.getAttribute('data-row');
    });
    expect(shown).toBe('1');
    expect(await bench.page.locator('#grid tr[data-row="1"] td[data-col="1"]').textContent()).toBe('Requirement');
  }, 60_000);

  it("inserts, deletes and moves rows and columns from their headers' menus, and the add-on finds its columns again by their tags", async () => {
    await bench.page.click('#tabs button:has-text("northwind-tracker")');
    const frame = await sidebar();
    await frame.getByTestId('overall-percent').waitFor();
    const before = await frame.getByTestId('overall-percent').textContent();
    const header = () => bench.page.$$eval('#grid tr[data-row] ', (rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const readinessColumn = async () => {
      const rows = await header();
      const at = rows.findIndex((cells) => cells.includes('Readiness'));
      return { row: at + 1, col: rows[at]!.indexOf('Readiness') + 1 };
    };
    const start = await readinessColumn();

    // A column inserted left of E, and row 2 (above the header) deleted, as a team reshapes its sheet.
    await bench.page.click('#grid thead th[data-col-head="5"]', { button: 'right' });
    await bench.page.getByRole('menuitem', { name: 'Insert 1 column left' }).click();
    await expect.poll(async () => (await readinessColumn()).col).toBe(start.col + 1);
    await bench.page.click('#grid th[data-row-head="2"]', { button: 'right' });
    await bench.page.getByRole('menuitem', { name: 'Delete row 2' }).click();
    await expect.poll(async () => (await readinessColumn()).row).toBe(start.row - 1);
    // A row moved down: its cells go with it.
    // The first item, now on row start.row (the header moved up by one), goes below the second.
    const moved = (await header())[start.row - 1]![1];
    await bench.page.click(`#grid th[data-row-head="${start.row}"]`, { button: 'right' });
    await bench.page.getByRole('menuitem', { name: 'Move row down' }).click();
    await expect.poll(async () => (await header())[start.row]![1]).toBe(moved);

    // The scan finds the tracker's columns where they are now: the same prediction, verdicts in the moved Readiness column.
    const again = await sidebar();
    await again.getByRole('button', { name: 'Rescan' }).click();
    await expect.poll(() => again.getByTestId('status').textContent()).toContain('Scan complete');
    expect(await again.getByTestId('overall-percent').textContent()).toBe(before);
    const { row, col } = await readinessColumn();
    const verdicts = (await header()).slice(row).map((cells) => cells[col - 1] ?? '');
    expect(verdicts.filter((v) => /^(READY|GAP|WARNING|N\/A)/.test(v)).length).toBeGreaterThan(30);
  }, 60_000);
});
