import { Refusal } from './answer.ts';

/** Requests one token may make in a minute. */
export const REQUESTS_PER_MINUTE = 60;
/** Unknown-token answers the web app gives in a minute, to everyone together. */
export const UNKNOWN_TOKENS_PER_MINUTE = 30;

/**
 * Counts requests per clock minute in the script cache under `key`, and refuses past `limit`.
 * Not atomic across concurrent executions: a few extra requests may slip through in a burst,
 * which is fine for a flood guard.
 */
function countPerMinute(key: string, limit: number): void {
  const cache = CacheService.getScriptCache();
  const minuteKey = `secor-ready.rate.${key}.${Math.floor(Date.now() / 60_000)}`;
  const count = Number(cache.get(minuteKey) ?? '0');
  if (count >= limit) {
    throw new Refusal('rate-limited', `Too many requests: at most ${limit} a minute. The clipper will try again in a minute.`);
  }
  cache.put(minuteKey, String(count + 1), 120);
}

/** A paired token's request (keyed by the token's hash). */
export function countRequest(tokenHash: string): void {
  countPerMinute(tokenHash.slice(0, 32), REQUESTS_PER_MINUTE);
}

/**
 * A request with a token nobody was given. doPost knows nothing of who calls (no address, no
 * headers), so these are counted for everyone together: past the limit a token-guessing flood
 * is answered "rate-limited" for the rest of the minute. Tokens are looked up before this, so a
 * paired person is never held up by someone else's flood.
 */
export function countUnknownToken(): void {
  countPerMinute('unknown-token', UNKNOWN_TOKENS_PER_MINUTE);
}
