/**
 * The sidebar in a real headless Chromium: the built single-file page (dist/apps-script/Sidebar.html)
 * served from 127.0.0.1, with a fake google.script.run that answers from fixtures and records calls.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, SCREENSHOTS } from './chromium.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SidebarApi } from '../apps-script/server/sidebar-api.ts';
import type {
  ClipperPairing,
  ClipperPerson,
  InstallationReport,
  ReadinessView,
  SettingsView,
  SetupProposal,
  SheetWritten,
  SidebarState,
} from '../apps-script/server/views.ts';

const ROOT = join(import.meta.dirname, '..');
const PAGE_FILE = join(ROOT, 'dist', 'apps-script', 'Sidebar.html');

// ---------------------------------------------------------------- fixtures

const FAILING: ReadinessView = {
  spreadsheetName: 'Northwind Safety',
  sheetName: 'SECOR Tracker 2026',
  scannedAt: '2026-11-26T15:42:00.000Z',
  today: '2026-11-26',
  prediction: {
    by: 'requirements',
    percent: 61.9,
    pass: false,
    reasons: [
      'Predicted score is 61.9 %, below the 80 % pass mark: 26 of 42 requirements ready; 11 with no row, clip or sheet (E2 2, E4 1, E6 2, E8 2, E9 4), 5 with a gap.',
      'E4 Inspections is at 33.3 %, below the 50 % every element needs: 1 of 3 requirements with no row, clip or sheet, 1 with a gap.',
      'E9 Alberta legislation is at 0.0 %, below the 50 % every element needs: 4 of 4 requirements with no row, clip or sheet.',
    ],
    elements: [
      { id: 'E1', name: 'Management commitment & policy', applicable: 3, ready: 3, gap: 0, missing: 0, percent: 100 },
      { id: 'E2', name: 'Hazard identification & assessment', applicable: 6, ready: 3, gap: 1, missing: 2, percent: 50 },
      { id: 'E3', name: 'Hazard control', applicable: 4, ready: 3, gap: 1, missing: 0, percent: 75 },
      { id: 'E4', name: 'Inspections', applicable: 3, ready: 1, gap: 1, missing: 1, percent: 33.3 },
      { id: 'E5', name: 'Orientation & training', applicable: 4, ready: 3, gap: 1, missing: 0, percent: 75 },
      { id: 'E6', name: 'Emergency response', applicable: 6, ready: 4, gap: 0, missing: 2, percent: 66.7 },
      { id: 'E7', name: 'Incident investigation', applicable: 6, ready: 5, gap: 1, missing: 0, percent: 83.3 },
      { id: 'E8', name: 'Program administration', applicable: 6, ready: 4, gap: 0, missing: 2, percent: 66.7 },
      { id: 'E9', name: 'Alberta legislation', applicable: 4, ready: 0, gap: 0, missing: 4, percent: 0 },
    ],
    coverage: { applicable: 42, ready: 26, gap: 5, missing: 11, percent: 61.9 },
    toPrepare: [
      { id: 'E1-03', element: 'E1', text: 'Workers can describe what the policy says and how it was communicated' },
      { id: 'E7-08', element: 'E7', text: 'Workers know how and when to report incidents and near misses' },
    ],
    evidence: [
      {
        requirement: 'E4-02',
        finding: 'gap',
        sources: [
          { sheet: 'SECOR Tracker 2026', kind: 'checklist', finding: 'ready', summary: 'row 12', rows: [12] },
          { sheet: 'Site Inspections', kind: 'activity-log', finding: 'gap', summary: '11 of 12 months; no inspection in July 2026', rows: [] },
        ],
      },
      {
        requirement: 'E5-02',
        finding: 'gap',
        sources: [
          { sheet: 'Training', kind: 'training-matrix', finding: 'gap', summary: '30 tickets of 6 workers: 1 expired, 1 missing', rows: [5, 8, 3, 4, 6, 7] },
        ],
      },
    ],
  },
  overall: { percent: 61.5, ready: 16, applicable: 26 },
  elements: [
    { id: 'E1', name: 'Management commitment & policy', applicable: 3, ready: 3, percent: 100 },
    { id: 'E2', name: 'Hazard identification & assessment', applicable: 3, ready: 2, percent: 66.7 },
    { id: 'E3', name: 'Hazard control', applicable: 4, ready: 3, percent: 75 },
    { id: 'E4', name: 'Inspections', applicable: 3, ready: 1, percent: 33.3 },
    { id: 'E5', name: 'Orientation & training', applicable: 4, ready: 2, percent: 50 },
    { id: 'E6', name: 'Emergency response', applicable: 5, ready: 4, percent: 80 },
    { id: 'E7', name: 'Incident investigation', applicable: 2, ready: 1, percent: 50 },
    { id: 'E8', name: 'Program administration', applicable: 0, ready: 0, percent: null },
  ],
  gapGroups: [
    {
      kind: 'missing-evidence',
      label: 'Missing evidence',
      rows: [
        {
          row: 12,
          text: 'Monthly workplace inspection checklist',
          element: 'E4',
          requirement: 'E4-01',
          readiness: 'gap',
          gaps: ['missing-evidence'],
          warnings: ['no-owner'],
          details: [
            'No evidence is linked: add the completed checklist (a link or file name) in column C.',
            'No owner: name who keeps this up to date in column D.',
          ],
          readyByClip: null,
        },
        {
          row: 15,
          text: 'Equipment pre-use inspections (https://drive.example.invalid/PreUseInspectionRecordsFolderForEveryVehicleAndMachine2026)',
          element: 'E4',
          requirement: 'E4-03',
          readiness: 'gap',
          gaps: ['missing-evidence'],
          warnings: [],
          details: ['No evidence is linked: add the pre-use inspection records in column C.'],
          readyByClip: null,
        },
      ],
    },
    {
      kind: 'stale',
      label: 'Stale evidence',
      rows: [
        {
          row: 21,
          text: 'WHMIS training records',
          element: 'E5',
          requirement: 'E5-03',
          readiness: 'gap',
          gaps: ['stale'],
          warnings: [],
          details: ['Last dated 2025-06-02, older than 365 days: renew the training and record the new date.'],
          readyByClip: null,
        },
      ],
    },
    {
      kind: 'overdue',
      label: 'Overdue',
      rows: [
        {
          row: 30,
          text: 'Emergency drill',
          element: 'E6',
          requirement: 'E6-04',
          readiness: 'gap',
          gaps: ['overdue'],
          warnings: [],
          details: ['Was due 2026-10-01 and is not marked done.'],
          readyByClip: null,
        },
      ],
    },
  ],
  readyByClips: [
    {
      row: 27,
      text: 'Fall protection tickets for all crew',
      element: 'E5',
      requirement: 'E5-02',
      readiness: 'ready',
      gaps: [],
      warnings: [],
      details: [],
      readyByClip: 'by a clip of 2026-11-20',
    },
  ],
  dueSoon: [
    { row: 18, text: 'First aid certificates', on: '2026-12-10', inDays: 14, why: 'stale' },
    { row: 9, text: 'Policy review and sign-off', on: '2026-12-01', inDays: 5, why: 'due' },
    { row: 21, text: 'Fall protection tickets', on: '2026-12-08', inDays: 12, why: 'expiry' },
  ],
  unmatched: [
    {
      row: 13,
      text: 'Formal hazard assessment - tear-off, shingling, torch-on, ladders, hoisting',
      element: 'E2',
      candidates: [
        { id: 'E2-01', element: 'E2', text: 'Formal hazard assessment covers every position/task with hazards; risk ranking; controls' },
        { id: 'E2-02', element: 'E2', text: 'Each hazard assessment shows the date prepared or revised' },
        {
          id: 'E2-03',
          element: 'E2',
          text: 'Formal HA repeated at reasonable intervals and whenever work processes are new or change or before major site changes',
        },
      ],
    },
    { row: 20, text: 'Maintenance - ladders, hoist, dump trailer, trucks', element: 'E3', candidates: [] },
  ],
  requirementColumn: { letter: 'I', ownedBy: 'add-on' },
  missing: [
    { id: 'E6-05', element: 'E6', text: 'Emergency contact list posted at each site' },
    { id: 'E8-02', element: 'E8', text: 'Safety meeting minutes kept' },
    { id: 'E9-01', element: 'E9', text: 'Copy of the OHS Act, Regulation and Code available' },
  ],
  gate: { applicable: 3, ready: 2 },
  submission: { month: '2026-12', partner: 'ACSA' },
  evidenceSheets: [
    { sheetId: 7, name: 'Site Inspections', kind: 'activity-log', note: null },
    { sheetId: 9, name: 'Training', kind: 'training-matrix', note: null },
  ],
  practice: {
    readyPercent: 80,
    practiceSheet: { name: 'Interview Practice', sheetId: 21 },
    walkSheet: null,
    interviews: [
      { id: 'E1-03', text: 'Workers can describe the H&S policy', asked: 4, good: 3, percent: 75, finding: 'gap' },
      { id: 'E2-02', text: 'Workers know the hazards of their work', asked: 0, good: 0, percent: null, finding: 'not practised' },
    ],
    observations: [{ id: 'E3-02', text: 'Engineering controls in place', asked: 0, good: 0, percent: null, finding: 'not walked' }],
    notInPlace: 0,
    skipped: [{ sheet: 'Interview Practice', row: 6, why: 'answered well is not yes or no' }],
    unknown: [],
  },
  actions: {
    sheetName: 'Action Plan',
    sheetId: 31,
    counts: { Open: 5, 'In progress': 2, Done: 3, Verified: 1 },
    overdue: [{ row: 4, item: 'Emergency drill', owner: 'Ivan Petrov', due: '2026-11-01', source: '2026 audit, finding 3' }],
  },
};

const PASSING: ReadinessView = {
  ...FAILING,
  scannedAt: '2026-11-26T16:05:00.000Z',
  prediction: { ...FAILING.prediction, percent: 83.3, pass: true, reasons: [], coverage: { applicable: 42, ready: 35, gap: 2, missing: 5, percent: 83.3 } },
  overall: { percent: 84.6, ready: 22, applicable: 26 },
  elements: FAILING.elements.map((e) => (e.id === 'E4' ? { ...e, ready: 2, percent: 66.7 } : e)),
  gapGroups: [],
};

const PROPOSAL: SetupProposal = {
  sheetName: 'SECOR Tracker 2026',
  headerRow: 4,
  columns: [
    { role: 'id', column: null, header: '', confidence: 0 },
    { role: 'element', column: 'A', header: 'Element', confidence: 1 },
    { role: 'requirement', column: 'B', header: 'Requirement', confidence: 0.95 },
    { role: 'evidence', column: 'C', header: 'Where is it?', confidence: 0.87 },
    { role: 'owner', column: 'D', header: 'Who', confidence: 0.55 },
    { role: 'date', column: 'E', header: 'Last reviewed', confidence: 0.9 },
    { role: 'due', column: null, header: '', confidence: 0 },
    { role: 'interval', column: null, header: '', confidence: 0 },
    { role: 'status', column: 'F', header: 'Complete?', confidence: 1 },
    { role: 'notes', column: 'G', header: 'Notes', confidence: 0.7 },
  ],
  headers: [
    { column: 'A', text: 'Element' },
    { column: 'B', text: 'Requirement' },
    { column: 'C', text: 'Where is it?' },
    { column: 'D', text: 'Who' },
    { column: 'E', text: 'Last reviewed' },
    { column: 'F', text: 'Complete?' },
    { column: 'G', text: 'Notes' },
    { column: 'H', text: 'Responsible person (site supervisor or office manager)' },
  ],
  problem: null,
  configured: false,
  canStartChecklist: false,
  sheets: [
    { sheetId: 9, name: 'Training', kind: 'training-matrix', activity: null, confidence: 0.9, reasons: ['5 course columns hold dates'], confirmed: false },
    { sheetId: 7, name: 'Site Inspections', kind: 'activity-log', activity: null, confidence: 0.5, reasons: ['one dated row per event'], confirmed: false },
    { sheetId: 11, name: 'Contacts', kind: 'not-evidence', activity: null, confidence: 0.8, reasons: ['Company, Phone and Email headers'], confirmed: false },
  ],
};

const WRITTEN: SheetWritten = { sheetName: 'Action Plan', added: 3, updated: 1 };

// ---------------------------------------------------------------- the fake google.script.run

type Answers = { [K in keyof SidebarApi]?: ReturnType<SidebarApi[K]> | null };

interface FakeConfig {
  /** What each server function returns; an array answers call by call (the last one repeats). */
  answers: { [name: string]: unknown };
  /** name -> how many times it fails first, with which message. */
  failures?: { [name: string]: { times: number; message: string } };
  /** Names whose answer waits for window.__release(name). */
  hold?: string[];
  view?: 'setup' | 'readiness' | 'clipper' | 'check';
}

interface Call {
  name: string;
  args: unknown[];
}

/** Runs in the page before the app: defines google.script.run. Must be self-contained (serialised). */
function installFake(cfg: FakeConfig): void {
  type Handler = ((value: unknown) => void) | null;
  const w = window as unknown as Record<string, unknown>;
  const calls: Call[] = [];
  const counts: Record<string, number> = {};
  const held: Record<string, (() => void)[]> = {};
  w.__calls = calls;
  w.__release = (name: string) => {
    for (const go of held[name] ?? []) go();
    held[name] = [];
  };
  const make = (ok: Handler, fail: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === 'withSuccessHandler') return (h: Handler) => make(h, fail);
          if (prop === 'withFailureHandler') return (h: Handler) => make(ok, h);
          const name = String(prop);
          return (...args: unknown[]) => {
            calls.push({ name, args: JSON.parse(JSON.stringify(args)) as unknown[] });
            const n = (counts[name] = (counts[name] ?? 0) + 1);
            const answer = () => {
              const failure = cfg.failures?.[name];
              if (failure && failure.times > 0) {
                failure.times--;
                fail?.(new Error(failure.message));
                return;
              }
              const configured = cfg.answers[name];
              const value = Array.isArray(configured) ? configured[Math.min(n, configured.length) - 1] : configured;
              ok?.(value === undefined ? null : JSON.parse(JSON.stringify(value)));
            };
            if (cfg.hold?.includes(name)) (held[name] ??= []).push(answer);
            else setTimeout(answer, 15);
          };
        },
      },
    );
  w.google = { script: { run: make(null, null) } };
  if (cfg.view) w.SECOR_VIEW = cfg.view;
}

// ---------------------------------------------------------------- browser and server

let server: Server;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext | undefined;
let outside: string[] = [];
// The sidebar is built by the test run's global setup (test/build.setup.ts).
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/Sidebar.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(PAGE_FILE));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 60_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
  // The page is self-contained: it fetches nothing but itself.
  expect(outside).toEqual([]);
  outside = [];
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openSidebar(config: Omit<FakeConfig, 'answers'> & { answers: Answers | FakeConfig['answers'] }, height = 900): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 300, height } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(installFake, config as FakeConfig);
  await page.goto(baseUrl);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const readyState: SidebarState = { kind: 'ready', readiness: FAILING };
const setupState: SidebarState = { kind: 'needs-setup', proposal: PROPOSAL };

async function calls(page: Page, name?: string): Promise<Call[]> {
  const all = await page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
  return name ? all.filter((c) => c.name === name) : all;
}

async function waitForCall(page: Page, name: string, count = 1): Promise<Call[]> {
  await expect.poll(async () => (await calls(page, name)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(count);
  return calls(page, name);
}

async function expandAll(page: Page): Promise<void> {
  const closed = page.locator('button[aria-expanded="false"]');
  for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
}

// ---------------------------------------------------------------- tests

describe('the sidebar (built Sidebar.html in Chromium)', { timeout: 20_000 }, () => {
  it('is one self-contained file of tens of kB', () => {
    const html = readFileSync(PAGE_FILE, 'utf8');
    expect(statSync(PAGE_FILE).size).toBeLessThan(100_000);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('<script type="module"');
  });

  it('shows the predicted score, the verdict with its reasons and every element, the rows second', async () => {
    const page = await openSidebar({ answers: { getSidebarState: readyState } });
    await expect.poll(() => page.getByTestId('overall-percent').textContent()).toMatch(/^61\.9\s%$/);
    expect(await page.getByTestId('verdict').textContent()).toContain('Predicted: FAIL');
    expect(await page.locator('.reasons li').allTextContents()).toEqual([...FAILING.prediction.reasons]);
    expect(await page.getByTestId('coverage').textContent()).toBe('26 of 42 requirements ready');
    expect(await page.getByTestId('rows-ready').textContent()).toBe('Your tracker: 16 of 26 rows ready');

    const rows = new Map(FAILING.elements.map((e) => [e.id, e]));
    for (const element of FAILING.prediction.elements) {
      const bar = page.locator(`[data-element="${element.id}"]`);
      expect(await bar.locator('.bar-percent').textContent()).toBe(`${element.percent}\u00a0%`);
      expect(await bar.locator('.bar-count').textContent()).toBe(`${element.ready}/${element.applicable} requirements ready`);
      const own = rows.get(element.id);
      expect(await bar.getByTestId('bar-rows').textContent()).toBe(
        own ? `${own.ready} of ${own.applicable} ${own.applicable === 1 ? 'row' : 'rows'} ready` : 'no rows',
      );
    }
    // Below 50 %: said in words and drawn in another colour; the 50 % line sits mid-track.
    const low = page.locator('[data-element="E4"]');
    expect(await low.textContent()).toMatch(/below the 50\s% minimum: 1 with no row, 1 with a gap/i);
    expect(await page.locator('[data-element="E2"]').textContent()).not.toMatch(/below/i);
    const fill = (id: string) => page.locator(`[data-element="${id}"] .bar-fill`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fill('E4')).not.toBe(await fill('E1'));
    const mark = await low.locator('.bar-mark').boundingBox();
    const track = await low.locator('.bar-track').boundingBox();
    expect(mark && track && Math.abs(mark.x + mark.width / 2 - (track.x + track.width / 2))).toBeLessThan(1.5);

    expect(await page.locator('[data-element="E9"]').textContent()).toContain('no rows');
    await page.getByRole('button', { name: /Asked at interview or observation/ }).click();
    expect(await page.getByTestId('to-prepare').locator('li').allTextContents()).toEqual(FAILING.prediction.toPrepare.map((r) => `${r.id} ${r.text}`));
    expect(await page.getByText('Last scan:').count()).toBe(1);
    // Gap groups: a count per group, the first open.
    const toggles = page.locator('section[aria-labelledby="gaps-heading"] .collapsible-toggle');
    expect(await toggles.nth(0).textContent()).toBe('Missing evidence2');
    expect(await toggles.nth(0).getAttribute('aria-expanded')).toBe('true');
    expect(await toggles.nth(1).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByText('Goes stale in 14 days').count()).toBe(1);
    // A row a clip made ready names the clip.
    const byClip = page.locator('[data-ready="clip"]');
    await page.getByRole('button', { name: /^Ready by a clip/ }).click();
    expect(await byClip.locator('.finding-meta').textContent()).toContain('Row 27');
    expect(await byClip.getByTestId('ready-by-clip').textContent()).toBe('Ready by a clip of 2026-11-20');
    expect(await page.getByText('Expires in 12 days').count()).toBe(1);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    expect(await page.getByTestId('submission').textContent()).toBe('Yearly submission due in December 2026 (ACSA)');
  });

  it('"Go to row 12" calls goToRow(12)', async () => {
    const page = await openSidebar({ answers: { getSidebarState: readyState } });
    await page.locator('section[aria-labelledby="gaps-heading"]').getByRole('button', { name: 'Go to row 12' }).click();
    const [call] = await waitForCall(page, 'goToRow');
    expect(call?.args).toEqual([12]);
  });

  it("says where each requirement's evidence comes from, gaps first, and goes to a row of any sheet", async () => {
    const gone: ReadinessView = {
      ...FAILING,
      prediction: {
        ...FAILING.prediction,
        evidence: [
          { requirement: 'E1-01', finding: 'ready', sources: [{ sheet: null, kind: 'checklist', finding: 'ready', summary: 'row 3', rows: [3] }] },
          ...FAILING.prediction.evidence,
        ],
      },
      evidenceSheets: [
        ...FAILING.evidenceSheets,
        { sheetId: null, name: 'Drills 2025', kind: 'activity-log', note: 'It was deleted: its evidence is no longer counted.' },
      ],
    };
    const page = await openSidebar({ answers: { getSidebarState: { kind: 'ready', readiness: gone } } });
    const section = page.getByTestId('evidence-sources');
    await section.waitFor();
    expect(await section.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-testid')))).toEqual([
      'evidence-E4-02',
      'evidence-E5-02',
      'evidence-E1-01',
    ]);
    expect(await page.getByTestId('evidence-E4-02').locator('.source-text').textContent()).toBe(
      'E4-02: SECOR Tracker 2026, row 12; Site Inspections, 11 of 12 months; no inspection in July 2026',
    );
    expect(await page.getByTestId('evidence-E1-01').locator('.source-text').textContent()).toBe('E1-01: SECOR Tracker 2026, row 3');
    expect(await page.getByTestId('evidence-E5-02').textContent()).toContain('Training, 30 tickets of 6 workers: 1 expired, 1 missing');
    expect(await page.getByTestId('evidence-sheet-note').textContent()).toBe('Drills 2025: It was deleted: its evidence is no longer counted.');
    // The tracker's row by row alone (the default sheet); the matrix's by its sheet id.
    await page.getByTestId('evidence-E1-01').getByRole('button', { name: 'Go to row 3' }).click();
    await page.getByTestId('evidence-E5-02').getByRole('button', { name: 'Go to Training row 5' }).click();
    const goes = await waitForCall(page, 'goToRow', 2);
    expect(goes.map((c) => c.args)).toEqual([[3], [5, 9]]);
    expect(await page.getByTestId('evidence-E4-02').getByRole('button').count()).toBe(1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await section.screenshot({ path: join(SCREENSHOTS, 'sidebar-evidence.png') });
  });

  it('picks the requirement of an unmatched row in one click, and the row leaves the list', async () => {
    const [unsure] = FAILING.unmatched;
    const picked: ReadinessView = { ...FAILING, unmatched: FAILING.unmatched.slice(1) };
    const page = await openSidebar({ answers: { getSidebarState: readyState, pickRequirement: picked } });
    const section = page.locator('section[aria-labelledby="unmatched-heading"]');
    await section.waitFor();
    expect(await section.getByRole('button', { name: /^Rows not matched to a requirement/ }).getAttribute('aria-expanded')).toBe('true');
    expect(await section.locator('.unmatched-intro').textContent()).toContain('its id goes into the Requirement column (I), then the sheet is rescanned');
    const choices = section.getByRole('group', { name: 'Pick the requirement row 13 tracks' }).getByRole('button');
    expect(await choices.allTextContents()).toEqual(unsure!.candidates.map((c) => `${c.id} · ${c.text}`));
    // A row nothing comes close to says what to do instead, and has no candidate to click.
    const bare = section.locator('[data-row="20"]');
    expect(await bare.textContent()).toContain('No requirement comes close: if it tracks one, type its id in column I.');
    expect(await bare.getByRole('button').allTextContents()).toEqual(['Go to row 20']);
    await section.screenshot({ path: join(SCREENSHOTS, 'sidebar-unmatched.png') });

    await section.getByRole('button', { name: /^E2-01 · Formal hazard assessment/ }).click();
    const [call] = await waitForCall(page, 'pickRequirement');
    expect(call?.args).toEqual([13, unsure!.text, 'E2-01']);
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Row 13 now names E2-01. The sheet is scanned.');
    expect(await section.locator('[data-row="13"]').count()).toBe(0);
    // The clicked button went with its row: focus is on the section's heading, not lost.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('unmatched-heading');
    await section.getByRole('button', { name: 'Go to row 20' }).click();
    expect((await waitForCall(page, 'goToRow'))[0]?.args).toEqual([20]);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  it('picks from the keyboard: Enter on a candidate', async () => {
    const page = await openSidebar({ answers: { getSidebarState: readyState, pickRequirement: PASSING } });
    const candidate = page.getByRole('button', { name: /^E2-02 · / });
    await candidate.focus();
    await page.keyboard.press('Enter');
    const [call] = await waitForCall(page, 'pickRequirement');
    expect(call?.args[2]).toBe('E2-02');
  });

  it("with the team's own ID column the candidates are a hint to type there, with no button to write them", async () => {
    const teams: ReadinessView = { ...FAILING, requirementColumn: { letter: 'A', ownedBy: 'team' } };
    const page = await openSidebar({ answers: { getSidebarState: { kind: 'ready', readiness: teams } } });
    const row = page.locator('section[aria-labelledby="unmatched-heading"] [data-row="13"]');
    await row.waitFor();
    expect(await row.getByRole('button').allTextContents()).toEqual(['Go to row 13']);
    expect(await row.getByRole('list', { name: 'Requirements row 13 may track' }).locator('li').count()).toBe(3);
    expect(await row.textContent()).toContain('Write E2-01 in your ID column (A) if that is what it tracks.');
    expect(await page.locator('.unmatched-intro').textContent()).toContain('until your ID column (A) names one: the add-on leaves that column to you.');
    await page.locator('section[aria-labelledby="unmatched-heading"]').screenshot({ path: join(SCREENSHOTS, 'sidebar-unmatched-hint.png') });
  });

  it('adds the selected missing requirements and reports sheet writes', async () => {
    const page = await openSidebar({
      answers: {
        getSidebarState: readyState,
        addMissingRequirements: PASSING,
        createActionPlan: WRITTEN,
        buildEvidenceIndex: { sheetName: 'Evidence Index', added: 12, updated: 0 },
      },
    });
    const add = page.getByRole('button', { name: /^Add selected to sheet/ });
    expect(await add.isDisabled()).toBe(true);
    await page.getByLabel(/E6-05/).check();
    await page.getByLabel(/E9-01/).check();
    await add.click();
    const [call] = await waitForCall(page, 'addMissingRequirements');
    expect(call?.args).toEqual([['E6-05', 'E9-01']]);
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('Predicted: PASS');

    await page.getByRole('button', { name: 'Create action plan' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Action Plan: 3 added, 1 updated');
    await page.getByRole('button', { name: 'Build evidence index' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Evidence Index: 12 added, 0 updated');
  });

  it('opens on the setup view, preselects the proposal and confirms the chosen mapping', async () => {
    // 600 px high: the setup view is longer than the panel, as in a laptop's Sheets.
    const page = await openSidebar({ view: 'setup', answers: { proposeSetup: PROPOSAL, confirmSetup: FAILING } }, 600);
    const evidence = page.getByLabel(/^Evidence/);
    await expect.poll(() => evidence.inputValue()).toBe('C');
    expect(await calls(page, 'getSidebarState')).toEqual([]);
    expect(await page.getByLabel('Header row').inputValue()).toBe('4');
    expect(await page.getByLabel(/^Requirement/).inputValue()).toBe('B');
    expect(await page.getByLabel(/^Due date/).inputValue()).toBe('');
    expect(await page.locator('#role-evidence option:checked').textContent()).toBe('C — Where is it?');
    expect(await page.locator('#role-evidence-note').textContent()).toBe('87\u00a0% sure');
    // Low confidence (< 60 %) is highlighted and says so.
    expect(await page.locator('#role-owner-note').textContent()).toContain('55\u00a0% sure: check this');
    expect(await page.locator('.role.is-low:not(.sheet-kind)').count()).toBe(1);

    // Every other sheet with its proposed kind, how sure and why; a log asks what it logs.
    const training = page.getByTestId('sheet-kind-Training');
    expect(await training.locator('select').inputValue()).toBe('training-matrix');
    expect(await training.locator('.confidence').textContent()).toBe('90\u00a0% sure');
    expect(await training.locator('.sheet-reasons').textContent()).toBe('Why: 5 course columns hold dates.');
    const inspections = page.getByTestId('sheet-kind-Site Inspections');
    expect(await inspections.textContent()).toContain('50\u00a0% sure: check this');
    await page.getByLabel('What Site Inspections logs').selectOption('inspections');
    await page.getByTestId('sheet-kind-Contacts').locator('select').selectOption('document-register');

    await page.getByLabel(/^Owner/).selectOption('H');
    await page.getByLabel('Header row').fill('5');
    // The coordinator reads the long view to its foot before confirming: the readiness view after
    // it opens at its top, its overall card below the status line, not under it.
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Confirm' }).click();
    const [call] = await waitForCall(page, 'confirmSetup');
    expect(call?.args).toEqual([
      {
        headerRow: 5,
        columns: { id: null, element: 'A', requirement: 'B', evidence: 'C', owner: 'H', date: 'E', due: null, interval: null, status: 'F', notes: 'G' },
        sheets: [
          { sheetId: 9, kind: 'training-matrix', activity: null },
          { sheetId: 7, kind: 'activity-log', activity: 'inspections' },
          { sheetId: 11, kind: 'document-register', activity: null },
        ],
      },
    ]);
    await expect.poll(() => page.getByTestId('overall-percent').textContent()).toMatch(/61\.9/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const status = await page.locator('.status-bar').boundingBox();
    const overall = await page.getByTestId('overall-percent').boundingBox();
    expect(overall!.y).toBeGreaterThanOrEqual(status!.y + status!.height);
  });

  it('shows the proposal problem and will not confirm without an evidence column', async () => {
    const problem = 'No evidence column found: choose the column that says where each record is.';
    const proposal: SetupProposal = {
      ...PROPOSAL,
      problem,
      columns: PROPOSAL.columns.map((c) => (c.role === 'evidence' ? { ...c, column: null, confidence: 0 } : c)),
    };
    const page = await openSidebar({ answers: { getSidebarState: { kind: 'needs-setup', proposal } } });
    await expect.poll(() => page.getByTestId('problem').textContent()).toContain(problem);
    const confirm = page.getByRole('button', { name: 'Confirm' });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await page.locator('.blocking').textContent()).toContain('Choose the evidence column');
    await page.getByLabel(/^Evidence/).selectOption('C');
    expect(await confirm.isDisabled()).toBe(false);
  });

  it('reaches the mapping from readiness and goes back', async () => {
    const page = await openSidebar({ answers: { getSidebarState: readyState, proposeSetup: { ...PROPOSAL, configured: true } } });
    await page.getByRole('button', { name: 'Change column mapping' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Column mapping' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('overall-percent').count()).toBe(1);
  });

  it('edits the team settings: switches an item off and a proposal on, sets an interval, the audit month and partner', async () => {
    const settings: SettingsView = {
      profile: { disabled: [], proposalsOn: [], intervals: {}, expiringWithinDays: 30, auditMonth: null, certifyingPartner: null, certifiedYear: null },
      requirements: [
        { id: 'E4-02', element: 'E4', text: 'Worksite inspections completed to schedule', defaultIntervalDays: 30, proposal: false },
        { id: 'E4-04', element: 'E4', text: 'Pre-use inspections recorded', defaultIntervalDays: 30, proposal: true },
      ],
    };
    const page = await openSidebar({ answers: { getSidebarState: readyState, getSettings: settings, saveSettings: PASSING } });
    await page.getByRole('button', { name: 'Team settings' }).click();
    await page.getByLabel('Audit due month (on your certificate)').selectOption('3');
    await page.getByLabel('Certifying partner').fill('ACSA');
    await page.getByRole('button', { name: /E4 Inspections/ }).click();
    expect(await page.getByText('proposal', { exact: true }).count()).toBe(1);
    // A proposal starts off (it counts in the prediction only when ticked); a CP or law item starts on.
    expect(await page.getByRole('checkbox', { name: /E4-04/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /E4-04/ }).check();
    await page.getByRole('checkbox', { name: /E4-02/ }).uncheck();
    await page.getByLabel('Renewal interval in days for E4-02').fill('45');
    await page.getByRole('button', { name: 'Save and rescan' }).click();
    const [call] = await waitForCall(page, 'saveSettings');
    expect(call?.args).toEqual([
      {
        disabled: ['E4-02'],
        proposalsOn: ['E4-04'],
        intervals: { 'E4-02': 45 },
        expiringWithinDays: 30,
        auditMonth: 3,
        certifyingPartner: 'ACSA',
        certifiedYear: null,
      },
    ]);
    await expect.poll(() => page.getByText('Settings saved.').count()).toBe(1);
  });

  it('shows "Scanning…" with aria-busy while loading, never a blank panel', async () => {
    const page = await openSidebar({ answers: { getSidebarState: readyState }, hold: ['getSidebarState'] });
    await waitForCall(page, 'getSidebarState');
    expect(await page.getByTestId('status').textContent()).toBe('Scanning…');
    expect(await page.locator('.app').getAttribute('aria-busy')).toBe('true');
    await page.evaluate(() => (window as unknown as { __release: (n: string) => void }).__release('getSidebarState'));
    await expect.poll(() => page.getByTestId('overall-percent').count()).toBe(1);
    expect(await page.locator('.app').getAttribute('aria-busy')).toBe('false');
  });

  it('shows the server message when a call fails, and Retry tries again', async () => {
    const message = "The sheet 'SECOR Tracker 2026' is gone: open your tracker sheet, then press Retry.";
    const page = await openSidebar({
      answers: { getSidebarState: [setupState, readyState] },
      failures: { getSidebarState: { times: 1, message } },
    });
    const error = page.getByTestId('error');
    await expect.poll(() => error.textContent()).toContain(message);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.getByTestId('overall-percent').count()).toBe(1);
    expect(await error.count()).toBe(0);
    expect(await calls(page, 'getSidebarState')).toHaveLength(2);
  });

  it('keeps the view when an action fails and retries that action', async () => {
    const page = await openSidebar({
      answers: { getSidebarState: readyState, rescan: PASSING },
      failures: { rescan: { times: 1, message: 'Service Spreadsheets timed out while accessing document.' } },
    });
    await page.getByRole('button', { name: 'Rescan' }).click();
    await expect.poll(() => page.getByTestId('error').textContent()).toContain('Service Spreadsheets timed out');
    expect(await page.getByTestId('overall-percent').textContent()).toMatch(/61\.9/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('Predicted: PASS');
    expect(await calls(page, 'rescan')).toHaveLength(2);
  });

  it('fits 300 px with nothing overflowing sideways', async () => {
    const page = await openSidebar({ answers: { getSidebarState: readyState, proposeSetup: PROPOSAL } });
    await page.getByTestId('overall-percent').waitFor();
    await expandAll(page);
    expect(await page.locator('.collapsible-toggle[aria-expanded="false"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.getByRole('button', { name: 'Change column mapping' }).click();
    await page.getByLabel(/^Evidence/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  it('works from the keyboard: Tab reaches Rescan and Enter runs it', async () => {
    const page = await openSidebar({ answers: { getSidebarState: readyState, rescan: PASSING } });
    await page.getByTestId('overall-percent').waitFor();
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'Rescan'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Rescan');
    // Focus is visible.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await waitForCall(page, 'rescan');
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Scan complete.');
    expect(await page.getByTestId('verdict').textContent()).toContain('Predicted: PASS');

    // Space opens a collapsed group.
    const toggle = page.locator('.collapsible-toggle').filter({ hasText: 'Requirements no row covers' });
    const before = await toggle.getAttribute('aria-expanded');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe(before === 'true' ? 'false' : 'true');
  });

  const EXEC_URL = 'https://script.google.com/macros/s/AKfycbx/exec';
  const DEV_URL = 'https://script.google.com/macros/s/AKfycbx-head/dev';

  it('connects the clipper: confirms its /exec address, pairs a person, shows the code once with the steps, lists and revokes', async () => {
    const sam: ClipperPerson = {
      id: 'p-sam',
      name: 'Sam Oduya',
      email: null,
      created: '2026-11-01T16:00:00.000Z',
      lastUsed: '2026-11-25T18:30:00.000Z',
      revoked: null,
    };
    const priya: ClipperPerson = {
      id: 'p-priya',
      name: 'Priya Patel',
      email: 'priya.patel@northwind-excavation.example.com',
      created: '2026-11-26T16:00:00.000Z',
      lastUsed: null,
      revoked: null,
    };
    const code =
      'eyJ2IjoxLCJ1cmwiOiJodHRwczovL3NjcmlwdC5nb29nbGUuY29tL21hY3Jvcy9zL0FLZnljYngvZXhlYyIsInRva2VuIjoiMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZiIsInNoZWV0IjoiTm9ydGh3aW5kIFNhZmV0eSJ9';
    const pairing: ClipperPairing = { code, person: priya, people: [priya, sam] };
    const page = await openSidebar({
      view: 'clipper',
      // An array answers call by call: a list answer is wrapped once more.
      answers: {
        getClipperAddress: { confirmed: null, reported: DEV_URL },
        confirmClipperAddress: { confirmed: EXEC_URL, reported: DEV_URL },
        listClipperPeople: [[sam]],
        connectClipperPerson: pairing,
        revokeClipperPerson: [[priya, { ...sam, revoked: '2026-11-26T16:05:00.000Z' }]],
        getSidebarState: readyState,
      },
    });
    await expect.poll(() => page.getByRole('heading', { name: 'Connect the clipper' }).count()).toBe(1);
    expect(await calls(page, 'getSidebarState')).toEqual([]);
    expect(await page.locator('[data-person="p-sam"]').textContent()).toContain('Last used');
    expect(await page.getByTestId('pairing').count()).toBe(0);

    // The address comes first: Apps Script's /dev answer is named for what it is, and not offered.
    const make = page.getByRole('button', { name: 'Make a pairing code' });
    const card = page.getByTestId('clipper-address');
    expect(await card.textContent()).toMatch(/test deployment's address.*only the script's editors.*Deploy > Manage deployments.*Web app URL.*\/exec/);
    expect(await page.getByLabel('Web app URL').inputValue()).toBe('');
    await page.getByLabel('Name').fill('Priya Patel');
    expect(await make.isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-clipper-address.png') });
    await page.getByLabel('Web app URL').fill(EXEC_URL);
    await page.getByRole('button', { name: 'Confirm address' }).click();
    const [confirmed] = await waitForCall(page, 'confirmClipperAddress');
    expect(confirmed?.args).toEqual([EXEC_URL]);
    await expect.poll(() => card.textContent()).toContain(EXEC_URL);
    expect(await page.getByRole('button', { name: 'Change the address' }).count()).toBe(1);
    await page.getByLabel('Name').fill('');
    expect(await make.isDisabled()).toBe(true);
    await page.getByLabel('Name').fill('Priya Patel');
    await page.getByLabel('Email (optional)').fill('priya.patel@northwind-excavation.example.com');
    await make.click();
    const [connect] = await waitForCall(page, 'connectClipperPerson');
    expect(connect?.args).toEqual(['Priya Patel', 'priya.patel@northwind-excavation.example.com']);
    await expect.poll(() => page.getByRole('textbox', { name: 'Pairing code' }).inputValue()).toBe(code);
    // The steps name the clipper's own button: Pair, as its options page says.
    expect(await page.getByTestId('pairing').textContent()).toMatch(/Shown only now.*Install the SECOR Ready clipper.*options.*Paste the code and press Pair/s);
    expect(await page.getByTestId('status').textContent()).toContain('shown only once');
    await page.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => page.locator('.copy-state').textContent()).toMatch(/Copied\.|Select the code/);
    expect(await page.locator('.person').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    // Revoke asks first; dismissing changes nothing, accepting revokes.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Revoke Sam Oduya' }).click();
    expect(await calls(page, 'revokeClipperPerson')).toEqual([]);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('Sam Oduya');
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Revoke Sam Oduya' }).click();
    const [revoke] = await waitForCall(page, 'revokeClipperPerson');
    expect(revoke?.args).toEqual(['p-sam']);
    await expect.poll(() => page.locator('[data-person="p-sam"]').textContent()).toContain('Revoked');
    expect(await page.getByRole('button', { name: 'Revoke Sam Oduya' }).count()).toBe(0);
    // Priya's code is still on screen (it was not her pairing that was revoked).
    expect(await page.getByRole('textbox', { name: 'Pairing code' }).inputValue()).toBe(code);
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-clipper.png') });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  it('reaches "Connect the clipper" from readiness', async () => {
    const page = await openSidebar({
      answers: { getSidebarState: readyState, getClipperAddress: { confirmed: EXEC_URL, reported: EXEC_URL }, listClipperPeople: [[]] },
    });
    await page.getByRole('button', { name: 'Connect the clipper' }).click();
    await waitForCall(page, 'listClipperPeople');
    await expect.poll(() => page.getByText('Nobody is paired yet.').count()).toBe(1);
    await page.getByRole('button', { name: 'Back to readiness' }).click();
    await expect.poll(() => page.getByTestId('overall-percent').count()).toBe(1);
  });

  it('"Check the installation" lists each check, says what to do about each problem, and checks again', async () => {
    const report: InstallationReport = {
      checkedAt: '2026-11-26T16:10:00.000Z',
      checks: [
        { name: 'The tracker is set up', ok: true, found: '"SECOR Tracker 2026" is set up.', todo: null },
        {
          name: 'The colour rules on the tracker',
          ok: false,
          found: "2 of the add-on's 4 colour rules are on the tracker (some were deleted), so rows are not all tinted by their Readiness.",
          todo: 'Choose Set up this sheet and press Confirm: it puts them back and leaves your own rules alone.',
        },
        {
          name: 'Drive: a folder and a file made and removed (drive.file permission)',
          ok: true,
          found: 'Snapshots of clips can be kept in Drive.',
          todo: null,
        },
        {
          name: "The clipper's web app address",
          ok: false,
          found: 'No address is confirmed yet, so nobody can be paired.',
          todo: "Open Connect the clipper and paste the Web app URL from the script editor's Deploy > Manage deployments (it ends in /exec).",
        },
      ],
    };
    const fixed: InstallationReport = { checkedAt: '2026-11-26T16:12:00.000Z', checks: report.checks.map((c) => ({ ...c, ok: true, todo: null })) };
    const page = await openSidebar({ view: 'check', answers: { checkInstallation: [report, fixed], getSidebarState: readyState } });
    await page.getByRole('heading', { name: 'Check the installation' }).waitFor();
    expect(await calls(page, 'getSidebarState')).toEqual([]);
    expect(await page.getByTestId('check-summary').textContent()).toBe('2 problems to fix: each says what to do.');
    const problems = page.locator('.install-check.is-problem');
    expect(await problems.count()).toBe(2);
    expect(await problems.first().textContent()).toMatch(
      /^!Problem: The colour rules on the tracker2 of the add-on's 4.*What to do: Choose Set up this sheet and press Confirm/,
    );
    expect(await page.locator('.install-check.is-ok').first().textContent()).toMatch(/Works: The tracker is set up/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-check.png') });

    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => page.getByTestId('check-summary').textContent()).toBe('Everything the add-on relies on works.');
    expect(await calls(page, 'checkInstallation')).toHaveLength(2);
    await page.getByRole('button', { name: 'Back to readiness' }).click();
    await expect.poll(() => page.getByTestId('overall-percent').count()).toBe(1);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  it('takes screenshots at 300 x 900', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await openSidebar({ answers: { getSidebarState: readyState } });
    await page.getByTestId('overall-percent').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar.png') });
    const setup = await openSidebar({ view: 'setup', answers: { proposeSetup: PROPOSAL } });
    await setup.getByLabel(/^Evidence/).waitFor();
    await setup.screenshot({ path: join(SCREENSHOTS, 'sidebar-setup.png') });
    expect(statSync(join(SCREENSHOTS, 'sidebar.png')).size).toBeGreaterThan(5_000);
  });
});
