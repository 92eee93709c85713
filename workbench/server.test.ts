/** The workbench's routes that need no browser: who may talk to it, what it refuses, what it saves. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY, type RunningWorkbench, startWorkbench } from './server.ts';
import { ROOT, SIDEBAR_FUNCTIONS } from './session.ts';
import { sidebarPage } from './sidebar-page.ts';
import { SIDEBAR_VIEWS } from '../apps-script/server/sidebar.ts';

/** The one-sheet CSV sample: its sheet is named after the file. */
const SAMPLE = join(ROOT, 'samples', 'northwind-tracker.csv');
let dir: string;
let workbench: RunningWorkbench;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'secor-workbench-unit-'));
  workbench = await startWorkbench({ trackerPath: SAMPLE, stateDir: dir, today: '2026-11-26', port: 0, fresh: true });
});

afterAll(async () => {
  await workbench?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json(): Record<string, unknown>;
}

/** A raw request, so the Host and Origin headers can be anything. */
function send(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: workbench.port, method, path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) as Record<string, unknown> });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function postJson(path: string, value: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send('POST', path, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) });
}

describe('the workbench server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(workbench.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(workbench.url).toBe(`http://127.0.0.1:${workbench.port}/`);
  });

  it('answers only to Host 127.0.0.1:PORT or localhost:PORT', async () => {
    expect((await send('GET', '/api/state')).status).toBe(200);
    expect((await send('GET', '/api/state', { headers: { host: `localhost:${workbench.port}` } })).status).toBe(200);
    for (const host of ['evil.example', `evil.example:${workbench.port}`, '127.0.0.1', `127.0.0.1:${workbench.port + 1}`]) {
      const reply = await send('GET', '/api/state', { headers: { host } });
      expect(reply.status, host).toBe(403);
      expect(reply.body.toString()).not.toContain('northwind');
    }
  });

  it('refuses POSTs from another origin and bodies that are not JSON', async () => {
    expect((await postJson('/api/run', { name: 'rescan', args: [] }, { origin: 'https://evil.example' })).status).toBe(403);
    const form = await send('POST', '/api/run', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=rescan' });
    expect(form.status).toBe(415);
    const broken = await send('POST', '/api/run', { headers: { 'content-type': 'application/json' }, body: '{"name":' });
    expect(broken.status).toBe(400);
  });

  it('caps JSON bodies at 1 MB', async () => {
    const big = JSON.stringify({ sheet: 'northwind-tracker', row: 5, col: 3, value: 'x'.repeat(MAX_BODY) });
    const reply = await send('POST', '/api/edit', { headers: { 'content-type': 'application/json' }, body: big }).catch((error: NodeJS.ErrnoException) => ({
      status: error.code,
    }));
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(reply.status);
    // Still serving afterwards.
    expect((await send('GET', '/api/state')).status).toBe(200);
  });

  it('runs only the functions SidebarApi names', async () => {
    for (const name of ['onEdit', 'setUpThisSheet', 'constructor', '__proto__', 'toString', 'eval', 42]) {
      const reply = await postJson('/api/run', { name, args: [] });
      expect(reply.status, String(name)).toBe(400);
      expect(String(reply.json().error)).toMatch(/not a function the sidebar may call/);
    }
    expect(SIDEBAR_FUNCTIONS).toContain('confirmSetup');
    const proposal = await postJson('/api/run', { name: 'proposeSetup', args: [] });
    expect(proposal.json()).toMatchObject({ ok: true, value: { headerRow: 4 } });
  });

  it('hands back what the server throws as {message}', async () => {
    const reply = await postJson('/api/run', { name: 'goToRow', args: [99_999] });
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual({ ok: false, error: { message: expect.stringMatching(/not set up yet/) } });
  });

  it('serves no files but its own routes', async () => {
    for (const path of [
      '/page.html',
      '/workbench/page.html',
      '/../package.json',
      '/%2e%2e/package.json',
      '/dist/apps-script/Code.js',
      '/dist/workbench/page.html',
      '/api/nothing',
    ]) {
      expect((await send('GET', path)).status, path).toBe(404);
    }
    expect((await send('DELETE', '/api/state')).status).toBe(405);
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('SECOR Ready workbench');
    // The built page is one file: it asks the server for no script or style of its own.
    expect(page.body.toString()).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('puts the google.script.run shim before the app script of the sidebar', async () => {
    const reply = await send('GET', '/sidebar');
    const html = reply.body.toString();
    expect(html.indexOf('data-workbench-shim')).toBeGreaterThan(-1);
    expect(html.indexOf('data-workbench-shim')).toBeLessThan(html.indexOf('<script type="module"'));
    expect(html).toContain('window.SECOR_VIEW = "readiness"');
    expect(sidebarPage('<html><head></head><body></body></html><script>window.SECOR_VIEW = "setup";</script>', 'readiness')).toContain(
      'window.SECOR_VIEW = "readiness"',
    );
    // Every view the add-on can open, the clipper's too, opens by ?view=.
    for (const view of SIDEBAR_VIEWS) expect((await send('GET', `/sidebar?view=${view}`)).body.toString()).toContain(`window.SECOR_VIEW = "${view}"`);
    expect((await send('GET', '/sidebar?view=nonsense')).body.toString()).not.toContain('window.SECOR_VIEW = "nonsense"');
  });

  it("saves the spreadsheet after every change, atomically, with its bound script's properties", async () => {
    const file = join(dir, 'northwind-tracker.csv.json');
    const proposal = (await postJson('/api/run', { name: 'proposeSetup', args: [] })).json().value as {
      headerRow: number;
      columns: { role: string; column: string | null }[];
    };
    const columns = Object.fromEntries(proposal.columns.map((c) => [c.role, c.column]));
    expect((await postJson('/api/run', { name: 'confirmSetup', args: [{ headerRow: proposal.headerRow, columns }] })).json().ok).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { scriptProperties: Record<string, string> };
    expect(Object.keys(saved.scriptProperties).length).toBeGreaterThan(0);

    const edit = await postJson('/api/edit', { sheet: 'northwind-tracker', row: 47, col: 2, value: 'Edited in a test' });
    expect(edit.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toContain('Edited in a test');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const bad = await postJson('/api/edit', { sheet: 'No such sheet', row: 1, col: 1, value: 'x' });
    expect(bad.status).toBe(404);
    expect((await postJson('/api/menu', { name: 'onEdit' })).status).toBe(400);
  });

  it('exports the active sheet as CSV and the workbook as XLSX, with file names', async () => {
    const csv = await send('GET', '/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="northwind-tracker - northwind-tracker\.csv"/);
    expect(csv.body.toString('utf8')).toContain('Element,Requirement,Evidence');
    const xlsx = await send('GET', '/export.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/filename="northwind-tracker\.xlsx"/);
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('falls back to a free port only when asked to', async () => {
    const taken = { trackerPath: SAMPLE, stateDir: dir, port: workbench.port };
    await expect(startWorkbench(taken)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const other = await startWorkbench({ ...taken, fallbackToFreePort: true });
    try {
      expect(other.port).not.toBe(workbench.port);
      expect(existsSync(other.session.stateFile)).toBe(true);
    } finally {
      await other.close();
    }
  });
});

describe("the workbench's web app (the clipper's endpoint)", () => {
  function pairingOf(code: string): { v: number; url: string; token: string; sheet: string } {
    return JSON.parse(Buffer.from(code, 'base64url').toString('utf8'));
  }

  it('says the endpoint works on GET /exec, with no data', async () => {
    const reply = await send('GET', '/exec');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toMatch(/works/i);
  });

  it('pairs with a code for its own /exec, and a clip from the extension origin lands in the Evidence sheet', async () => {
    const pairing = pairingOf(workbench.session.pairingCode());
    expect(pairing.url).toBe(`http://127.0.0.1:${workbench.port}/exec`);
    const ping = await send('POST', '/exec', {
      headers: { 'content-type': 'text/plain;charset=utf-8', origin: 'chrome-extension://abcdefghijklmnop' },
      body: JSON.stringify({ v: 1, token: pairing.token, action: 'ping' }),
    });
    expect(ping.json()).toMatchObject({ ok: true, action: 'ping', person: 'Workbench clipper' });

    // Set the sample up, then clip a dated record with a snapshot against a requirement it lacks evidence for.
    const proposal = (await postJson('/api/run', { name: 'proposeSetup', args: [] })).json().value as {
      headerRow: number;
      columns: { role: string; column: string | null }[];
    };
    await postJson('/api/run', {
      name: 'confirmSetup',
      args: [{ headerRow: proposal.headerRow, columns: Object.fromEntries(proposal.columns.map((c) => [c.role, c.column])) }],
    });
    const clip = {
      id: 'workbench-clip-0001',
      url: 'https://training.example.com/cert/1',
      title: 'ERP contact list',
      capturedAt: '2026-11-26T10:00:00Z',
      recordDate: '2026-11-20',
      requirement: 'E6-03',
      excerpt: 'Emergency contacts',
      note: '',
      snapshot: { kind: 'png', name: 'shot.png', base64: Buffer.from('not really a png').toString('base64') },
    };
    const answer = (
      await send('POST', '/exec', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ v: 1, token: pairing.token, action: 'clip', clip }) })
    ).json();
    expect(answer).toMatchObject({ ok: true, action: 'clip', clipId: clip.id, duplicate: false });
    const files = readdirSync(join(dir, 'drive', 'northwind-tracker.csv'), { recursive: true }).map(String);
    expect(files.some((f) => f.includes(clip.id))).toBe(true);
    const saved = readFileSync(workbench.session.stateFile, 'utf8');
    expect(saved).toContain('workbench-clip-0001');
    // Its snapshot link opens the local copy the workbench keeps, not a made-up Drive address.
    expect(answer.snapshotUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${workbench.port}/drive/local_f_`));
    const copy = await send('GET', new URL(String(answer.snapshotUrl)).pathname);
    expect(copy.status).toBe(200);
    expect(copy.body.toString()).toBe('not really a png');
    expect(copy.headers['content-security-policy']).toBe('sandbox');
    expect((await send('GET', '/drive/local_f_Li4vLi4vZXRjL3Bhc3N3ZA')).status).toBe(404);
  });
});

describe('the pairing code across restarts', () => {
  it('keeps the same token, so a paired clipper stays paired', async () => {
    const state = mkdtempSync(join(tmpdir(), 'secor-workbench-pairing-'));
    const tokenOf = (code: string) => (JSON.parse(Buffer.from(code, 'base64url').toString('utf8')) as { token: string }).token;
    const first = await startWorkbench({ trackerPath: SAMPLE, stateDir: state, today: '2026-11-26', port: 0, fresh: true });
    const token = tokenOf(first.session.pairingCode());
    await first.close();
    const second = await startWorkbench({ trackerPath: SAMPLE, stateDir: state, today: '2026-11-26', port: 0 });
    try {
      const code = second.session.pairingCode();
      expect(tokenOf(code)).toBe(token);
      expect(JSON.parse(Buffer.from(code, 'base64url').toString('utf8'))).toMatchObject({
        v: 1,
        url: `http://127.0.0.1:${second.port}/exec`,
        sheet: 'northwind-tracker',
      });
    } finally {
      await second.close();
      rmSync(state, { recursive: true, force: true });
    }
  });
});

describe('Check the installation in the workbench', () => {
  it('is an item of its menu: it opens the sidebar on the check, whose report finds every piece working', async () => {
    const state = (await postJson('/api/menu', { name: 'checkTheInstallation' })).json() as {
      menus: { functionName: string }[];
      sidebar: { view: string | null };
    };
    expect(state.menus.map((m) => m.functionName)).toContain('checkTheInstallation');
    expect(state.sidebar.view).toBe('check');
    const reply = (await postJson('/api/run', { name: 'checkInstallation', args: [] })).json() as {
      ok: boolean;
      value: { checks: { name: string; ok: boolean; found: string }[] };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.checks.filter((c) => !c.ok)).toEqual([]);
    expect(reply.value.checks.find((c) => c.name === "The clipper's web app address")!.found).toBe(
      `Pairing codes carry http://127.0.0.1:${workbench.port}/exec.`,
    );
    // The Drive folder it made is gone again.
    expect(readdirSync(join(dir, 'drive', 'northwind-tracker.csv')).filter((f) => f.includes('installation check'))).toEqual([]);
  });
});

describe('a menu item that fails', () => {
  it("answers 200 with the add-on's own message, as Sheets shows a script's error, not a server failure", async () => {
    const state = mkdtempSync(join(tmpdir(), 'secor-menu-error-'));
    const fresh = await startWorkbench({ trackerPath: SAMPLE, stateDir: state, today: '2026-11-26', port: 0, fresh: true });
    try {
      const res = await fetch(`${fresh.url}api/menu`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'createActionPlan' }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { menuError: string | null; menus: unknown[] };
      expect(body.menuError).toMatch(/Set up this sheet/);
      expect(body.menus.length).toBeGreaterThan(0);
    } finally {
      await fresh.close();
      rmSync(state, { recursive: true, force: true });
    }
  });
});

describe("a sheet's shape changed in the workbench", () => {
  it('refuses a change it cannot read with what to send, and changes nothing', async () => {
    const before = readFileSync(workbench.session.stateFile, 'utf8');
    for (const [body, message] of [
      [{ sheet: 'northwind-tracker', op: 'insert', axis: 'diagonal', index: 2 }, '"axis" must be "rows" or "columns".'],
      [{ sheet: 'northwind-tracker', op: 'insert', axis: 'rows', index: 0 }, '"index" must be a row or column number (1-based).'],
      [{ sheet: 'northwind-tracker', op: 'fold', axis: 'rows', index: 2 }, '"op" must be "insert", "delete" or "move".'],
      [{ sheet: 'northwind-tracker', op: 'move', axis: 'rows', index: 2 }, '"to" must be a row or column number (1-based).'],
    ] as const) {
      const reply = await postJson('/api/rearrange', body);
      expect(reply.status).toBe(400);
      expect(reply.json()).toEqual({ error: message });
    }
    expect(readFileSync(workbench.session.stateFile, 'utf8')).toBe(before);
  });
});
