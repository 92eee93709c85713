/**
 * The audit year in the workbench, in headless Chromium, as a coordinator goes through it: a
 * practice log and a site walk filled in the grid and scored in the real sidebar, a five-finding
 * audit report pasted and matched, its lines in the Action Plan with an overdue one highlighted.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIVE_FINDINGS } from '../shared/test-support/audit-report.ts';
import { SCREENSHOTS } from './chromium.ts';
import { useWorkbenchPage } from './workbench-page.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-tracker.csv');
const OVERDUE = 'rgb(244, 199, 195)';

const bench = useWorkbenchPage(SAMPLE);
const { sidebar, menu, typeInto } = bench;

const activeTab = () => bench.page.locator('#tabs button[aria-selected="true"]').textContent();

describe('the audit year in the workbench', () => {
  it('sets the tracker up', async () => {
    await menu('setUpThisSheet');
    const setup = await sidebar();
    await setup.getByRole('button', { name: 'Confirm' }).click();
    await (await sidebar()).getByTestId('overall-percent').waitFor();
  }, 60_000);

  it('practises interviews: the Interview Practice sheet from the menu, lines typed in the grid, scored in the sidebar apart from the prediction', async () => {
    await menu('prepareForInterviews');
    await expect.poll(activeTab).toBe('Interview Practice');
    const lines = [
      ['2026-11-20', 'Ana Lopez', 'Worker', 'E1-03.w', 'Yes'],
      ['2026-11-20', 'Mike T.', 'Worker', 'E1-03.w', 'Yes'],
      ['2026-11-21', 'Raj Singh', 'Worker', 'E1-03.w', 'No'],
      ['2026-11-21', 'Ana Lopez', 'Worker', 'E2-03.w', 'Yes'],
    ];
    for (const [i, line] of lines.entries()) for (const [c, text] of line.entries()) await typeInto(i + 2, c + 1, text);
    const frame = await sidebar();
    const overall = await frame.getByTestId('overall-percent').textContent();
    await frame.getByRole('button', { name: 'Rescan' }).click();
    const e103 = frame.getByTestId('practised-E1-03');
    await expect.poll(() => e103.textContent(), { timeout: 10_000 }).toContain('66.7');
    expect(await e103.textContent()).toContain('2 of 3 people answered well · needs practice');
    // The documentary prediction is what it was.
    expect(await frame.getByTestId('overall-percent').textContent()).toBe(overall);
    await frame.getByTestId('practice').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await bench.page.screenshot({ path: join(SCREENSHOTS, 'practice-log.png') });
  }, 90_000);

  it('walks the site: the Site Walk sheet from the menu, In place filled, the observation score, an item not in place', async () => {
    await menu('walkTheSite');
    await expect.poll(activeTab).toBe('Site Walk');
    const keys = await bench.page.$$eval('#grid tbody tr', (rows) => rows.map((tr) => tr.querySelectorAll('td')[6]?.textContent ?? ''));
    const rowOf = (key: string) => keys.indexOf(key) + 1;
    await typeInto(rowOf('E3-02.1'), 3, 'Yes');
    await typeInto(rowOf('E3-02.2'), 3, 'No');
    await typeInto(rowOf('E3-02.2'), 4, 'No railing on the mezzanine');
    await typeInto(rowOf('E3-02.2'), 5, '2026-11-24');
    await typeInto(rowOf('E3-04.1'), 3, 'Yes');
    const frame = await sidebar();
    await frame.getByRole('button', { name: 'Rescan' }).click();
    const e302 = frame.getByTestId('practised-E3-02');
    await expect.poll(() => e302.textContent(), { timeout: 10_000 }).toContain('1 of 2 items in place');
    expect(await frame.getByTestId('practice').textContent()).toContain('1 item found not in place');
    await frame.getByRole('button', { name: /Site walk/ }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await bench.page.screenshot({ path: join(SCREENSHOTS, 'site-walk.png') });
  }, 90_000);

  it('pastes a five-finding audit report: each matched to its requirement, added to the Action Plan with its source, an overdue line highlighted', async () => {
    await menu('addAuditFindingsFromMenu');
    let frame = await sidebar();
    await frame.getByLabel('Findings').fill(FIVE_FINDINGS);
    await frame.getByLabel('Audit year').fill('2026');
    // An edit in the grid meanwhile leaves the paste in hand where it was (only the readiness view reloads).
    const src = await bench.page.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src);
    await typeInto(20, 9, 'note while pasting');
    expect(await bench.page.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src)).toBe(src);
    expect(await frame.getByLabel('Findings').inputValue()).toBe(FIVE_FINDINGS);
    await frame.getByRole('button', { name: 'Read findings' }).click();
    const findings = frame.getByTestId('audit-finding');
    await expect.poll(() => findings.count(), { timeout: 10_000 }).toBe(5);
    const chosen = await findings.locator('select').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(chosen).toEqual(['E2-02', 'E4-02', 'E7-02', 'E6-03', 'E5-01']);
    expect(await findings.nth(2).textContent()).toContain('2026 audit, finding 3');
    await findings.nth(0).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await bench.page.screenshot({ path: join(SCREENSHOTS, 'audit-findings.png') });

    await frame.getByRole('button', { name: 'Add 5 findings to the Action Plan' }).click();
    frame = await sidebar();
    await frame.getByTestId('action-progress').waitFor({ timeout: 10_000 });
    await bench.page.click('#tabs button:has-text("Action Plan")');
    await expect.poll(activeTab).toBe('Action Plan');
    const sources = await bench.page.$$eval('#grid tbody tr', (rows) => rows.map((tr) => tr.querySelectorAll('td')[12]?.textContent ?? ''));
    for (let n = 1; n <= 5; n++) expect(sources).toContain(`2026 audit, finding ${n}`);
    expect(sources).toContain('Site walk 2026-11-24');

    // Finding 2 was due on 1 November and is not done: overdue, once the plan is brought up to date.
    const row = sources.indexOf('2026 audit, finding 2') + 1;
    await typeInto(row, 8, '2026-11-01');
    await menu('createActionPlan');
    await expect
      .poll(() => bench.page.locator(`#grid tr[data-row="${row}"] td[data-col="4"]`).evaluate((td) => getComputedStyle(td).backgroundColor), {
        timeout: 10_000,
      })
      .toBe(OVERDUE);
    frame = await sidebar();
    await frame.getByRole('button', { name: 'Rescan' }).click();
    const progress = frame.getByTestId('action-progress');
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toContain('2026 audit, finding 2');
    await progress.scrollIntoViewIfNeeded();
    await bench.page.locator(`#grid tr[data-row="${row}"]`).scrollIntoViewIfNeeded();
    await bench.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await bench.page.screenshot({ path: join(SCREENSHOTS, 'action-plan-progress.png') });
  }, 120_000);
});
