/**
 * The workbench's HTTP server, on 127.0.0.1 only: the page, its JSON API over a WorkbenchSession,
 * the sidebar, and the exports. Nothing else is served (no files from disk but the built page itself).
 * The JSON routes answer as workbench/page-api.ts declares them, the contract the page is typed from.
 *
 *   GET  /                 the page (workbench/page/, built to dist/workbench/page.html)
 *   GET  /api/state        sheets, cells and colours, selection, sidebar, new toasts
 *   POST /api/edit         {sheet, row, col, value}: types into a cell, runs onEdit
 *   POST /api/activate     {sheet}: switches sheet
 *   POST /api/rearrange    {sheet, op: insert|delete|move, axis: rows|columns, index, count?, to?}: as Sheets' row and column menus
 *   POST /api/menu         {name}: runs an item of the add-on's menu (what it threw comes back as menuError)
 *   POST /api/run          {name, args}: a google.script.run call from the sidebar
 *   GET  /sidebar?view=    the sidebar HTML, wired to /api/run
 *   GET  /drive/<id>       a file the add-on kept in Drive (the local folder), as its webViewLink opens it
 *   GET  /dialog           the add-on's open modal dialog;  POST /api/close-dialog  closes it
 *   GET  /export.csv       the active sheet;  GET /export.xlsx  the workbook
 *   GET  /audit-pack.pdf   the reviewer's audit pack of the workbook, as `secor-ready pack` builds it
 */

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportAuditPack, exportCsv, exportXlsx, contentDisposition } from './exports.ts';
import type { PageApi, PageRoute } from './page-api.ts';
import { ROOT, type SessionOptions, WorkbenchError, WorkbenchSession } from './session.ts';

/** JSON bodies are capped at this many bytes. */
export const MAX_BODY = 1024 * 1024;
export const DEFAULT_PORT = 4600;
/** The page, as `npm run build` (and so `npm install`) builds it from workbench/page/. */
const PAGE = join(ROOT, 'dist', 'workbench', 'page.html');

export interface WorkbenchOptions extends SessionOptions {
  /** The port to listen on; 0 for any free one. */
  port?: number;
  /** When the port is taken, listen on a free one instead of failing. */
  fallbackToFreePort?: boolean;
}

export interface RunningWorkbench {
  url: string;
  port: number;
  session: WorkbenchSession;
  server: Server;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** A page route's answer, of the type the page expects (workbench/page-api.ts). */
function answer<R extends PageRoute>(res: ServerResponse, _route: R, value: PageApi[R]['answer']): void {
  sendJson(res, 200, value);
}

/** A clip may carry a 10 MB snapshot as base64 inside its JSON. */
const MAX_CLIP_BODY = 16 * 1024 * 1024;

/** A POST body as text, whatever its type (the clipper sends text/plain JSON, as Apps Script wants). */
async function readText(req: IncomingMessage, max: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > max) throw new HttpError(413, `The body is larger than ${max} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, `The body is larger than ${max} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON body of a POST: application/json, at most MAX_BODY bytes, an object. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'Send the body as application/json.');
  const text = await readText(req, MAX_BODY);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'The body must be a JSON object.');
  return value as Record<string, unknown>;
}

/** Only this machine's page may talk to the workbench: the Host must be 127.0.0.1:PORT or localhost:PORT. */
export function allowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function allowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function createWorkbenchServer(session: WorkbenchSession, portOf: () => number): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const port = portOf();
    if (!allowedHost(req.headers.host, port)) throw new HttpError(403, `The workbench answers only to http://127.0.0.1:${port}/.`);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const route = `${req.method} ${url.pathname}`;
    // The web app (/exec) takes the clipper's requests from the extension's origin: its token is the key.
    if (req.method === 'POST' && url.pathname !== '/exec' && !allowedOrigin(req.headers.origin, port))
      throw new HttpError(403, 'Requests from other sites are refused.');
    if (req.method === 'GET' && url.pathname.startsWith('/drive/')) {
      const file = session.driveFile(decodeURIComponent(url.pathname.slice('/drive/'.length)));
      // Shown as the browser shows it, never run as a page of the workbench's origin.
      return send(res, 200, file.mimeType, file.body, { 'content-disposition': contentDisposition(file.name, 'inline'), 'content-security-policy': 'sandbox' });
    }
    switch (route) {
      case 'GET /':
      case 'GET /index.html':
        if (!existsSync(PAGE)) throw new HttpError(503, `The workbench page is not built (${PAGE} is missing): run "npm run build".`);
        return send(res, 200, 'text/html; charset=utf-8', readFileSync(PAGE));
      case 'GET /favicon.ico':
        res.writeHead(204, SECURITY_HEADERS);
        return void res.end();
      case 'GET /api/state':
        return answer(res, route, session.state());
      case 'POST /api/edit': {
        const body = await readJson(req);
        session.edit(body.sheet, body.row, body.col, body.value);
        return answer(res, route, session.state());
      }
      case 'POST /api/activate': {
        const body = await readJson(req);
        session.activate(body.sheet);
        return answer(res, route, session.state());
      }
      case 'POST /api/rearrange': {
        const body = await readJson(req);
        session.rearrange(body.sheet, body);
        return answer(res, route, session.state());
      }
      case 'POST /api/menu': {
        const body = await readJson(req);
        const { error } = session.menu(body.name);
        return answer(res, route, { ...session.state(), menuError: error });
      }
      case 'POST /api/run': {
        const body = await readJson(req);
        return sendJson(res, 200, session.run(body.name, body.args));
      }
      case 'GET /api/outbox':
        return answer(res, route, session.outbox());
      case 'POST /api/fire-triggers':
        return answer(res, route, session.fireTriggers());
      case 'POST /exec': {
        const answer = session.webApp('POST', await readText(req, MAX_CLIP_BODY));
        return send(res, 200, answer.mimeType, answer.body);
      }
      case 'GET /exec': {
        const answer = session.webApp('GET', '');
        return send(res, 200, answer.mimeType, answer.body);
      }
      case 'GET /dialog':
        return send(res, 200, 'text/html; charset=utf-8', session.dialogHtml());
      case 'POST /api/close-dialog':
        session.closeDialog();
        return answer(res, route, session.state());
      case 'GET /sidebar':
        return send(res, 200, 'text/html; charset=utf-8', session.sidebarHtml(url.searchParams.get('view')));
      case 'GET /export.csv': {
        const { fileName, body } = exportCsv(session.host);
        return send(res, 200, 'text/csv; charset=utf-8', `\uFEFF${body}`, { 'content-disposition': contentDisposition(fileName) });
      }
      case 'GET /export.xlsx': {
        const { fileName, body } = await exportXlsx(session.host);
        return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body, {
          'content-disposition': contentDisposition(fileName),
        });
      }
      case 'GET /audit-pack.pdf': {
        const { fileName, body } = await exportAuditPack(session.host);
        return send(res, 200, 'application/pdf', body, { 'content-disposition': contentDisposition(fileName) });
      }
      default:
        throw new HttpError(['GET', 'POST'].includes(req.method ?? '') ? 404 : 405, `No such page: ${req.method} ${url.pathname}`);
    }
  };
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError || error instanceof WorkbenchError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500 && !(error instanceof WorkbenchError)) console.error(error);
      if (res.headersSent) return void res.destroy();
      // A body too large is not read to the end: close the connection after answering.
      sendJson(res, status, { error: message });
      if (status === 413) req.destroy();
    });
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/** Opens the session and serves it on 127.0.0.1. */
export async function startWorkbench(options: WorkbenchOptions): Promise<RunningWorkbench> {
  if (!existsSync(PAGE)) throw new WorkbenchError(`The workbench page is not built (${PAGE} is missing): run "npm run build" (npm install does it too).`);
  let port = 0;
  const session = await WorkbenchSession.open({
    ...options,
    webAppUrl: () => (port ? `http://127.0.0.1:${port}/exec` : null),
    baseUrl: () => (port ? `http://127.0.0.1:${port}/` : null),
  });
  const server = createWorkbenchServer(session, () => port);
  try {
    port = await listen(server, options.port ?? DEFAULT_PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !options.fallbackToFreePort) throw error;
    port = await listen(server, 0);
  }
  session.confirmWebAppAddress(`http://127.0.0.1:${port}/exec`);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    session,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
