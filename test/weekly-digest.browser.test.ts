/**
 * The weekly digest in the workbench, in a real headless Chromium: switched on in the REAL
 * sidebar's settings, its time-driven trigger run from the workbench's "Run time triggers"
 * control, and the mail read in the outbox.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './chromium.ts';
import { useWorkbenchPage } from './workbench-page.ts';

const ROOT = join(import.meta.dirname, '..');
const WORKBOOK = join(ROOT, 'test', 'fixtures', 'workbook-tracker-matrix-log', 'Northwind safety.xlsx');
const TODAY = '2026-11-26';

const wb = useWorkbenchPage(WORKBOOK, TODAY);
const { sidebar } = wb;

describe('the weekly digest in the workbench', () => {
  it('is switched on in the sidebar\'s settings, runs from "Run time triggers" and its mail is in the outbox', async () => {
    await wb.page.goto(wb.workbench.url);
    await wb.page.waitForSelector('nav.menu button[data-menu="setUpThisSheet"]');
    await wb.page.click('nav.menu button[data-menu="setUpThisSheet"]');
    let frame = await sidebar();
    await frame.getByRole('heading', { name: 'Set up this sheet' }).waitFor();
    await frame.getByRole('button', { name: 'Confirm' }).click();
    frame = await sidebar();
    await frame.getByTestId('overall-percent').waitFor();

    // Nothing is due before the digest is on: no trigger, nothing runs.
    const nothing = await (
      await wb.page.request.post(`${wb.workbench.url}api/fire-triggers`, { data: {}, headers: { origin: wb.workbench.url.replace(/\/$/, '') } })
    ).json();
    expect(nothing).toEqual({ runs: [], triggers: [], sent: [] });

    // The audit month (December) makes the yearly cycle part of the digest.
    await frame.getByRole('button', { name: 'Team settings' }).click();
    await frame.locator('#audit-month').selectOption('12');
    await frame.getByRole('button', { name: 'Save and rescan' }).click();
    await frame.getByText('Settings saved. The sheet is scanned.').waitFor();
    await frame.getByRole('button', { name: 'Team settings' }).click();
    const toggle = frame.getByRole('switch', { name: 'Weekly digest' });
    await toggle.waitFor();
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await frame.getByText('On: coordinator@example.com gets a mail Mondays around 7 a.m.').waitFor();
    expect(await toggle.isChecked()).toBe(true);

    await wb.page.click('#fire-triggers');
    const outbox = wb.page.locator('dialog#outbox');
    await outbox.waitFor();
    await expect
      .poll(() => outbox.locator('.mail .subject').first().textContent())
      .toBe('SECOR Ready weekly digest: 5 falling due in 30 days (Northwind safety)');
    expect(await outbox.locator('.mail .head').first().textContent()).toMatch(/^To coordinator@example\.com · .+ · from SECOR Ready$/);
    const body = await outbox.locator('.mail pre').first().textContent();
    expect(body).toContain("- 2026-12-05: Helen Ward's First Aid expires (Training sheet)");
    expect(body).toContain('- 2026-12-15: Fire drill (row 8, E6-05) falls due');
    expect(await outbox.locator('li').first().textContent()).toBe('sendWeeklyDigest (due 2026-11-30T14:00:00.000Z): completed');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await wb.page.screenshot({ path: join(SCREENSHOTS, 'weekly-digest.png') });

    // Switched off, the trigger is gone: running triggers sends nothing more.
    await wb.page.click('#close-outbox');
    await toggle.click();
    await frame.getByText('Off. Switch it on to mail coordinator@example.com').waitFor();
    await wb.page.click('#fire-triggers');
    await expect.poll(() => outbox.locator('li').first().textContent()).toBe('Nothing was due.');
    expect(await outbox.locator('.mail').count()).toBe(1);
  }, 90_000);
});
