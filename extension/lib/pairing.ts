import * as v from 'valibot';
import { PAIRING, type Pairing } from '../../shared/clip-protocol.ts';
import { base64UrlToText } from './base64.ts';

export type PairingDecode = { ok: true; pairing: Pairing } | { ok: false; message: string };

/** A pasted pairing code (base64url of the PAIRING JSON) to a pairing, or what is wrong with it. */
export function decodePairingCode(input: string): PairingDecode {
  const code = input.trim().replace(/^pairing code:\s*/i, '');
  if (code === '') return { ok: false, message: 'Paste the pairing code from the sidebar ("Connect the clipper") or the workbench.' };
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(code)) {
    return { ok: false, message: 'This is not a pairing code: it should be one word of letters, digits, - and _. Copy it again, whole.' };
  }
  let json: string;
  try {
    json = base64UrlToText(code);
  } catch {
    return { ok: false, message: 'This pairing code is damaged (it does not decode): copy it again, whole.' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: 'This pairing code is cut short or damaged (its content is not readable): copy it again, whole.' };
  }
  const result = v.safeParse(PAIRING, value);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.');
    return { ok: false, message: `This pairing code is not valid${where ? ` (${where})` : ''}: ${issue.message}. Make a new code in the sidebar.` };
  }
  const url = new URL(result.output.url);
  const local = url.protocol === 'http:' && url.hostname === '127.0.0.1';
  const google = url.protocol === 'https:' && (url.hostname === 'script.google.com' || url.hostname === 'script.googleusercontent.com');
  if (!local && !google) {
    return {
      ok: false,
      message: `The pairing code points at ${url.origin}, which the clipper may not talk to: only Google Apps Script web apps (script.google.com) and the local workbench (http://127.0.0.1).`,
    };
  }
  return { ok: true, pairing: result.output };
}

/**
 * Which pairing a queued clip was made under, without its token: the web app's address and the
 * SHA-256 of the token, and the spreadsheet's name to show people. A clip is sent only while the
 * clipper is paired with the same address and token; the token itself stays in the pairing record.
 */
export interface PairingRef {
  readonly url: string;
  readonly tokenHash: string;
  readonly spreadsheet: string;
}

export async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const samePairing = (a: Pick<PairingRef, 'url' | 'tokenHash'> | null, b: Pick<PairingRef, 'url' | 'tokenHash'> | null): boolean =>
  a !== null && b !== null && a.url === b.url && a.tokenHash === b.tokenHash;
