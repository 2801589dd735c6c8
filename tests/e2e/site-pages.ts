import type { APIRequestContext, Page } from '@playwright/test';

/** Paths of every page in the built site, read from its sitemap. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/**
 * One page per template, picked from the sitemap by URL shape. `edition` picks the templates a
 * translated edition has (paths given without their /zh or /ru prefix).
 */
export function pagesPerTemplate(paths: string[], pick: (p: string) => boolean = () => true, edition = false): Record<string, string> {
  const first = (re: RegExp) => paths.find((p) => re.test(p) && pick(p));
  const templates: Record<string, string | undefined> = {
    home: '/',
    ...(edition ? {} : { 'landscape grid': '/grid/' }),
    'category list': '/categories/',
    category: first(/^\/categories\/[^/]+\/$/),
    subcategory: first(/^\/categories\/[^/]+\/[^/]+\/$/),
    ...(edition ? {} : { 'CNCF project table': '/projects/' }),
    project: first(/^\/projects\/[^/]+\/$/),
    ...(edition ? {} : { 'all items': '/items/' }),
    'guide list': '/guides/',
    guide: first(/^\/guides\/[^/]+\/$/),
    search: '/search/',
  };
  const missing = Object.entries(templates).filter(([, path]) => path === undefined || !paths.includes(path));
  // Every template must be tested: a template that vanished from the sitemap is a failure, not a smaller test.
  if (missing.length) throw new Error(`pagesPerTemplate: no page in the sitemap for ${missing.map(([name]) => name).join(', ')}`);
  return templates as Record<string, string>;
}

/** Collects console errors and failed requests while a page is used. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => {
    // ERR_ABORTED is the browser cancelling a request because the test navigated away (e.g. while
    // Pagefind preloads its filter chunks); a missing file shows up as an HTTP error below.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** Scrolls to the bottom so lazy images load too. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
}
