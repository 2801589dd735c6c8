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
    const box = page.getByRole('searchbox', { name: 'Search projects and pages' });
    const list = page.locator('#site-search-results');
    const started = Date.now();
    await box.focus();
    await page.keyboard.type(first);
    await list.getByRole('option').first().waitFor();
    const firstResultsMs = Date.now() - started;
    await list.and(page.locator(`[data-complete="${first}"]`)).waitFor();
    const coldMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const coldBytes = bytes;
    const warmStart = Date.now();
    await page.keyboard.type(next);
    await list.and(page.locator(`[data-complete="${first}${next}"]`)).waitFor();
    const warmMs = Date.now() - warmStart;
    await page.waitForLoadState('networkidle');
    return { query: first, firstResultsMs, coldMs, coldBytes, warmMs, warmBytes: bytes - coldBytes, idleBytes: idle };
  } finally {
    await browser.close();
  }
}
