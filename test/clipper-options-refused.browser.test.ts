/**
 * The options page after a refusal, in Chromium against the real workbench: the coordinator
 * revokes the clipper's pairing, a clip saved then is refused by the intake (revoked-token), and the
 * options page counts it as refused; the coordinator connects the person again, the new code is
 * pasted and paired, and the refused clip is due again: it is sent, lands once, and the "refused"
 * count clears, on the page that is open, without reloading it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClipperInBrowser, openClipper } from './clipper-browser.ts';
import { SCREENSHOTS } from './chromium.ts';

const PAGE = '/cert.html';
const CERTIFICATE = `<!doctype html><html><head><meta charset="utf-8"><title>Certificate of Completion - Fall Protection</title></head>
<body><main><h1>Certificate of Completion</h1><p>This certifies that J. Patel completed Fall Protection on October 2, 2026.</p></main></body></html>`;

let clipper: ClipperInBrowser;

beforeAll(async () => {
  clipper = await openClipper({ [PAGE]: { type: 'text/html; charset=utf-8', body: CERTIFICATE } });
}, 90_000);

afterAll(async () => {
  await clipper?.close();
});

/** The Evidence rows the workbench's spreadsheet holds for that clip id. */
function evidenceRowsOf(clipId: string): number {
  const sheet = clipper.workbench.session.host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Evidence');
  if (!sheet) return 0;
  const [header, ...rows] = sheet.getDataRange().getDisplayValues() as string[][];
  const column = header!.indexOf('Clip id');
  return rows.filter((r) => r[column] === clipId).length;
}

describe('the options page and a refused clip', { timeout: 60_000 }, () => {
  it('shows "1 refused" after the intake refuses a clip; after pairing again the clip is due, sent once, and the count clears', async () => {
    const options = await clipper.pair(clipper.workbench.session.pairingCode());
    expect(await options.getByTestId('pair-result').textContent()).toBe('Paired with “northwind-tracker” as Workbench clipper.');

    // The clip is made while the pairing works (the popup lists the tracker's requirements)...
    const tab = await clipper.context.newPage();
    await tab.goto(`${clipper.pages}${PAGE}`);
    const popup = await clipper.openPopup(await clipper.tabIdOf(`${clipper.pages}${PAGE}`));
    await popup.fill('#search', 'fall protection tickets');
    await popup.getByTestId('choices').getByRole('button').first().click();
    // ...then the coordinator revokes the pairing in the sidebar, and the intake refuses the clip.
    const [person] = await clipper.run<{ id: string; name: string }[]>('listClipperPeople');
    expect(person?.name).toBe('Workbench clipper');
    await clipper.run('revokeClipperPerson', person!.id);
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.locator('[data-testid="clip-state"][data-state="failed"]').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('clip-state').textContent()).toContain('was revoked');
    const clipId = await clipper.inWorker(async () => ((await chrome.storage.local.get('history')).history as { id: string }[])[0]!.id);

    // The options page, open all along, says so.
    await expect
      .poll(() => options.getByTestId('refused').textContent(), { timeout: 10_000 })
      .toContain("1 clip refused because this clipper's pairing was revoked: pair again with a new code");
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.screenshot({ path: join(SCREENSHOTS, 'clipper-options-refused.png'), fullPage: true });

    // The coordinator connects the person again; the new code is pasted and paired.
    const code = clipper.workbench.session.pairingCode();
    await options.fill('#code', code);
    await options.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect
      .poll(() => options.getByTestId('pair-result').textContent(), { timeout: 15_000 })
      .toBe('Paired with “northwind-tracker” as Workbench clipper.');

    // Due again: sent, saved once, and nothing is left refused or waiting.
    await expect.poll(() => evidenceRowsOf(clipId), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => options.getByTestId('queue-summary').textContent(), { timeout: 10_000 }).toBe('No clips waiting to be sent to this tracker.');
    expect(await options.getByTestId('waiting-elsewhere').count()).toBe(0);
    expect(await options.getByTestId('refused').count()).toBe(0);
    expect(evidenceRowsOf(clipId)).toBe(1);
  });
});
