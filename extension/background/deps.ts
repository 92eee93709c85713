/** What the background takes from its surroundings, so tests can give it a fake clock and network. */
export interface BackgroundDeps {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly randomId: () => string;
}

export const browserDeps = (): BackgroundDeps => ({
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  randomId: () => crypto.randomUUID(),
});
