/**
 * The workbench in a real headless Chromium: the REAL server bundle on the local host, started
 * in-process on a free port over the sample tracker with a temporary .workbench folder, driven
 * through its page and the REAL sidebar in its iframe.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium, SCREENSHOTS } from './chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMainArgs } from '../workbench/main.ts';
import { type RunningWorkbench, startWorkbench } from '../workbench/server.ts';
import type { WorkbenchState } from '../workbench/grid-state.ts';
import { SAMPLE as DEFAULT_SAMPLE } from '../workbench/session.ts';

const ROOT = join(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'samples', 'northwind-tracker.csv');
/** The sample is judged on this day. */
const TODAY = '2026-11-26';
const GAP = 'rgb(244, 199, 195)';
const READY = 'rgb(217, 234, 211)';
const NBSP = '\u00a0';

interface ScanJson {
  prediction: {
    percent: number | null;
    pass: boolean;
    coverage: { applicable: number; ready: number };
    elements: { id: string; applicable: number; ready: number; percent: number | null }[];
  };
}

let dir: string;
let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'secor-workbench-'));
  workbench = await startWorkbench({ trackerPath: SAMPLE, stateDir: dir, today: TODAY, port: 0, fresh: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The sidebar iframe's document as it is now (after the page last pointed the iframe somewhere). */
async function sidebar(): Promise<Frame> {
  const src = await page.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src);
  await expect.poll(() => page.frames().some((f) => f.url() === src), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url() === src)!;
  await frame.waitForLoadState('load');
  return frame;
}

/** Waits until the page points the sidebar iframe somewhere new, then returns that document. */
async function sidebarAfter(action: () => Promise<unknown>): Promise<Frame> {
  const before = await page.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src);
  await action();
  await expect.poll(() => page.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src), { timeout: 10_000 }).not.toBe(before);
  return sidebar();
}

/** Each row of the grid: its readiness text (column J after setup) and the background of its cells. */
async function gridRows(): Promise<{ row: number; readiness: string; backgrounds: string[]; text: string[] }[]> {
  return page.$$eval('#grid tbody tr', (rows) =>
    rows.map((tr) => {
      const cells = [...tr.querySelectorAll('td')];
      return {
        row: Number((tr as HTMLElement).dataset.row),
        readiness: cells[9]?.textContent ?? '',
        backgrounds: cells.slice(0, 10).map((td) => getComputedStyle(td).backgroundColor),
        text: cells.map((td) => td.textContent ?? ''),
      };
    }),
  );
}

async function rowOf(row: number) {
  return (await gridRows()).find((r) => r.row === row)!;
}

/** The number of rows the sidebar lists under Gaps ("7 rows"). */
async function gapRowCount(frame: Frame): Promise<number> {
  const note = frame.locator('#gaps-heading .heading-note');
  if ((await note.count()) === 0) return 0;
  return Number(/\d+/.exec((await note.textContent()) ?? '')![0]);
}

async function typeInto(row: number, col: number, text: string): Promise<void> {
  const cell = page.locator(`#grid tr[data-row="${row}"] td[data-col="${col}"]`);
  await cell.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  const saved = page.waitForResponse((res) => res.url().endsWith('/api/edit') && res.status() === 200);
  await page.keyboard.press('Enter');
  await saved;
}

const percentText = (percent: number | null) => (percent === null ? 'n/a' : `${percent}${NBSP}%`);

describe('the workbench in Chromium', () => {
  it('sets the sample up through the real sidebar, with the figures the CLI gives', async () => {
    await page.goto(workbench.url);
    await page.waitForSelector('nav.menu button[data-menu="setUpThisSheet"]');
    const setup = await sidebarAfter(() => page.click('nav.menu button[data-menu="setUpThisSheet"]'));
    await setup.getByRole('heading', { name: 'Set up this sheet' }).waitFor();
    await expect.poll(() => setup.locator('#role-evidence').inputValue()).toBe('C');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'workbench-setup.png') });

    await setup.getByRole('button', { name: 'Confirm' }).click();
    await setup.getByTestId('overall-percent').waitFor();

    const cli = JSON.parse(
      execFileSync(process.execPath, [join(ROOT, 'bin', 'secor-ready.js'), 'scan', SAMPLE, '--json', '--today', TODAY], { encoding: 'utf8' }),
    ) as ScanJson;
    // The headline is the prediction; the rows' own figures are the secondary line.
    expect(await setup.getByTestId('overall-percent').textContent()).toBe(percentText(cli.prediction.percent));
    expect(await setup.getByTestId('verdict').textContent()).toContain(cli.prediction.pass ? 'PASS' : 'FAIL');
    expect(await setup.getByTestId('coverage').textContent()).toBe(
      `${cli.prediction.coverage.ready} of ${cli.prediction.coverage.applicable} requirements ready`,
    );
    expect(cli.prediction.elements).toHaveLength(9);
    for (const element of cli.prediction.elements) {
      const bar = setup.locator(`li[data-element="${element.id}"]`);
      expect(await bar.locator('.bar-percent').textContent(), element.id).toBe(percentText(element.percent));
      expect(await bar.locator('.bar-count').textContent(), element.id).toBe(`${element.ready}/${element.applicable} requirements ready`);
    }
    // The grid redraws after the sidebar's call: the add-on's Readiness column is there.
    await expect.poll(async () => (await rowOf(4)).text[9]).toBe('Readiness');
  }, 60_000);

  it('colours rows as the add-on rules do: GAP rows red, READY rows green', async () => {
    const rows = (await gridRows()).filter((r) => r.row > 4 && r.readiness !== '');
    const gaps = rows.filter((r) => r.readiness.startsWith('GAP'));
    const ready = rows.filter((r) => r.readiness.startsWith('READY'));
    expect(gaps.length).toBeGreaterThan(3);
    expect(ready.length).toBeGreaterThan(10);
    for (const r of gaps) expect(new Set(r.backgrounds), `row ${r.row}`).toEqual(new Set([GAP]));
    for (const r of ready) expect(new Set(r.backgrounds), `row ${r.row}`).toEqual(new Set([READY]));
    // Above the table nothing is coloured.
    expect((await rowOf(1)).backgrounds[0]).toBe('rgba(0, 0, 0, 0)');
  });

  it('"Go to row" in the sidebar selects that row in the grid and scrolls to it', async () => {
    const frame = await sidebar();
    const button = frame.getByRole('button', { name: /^Go to row \d+$/ }).last();
    const row = Number(/\d+/.exec((await button.textContent())!)![0]);
    await button.click();
    const tr = page.locator(`#grid tr[data-row="${row}"]`);
    await expect.poll(() => tr.getAttribute('class')).toBe('selected');
    expect(await page.locator('#grid tr.selected').count()).toBe(1);
    const box = (await tr.boundingBox())!;
    const grid = (await page.locator('#grid').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(grid.y);
    expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
  });

  it('changing a column role in the setup view changes the verdicts and the colours', async () => {
    // Row 16 of the sample (E2-05, FLHA): ready, and goes stale within 30 days by its date alone
    // (it has no next-due date), so without the date column it is plainly ready.
    const flha = await rowOf(16);
    expect(flha.readiness).toMatch(/^WARNING · Expiring soon/);
    const warningColour = flha.backgrounds[0];
    expect([GAP, READY]).not.toContain(warningColour);

    let frame = await sidebar();
    await frame.getByRole('button', { name: 'Change column mapping' }).click();
    await frame.locator('#role-date').selectOption('');
    await frame.getByRole('button', { name: 'Confirm' }).click();
    await frame.getByTestId('overall-percent').waitFor();
    await expect.poll(async () => (await rowOf(16)).readiness).toMatch(/^READY/);
    expect((await rowOf(16)).backgrounds[0]).toBe(READY);

    // Back to the mapping as proposed.
    frame = await sidebar();
    await frame.getByRole('button', { name: 'Change column mapping' }).click();
    await frame.locator('#role-date').selectOption('E');
    await frame.getByRole('button', { name: 'Confirm' }).click();
    await frame.getByTestId('overall-percent').waitFor();
    await expect.poll(async () => (await rowOf(16)).readiness).toMatch(/^WARNING · Expiring soon/);
    await expect.poll(async () => (await rowOf(16)).backgrounds[0]).toBe(warningColour);
  }, 60_000);

  it('an edit in the grid runs onEdit: the row changes colour and the sidebar shows one gap fewer', async () => {
    const row = (await gridRows()).find((r) => r.readiness.startsWith('GAP · Missing evidence ·'))!;
    expect(row, 'a row whose only gap is missing evidence').toBeDefined();
    const gapsBefore = await gapRowCount(await sidebar());

    // Its date is empty too: date it, then file the evidence (Enter moves down, like Sheets).
    await typeInto(row.row, 5, '2026-11-20');
    expect((await rowOf(row.row)).readiness).toMatch(/^GAP · Missing evidence/);
    const reloaded = await sidebarAfter(() => typeInto(row.row, 3, 'Emergency contact list posted 2026.pdf'));
    await expect.poll(async () => (await rowOf(row.row)).readiness).toMatch(/^(READY|WARNING)/);
    expect((await rowOf(row.row)).backgrounds[0]).not.toBe(GAP);
    expect((await rowOf(row.row)).text[2]).toBe('Emergency contact list posted 2026.pdf');

    await reloaded.getByTestId('overall-percent').waitFor();
    expect(await gapRowCount(reloaded)).toBe(gapsBefore - 1);
    // The picture for the README: nothing being typed, the top of the sheet.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('#grid').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'workbench.png') });
  }, 60_000);

  it('"Check the installation" from the menu shows its report in the sidebar: on the workbench every piece works', async () => {
    await page.waitForSelector('nav.menu button[data-menu="checkTheInstallation"]');
    expect(await page.locator('nav.menu button[data-menu="checkTheInstallation"]').textContent()).toBe('Check the installation');
    const frame = await sidebarAfter(() => page.click('nav.menu button[data-menu="checkTheInstallation"]'));
    await frame.getByRole('heading', { name: 'Check the installation' }).waitFor();
    await expect.poll(() => frame.getByTestId('check-summary').textContent()).toBe('Everything the add-on relies on works.');
    const checks = frame.getByTestId('check');
    expect(await checks.count()).toBe(9);
    expect(await frame.locator('.install-check.is-problem').count()).toBe(0);
    // The workbench confirmed its own /exec address when it started listening.
    expect(await checks.filter({ hasText: "The clipper's web app address" }).textContent()).toContain(
      `Pairing codes carry http://127.0.0.1:${workbench.port}/exec.`,
    );
    expect(await checks.filter({ hasText: 'Drive: a folder and a file' }).textContent()).toContain('Snapshots of clips can be kept in Drive.');
    expect(await checks.filter({ hasText: "Dates read in the spreadsheet's time zone" }).textContent()).toContain(
      'Days are read in America/Edmonton, as Sheets shows them.',
    );
    // It left the grid as it was: no toast of an error, the Readiness column still there.
    expect((await rowOf(4)).text[9]).toBe('Readiness');
    await page.screenshot({ path: join(SCREENSHOTS, 'workbench-check.png') });

    await frame.getByRole('button', { name: 'Back to readiness' }).click();
    await frame.getByTestId('overall-percent').waitFor();
  }, 60_000);

  it('keeps the edited spreadsheet: a new workbench on the same folder shows the edit', async () => {
    const again = await startWorkbench({ trackerPath: SAMPLE, stateDir: dir, today: TODAY, port: 0 });
    try {
      expect(again.session.resumed).toBe(true);
      const state = (await (await fetch(`${again.url}api/state`)).json()) as WorkbenchState;
      const texts = state.active.cells.map((line) => line[2]?.t);
      expect(texts).toContain('Emergency contact list posted 2026.pdf');
      // Set up is remembered too (document properties): the Readiness column is still read as the add-on's.
      const second = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await second.goto(again.url);
      await second.waitForSelector('#grid td[data-col="3"]');
      expect(await second.locator('#grid td', { hasText: 'Emergency contact list posted 2026.pdf' }).count()).toBe(1);
      await second.close();
    } finally {
      await again.close();
    }
  }, 60_000);

  it('wrote the screenshots at 1400x900', () => {
    for (const name of ['workbench.png', 'workbench-setup.png', 'workbench-check.png']) {
      expect(statSync(join(SCREENSHOTS, name)).size).toBeGreaterThan(20_000);
    }
  });
});

describe('the workbench over a whole workbook (tracker, training matrix, inspections log)', () => {
  const WORKBOOK = join(ROOT, 'test', 'fixtures', 'workbook-tracker-matrix-log', 'Northwind safety.xlsx');
  const AMBER = 'rgb(252, 232, 178)';
  const NONE = 'rgba(0, 0, 0, 0)';
  let bookDir: string;
  let bench: RunningWorkbench;
  let bookPage: Page;

  beforeAll(async () => {
    bookDir = mkdtempSync(join(tmpdir(), 'secor-workbook-'));
    bench = await startWorkbench({ trackerPath: WORKBOOK, stateDir: bookDir, today: TODAY, port: 0, fresh: true });
    bookPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    bookPage.on('pageerror', (error) => console.error('page error:', error.message));
  }, 60_000);

  afterAll(async () => {
    await bookPage?.close();
    await bench?.close();
    if (bookDir) rmSync(bookDir, { recursive: true, force: true });
  });

  const frameOf = async (p: Page): Promise<Frame> => {
    const src = await p.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src);
    await expect.poll(() => p.frames().some((f) => f.url() === src), { timeout: 10_000 }).toBe(true);
    return p.frames().find((f) => f.url() === src)!;
  };
  const background = (row: number, col: number) =>
    bookPage.locator(`#grid tr[data-row="${row}"] td[data-col="${col}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);

  it("sets up with the Training sheet confirmed as a matrix: its expired and missing tickets red, expiring amber, and the sidebar names it as E5-02's source", async () => {
    await bookPage.goto(bench.url);
    await bookPage.waitForSelector('nav.menu button[data-menu="setUpThisSheet"]');
    await bookPage.click('nav.menu button[data-menu="setUpThisSheet"]');
    let setup = await frameOf(bookPage);
    await setup.getByRole('heading', { name: 'Set up this sheet' }).waitFor();
    const training = setup.getByTestId('sheet-kind-Training');
    await expect.poll(() => training.locator('select').inputValue()).toBe('training-matrix');
    expect(await setup.getByTestId('sheet-kind-Inspections').locator('select').first().inputValue()).toBe('activity-log');
    expect(await setup.getByTestId('sheet-kind-Contacts').locator('select').inputValue()).toBe('not-evidence');
    await setup.getByTestId('sheet-kinds').scrollIntoViewIfNeeded();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await bookPage.screenshot({ path: join(SCREENSHOTS, 'workbench-workbook-setup.png') });

    await setup.getByRole('button', { name: 'Confirm' }).click();
    setup = await frameOf(bookPage);
    const e502 = setup.getByTestId('evidence-E5-02');
    await e502.waitFor();
    expect(await e502.locator('.source-text').textContent()).toBe(
      'E5-02: SECOR Tracker, row 5; Training, 16 tickets of 4 workers: 1 expired, 2 missing, 2 expiring',
    );

    // Go to row on the matrix: the grid shows the Training sheet, painted by the add-on's rules.
    await e502.getByRole('button', { name: 'Go to Training row 4' }).click();
    await expect.poll(() => bookPage.locator('#tabs button[aria-selected="true"]').textContent()).toBe('Training');
    await expect.poll(() => bookPage.locator('#grid tr[data-row="4"]').getAttribute('class')).toBe('selected');
    expect(await background(6, 3)).toBe(GAP); // Mike, First Aid expired
    expect(await background(4, 6)).toBe(GAP); // Gary, CSTS missing
    expect(await background(8, 6)).toBe(GAP); // Dev, CSTS "booked Jan": missing
    expect(await background(5, 3)).toBe(AMBER); // Helen, First Aid expiring
    expect(await background(8, 5)).toBe(AMBER); // Dev, Fall Protection expiring
    expect(await background(7, 3)).toBe(NONE); // Jordan, who left: not judged
    expect(await background(5, 4)).toBe(NONE); // Helen, WHMIS current
    // The team's cells read as they did: the add-on colours them, never writes them.
    expect(await bookPage.locator('#grid tr[data-row="8"] td[data-col="6"]').textContent()).toBe('booked Jan');
    await bookPage.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await bookPage.screenshot({ path: join(SCREENSHOTS, 'workbench-matrix.png') });
  }, 90_000);
});

describe('npm start arguments', () => {
  it('reads a tracker path, --port, --no-open, --fresh and SECOR_TODAY', () => {
    const options = parseMainArgs(['my.csv', '--port', '4700', '--no-open', '--fresh'], { SECOR_TODAY: TODAY });
    expect(options).toMatchObject({ port: 4700, portGiven: true, open: false, fresh: true, today: TODAY });
    expect(options.trackerPath.endsWith('my.csv')).toBe(true);
    expect(parseMainArgs([], {})).toMatchObject({ port: 4600, portGiven: false, open: true, fresh: false, today: null, trackerPath: DEFAULT_SAMPLE });
    expect(() => parseMainArgs(['--port', 'x'], {})).toThrow(/--port/);
  });
});
