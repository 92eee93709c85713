/**
 * The add-on's own cells as a new user meets them in the workbench (headless Chromium, the real
 * bundle on the local host): its columns' headers are told apart from the team's, typing into its
 * Readiness column is put back with a toast that says why, its cleared headers come back with Scan
 * now, and a date that falls due today says so in the sidebar's gaps.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkbenchPage } from './workbench-page.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-tracker.csv');
/** The sample's header row. */
const HEADER = 4;

const bench = useWorkbenchPage(SAMPLE, '2026-11-26');
const cellText = (row: number, col: number) => bench.page.locator(`#grid tr[data-row="${row}"] td[data-col="${col}"]`).textContent();
/** The header row's texts, A first. */
const headers = () => bench.page.$$eval(`#grid tr[data-row="${HEADER}"] td`, (cells) => cells.map((td) => td.textContent ?? ''));

describe("the add-on's own cells in the workbench", () => {
  it('sets up with its own columns named apart from the team\'s: "SECOR requirement" beside their "Requirement"', async () => {
    await bench.menu('setUpThisSheet');
    const setup = await bench.sidebar();
    await setup.getByRole('heading', { name: 'Set up this sheet' }).waitFor();
    await setup.getByRole('button', { name: 'Confirm' }).click();
    await setup.getByTestId('overall-percent').waitFor();
    const names = await headers();
    expect(names).toContain('Requirement');
    expect(names).toContain('SECOR requirement');
    expect(names).toContain('Readiness');
    expect(names.filter((name) => name === 'Requirement')).toHaveLength(1);
  }, 30_000);

  it('typing into the Readiness column is put back, with a toast that says why', async () => {
    const col = (await headers()).indexOf('Readiness') + 1;
    const before = await cellText(6, col);
    await bench.typeInto(6, col, 'Ready');
    const toast = bench.page.locator('.toast').last();
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/The Readiness column is the add-on's.*was put back/);
    await expect.poll(() => cellText(6, col)).toBe(before);
  });

  it("shows one toast at a time in the spreadsheet's lower right corner, as Sheets does: the next interrupts it, a click puts it away", async () => {
    await bench.menu('scanNow');
    await expect.poll(() => bench.page.locator('.toast').allTextContents()).toEqual([expect.stringMatching(/^SECOR ReadyPredicted (PASS|FAIL) at/)]);
    const [toast, grid, sidebar] = await bench.page.evaluate(() =>
      ['.toast', '#grid', '#panel'].map((sel) => document.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(toast!.right).toBeLessThanOrEqual(sidebar!.left);
    expect(toast!.left).toBeGreaterThan(grid!.left + grid!.width / 2);
    await bench.page.locator('.toast').click();
    expect(await bench.page.locator('.toast').count()).toBe(0);
  });

  it("its header cells cleared by hand come back with Scan now, and the team's cells stay as they are", async () => {
    const names = await headers();
    const own = ['SECOR requirement', 'Readiness'].map((name) => names.indexOf(name) + 1);
    const team = await bench.page.$$eval(`#grid tr[data-row="${HEADER + 1}"] td`, (cells) => cells.map((td) => td.textContent));
    // With the sidebar closed: its readiness view scans when it loads, which would put them back first.
    await bench.page.click('#close-panel');
    for (const col of own) await bench.typeInto(HEADER, col, '');
    for (const col of own) expect(await cellText(HEADER, col)).toBe('');
    await bench.menu('scanNow');
    expect(await headers()).toEqual(names);
    expect(await bench.page.$$eval(`#grid tr[data-row="${HEADER + 1}"] td`, (cells) => cells.map((td) => td.textContent))).toEqual(team);
    await bench.menu('openReadiness');
  });

  it('a row falling due today says "Falls due today" under Gaps, never "in 0 days"', async () => {
    const col = (await headers()).indexOf('Next Due') + 1;
    // Row 42, the annual self-assessment (a gap: no evidence), falling due in 5 days: moved to today.
    await bench.typeInto(42, col, '2026-11-26');
    // The sidebar reloads on its readiness view after the edit: read the gaps once it has.
    const gaps = async () =>
      (await bench.sidebar())
        .locator('section[aria-labelledby="gaps-heading"]')
        .textContent({ timeout: 2000 })
        .catch(() => '');
    await expect.poll(gaps, { timeout: 10_000 }).toContain('Falls due today.');
    const text = await gaps();
    expect(text).not.toMatch(/in 0 days/);
  });
});
