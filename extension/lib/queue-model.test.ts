import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, recordHistory, type HistoryEntry } from './history-model.ts';
import { backoffDelay, refusedWords, summarise, takenOverBy, type QueueEntry } from './queue-model.ts';

describe('backoff schedule', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, 30_000, 3_600_000) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(backoffDelay(500, 30_000, 3_600_000)).toBe(3_600_000);
  });
});

describe('history', () => {
  it(`keeps the last ${HISTORY_LIMIT}, newest first, one entry per clip`, () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < 60; i++)
      list = recordHistory(list, { id: `c${i}`, title: '', url: '', requirement: 'E1-01', requirementLabel: '', state: 'queued', at: i, attempts: 0 });
    list = recordHistory(list, { ...list[10]!, state: 'saved' });
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]).toMatchObject({ id: 'c49', state: 'saved' });
    expect(new Set(list.map((e) => e.id)).size).toBe(HISTORY_LIMIT);
  });
});

describe('what the queue holds, by pairing', () => {
  const A = { url: 'http://127.0.0.1:9/exec', tokenHash: 'a'.repeat(64), spreadsheet: 'Northwind Safety' };
  const B = { url: 'http://127.0.0.1:10/exec', tokenHash: 'b'.repeat(64), spreadsheet: 'Southgate Safety' };
  const entry = (id: string, pairing: typeof A, state: QueueEntry['state'] = 'waiting'): QueueEntry => ({
    clip: { id, url: 'https://x.example/', title: '', capturedAt: '2026-11-26T15:00:00Z', requirement: 'E1-01', excerpt: '', note: '' },
    snapshot: null,
    state,
    attempts: 0,
    nextAt: 0,
    queuedAt: 0,
    pairing,
  });
  const queue = [entry('a1', A), entry('b1', B), entry('a2', A, 'held'), entry('b2', B, 'sending'), entry('a3', A, 'sending')];

  it("counts the current pairing's clips, and the others by the tracker they wait for", () => {
    expect(summarise(queue, A)).toEqual({ waiting: 2, held: 1, heldForToken: 0, elsewhere: [{ pairing: B, count: 2 }] });
    expect(summarise(queue, B)).toEqual({ waiting: 2, held: 0, heldForToken: 0, elsewhere: [{ pairing: A, count: 3 }] });
    expect(summarise(queue, null)).toEqual({
      waiting: 0,
      held: 0,
      heldForToken: 0,
      elsewhere: [
        { pairing: A, count: 3 },
        { pairing: B, count: 2 },
      ],
    });
    // The same web app with another token is another pairing.
    expect(summarise(queue, { ...A, tokenHash: 'c'.repeat(64) }).elsewhere.map((g) => g.count)).toEqual([3, 2]);
  });

  it('says what to do about refused clips: a revoked pairing wants a new code, anything else a retry', () => {
    const revoked = { ...entry('r', A, 'held'), refusal: 'revoked-token' };
    const other = { ...entry('o', A, 'held'), refusal: 'unknown-requirement' };
    const summary = summarise([revoked, other, entry('w', A)], A);
    expect(summary).toMatchObject({ waiting: 1, held: 2, heldForToken: 1 });
    expect(refusedWords(summary)).toBe(
      "1 clip refused because this clipper's pairing was revoked: pair again with a new code from the coordinator (the sidebar's Connect the clipper), and it is sent; 1 clip refused by the tracker: open the clipper to retry.",
    );
    expect(refusedWords(summarise([entry('w', A)], A))).toBeNull();
  });

  it('a new token for the same tracker takes over only the clips that tracker refused for their token', () => {
    const again = { ...A, tokenHash: 'c'.repeat(64) };
    const held = (refusal: string, pairing = A) => ({ ...entry('h', pairing, 'held'), refusal });
    expect(takenOverBy(held('revoked-token'), again)).toBe(true);
    expect(takenOverBy(held('unknown-token'), again)).toBe(true);
    // Refused for something else, not refused, another tracker's, or already this pairing's: they stay as they are.
    expect(takenOverBy(held('unknown-requirement'), again)).toBe(false);
    expect(takenOverBy(entry('w', A), again)).toBe(false);
    expect(takenOverBy(held('revoked-token', B), again)).toBe(false);
    expect(takenOverBy(held('revoked-token'), A)).toBe(false);
  });
});
