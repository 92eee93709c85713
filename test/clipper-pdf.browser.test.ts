/**
 * A PDF tab clipped in Chromium: the PDF (made with pdfkit) served by a local page server and shown
 * by Chrome's PDF viewer, whose page no script can read. The popup proposes the record date read
 * from the PDF's own text, by pdf.js in the service worker, and titles the clip by its file name;
 * a PDF with no text offers no date and says why, and the clip can still be saved.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificate, makePdf } from '../extension/test-support/pdf.ts';
import { type ClipperInBrowser, openClipper } from './clipper-browser.ts';
import { SCREENSHOTS } from './chromium.ts';

const CERTIFICATE = '/files/First-Aid-Certificate.pdf';
const SCANNED = '/files/scanned-inspection.pdf';

let clipper: ClipperInBrowser;

beforeAll(async () => {
  const scanned = await makePdf((doc) => void doc.rect(72, 72, 300, 200).fill('#555'));
  clipper = await openClipper({
    [CERTIFICATE]: { type: 'application/pdf', body: await makePdf(certificate) },
    [SCANNED]: { type: 'application/pdf', body: scanned },
  });
  const paired = await clipper.pair(clipper.workbench.session.pairingCode());
  expect(await paired.getByTestId('pair-result').textContent()).toBe('Paired with “northwind-tracker” as Workbench clipper.');
  await paired.close();
}, 90_000);

afterAll(async () => {
  await clipper?.close();
});

/** Opens the PDF in a tab (Chrome's viewer) and the popup for that tab. */
async function popupForPdf(path: string) {
  const url = `${clipper.pages}${path}`;
  const tab = await clipper.context.newPage();
  await tab.goto(url);
  const popup = await clipper.openPopup(await clipper.tabIdOf(url));
  await expect.poll(() => popup.getByTestId('title').textContent(), { timeout: 15_000 }).toBe(path.split('/').pop());
  return popup;
}

describe('a PDF tab in the popup', { timeout: 60_000 }, () => {
  it("proposes the record date from the PDF's own text (the completion date, not the expiry), titled by its file name", async () => {
    const popup = await popupForPdf(CERTIFICATE);
    expect(await popup.inputValue('#date')).toBe('2026-03-03');
    expect(await popup.getByTestId('date-found').textContent()).toBe('Found: “Date of completion: March 3, 2026”');
    expect(await popup.getByRole('radio', { name: 'PDF' }).isChecked()).toBe(true);
    await expect.poll(() => popup.getByTestId('paired').textContent()).toContain('northwind-tracker');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-pdf-record-date.png'), fullPage: true });
    await popup.close();
  });

  it('a PDF with no text (a scanned image) offers no date, says why, and still lets the clip be saved', async () => {
    const popup = await popupForPdf(SCANNED);
    expect(await popup.inputValue('#date')).toBe('');
    await expect.poll(() => popup.locator('main').textContent()).toContain('The PDF has no text to read (a scanned image?).');
    expect(await popup.getByTestId('date-found').textContent()).toMatch(/^No record date found/);
    expect(await popup.getByRole('alert').count()).toBe(0);
    await popup.fill('#search', 'fall protection tickets');
    await popup.getByTestId('choices').getByRole('button').first().click();
    expect(await popup.getByRole('button', { name: 'Save' }).isEnabled()).toBe(true);
    await popup.close();
  });
});
