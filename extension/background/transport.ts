/**
 * One request to the add-on's web app: a text/plain JSON POST (no CORS preflight; Apps Script's
 * doPost sees no headers anyway) that follows the 302 to script.googleusercontent.com. The answer
 * is sorted into: an answer to act on, a failure worth retrying, or a refusal to show a person.
 */
import { PROTOCOL_VERSION, type ClipAnswer, type ClipRequest, type ErrorCode } from '../../shared/clip-protocol.ts';
import type { Pairing } from '../../shared/clip-protocol.ts';

export type Outcome =
  | { readonly kind: 'answer'; readonly answer: Extract<ClipAnswer, { ok: true }> }
  | { readonly kind: 'retry'; readonly code: string; readonly message: string }
  | { readonly kind: 'refused'; readonly code: string; readonly message: string };

/** Server codes that another attempt may cure; every other code needs a person. */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set<ErrorCode>(['busy', 'rate-limited']);

export const REQUEST_TIMEOUT_MS = 60_000;

type Body = { action: 'ping' } | { action: 'requirements' } | { action: 'clip'; clip: Extract<ClipRequest, { action: 'clip' }>['clip'] };

export async function post(fetchFn: typeof fetch, pairing: Pairing, body: Body): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetchFn(pairing.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=utf-8' },
      body: JSON.stringify({ v: PROTOCOL_VERSION, token: pairing.token, ...body }),
      redirect: 'follow',
      credentials: 'omit',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    // fetch's own words ("Failed to fetch") tell a person nothing; it fails this way offline.
    const timeout = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      kind: 'retry',
      code: timeout ? 'timeout' : 'network',
      message: timeout ? 'The tracker did not answer within a minute.' : 'The tracker cannot be reached: the network may be down.',
    };
  }
  const text = await response.text().catch(() => '');
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    return { kind: 'retry', code: `http-${response.status}`, message: `The tracker's web app answered HTTP ${response.status}.` };
  }
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    const login = /accounts\.google\.com|<html/i.test(text);
    return {
      kind: 'refused',
      code: response.ok ? 'not-json' : `http-${response.status}`,
      message: login
        ? 'The web app answered with a web page, not the tracker: deploy it with access "Anyone" and pair again.'
        : `The web app's answer is not the clip protocol (HTTP ${response.status}): check the pairing code's address.`,
    };
  }
  return sortAnswer(answer);
}

/** A parsed answer: ok answers are passed on; errors are retried or refused by their code. */
export function sortAnswer(answer: unknown): Outcome {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) {
    return { kind: 'refused', code: 'not-protocol', message: "The web app's answer is not the clip protocol: check the pairing code's address." };
  }
  const a = answer as ClipAnswer;
  if (a.ok) return { kind: 'answer', answer: a };
  const code = String(a.error?.code ?? 'unknown');
  const message = String(a.error?.message ?? 'The tracker refused the request.');
  return RETRYABLE_CODES.has(code) ? { kind: 'retry', code, message } : { kind: 'refused', code, message };
}
