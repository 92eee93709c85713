/**
 * The clipper's web-app intake, over the BUILT bundle on the local host: pairing, saving clips
 * exactly once, every refusal code (each writes nothing), formula payloads stored as text, and
 * 1,000+ generated hostile requests.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type BundleFunctions, createHost, type LocalHost, loadBundle, snapshotCells, spreadsheetFromGrid, team } from '../apps-script/local-host/index.ts';
import type { ClipperPairing, ClipperPerson, ReadinessView, SetupProposal } from '../apps-script/server/views.ts';
import { type ClipAnswer, ERROR_CODES, type Pairing, type RequirementChoice } from '../shared/clip-protocol.ts';
import { DIST, FIXED_NOW, trackerGrid } from './add-on-host.ts';

const WEB_APP_URL = 'https://script.google.com/macros/s/AKfy-local-test/exec';
const FOLDER = 'SECOR Ready evidence';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Intake {
  host: LocalHost;
  run: BundleFunctions;
  driveDir: string;
  /** The host's clock; tests move it. */
  clock: { now: number };
  post(body: unknown): ClipAnswer;
  view: ReadinessView;
}

/** A seeded stand-in for Utilities.getUuid, so runs repeat exactly. */
function seededUuid(seed = 1): () => string {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state.toString(16).padStart(8, '0');
  };
  return () => {
    const hex = (next() + next() + next() + next()).slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

/** `webAppUrl` is what getUrl reports; the coordinator confirms it first unless `confirm` is false or it is null. */
async function intake(options: { setUp?: boolean; webAppUrl?: string | null; confirm?: boolean } = {}): Promise<Intake> {
  const grid = await trackerGrid('samples/northwind-tracker.csv');
  const driveDir = mkdtempSync(join(tmpdir(), 'secor-intake-'));
  dirs.push(driveDir);
  const clock = { now: FIXED_NOW.getTime() };
  const host = createHost({
    spreadsheet: spreadsheetFromGrid('Northwind Safety', 'Tracker', grid as never),
    htmlDir: DIST,
    driveDir,
    now: () => new Date(clock.now),
    webAppUrl: options.webAppUrl === undefined ? WEB_APP_URL : options.webAppUrl,
    uuid: seededUuid(),
  });
  const run = loadBundle(join(DIST, 'Code.js'), host);
  // The coordinator confirms the web app's /exec address once, in Connect the clipper.
  if (options.webAppUrl !== null && options.confirm !== false) run.confirmClipperAddress!(options.webAppUrl ?? WEB_APP_URL);
  let view = null as unknown as ReadinessView;
  if (options.setUp !== false) {
    const proposal = run.proposeSetup!() as SetupProposal;
    view = run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) }) as ReadinessView;
  }
  const post = (body: unknown): ClipAnswer => {
    const contents = typeof body === 'string' ? body : JSON.stringify(body);
    const out = run.doPost!({ postData: { contents, type: 'text/plain', length: contents.length, name: 'postData' }, parameter: {}, parameters: {} }) as {
      getContent(): string;
      getMimeType(): unknown;
    };
    expect(String(out.getMimeType())).toMatch(/JSON/);
    return JSON.parse(out.getContent()) as ClipAnswer;
  };
  return { host, run, driveDir, clock, post, view };
}

function decode(code: string): Pairing {
  expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
  return JSON.parse(Buffer.from(code, 'base64url').toString('utf8')) as Pairing;
}

function pair(t: Intake, name = 'Priya Patel', email: string | null = 'priya@example.com'): { token: string; pairing: ClipperPairing } {
  const pairing = t.run.connectClipperPerson!(name, email) as ClipperPairing;
  return { token: decode(pairing.code).token, pairing };
}

/** Every sheet's cells and the Drive folder, to prove a request wrote nothing. */
function everything(t: Intake): unknown {
  const sheets = t.host.spreadsheet.sheets.map((s) => [s.name, snapshotCells(s)]);
  const folder = join(t.driveDir, FOLDER);
  return { sheets, files: existsSync(folder) ? readdirSync(folder) : [] };
}

function evidence(t: Intake) {
  return t.host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Evidence');
}

type EvidenceRow = Record<string, unknown>;

/** The Evidence sheet's rows below its header, each keyed by its header: the add-on's columns are found by header, not place. */
function evidenceRows(t: Intake, sheet = evidence(t)): EvidenceRow[] {
  if (!sheet) return [];
  const [header, ...rows] = sheet.getDataRange().getValues() as unknown[][];
  return rows.map((row) => Object.fromEntries(header!.map((h, c) => [String(h), row[c]])));
}

const CLIP = {
  id: 'clip-0001-abcdef',
  url: 'https://training.example.com/certificates/123',
  title: 'Fall protection certificate - J. Patel',
  capturedAt: '2026-11-26T15:04:05.000Z',
  recordDate: '2026-11-20',
  requirement: 'E1-01' as string | number,
  excerpt: 'Completed on November 20, 2026',
  note: 'renewal 2029',
};

function clipRequest(token: string, clip: Partial<typeof CLIP> & Record<string, unknown> = {}) {
  return { v: 1, token, action: 'clip', clip: { ...CLIP, ...clip } };
}

/** A tracker row with no evidence, and its matched requirement. */
function missingEvidenceRow(view: ReadinessView) {
  // Missing evidence and nothing else: a dated clip makes it ready.
  const row = view.gapGroups.find((g) => g.kind === 'missing-evidence')!.rows.find((r) => r.requirement !== null && r.gaps.length === 1)!;
  expect(row).toBeDefined();
  return row;
}

describe('pairing', () => {
  it('gives a code holding the web app, a token and the sheet; keeps only its hash; revokes and re-pairs', async () => {
    const t = await intake();
    const { token, pairing } = pair(t);
    const decoded = decode(pairing.code);
    expect(decoded).toEqual({ v: 1, url: WEB_APP_URL, token, sheet: 'Northwind Safety' });
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(pairing.person).toMatchObject({ name: 'Priya Patel', email: 'priya@example.com', lastUsed: null, revoked: null });

    expect(t.post({ v: 1, token, action: 'ping' })).toEqual({ ok: true, action: 'ping', spreadsheet: 'Northwind Safety', person: 'Priya Patel' });
    const stored = JSON.stringify(t.host.properties);
    expect(stored).not.toContain(token);
    expect(stored).toContain(createHash('sha256').update(token).digest('hex'));
    const listed = t.run.listClipperPeople!() as ClipperPerson[];
    expect(listed).toHaveLength(1);
    expect(listed[0]!.lastUsed).toBe(FIXED_NOW.toISOString());
    expect(JSON.stringify(listed)).not.toMatch(/[0-9a-f]{64}/);

    // Re-pairing the same person replaces their token: the old one no longer works.
    const again = pair(t, ' priya patel ', 'PRIYA@example.com');
    expect(again.token).not.toBe(token);
    expect(again.pairing.person.id).toBe(pairing.person.id);
    expect(t.run.listClipperPeople!()).toHaveLength(1);
    expect(t.post({ v: 1, token, action: 'ping' })).toMatchObject({ ok: false, error: { code: 'unknown-token' } });
    expect(t.post({ v: 1, token: again.token, action: 'ping' })).toMatchObject({ ok: true });

    const after = t.run.revokeClipperPerson!(pairing.person.id) as ClipperPerson[];
    expect(after[0]!.revoked).not.toBeNull();
    expect(t.post({ v: 1, token: again.token, action: 'ping' })).toMatchObject({ ok: false, error: { code: 'revoked-token' } });

    // Another person gets their own token.
    const sam = pair(t, 'Sam', null);
    expect(t.run.listClipperPeople!()).toHaveLength(2);
    expect(t.post({ v: 1, token: sam.token, action: 'ping' })).toMatchObject({ ok: true, person: 'Sam' });
  });

  it('pairs with the confirmed /exec address, never the /dev one getUrl gives from a sidebar', async () => {
    const dev = 'https://script.google.com/macros/s/AKfy-local-test/dev';
    // getUrl answers what a sidebar gets: the test deployment's address.
    const withDev = await intake({ webAppUrl: dev, confirm: false });
    // Before: a /dev getUrl made a pairing code only the script's editors could use.
    expect(() => withDev.run.connectClipperPerson!('Priya', null)).toThrow(/Confirm the clipper's address.*Manage deployments.*\/exec/);
    expect(withDev.run.getClipperAddress!()).toEqual({ confirmed: null, reported: dev });
    expect(() => withDev.run.confirmClipperAddress!(dev)).toThrow(/ends in \/dev.*only the script's editors.*Deploy > Manage deployments.*Web app URL/);
    expect(() => withDev.run.confirmClipperAddress!('https://example.com/exec')).toThrow(/not a web app address/);
    // The workbench's local form only where the script itself is served there.
    expect(() => withDev.run.confirmClipperAddress!('http://127.0.0.1:4600/exec')).toThrow(/not a web app address/);
    expect(Object.keys(withDev.host.properties.script).filter((k) => k.includes('clipper') || k.includes('web-app'))).toEqual([]);

    expect(withDev.run.confirmClipperAddress!(` ${WEB_APP_URL} `)).toEqual({ confirmed: WEB_APP_URL, reported: dev });
    const { pairing } = pair(withDev);
    expect(decode(pairing.code).url).toBe(WEB_APP_URL);
    // Kept in the script's properties: a later execution (the bundle loaded afresh) has it too.
    expect(loadBundle(join(DIST, 'Code.js'), withDev.host).getClipperAddress!()).toEqual({ confirmed: WEB_APP_URL, reported: dev });
    expect((await intake({ webAppUrl: null })).run.getClipperAddress!()).toEqual({ confirmed: null, reported: null });
  });

  it('says to deploy the web app first when it has no address, and checks the name', async () => {
    const t = await intake({ webAppUrl: null });
    expect(() => t.run.connectClipperPerson!('Priya', null)).toThrow(/Deploy/);
    const u = await intake();
    expect(() => u.run.connectClipperPerson!('  ', null)).toThrow(/name/);
    expect(() => u.run.connectClipperPerson!('Priya', 'not an email')).toThrow(/email/);
    expect(Object.keys(u.host.properties.script).filter((k) => k.includes('clipper'))).toEqual([]);
  });

  it('ping works before setup; requirements and clips say to set the sheet up', async () => {
    const t = await intake({ setUp: false });
    const { token } = pair(t);
    expect(t.post({ v: 1, token, action: 'ping' })).toMatchObject({ ok: true });
    const before = everything(t);
    expect(t.post({ v: 1, token, action: 'requirements' })).toMatchObject({ ok: false, error: { code: 'not-set-up' } });
    expect(t.post(clipRequest(token))).toMatchObject({ ok: false, error: { code: 'not-set-up' } });
    expect(everything(t)).toEqual(before);
  });
});

describe('requirements', () => {
  it("lists the tracker's items with id, element, text, 1-based row and readiness", async () => {
    const t = await intake();
    const { token } = pair(t);
    const answer = t.post({ v: 1, token, action: 'requirements' });
    if (!answer.ok || answer.action !== 'requirements') throw new Error(JSON.stringify(answer));
    const missing = missingEvidenceRow(t.view);
    const choice = answer.requirements.find((r) => r.row === missing.row) as RequirementChoice;
    expect(choice).toMatchObject({ id: missing.requirement, element: missing.element, text: missing.text, readiness: 'gap' });
    expect(choice.evidence.length).toBeGreaterThan(0);
    expect(answer.requirements.length).toBe(t.view.overall.applicable + t.view.gate.applicable + 1);
  });
});

describe('a clip', () => {
  it('lands as one Evidence row by the token person, with its snapshot in Drive, and readiness changes at once', async () => {
    const t = await intake();
    const { token } = pair(t);
    const target = missingEvidenceRow(t.view);
    const bytes = Buffer.from('%PDF-1.4 a training certificate\n\u00ff\u0000binary', 'latin1');
    const trackerBefore = snapshotCells(t.host.spreadsheet.sheets[0]!);
    const answer = t.post(
      clipRequest(token, { requirement: target.requirement!, snapshot: { kind: 'pdf', name: 'certificate.pdf', base64: bytes.toString('base64') } }),
    );
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(answer).toMatchObject({ ok: true, action: 'clip', clipId: CLIP.id, row: 2, sheet: 'Evidence', duplicate: false, sha256: sha });

    const rows = evidenceRows(t);
    expect(rows).toHaveLength(1);
    const { 'Captured at': at, Snapshot: snapshot, 'Record date': recordDate, ...rest } = rows[0]!;
    // A date of the bundle's realm.
    expect(Object.prototype.toString.call(at)).toBe('[object Date]');
    expect((at as Date).toISOString()).toBe(CLIP.capturedAt);
    expect(rest).toEqual({
      By: 'Priya Patel',
      Requirement: target.requirement,
      Item: '',
      'Item row when saved': '',
      Element: target.element,
      Title: CLIP.title,
      Link: CLIP.url,
      Excerpt: CLIP.excerpt,
      Note: CLIP.note,
      'SHA-256': sha,
      'Clip id': CLIP.id,
    });
    // The record date is written as a date: Sheets reads it as one, at midnight in the spreadsheet's zone.
    expect(Object.prototype.toString.call(recordDate)).toBe('[object Date]');
    expect(evidence(t)!.getDataRange().getDisplayValues()[1]).toContain(CLIP.recordDate);
    expect(snapshot).toBe(answer.ok && answer.action === 'clip' ? answer.snapshotUrl : null);
    const model = t.host.spreadsheet.sheetByName('Evidence')!;
    expect(Array.from({ length: 14 }, (_, c) => t.host.spreadsheet.cell(model, 1, c + 1)?.fontWeight)).toEqual(new Array(14).fill('bold'));
    expect(model.frozenRows).toBe(1);

    const files = readdirSync(join(t.driveDir, FOLDER));
    expect(files).toEqual([`${CLIP.id} certificate.pdf`]);
    const kept = readFileSync(join(t.driveDir, FOLDER, files[0]!));
    expect(createHash('sha256').update(kept).digest('hex')).toBe(sha);

    // The tracker itself is untouched by the intake; the next scan counts the clip.
    expect(snapshotCells(t.host.spreadsheet.sheets[0]!)).toEqual(trackerBefore);
    const after = t.run.rescan!() as ReadinessView;
    const stillMissing = after.gapGroups.find((g) => g.kind === 'missing-evidence')?.rows ?? [];
    expect(stillMissing.map((r) => r.row)).not.toContain(target.row);
    expect(after.overall.ready).toBeGreaterThan(t.view.overall.ready);
    // ... and so does the picker.
    const list = t.post({ v: 1, token, action: 'requirements' });
    expect(list.ok && list.action === 'requirements' && list.requirements.find((r) => r.row === target.row)!.readiness).toBe('ready');
  });

  it('saves against a row of the tracker, and an edit of that row counts the clip', async () => {
    const t = await intake();
    const { token } = pair(t);
    const target = missingEvidenceRow(t.view);
    const answer = t.post(clipRequest(token, { id: 'clip-by-row-01', requirement: target.row, recordDate: '2026-11-01' }));
    expect(answer).toMatchObject({ ok: true, row: 2, snapshotUrl: null, sha256: null });
    expect(evidenceRows(t)[0]).toMatchObject({ Requirement: target.requirement, Item: target.text, 'Item row when saved': target.row });
    // The team edits the owner cell of that row: onEdit re-judges it with its clip.
    const ss = t.host.globals.SpreadsheetApp.getActiveSpreadsheet();
    const tracker = ss.getSheetByName('Tracker');
    const owner = tracker.getRange(target.row, 4);
    owner.setValue('Priya');
    t.host.counts.reset();
    t.run.onEdit!({ range: owner, source: ss, value: 'Priya' });
    expect(t.host.counts.byService.SpreadsheetApp).toBeLessThanOrEqual(9);
    expect(tracker.getRange(target.row, 10).getValue()).not.toMatch(/Missing evidence/);
  });

  it('the same clip id twice: one row, the same answer, duplicate on the second', async () => {
    const t = await intake();
    const { token } = pair(t);
    const body = clipRequest(token, { snapshot: { kind: 'png', name: 'shot.png', base64: Buffer.from('png bytes').toString('base64') } });
    const first = t.post(body);
    const before = everything(t);
    const second = t.post(body);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toEqual({ ...first, duplicate: true });
    expect(everything(t)).toEqual(before);
    expect(evidenceRows(t)).toHaveLength(1);
    // Even when the second arrives changed, or after the target left the tracker.
    expect(t.post(clipRequest(token, { requirement: 'E9-09', title: 'changed' }))).toEqual(second);
    const third = t.post(clipRequest(token, { id: 'clip-0002-abcdef' }));
    expect(third).toMatchObject({ ok: true, row: 3, duplicate: false });
  });

  it('never writes into a team sheet that is already called "Evidence"', async () => {
    const t = await intake();
    const { token } = pair(t);
    const theirs = t.host.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Evidence');
    theirs.getRange('A1').setValue('Our own evidence list');
    const before = snapshotCells(theirs);
    const answer = t.post(clipRequest(token));
    expect(answer).toMatchObject({ ok: true, sheet: 'SECOR Evidence', row: 2 });
    expect(snapshotCells(theirs)).toEqual(before);
    // The scan reads the add-on's sheet, not theirs, and finds it again after a rename.
    team(t.host).renameSheet('SECOR Evidence', 'Clipped');
    expect(t.post(clipRequest(token))).toMatchObject({ ok: true, sheet: 'Clipped', duplicate: true });
  });
});

/** The tracker's rows, as text, from the bundle's side. */
function trackerRows(t: Intake): string[][] {
  const tracker = t.host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker');
  return (tracker.getDataRange().getDisplayValues() as string[][]).map((r) => [...r]);
}

/**
 * Sorts the tracker rows of one element (the rows below its heading row, whose Element cell is
 * blank) by their requirement text, descending, as Data > Sort range does to the model: whole rows
 * move, nothing else changes. Returns the row (1-based) each moved to, by text.
 */
function sortElementRows(t: Intake, aRow: number): Map<string, number> {
  const rows = trackerRows(t);
  const blank = (r: number) => rows[r - 1]?.[0] === '' && rows[r - 1]?.[1] !== '';
  let first = aRow;
  let last = aRow;
  while (blank(first - 1)) first--;
  while (blank(last + 1)) last++;
  const sheet = t.host.spreadsheet.sheets[0]!;
  const order = Array.from({ length: last - first + 1 }, (_, i) => first + i).sort((a, b) => rows[b - 1]![1]!.localeCompare(rows[a - 1]![1]!));
  const moved = order.map((r) => sheet.cells[r - 1]);
  sheet.cells.splice(first - 1, moved.length, ...moved.map((line) => line ?? []));
  return new Map(order.map((r, i) => [rows[r - 1]![1]!, first + i]));
}

/** How the readiness column reads for the row holding `text`, after a rescan. */
function readinessOf(t: Intake, text: string): string {
  const rows = trackerRows(t);
  const header = rows.find((r) => r.includes('Readiness'))!;
  return rows.find((r) => r[1] === text)![header.indexOf('Readiness')]!;
}

describe('record dates', () => {
  it('a record date after today is refused and nothing is written', async () => {
    const t = await intake();
    const { token } = pair(t);
    t.post(clipRequest(token, { id: 'clip-earlier-01' }));
    const before = everything(t);
    const far = t.post(clipRequest(token, { recordDate: '9999-12-31' }));
    expect(far).toMatchObject({ ok: false, error: { code: 'future-record-date' } });
    if (!far.ok) expect(far.error.message).toMatch(/9999-12-31 is after today \(2026-11-26\): correct the date/);
    // Late evening in Edmonton is already tomorrow in UTC: "today" is the spreadsheet's day.
    t.clock.now = Date.parse('2026-11-27T05:00:00Z');
    expect(t.post(clipRequest(token, { recordDate: '2026-11-27' }))).toMatchObject({ ok: false, error: { code: 'future-record-date' } });
    const old = t.post(clipRequest(token, { recordDate: '1899-12-30' }));
    expect(old).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!old.ok) expect(old.error.message).toMatch(/^clip\.recordDate: 1899-12-30 is before 1990-01-01/);
    expect(everything(t)).toEqual(before);
    expect(t.post(clipRequest(token, { recordDate: '2026-11-26' }))).toMatchObject({ ok: true, duplicate: false });
  });
});

describe('a clip saved against a row', () => {
  it('a clip saved against a row stays with its item when the team sorts the rows', async () => {
    const t = await intake();
    const { token } = pair(t);
    const target = missingEvidenceRow(t.view);
    // Queued with its row and text; the team sorts before it arrives.
    const moved = sortElementRows(t, target.row);
    const now = moved.get(target.text)!;
    expect(now).not.toBe(target.row);
    const landed = trackerRows(t)[target.row - 1]![1]!;
    const answer = t.post(clipRequest(token, { id: 'clip-sorted-01', requirement: target.row, item: target.text, recordDate: '2026-11-01' }));
    expect(answer).toMatchObject({ ok: true, duplicate: false });
    expect(evidenceRows(t)[0]).toMatchObject({ Requirement: target.requirement, Item: target.text, 'Item row when saved': now });
    const clipped = t.run.rescan!() as ReadinessView;
    expect(readinessOf(t, target.text)).not.toMatch(/Missing evidence/);
    // The clip is the row's record now: its Readiness text and the sidebar name it.
    expect(readinessOf(t, target.text)).toMatch(/ · by a clip of 2026-11-01 · /);
    expect(clipped.readyByClips.find((f) => f.text === target.text)?.readyByClip).toBe('by a clip of 2026-11-01');
    const untouched = readinessOf(t, landed);

    // Sorted back after the save: the clip still counts toward its item, not toward its old row.
    sortElementRows(t, now);
    const view = t.run.rescan!() as ReadinessView;
    expect(readinessOf(t, target.text)).not.toMatch(/Missing evidence/);
    expect(readinessOf(t, landed)).toBe(untouched);
    expect(view.gapGroups.find((g) => g.kind === 'missing-evidence')?.rows.map((r) => r.text) ?? []).not.toContain(target.text);
  });

  it('a clip saved against a row stays with its item when rows are inserted above it', async () => {
    const t = await intake();
    const { token } = pair(t);
    const target = missingEvidenceRow(t.view);
    const tracker = t.host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker');
    const person = team(t.host);
    person.insertRows('Tracker', 6, 2);
    const answer = t.post(
      clipRequest(token, { id: 'clip-inserted-1', requirement: target.row, item: ` ${target.text.toUpperCase()} `, recordDate: '2026-11-01' }),
    );
    expect(answer).toMatchObject({ ok: true });
    expect(evidenceRows(t)[0]).toMatchObject({ Item: target.text, 'Item row when saved': target.row + 2 });
    person.insertRows('Tracker', 6, 3);
    t.run.rescan!();
    expect(readinessOf(t, target.text)).not.toMatch(/Missing evidence/);
    expect(trackerRows(t)[target.row - 1]![1]).not.toBe(target.text);

    // The item's text changed, or the item was removed, while the clip waited: refused, nothing written.
    const before = everything(t);
    const gone = t.post(clipRequest(token, { id: 'clip-inserted-2', requirement: target.row + 5, item: 'A requirement nobody wrote' }));
    expect(gone).toMatchObject({ ok: false, error: { code: 'unknown-requirement' } });
    if (!gone.ok) expect(gone.error.message).toMatch(/changed or removed/);
    expect(everything(t)).toEqual(before);

    // Two items now read the same and neither is at the row: the clipper must choose again.
    const twin = trackerRows(t).findIndex((r, i) => i > target.row + 5 && r[0] === '' && r[1] !== '' && r[1] !== target.text) + 1;
    tracker.getRange(twin, 2).setValue(target.text);
    const twice = everything(t);
    const ambiguous = t.post(clipRequest(token, { id: 'clip-inserted-3', requirement: 2, item: target.text }));
    expect(ambiguous).toMatchObject({ ok: false, error: { code: 'unknown-requirement' } });
    if (!ambiguous.ok) expect(ambiguous.error.message).toMatch(/2 items of the tracker read/);
    expect(everything(t)).toEqual(twice);
  });
});

describe('the Evidence sheet found by header and tag', () => {
  it("a column inserted into the Evidence sheet: a retried clip is not written twice and new rows land in the add-on's columns", async () => {
    const t = await intake();
    const { token } = pair(t);
    const first = t.post(clipRequest(token, { snapshot: { kind: 'png', name: 'shot.png', base64: Buffer.from('png bytes').toString('base64') } }));
    const sheet = evidence(t);
    // The team inserts their own column before Title and fills it in, and renames Note.
    const person = team(t.host);
    person.insertColumns('Evidence', 7);
    sheet.getRange('G1:G2').setValues([['Our ref'], ['REF-1']]);
    sheet
      .getRange(1, 1, 1, 15)
      .getValues()[0]!
      .forEach((h: unknown, c: number) => {
        if (h === 'Note') sheet.getRange(1, c + 1).setValue('Remarks');
      });
    const theirs = () => (sheet.getRange('G1:G20').getValues() as unknown[][]).map((r) => r[0]);
    const theirsBefore = theirs();

    expect(t.post(clipRequest(token, { snapshot: { kind: 'png', name: 'shot.png', base64: Buffer.from('png bytes').toString('base64') } }))).toEqual({
      ...first,
      duplicate: true,
    });
    expect(evidenceRows(t)).toHaveLength(1);
    const second = t.post(clipRequest(token, { id: 'clip-0002-abcdef', title: 'Second certificate', note: 'second note' }));
    expect(second).toMatchObject({ ok: true, row: 3, duplicate: false });
    const rows = evidenceRows(t);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ 'Our ref': '', Title: 'Second certificate', Remarks: 'second note', 'SHA-256': '', 'Clip id': 'clip-0002-abcdef' });
    expect(theirs()).toEqual(theirsBefore);
    expect(t.post(clipRequest(token, { id: 'clip-0002-abcdef' }))).toEqual({ ...second, duplicate: true });
    // The renamed header is remembered: the next read finds every column without the tags.
    t.host.counts.reset();
    t.run.rescan!();
    expect(t.host.counts.byMethod['Sheet.createDeveloperMetadataFinder'] ?? 0).toBe(0);

    // Without its Clip id column the sheet cannot tell old clips from new: refused, nothing written.
    const ids = (sheet.getRange(1, 1, 1, 15).getValues()[0] as unknown[]).indexOf('Clip id');
    person.deleteColumns('Evidence', ids + 1);
    const before = everything(t);
    const refused = t.post(clipRequest(token, { id: 'clip-0003-abcdef' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-set-up' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/Clip id/);
    expect(everything(t)).toEqual(before);
  });

  it('a full Evidence sheet gets rows before the next clip is written', async () => {
    const t = await intake();
    const { token } = pair(t);
    t.post(clipRequest(token));
    const sheet = evidence(t);
    team(t.host).deleteRows('Evidence', 3, sheet.getMaxRows() - 2);
    expect(sheet.getMaxRows()).toBe(2);
    t.host.counts.reset();
    expect(t.post(clipRequest(token, { id: 'clip-0002-abcdef' }))).toMatchObject({ ok: true, row: 3 });
    expect(t.host.counts.byMethod['Sheet.insertRowsAfter']).toBe(1);
    expect(sheet.getMaxRows()).toBeGreaterThan(3);
  });

  it('an Evidence sheet made before the Item column: its rows still count, and the next clip adds the new columns', async () => {
    const t = await intake();
    const { token } = pair(t);
    const target = missingEvidenceRow(t.view);
    const ss = t.host.globals.SpreadsheetApp.getActiveSpreadsheet();
    const old = ss.insertSheet('Evidence');
    const header = ['Captured at', 'By', 'Requirement', 'Element', 'Title', 'Link', 'Record date', 'Excerpt', 'Note', 'Snapshot', 'SHA-256', 'Clip id'];
    old
      .getRange(1, 1, 2, 12)
      .setValues([header, [new Date(), 'Priya', `Row ${target.row}`, '', 'Old clip', 'https://example.com', '2026-11-01', '', '', '', '', 'clip-old-000001']]);
    t.host.properties.script['secor-ready.evidence-sheet'] = JSON.stringify({ sheetId: old.getSheetId(), name: 'Evidence' });
    t.run.rescan!();
    expect(readinessOf(t, target.text)).not.toMatch(/Missing evidence/);
    expect(t.post(clipRequest(token, { id: 'clip-old-000001' }))).toMatchObject({ ok: true, duplicate: true, row: 2 });
    expect(t.post(clipRequest(token, { id: 'clip-new-000001', requirement: target.row, item: target.text }))).toMatchObject({ ok: true, row: 3 });
    expect(old.getRange(1, 1, 1, 14).getValues()[0]).toEqual([...header, 'Item', 'Item row when saved']);
    expect(evidenceRows(t)[1]).toMatchObject({
      Requirement: target.requirement,
      Item: target.text,
      'Item row when saved': target.row,
      'Clip id': 'clip-new-000001',
    });
  });

  it('a first-version Evidence row ("Row 14 · E4-02") still counts, so does an id the team retyped by hand; an id the checklist lacks counts toward nothing', async () => {
    const t = await intake();
    const target = missingEvidenceRow(t.view);
    const ss = t.host.globals.SpreadsheetApp.getActiveSpreadsheet();
    const old = ss.insertSheet('Evidence');
    const header = ['Captured at', 'By', 'Requirement', 'Element', 'Title', 'Link', 'Record date', 'Excerpt', 'Note', 'Snapshot', 'SHA-256', 'Clip id'];
    old
      .getRange(1, 1, 2, 12)
      .setValues([
        header,
        [
          new Date(),
          'Priya',
          `Row ${target.row} · ${target.requirement}`,
          '',
          'Old clip',
          'https://example.com',
          '2026-11-01',
          '',
          '',
          '',
          '',
          'clip-old-000001',
        ],
      ]);
    t.host.properties.script['secor-ready.evidence-sheet'] = JSON.stringify({ sheetId: old.getSheetId(), name: 'Evidence' });
    const readinessWith = (requirement: string) => {
      old.getRange(2, 3).setValue(requirement);
      t.run.rescan!();
      return readinessOf(t, target.text);
    };
    expect(readinessWith(`Row ${target.row} · ${target.requirement}`)).not.toMatch(/Missing evidence/);
    expect(readinessWith(`  ${target.requirement!.toLowerCase()}  `)).not.toMatch(/Missing evidence/);
    expect(readinessWith('E9-99')).toMatch(/Missing evidence/);
  });
});

describe('a real bound web app', () => {
  it('opens the tracker by the id kept at setup, saves under the script lock, and flushes before releasing it', async () => {
    const t = await intake();
    const { token } = pair(t);
    expect(t.host.properties.script['secor-ready.spreadsheet-id']).toBe(JSON.stringify(t.host.spreadsheet.id));
    t.host.counts.reset();
    expect(t.post(clipRequest(token))).toMatchObject({ ok: true, duplicate: false });
    const calls = t.host.counts.byMethod;
    expect(calls['SpreadsheetApp.openById']).toBe(1);
    expect(calls['SpreadsheetApp.getActiveSpreadsheet'] ?? 0).toBe(0);
    expect(calls['LockService.getScriptLock']).toBe(1);
    expect(calls['SpreadsheetApp.flush']).toBe(1);
  });

  it("moves an earlier version's document properties into the script's once, so the web app finds its people and setup", async () => {
    const old = await intake();
    const { token } = pair(old);
    // What an earlier version kept: every secor-ready key in the document's properties.
    const document: Record<string, string> = { ...old.host.properties.script, 'team.own-key': 'theirs' };
    delete document['secor-ready.spreadsheet-id'];
    // Nothing read from the store before the move (it is made once per execution, this bundle's first read).
    const t = await intake({ setUp: false, confirm: false });
    Object.assign(t.host.spreadsheet, { id: old.host.spreadsheet.id });
    Object.assign(t.host.properties.document, document);
    for (const key of Object.keys(t.host.properties.script)) delete t.host.properties.script[key];
    expect(t.post({ v: 1, token, action: 'ping' })).toMatchObject({ ok: false, error: { code: 'unknown-token' } });
    expect((t.run.listClipperPeople!() as ClipperPerson[]).map((p) => p.name)).toEqual(['Priya Patel']);
    expect(t.host.properties.document).toEqual({ 'team.own-key': 'theirs' });
    expect(Object.keys(t.host.properties.script).sort()).toEqual(
      Object.keys(document)
        .filter((k) => k.startsWith('secor-ready.'))
        .sort(),
    );
    // An earlier version kept no id for the web app to open: the coordinator's next setup (or connect) keeps it.
    expect(t.post({ v: 1, token, action: 'ping' })).toMatchObject({ ok: false, error: { code: 'not-set-up' } });
    const proposal = t.run.proposeSetup!() as SetupProposal;
    t.run.confirmSetup!({ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) });
    expect(t.post({ v: 1, token, action: 'ping' })).toMatchObject({ ok: true, person: 'Priya Patel' });
    expect(t.post({ v: 1, token, action: 'requirements' })).toMatchObject({ ok: true });
  });
});

describe('refusals write nothing', () => {
  const cases: [string, (t: Intake, token: string) => unknown][] = [
    ['bad-json', () => '{"v":1,"token":'],
    ['bad-json', () => ''],
    ['bad-version', (_t, token) => ({ ...clipRequest(token), v: 2 })],
    ['bad-request', (_t, token) => clipRequest(token, { url: 'javascript:alert(1)' })],
    ['bad-request', (_t, token) => clipRequest(token, { recordDate: '2026-02-31' })],
    ['bad-request', (_t, token) => clipRequest(token, { snapshot: { kind: 'png', name: 'x.png', base64: 'abc' } })],
    ['bad-request', () => [1, 2, 3]],
    ['unknown-action', (_t, token) => ({ v: 1, token, action: 'delete' })],
    ['unknown-token', () => clipRequest('f'.repeat(64))],
    ['unknown-requirement', (t, token) => clipRequest(token, { requirement: t.view.missing[0]!.id })],
    ['unknown-requirement', (_t, token) => clipRequest(token, { requirement: 2 })],
    ['unknown-requirement', (_t, token) => clipRequest(token, { requirement: 999 })],
    ['snapshot-too-large', (_t, token) => clipRequest(token, { snapshot: { kind: 'mhtml', name: 'page.mhtml', base64: 'A'.repeat(14_000_004) } })],
  ];

  it.each(cases)('%s', async (code, make) => {
    const t = await intake();
    const { token } = pair(t);
    t.post(clipRequest(token, { id: 'clip-earlier-01' }));
    const before = everything(t);
    const answer = t.post(make(t, token));
    expect(answer).toMatchObject({ ok: false, error: { code } });
    if (!answer.ok) expect(answer.error.message.length).toBeGreaterThan(15);
    expect(everything(t)).toEqual(before);
  });

  it('revoked-token', async () => {
    const t = await intake();
    const { token, pairing } = pair(t);
    t.run.revokeClipperPerson!(pairing.person.id);
    const before = everything(t);
    expect(t.post(clipRequest(token))).toMatchObject({ ok: false, error: { code: 'revoked-token' } });
    expect(everything(t)).toEqual(before);
  });

  it('rate-limited: a token past 60 requests in a minute, until the minute is over', async () => {
    const t = await intake();
    const { token } = pair(t);
    const other = pair(t, 'Sam', null).token;
    for (let i = 0; i < 60; i++) expect(t.post({ v: 1, token, action: 'ping' })).toMatchObject({ ok: true });
    const before = everything(t);
    expect(t.post(clipRequest(token))).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(everything(t)).toEqual(before);
    // Someone else is not held up; the flooder may go on the next minute.
    expect(t.post({ v: 1, token: other, action: 'ping' })).toMatchObject({ ok: true });
    t.clock.now += 60_000;
    expect(t.post(clipRequest(token))).toMatchObject({ ok: true });
  });

  it('unknown tokens are rate-limited', async () => {
    const t = await intake();
    const { token } = pair(t);
    const guess = (i: number) => t.post({ v: 1, token: i.toString(16).padStart(64, '0'), action: 'ping' });
    for (let i = 0; i < 30; i++) expect(guess(i)).toMatchObject({ ok: false, error: { code: 'unknown-token' } });
    const before = everything(t);
    const limited = guess(30);
    expect(limited).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(everything(t)).toEqual(before);
    // A paired person is not held up by the flood; the next minute unknown tokens are told so again.
    expect(t.post({ v: 1, token, action: 'ping' })).toMatchObject({ ok: true });
    t.clock.now += 60_000;
    expect(guess(31)).toMatchObject({ ok: false, error: { code: 'unknown-token' } });
  });

  it('busy: another execution holds the script lock', async () => {
    const t = await intake();
    const { token } = pair(t);
    t.host.locks.script = {};
    const before = everything(t);
    expect(t.post(clipRequest(token))).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(everything(t)).toEqual(before);
    delete t.host.locks.script;
    expect(t.post(clipRequest(token))).toMatchObject({ ok: true, duplicate: false });
  });
});

const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '+SUM(1)',
  '-1+1',
  '@SUM(A1:A9)',
  '\t=1',
  '\r=1',
  "'quoted",
  '=HYPERLINK("http://evil.example","click")',
  '0012',
  'TRUE',
  '2026-01-01',
  '1e5',
];

describe('formula payloads', () => {
  it('are stored as text, in every field that comes from the web and in the person name', async () => {
    const t = await intake();
    const { token } = pair(t, '=IMPORTXML("http://evil.example","//a")', null);
    FORMULAS.forEach((payload, i) => {
      const answer = t.post(
        clipRequest(token, {
          id: `formula-clip-${i}`,
          title: payload,
          excerpt: payload,
          note: payload,
          url: `https://example.com/${encodeURIComponent(payload)}`,
        }),
      );
      expect(answer, payload).toMatchObject({ ok: true });
    });
    const sheet = evidence(t);
    expect((sheet.getDataRange().getFormulas() as string[][]).flat().filter(Boolean)).toEqual([]);
    const rows = evidenceRows(t);
    rows.forEach((row, i) => {
      expect(row.By).toBe('=IMPORTXML("http://evil.example","//a")');
      expect([row.Title, row.Excerpt, row.Note], FORMULAS[i]).toEqual([FORMULAS[i], FORMULAS[i], FORMULAS[i]]);
      expect(row['Clip id']).toBe(`formula-clip-${i}`);
    });
  });

  it('clip ids that look like numbers stay text and still dedupe', async () => {
    const t = await intake();
    const { token } = pair(t);
    const first = t.post(clipRequest(token, { id: '00012345' }));
    const second = t.post(clipRequest(token, { id: '00012345' }));
    expect(second).toEqual({ ...first, duplicate: true });
    expect(evidenceRows(t)[0]!['Clip id']).toBe('00012345');
  });

  it('a title, excerpt, note and person name that read as a number, a percent, a boolean or a date stay text', async () => {
    const t = await intake();
    const { token } = pair(t, 'Mar 2026', null);
    t.post(clipRequest(token, { title: '0123', excerpt: '50%', note: 'TRUE' }));
    const row = evidenceRows(t)[0]!;
    expect([row.By, row.Title, row.Excerpt, row.Note]).toEqual(['Mar 2026', '0123', '50%', 'TRUE']);
  });
});

describe('doGet', () => {
  it('says the endpoint works and shows no data', async () => {
    const t = await intake();
    pair(t);
    t.post(clipRequest(pair(t, 'Sam', null).token));
    const page = (t.run.doGet!({ parameter: { sheet: '1' } }) as { getContent(): string }).getContent();
    expect(page).toMatch(/endpoint works/);
    for (const secret of ['Northwind', 'Priya', 'Sam', 'Fall protection', 'E1-01', 'Tracker']) expect(page).not.toContain(secret);
  });
});

describe('snapshots in Drive under drive.file (issue 9)', () => {
  const shot = (name = 'shot.png') => ({ kind: 'png' as const, name, base64: Buffer.from(`png bytes of ${name}`).toString('base64') });

  it("a snapshot clip saves under the manifest's own scopes: the advanced Drive service makes the folder once (kept by id) and one file per clip; DriveApp is not called", async () => {
    const t = await intake();
    const { token } = pair(t);
    t.host.counts.reset();
    const first = t.post(clipRequest(token, { snapshot: shot() }));
    const second = t.post(clipRequest(token, { id: 'clip-0002-abcdef', snapshot: shot('other.png') }));
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toMatchObject({ ok: true, duplicate: false });
    expect(t.host.counts.byService.DriveApp ?? 0).toBe(0);
    expect(t.host.counts.byMethod['Files.create']).toBe(3);
    const files = readdirSync(join(t.driveDir, FOLDER));
    expect(files).toEqual([`${CLIP.id} shot.png`, 'clip-0002-abcdef other.png']);
    const file = t.host.globals.Drive.Files.list({ q: `name = '${files[0]}'`, fields: 'files(id,webViewLink,parents)' }).files[0];
    expect(first.ok && first.action === 'clip' && first.snapshotUrl).toBe(file.webViewLink);
    expect(t.host.properties.script['secor-ready.evidence-folder']).toBe(file.parents[0]);
  });

  it('a retried clip makes one Drive file: the try the lock turned away wrote it before the lock, the retry finds it by name', async () => {
    const t = await intake();
    const { token } = pair(t);
    const body = clipRequest(token, { snapshot: shot() });
    t.host.locks.script = {};
    expect(t.post(body)).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(readdirSync(join(t.driveDir, FOLDER))).toEqual([`${CLIP.id} shot.png`]);
    expect(evidenceRows(t)).toHaveLength(0);
    delete t.host.locks.script;
    t.host.counts.reset();
    const saved = t.post(body);
    expect(saved).toMatchObject({ ok: true, duplicate: false, row: 2 });
    expect(t.host.counts.byMethod['Files.create'] ?? 0).toBe(0);
    expect(t.post(body)).toEqual({ ...saved, duplicate: true });
    expect(readdirSync(join(t.driveDir, FOLDER))).toEqual([`${CLIP.id} shot.png`]);
    expect(evidenceRows(t)[0]!.Snapshot).toBe(saved.ok && saved.action === 'clip' ? saved.snapshotUrl : null);
  });

  it('two tries of one clip at once make one file in the end: the one the row does not keep is removed', async () => {
    const t = await intake();
    const { token } = pair(t);
    const first = t.post(clipRequest(token, { snapshot: shot() }));
    // The second try's listing must not see the first's file, as when both list before either
    // has made one: its snapshot's other name stands in for that here.
    t.host.counts.reset();
    const second = t.post(clipRequest(token, { snapshot: shot('shot again.png') }));
    expect(second).toMatchObject({ ok: true, duplicate: true, row: 2 });
    expect(second.ok && second.action === 'clip' && second.snapshotUrl).toBe(first.ok && first.action === 'clip' ? first.snapshotUrl : null);
    expect([t.host.counts.byMethod['Files.create'], t.host.counts.byMethod['Files.remove']]).toEqual([1, 1]);
    expect(readdirSync(join(t.driveDir, FOLDER))).toEqual([`${CLIP.id} shot.png`]);
    expect(evidenceRows(t)).toHaveLength(1);
  });

  /** The Evidence sheet grown to `rows` clips, copies of its first with their own ids, written by the test (not counted). */
  function growEvidence(t: Intake, rows: number): string {
    const sheet = evidence(t);
    const [header, first] = sheet.getRange(1, 1, 2, sheet.getLastColumn()).getValues() as unknown[][];
    const idColumn = header!.indexOf('Clip id');
    // Room below for the next clip, as at 10 rows: a full sheet grows first, one call in 500 clips.
    if (sheet.getMaxRows() < rows + 10) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 10 - sheet.getMaxRows());
    const ids = Array.from({ length: rows - 1 }, (_, i) => `clip-grown-${String(i + 1).padStart(6, '0')}`);
    if (ids.length > 0) sheet.getRange(3, 1, ids.length, header!.length).setValues(ids.map((id) => first!.map((cell, c) => (c === idColumn ? id : cell))));
    return ids.at(-1) ?? CLIP.id;
  }

  it("a clip's Spreadsheet calls are the same at 10, 1,000 and 10,000 Evidence rows, and the Evidence sheet is never read whole", {
    timeout: 60_000,
  }, async () => {
    const calls: Record<number, { saved: number; duplicate: number }> = {};
    for (const rows of [10, 1_000, 10_000]) {
      const t = await intake();
      const { token } = pair(t);
      t.post(clipRequest(token));
      const last = growEvidence(t, rows);
      t.host.counts.reset();
      expect(t.post(clipRequest(token, { id: 'clip-new-000001' }))).toMatchObject({ ok: true, duplicate: false, row: rows + 2 });
      const saved = t.host.counts.byService.SpreadsheetApp!;
      // One getDataRange: the tracker's. The Evidence sheet is read by its header and one TextFinder.
      expect(t.host.counts.byMethod['Sheet.getDataRange']).toBe(1);
      expect(t.host.counts.byMethod['TextFinder.findNext']).toBe(1);
      t.host.counts.reset();
      expect(t.post(clipRequest(token, { id: last }))).toMatchObject({ ok: true, duplicate: true, row: rows + 1 });
      calls[rows] = { saved, duplicate: t.host.counts.byService.SpreadsheetApp! };
    }
    console.log(`clip calls by Evidence rows: ${JSON.stringify(calls)}`);
    expect(calls[1_000]).toEqual(calls[10]);
    expect(calls[10_000]).toEqual(calls[10]);
  });
});

describe('Spreadsheet calls with clips', () => {
  it("the web app reads and judges the tracker once a request, asking the spreadsheet's time zone once", async () => {
    const t = await intake();
    const { token } = pair(t);
    const requirements = () => {
      t.host.counts.reset();
      expect(t.post({ v: 1, token, action: 'requirements' })).toMatchObject({ ok: true });
      expect(t.host.counts.byMethod['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
      // Each sheet it opens (the tracker, the Evidence sheet) is read once, whole.
      expect(t.host.counts.byMethod['Sheet.getDataRange']).toBe(t.host.counts.byMethod['Spreadsheet.getSheetById']);
      return t.host.counts.byService.SpreadsheetApp;
    };
    // It was 7 and 10 when the zone was asked for today, the dates and the clips apart.
    expect(requirements()).toBeLessThanOrEqual(5);
    t.host.counts.reset();
    expect(t.post(clipRequest(token))).toMatchObject({ ok: true });
    expect(t.host.counts.byMethod['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
    expect(requirements()).toBeLessThanOrEqual(8);
  });

  it('a scan stays at 9 calls or fewer with an Evidence sheet', async () => {
    const t = await intake();
    const { token } = pair(t);
    t.post(clipRequest(token));
    t.host.counts.reset();
    t.run.rescan!();
    expect(t.host.counts.byService.SpreadsheetApp).toBeLessThanOrEqual(9);
    // The Evidence sheet is read whole, once: no tags asked while its headers are where they were.
    expect(t.host.counts.byMethod['Sheet.getDataRange']).toBe(2);
    expect(t.host.counts.byMethod['Sheet.createDeveloperMetadataFinder'] ?? 0).toBe(0);
    console.log(`scan with clips: ${JSON.stringify(t.host.counts.byMethod)}`);
  });

  it('an edit of a tracker row reads the clips in 3 more calls', async () => {
    const t = await intake();
    const { token } = pair(t);
    const ss = t.host.globals.SpreadsheetApp.getActiveSpreadsheet();
    const cell = ss.getSheetByName('Tracker').getRange('D10');
    t.host.counts.reset();
    t.run.onEdit!({ range: cell, source: ss, value: 'x' });
    const without = t.host.counts.byService.SpreadsheetApp!;
    t.post(clipRequest(token));
    t.host.counts.reset();
    t.run.onEdit!({ range: cell, source: ss, value: 'x' });
    expect(t.host.counts.byService.SpreadsheetApp).toBe(without + 3);
    console.log(`onEdit: ${without} calls without an Evidence sheet, ${without + 3} with; ${JSON.stringify(t.host.counts.byMethod)}`);
  });
});

// ---------------------------------------------------------------- fuzzing

const hostileText = fc.oneof(
  fc.constantFrom(...FORMULAS, '__proto__', 'constructor', '\u0000', '\ud800', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ — é', '<script>alert(1)</script>', '   ', ''),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `=${s}`),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const hugeText = fc.constantFrom('x'.repeat(5_001), '='.repeat(20_000), 'é'.repeat(1_001), 'A'.repeat(300_000));
const junk = fc.oneof(
  hostileText,
  hugeText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 4 }),
);

const CLIP_FIELDS = ['id', 'url', 'title', 'capturedAt', 'recordDate', 'requirement', 'excerpt', 'note', 'snapshot'] as const;

describe('fuzzing doPost', () => {
  it('1,200 malformed or hostile requests: a known refusal or an inert save; nothing outside the Evidence sheet changes', { timeout: 60_000 }, async () => {
    const t = await intake();
    const token = pair(t).token;
    const revoked = pair(t, 'Gone', null);
    t.run.revokeClipperPerson!(revoked.pairing.person.id);
    const tracker = t.host.spreadsheet.sheets[0]!;
    const trackerBefore = snapshotCells(tracker);
    const propsBefore = Object.keys(t.host.properties.script).sort();
    const ids = t.view.gapGroups
      .flatMap((g) => g.rows)
      .map((r) => r.requirement)
      .filter((r): r is string => r !== null);
    const rows = t.view.gapGroups.flatMap((g) => g.rows).map((r) => r.row);

    const anyToken = fc.oneof({ weight: 6, arbitrary: fc.constant(token) }, fc.constant(revoked.token), fc.constant('0'.repeat(64)), junk);
    const requirement = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ids) },
      { weight: 4, arbitrary: fc.constantFrom(...rows) },
      fc.constantFrom(...t.view.missing.map((m) => m.id)),
      fc.integer({ min: -5, max: 2_000 }),
      junk,
    );
    const clipId = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,16}$/), fc.constantFrom('repeat-id-0001', 'repeat-id-0002', '--------', '00000001'));
    const goodClip = fc.record({
      id: clipId,
      url: fc.oneof(fc.webUrl(), fc.constant('https://example.com/=1+1')),
      title: hostileText,
      capturedAt: fc.constant('2026-11-26T15:04:05.000Z'),
      recordDate: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(null, '2026-10-02') }, fc.constant('2026-02-30')),
      requirement,
      excerpt: hostileText,
      note: hostileText,
      snapshot: fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        {
          weight: 2,
          arbitrary: fc.record({
            kind: fc.constantFrom('png', 'pdf', 'mhtml'),
            name: hostileText,
            base64: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('base64')),
          }),
        },
        fc.record({ kind: fc.constantFrom('png', 'exe'), name: hostileText, base64: fc.constantFrom('abc', '====', '', '!!', 'QQ') }),
      ),
    });
    const brokenClip = fc.tuple(goodClip, fc.constantFrom(...CLIP_FIELDS), junk).map(([clip, field, value]) => ({ ...clip, [field]: value }));
    const envelope = (clip: fc.Arbitrary<unknown>) =>
      fc.record({
        v: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, junk),
        token: anyToken,
        action: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('clip', 'ping', 'requirements') }, junk),
        clip,
      });
    const body = fc.oneof(
      { weight: 3, arbitrary: goodClip.map((clip) => JSON.stringify({ v: 1, token, action: 'clip', clip })) },
      envelope(goodClip).map((b) => JSON.stringify(b)),
      envelope(brokenClip).map((b) => JSON.stringify(b)),
      fc.jsonValue({ maxDepth: 5 }).map((b) => JSON.stringify(b)),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.constantFrom('', '{', 'null', '[]', '"clip"', '{"v":1}', '\u0000'),
      // Prototype-pollution keys, written as JSON text so they stay own keys.
      envelope(goodClip).map((b) =>
        JSON.stringify(b)
          .replace(/^\{/, '{"__proto__":{"polluted":true,"v":2},"constructor":{"prototype":{"polluted":true}},')
          .replace('"clip":{', '"clip":{"__proto__":{"requirement":"E1-01","polluted":true},'),
      ),
    );

    const samples = fc.sample(body, { seed: 20261126, numRuns: 1_200 });
    const seenIds = new Map<string, number>();
    const codes: Record<string, number> = {};
    let saved = 0;
    for (const text of samples) {
      t.clock.now += 1_500;
      const evidenceBefore = evidenceRows(t).length;
      const answer = t.post(text);
      if (!answer.ok) {
        expect(ERROR_CODES).toContain(answer.error.code);
        expect(answer.error.code, answer.error.message).not.toBe('busy');
        expect(answer.error.message.length).toBeGreaterThan(10);
        codes[answer.error.code] = (codes[answer.error.code] ?? 0) + 1;
        expect(evidenceRows(t).length).toBe(evidenceBefore);
        continue;
      }
      codes[answer.action] = (codes[answer.action] ?? 0) + 1;
      if (answer.action !== 'clip') continue;
      const sent = (JSON.parse(text) as { clip: Record<string, string> }).clip;
      const row = evidenceRows(t)[answer.row - 2]!;
      expect(row['Clip id']).toBe(answer.clipId);
      if (answer.duplicate) {
        expect(seenIds.get(answer.clipId)).toBe(answer.row);
        expect(evidenceRows(t).length).toBe(evidenceBefore);
      } else {
        saved++;
        seenIds.set(answer.clipId, answer.row);
        expect([row.Title, row.Link, row.Excerpt, row.Note]).toEqual([sent.title, sent.url, sent.excerpt, sent.note]);
      }
    }
    // Every kind of answer came up.
    for (const code of [
      'bad-json',
      'bad-version',
      'bad-request',
      'unknown-action',
      'unknown-token',
      'revoked-token',
      'unknown-requirement',
      'clip',
      'ping',
      'requirements',
    ]) {
      expect(codes[code], `${code} in ${JSON.stringify(codes)}`).toBeGreaterThan(0);
    }
    console.log(`fuzz answers: ${JSON.stringify(codes)}`);
    expect(saved).toBeGreaterThan(100);
    expect(evidenceRows(t)).toHaveLength(saved);
    expect(new Set(evidenceRows(t).map((r) => r['Clip id'])).size).toBe(saved);
    expect((evidence(t).getDataRange().getFormulas() as string[][]).flat().filter(Boolean)).toEqual([]);
    expect(snapshotCells(tracker)).toEqual(trackerBefore);
    expect(t.host.spreadsheet.sheets.map((s) => s.name)).toEqual(['Tracker', 'Evidence']);
    // Only the add-on's own keys were added to the store (the Evidence sheet and folder).
    expect(
      Object.keys(t.host.properties.script)
        .filter((k) => !propsBefore.includes(k))
        .sort(),
    ).toEqual(['secor-ready.evidence-folder', 'secor-ready.evidence-sheet']);
    // Nothing leaked into the bundle's Object.prototype.
    const inBundle = (t.run.doGet as unknown as { constructor: FunctionConstructor }).constructor('return ({}).polluted')() as unknown;
    expect(inBundle).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
