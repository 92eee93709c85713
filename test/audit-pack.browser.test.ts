/**
 * The reviewer's audit pack from the workbench: "Build audit pack" downloads the PDF of the
 * session's workbook, whose pages pdf.js renders to images IN CHROMIUM; their text must show every
 * ready requirement's evidence and date, and their links must be real link annotations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../workbench/exports.ts';
import { workbookPackPdf } from '../cli/main.ts';
import { readXlsx } from '../cli/read-xlsx.ts';
import { pdfText } from '../cli/pdf-text.ts';
import { dayFromIso } from '../shared/index.ts';
import { SCREENSHOTS } from './chromium.ts';
import { useWorkbenchPage } from './workbench-page.ts';
import { renderPdfPages } from './pdf-pages.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'northwind-safety.xlsx');
const TODAY = '2026-11-26';

const wb = useWorkbenchPage(SAMPLE, TODAY);

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the audit pack in the workbench', () => {
  it('downloads the PDF of the workbook, whose rendered pages show the evidence and date of every ready requirement, with links', async () => {
    const page = await wb.browser.newPage();
    await page.goto(wb.workbench.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#audit-pack')]);
    expect(download.suggestedFilename()).toMatch(/audit pack\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();

    // The pack the page's PDF was built from: the same workbook, through the same CLI path.
    const { fileName, body } = await exportXlsx(wb.workbench.session.host);
    const { pack, pages: pageCount } = await workbookPackPdf(fileName, await readXlsx(body, fileName, undefined), {
      today: dayFromIso(TODAY)!,
      slashOrder: 'month-first',
    });

    const { page: viewer, pages } = await renderPdfPages(wb.browser, pdf);
    expect(pages).toHaveLength(pageCount);
    const all = squeeze(pages.map((p) => p.text).join(' '));
    expect(squeeze(pages[0]!.text)).toContain(`Predicted: ${pack.pass ? 'PASS' : 'FAIL'}`);
    for (const e of pack.elements) expect(squeeze(pages[0]!.text)).toContain(pdfText(`${e.id} ${e.name}`).slice(0, 20));
    const ready = pack.elements.flatMap((e) => e.requirements).filter((r) => r.finding === 'ready');
    expect(ready.length).toBeGreaterThan(5);
    for (const r of ready) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(all, `${r.id} evidence`).toContain(squeeze(pdfText(e.label)));
        expect(all, `${r.id} date`).toContain(e.date === null ? 'Undated' : `Dated ${e.date}`);
      }
    }
    // Every page numbered, and the evidence linked by real link annotations to the workbook's file.
    pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${pages.length}`));
    const links = pages.flatMap((p) => p.links);
    expect(links.length).toBeGreaterThan(ready.length);
    expect(links.every((l) => l.startsWith('file://'))).toBe(true);

    await viewer.locator('#page-1').screenshot({ path: join(SCREENSHOTS, 'audit-pack-page-1.png') });
    await viewer.locator('#page-2').screenshot({ path: join(SCREENSHOTS, 'audit-pack-page-2.png') });
    await viewer.close();
  }, 60_000);

  it("saves the pack as a Google Doc from the sidebar's Build audit pack, and links to it", async () => {
    const page = await wb.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(wb.workbench.url);
    await page.waitForSelector('nav.menu button[data-menu="setUpThisSheet"]');
    await page.click('nav.menu button[data-menu="setUpThisSheet"]');
    const frameOf = async () => {
      const src = await page.$eval('#sidebar', (el) => (el as HTMLIFrameElement).src);
      await expect.poll(() => page.frames().some((f) => f.url() === src), { timeout: 10_000 }).toBe(true);
      return page.frames().find((f) => f.url() === src)!;
    };
    let sidebar = await frameOf();
    await sidebar.getByRole('button', { name: 'Confirm' }).click();
    sidebar = await frameOf();
    await sidebar.getByTestId('overall-percent').waitFor();
    await sidebar.getByRole('button', { name: 'Build audit pack' }).click();
    const link = sidebar.getByTestId('status-link');
    await link.waitFor({ timeout: 20_000 });
    expect(await link.textContent()).toBe('Open the audit pack');
    // In the workbench the Doc's link opens the local copy it keeps (Sheets would link docs.google.com).
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/drive\/local_f_[\w-]+$/);
    const doc = await fetch(href);
    expect(doc.status).toBe(200);
    expect(await doc.text()).toContain('<h1>SECOR audit pack</h1>');
    expect(await sidebar.getByTestId('status').textContent()).toMatch(
      /Audit pack saved in your Drive: SECOR audit pack - northwind-safety - 2026-11-26 \d\d\.\d\d\.\d\d \(predicted (PASS|FAIL) at \d+\.\d %\)\./,
    );
    const drive = join(wb.stateDir, 'drive', 'northwind-safety.xlsx');
    expect(readdirSync(drive).filter((f) => f.endsWith('.gdoc.html'))).toHaveLength(1);
    await page.close();
  }, 60_000);
});
