import { Refusal } from './answer.ts';

/** Requests one token may make in a minute. */
export const REQUESTS_PER_MINUTE = 60;

/**
 * Counts a token's requests per clock minute in the script cache (keyed by the token's hash) and
 * refuses past the limit. Not atomic across concurrent executions: a few extra requests may slip
 * through in a burst, which is fine for a flood guard.
 */
export function countRequest(tokenHash: string): void {
  const cache = CacheService.getScriptCache();
  const key = `secor-ready.rate.${tokenHash.slice(0, 32)}.${Math.floor(Date.now() / 60_000)}`;
  const count = Number(cache.get(key) ?? '0');
  if (count >= REQUESTS_PER_MINUTE) {
    throw new Refusal('rate-limited', `Too many requests: at most ${REQUESTS_PER_MINUTE} a minute. The clipper will try again in a minute.`);
  }
  cache.put(key, String(count + 1), 120);
}
