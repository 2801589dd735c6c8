/**
 * Search cost in a real browser: bytes fetched and time from typing to complete results, for the
 * first query on a page (cold: search code, name shard and Pagefind load) and for the next
 * keystroke (warm). Needs a built site served at the given URL.
 */
import { chromium } from '@playwright/test';

export interface SearchFigures {
  query: string;
  /** Until the first results (name matches) show. */
  firstResultsMs: number;
  /** Until the list is complete (name matches and Pagefind's full-text results). */
  coldMs: number;
  coldBytes: number;
  warmMs: number;
  warmBytes: number;
  /** Search data the page fetched on its own once idle (Pagefind, topics), before any typing. */
  idleBytes: number;
}

export async function measureSearch(baseURL: string, executablePath: string | undefined, first = 'prom', next = 'e'): Promise<SearchFigures> {
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    let idleBytes = 0;
    const searchData = /\/pagefind\/|\/search\/(names|topics)|search-engine|name-index/;
    page.on('requestfinished', (request) => {
      if (searchData.test(request.url())) void request.sizes().then((s) => (idleBytes += s.responseBodySize + s.responseHeadersSize));
    });
    await page.goto(`${baseURL}/projects/`, { waitUntil: 'networkidle' });
    page.removeAllListeners('requestfinished');
    const idle = idleBytes;
    let bytes = 0;
    page.on('requestfinished', (request) => {
      void request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
    });
    // Times are taken inside the page, from the first keystroke to the list's changes, so the
    // browser driver's own work (finding the box by its role in a large page, polling for the
    // result) is not counted as search time.
    const box = page.locator('#site-search-input');
    await box.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { searchTimes: { keys: number[]; first?: number; complete: Record<string, number> } };
      w.searchTimes = { keys: [], complete: {} };
      const input = document.querySelector('#site-search-input');
      const list = document.querySelector<HTMLElement>('#site-search-results');
      input?.addEventListener('keydown', () => w.searchTimes.keys.push(performance.now()), { capture: true });
      if (!list) return;
      new MutationObserver(() => {
        const now = performance.now();
        if (w.searchTimes.first === undefined && list.querySelector('[role="option"]')) w.searchTimes.first = now;
        const done = list.dataset['complete'];
        if (done && w.searchTimes.complete[done] === undefined) w.searchTimes.complete[done] = now;
      }).observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-complete'] });
    });
    const times = () => page.evaluate(() => (window as unknown as { searchTimes: { keys: number[]; first: number; complete: Record<string, number> } }).searchTimes);
    await box.focus();
    await page.keyboard.type(first);
    await page.locator(`#site-search-results[data-complete="${first}"]`).waitFor();
    const cold = await times();
    const key = cold.keys[0] ?? NaN;
    const firstResultsMs = Math.round(cold.first - key);
    const coldMs = Math.round((cold.complete[first] ?? NaN) - key);
    await page.waitForLoadState('networkidle');
    const coldBytes = bytes;
    await page.keyboard.type(next);
    await page.locator(`#site-search-results[data-complete="${first}${next}"]`).waitFor();
    const warm = await times();
    const warmMs = Math.round((warm.complete[`${first}${next}`] ?? NaN) - (warm.keys[first.length] ?? NaN));
    await page.waitForLoadState('networkidle');
    return { query: first, firstResultsMs, coldMs, coldBytes, warmMs, warmBytes: bytes - coldBytes, idleBytes: idle };
  } finally {
    await browser.close();
  }
}
