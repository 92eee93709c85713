import { describe, expect, it } from 'vitest';
import { textToBase64Url } from './base64.ts';
import { decodePairingCode, samePairing, tokenHash } from './pairing.ts';

const code = (value: unknown) => textToBase64Url(JSON.stringify(value));
const GOOD = { v: 1, url: 'https://script.google.com/macros/s/AKfy/exec', token: 'x'.repeat(43), sheet: 'Northwind Safety' };

describe('decodePairingCode', () => {
  it('decodes a good code (with or without the "Pairing code:" prefix the workbench prints)', () => {
    expect(decodePairingCode(code(GOOD))).toEqual({ ok: true, pairing: GOOD });
    expect(decodePairingCode(`Pairing code: ${code(GOOD)}\n`)).toEqual({ ok: true, pairing: GOOD });
    const local = { ...GOOD, url: 'http://127.0.0.1:4600/exec' };
    expect(decodePairingCode(code(local))).toEqual({ ok: true, pairing: local });
  });

  it.each([
    ['', /Paste the pairing code/],
    ['not a code!', /not a pairing code/],
    ['A', /damaged \(it does not decode\)/],
    [code(GOOD).slice(0, 30), /cut short or damaged/],
    [code({ ...GOOD, v: 2 }), /\(v\): pairing code version must be 1/],
    [code({ ...GOOD, url: 'not a url' }), /\(url\): the pairing code has no valid web app address/],
    [code({ ...GOOD, token: 'short' }), /\(token\)/],
    [code({ ...GOOD, url: 'https://evil.example/exec' }), /points at https:\/\/evil\.example, which the clipper may not talk to/],
    [code({ ...GOOD, url: 'http://script.google.com/x' }), /may not talk to/],
  ])('%j is refused with a clear message', (input, message) => {
    const result = decodePairingCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('a pairing named without its token', () => {
  it('is the web app address and the SHA-256 of the token', async () => {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    expect(await tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const a = { url: GOOD.url, tokenHash: await tokenHash(GOOD.token) };
    expect(samePairing(a, { ...a })).toBe(true);
    expect(samePairing(a, { ...a, url: 'http://127.0.0.1:4600/exec' })).toBe(false);
    expect(samePairing(a, { ...a, tokenHash: await tokenHash('y'.repeat(43)) })).toBe(false);
    expect(samePairing(a, null)).toBe(false);
  });
});
