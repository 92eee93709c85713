import { describe, expect, it } from 'vitest';
import { LIMITS, base64Bytes, checkRequest } from './clip-protocol.ts';

const clip = {
  id: 'clip-0001-abcdef',
  url: 'https://training.example.com/certificates/123',
  title: 'Fall protection certificate - J. Patel',
  capturedAt: '2026-11-26T15:04:05.000Z',
  recordDate: '2026-10-02',
  requirement: 'E5-02',
  excerpt: 'Completed on October 2, 2026',
  note: 'renewal 2029',
};
const request = { v: 1, token: 'a'.repeat(43), action: 'clip', clip };

describe('checkRequest', () => {
  it('accepts a well-formed clip, ping and requirements request', () => {
    expect(checkRequest(request)).toMatchObject({ ok: true });
    expect(checkRequest({ v: 1, token: 't', action: 'ping' })).toMatchObject({ ok: true });
    expect(
      checkRequest({ ...request, clip: { ...clip, requirement: 14, recordDate: null, snapshot: { kind: 'png', name: 'shot.png', base64: 'iVBORw0KGgo=' } } }),
    ).toMatchObject({ ok: true });
  });

  it.each([
    [null, 'bad-request'],
    [[1, 2], 'bad-request'],
    [{ ...request, v: 2 }, 'bad-version'],
    [{ ...request, action: 'delete' }, 'unknown-action'],
    [{ ...request, token: 5 }, 'bad-request'],
    [{ ...request, clip: { ...clip, url: 'javascript:alert(1)' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, url: 'file:///etc/passwd' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, title: 'x'.repeat(LIMITS.title + 1) } }, 'bad-request'],
    [{ ...request, clip: { ...clip, recordDate: 'Oct 2' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, recordDate: '2026-02-31' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, capturedAt: '2026-13-01T10:00:00Z' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, url: 'https://exa mple.com/' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, url: 'https:///nohost' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, requirement: 'policy' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, id: 'a b' } }, 'bad-request'],
    [{ ...request, clip: { ...clip, snapshot: { kind: 'exe', name: 'x', base64: '' } } }, 'bad-request'],
  ])('refuses %j with %s and a message', (body, code) => {
    const result = checkRequest(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('names the field that is wrong', () => {
    const result = checkRequest({ ...request, clip: { ...clip, recordDate: '02/10/2026' } });
    expect(!result.ok && result.error.message).toMatch(/^clip\.recordDate: recordDate must be written YYYY-MM-DD/);
  });

  it('refuses a snapshot over 10 MB with its own code', () => {
    const big = 'A'.repeat(Math.ceil(((LIMITS.snapshotBytes + 3) * 4) / 3));
    const result = checkRequest({ ...request, clip: { ...clip, snapshot: { kind: 'pdf', name: 'big.pdf', base64: big } } });
    expect(!result.ok && result.error.code).toBe('snapshot-too-large');
  });

  it('counts decoded bytes of base64', () => {
    expect(base64Bytes(Buffer.from('hello').toString('base64'))).toBe(5);
    expect(base64Bytes(Buffer.from('hello!').toString('base64'))).toBe(6);
  });
});

describe('web addresses without the URL global (Apps Script has none)', () => {
  it('accepts http(s) addresses and refuses others, with URL removed', () => {
    const saved = globalThis.URL;
    // @ts-expect-error: Apps Script's V8 has no URL
    delete globalThis.URL;
    try {
      for (const url of ['https://training.example.com/certificates/123?x=1#top', 'http://127.0.0.1:8080/a', 'https://[::1]/', 'https://bücher.example/é']) {
        expect(checkRequest({ ...request, clip: { ...clip, url } }), url).toMatchObject({ ok: true });
      }
      for (const url of ['ftp://example.com/', 'https://', 'https://a b/', 'mailto:a@b.c']) {
        expect(checkRequest({ ...request, clip: { ...clip, url } }), url).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
    } finally {
      globalThis.URL = saved;
    }
  });
});
