/**
 * When full-text searches run as the reader types. Pagefind answers one search at a time in its
 * worker, and a search typed on the way to a longer query is wasted work the longer query then
 * waits behind; this queue decides which searches run at all.
 */

/**
 * Keystrokes closer together than this are one burst (fast typing, autofill): its full-text search
 * waits for the burst to end instead of searching every prefix on the way. A keystroke after a
 * pause, as people type, searches at once.
 */
export const BURST_MS = 40;

/**
 * As you type, a query shorter than this is most likely the start of a word, and the costliest to
 * search: Pagefind matches it as a prefix of thousands of words ("pr" found 2,507 of 2,514 pages
 * and took 375 ms in local Chromium; "prom" found 190 in 35 ms). Its full-text search waits for
 * the reader to pause (SHORT_QUERY_PAUSE_MS), so it does not hold up the query being typed.
 */
export const SHORT_QUERY = 4;
export const SHORT_QUERY_PAUSE_MS = 150;

export interface SearchQueueClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const browserClock: SearchQueueClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A queue that runs one search at a time, and only the newest that is waiting: while one search
 * runs, or while a burst of keystrokes goes on, the queries typed meanwhile collapse into the last
 * one. Superseded calls resolve to null. `short` marks a query typed as you type and shorter than
 * SHORT_QUERY.
 */
export function createSearchQueue(clock: SearchQueueClock = browserClock): <T>(search: () => Promise<T>, short?: boolean) => Promise<T | null> {
  let running: Promise<unknown> | undefined;
  let newest = 0;
  let lastCall = -Infinity;
  return async (search, short = false) => {
    const ticket = ++newest;
    const now = clock.now();
    const inBurst = now - lastCall < BURST_MS;
    lastCall = now;
    const wait = short ? SHORT_QUERY_PAUSE_MS : inBurst ? BURST_MS : 0;
    if (wait > 0) await clock.sleep(wait);
    while (running) await running.catch(() => undefined);
    if (ticket !== newest) return null;
    const current = search();
    running = current;
    try {
      return await current;
    } finally {
      running = undefined;
    }
  };
}
