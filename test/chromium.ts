import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium: playwright's own browser download is blocked on these machines. */
const EXECUTABLE = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a machine with no network but loopback: without the
 * background-networking ones Chromium floods the closed network with connections.
 */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: ARGS });
}

/** A persistent profile with an unpacked extension loaded (extensions need a persistent context). */
export function launchWithExtension(profileDir: string, extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: EXECUTABLE,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...ARGS],
  });
}

/**
 * Where the browser tests put their screenshots: the README's docs/screenshots when asked
 * (`npm run screenshots`), else a temporary folder, so a plain `npm test` leaves the tree as it was.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(import.meta.dirname, '..', 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'secor-screenshots-'));
