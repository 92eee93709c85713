/**
 * A fake of the add-on's web app for unit tests, as a fetch function: it checks each request with
 * shared/clip-protocol's checkRequest, stores clips by id (a repeated id gets the first answer, as
 * the real server does), and can be told to fail. `network` puts several trackers (each its own web
 * app address and token) behind one fetch, as the browser sees them.
 */
import { checkRequest, type ClipAnswer, type RequirementChoice } from '../../shared/clip-protocol.ts';

export const TOKEN = 'tok_0123456789abcdefghijklmnop';
export const WEB_APP = 'http://127.0.0.1:9/exec';

export const REQUIREMENTS: RequirementChoice[] = [
  { id: 'E1-01', element: 'E1', text: 'Signed health and safety policy', row: 5, readiness: 'ready', evidence: ['signed policy'] },
  { id: 'E4-01', element: 'E4', text: 'Monthly workplace inspections', row: 12, readiness: 'gap', evidence: ['inspection checklist'] },
  {
    id: 'E5-02',
    element: 'E5',
    text: 'Worker training records (fall protection, first aid)',
    row: 20,
    readiness: 'gap',
    evidence: ['training certificates', 'course completion records'],
  },
  // A team's own item that matches no reference requirement: the picker offers it by its row.
  { id: null, element: null, text: 'Forklift daily pre-use checks', row: 30, readiness: 'gap', evidence: [] },
];

/** Which tracker a fake web app is: its address, token, and what its ping answers. */
export interface FakeTracker {
  readonly url: string;
  readonly token: string;
  readonly spreadsheet: string;
  readonly person: string;
}

export type Fault = 'down' | '500' | 'busy' | 'unknown-requirement' | 'revoked-token' | 'no-row' | null;

export class FakeServer {
  tracker: FakeTracker;
  /** The picker's list it answers; a test may sort it, as a team sorts its rows. */
  requirements: RequirementChoice[] = [...REQUIREMENTS];
  readonly stored = new Map<string, { row: number; clip: unknown }>();
  readonly requests: unknown[] = [];
  fault: Fault = null;
  /** Fails just this many next requests with `fault`, then works. */
  failNext = 0;
  private nextRow = 2;

  constructor(tracker: Partial<FakeTracker> = {}) {
    this.tracker = { url: WEB_APP, token: TOKEN, spreadsheet: 'Northwind Safety', person: 'J. Patel', ...tracker };
  }

  readonly fetch: typeof fetch = async (_input, init) => {
    const body = JSON.parse(String(init?.body));
    this.requests.push(body);
    const fault = this.failNext > 0 || this.fault ? this.fault : null;
    if (this.failNext > 0) this.failNext--;
    if (fault === 'down') throw new TypeError('Failed to fetch');
    if (fault === '500') return new Response('oops', { status: 500 });
    const json = (a: ClipAnswer) => new Response(JSON.stringify(a), { status: 200 });
    if (fault === 'busy') return json({ ok: false, error: { code: 'busy', message: 'The tracker is busy: try again shortly.' } });
    if (fault === 'revoked-token')
      return json({ ok: false, error: { code: 'revoked-token', message: 'This clipper was disconnected from the tracker: pair it again.' } });
    const checked = checkRequest(body);
    if (!checked.ok) return json({ ok: false, error: checked.error });
    const request = checked.request;
    if (request.token !== this.tracker.token) return json({ ok: false, error: { code: 'unknown-token', message: 'Unknown token.' } });
    if (request.action === 'ping') return json({ ok: true, action: 'ping', spreadsheet: this.tracker.spreadsheet, person: this.tracker.person });
    if (request.action === 'requirements') return json({ ok: true, action: 'requirements', requirements: this.requirements });
    if (fault === 'unknown-requirement') return json({ ok: false, error: { code: 'unknown-requirement', message: 'No requirement E9-99 in this tracker.' } });
    const seen = this.stored.get(request.clip.id);
    if (fault === 'no-row') return new Response(JSON.stringify({ ok: true, action: 'clip', clipId: request.clip.id }), { status: 200 });
    if (seen)
      return json({ ok: true, action: 'clip', clipId: request.clip.id, row: seen.row, sheet: 'Evidence', duplicate: true, snapshotUrl: null, sha256: null });
    const row = this.nextRow++;
    this.stored.set(request.clip.id, { row, clip: request.clip });
    return json({ ok: true, action: 'clip', clipId: request.clip.id, row, sheet: 'Evidence', duplicate: false, snapshotUrl: null, sha256: null });
  };

  /** The coordinator connects the person again: a new token works, the old one is unknown from now on. */
  reconnect(token: string): void {
    this.tracker = { ...this.tracker, token };
  }

  clipRequests(): number {
    return this.requests.filter((r) => (r as { action?: string }).action === 'clip').length;
  }
}

/** One fetch for several fake trackers, routed by web app address; any other address is unreachable. */
export function network(...servers: FakeServer[]): typeof fetch {
  return (input, init) => {
    const server = servers.find((s) => s.tracker.url === String(input));
    return server ? server.fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
  };
}
