import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { headersForPath, parseHeadersFile } from '../../src/lib/site/security-headers.ts';
import { watchForErrors } from './site-pages.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
/** A second origin for the page that frames ours: served by the test itself, never over the network. */
const OTHER_SITE = 'http://other-site.test';
const EMBED = '/embed/categories/orchestration-management/service-mesh/';

/**
 * `astro preview` does not read _headers, so every response of the built site gets, on its way to
 * the browser, exactly the headers dist/_headers gives its path (as a host reading the file would),
 * and the other site's page is answered from here.
 */
async function serveLikeAHost(context: BrowserContext, baseURL: string, otherSitePage: string): Promise<string[]> {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const foreign: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === OTHER_SITE) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: otherSitePage });
    if (url.origin !== new URL(baseURL).origin) {
      foreign.push(url.href);
      return route.abort();
    }
    const response = await route.fetch();
    const headers = Object.fromEntries(headersForPath(rules, url.pathname).map((h) => [h.name.toLowerCase(), h.value]));
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  return foreign;
}

/** The resizing snippet exactly as the guide "Link to this site" publishes it, pointed at this server. */
function documentedSnippet(origin: string): string {
  const guide = readFileSync(join(dist, 'guides', 'link-to-this-site', 'index.html'), 'utf8');
  const code = [...guide.matchAll(/<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((m) => m[1] ?? '').find((c) => c.includes('landscape-docs:height'));
  if (!code) throw new Error('the guide has no embed snippet');
  const text = code.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
  return text.replaceAll('https://example.org', origin);
}

test('another site frames an embed with the documented snippet: the frame fits its content, also after a reflow, and links open in the page around it', async ({ browser, baseURL }) => {
  const origin = baseURL ?? '';
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = `<!doctype html><html lang="en"><head><title>Other site</title></head><body><h1>Other site</h1>${documentedSnippet(origin)}</body></html>`;
  const foreign = await serveLikeAHost(context, origin, page);
  const tab = await context.newPage();
  const violations: string[] = [];
  tab.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await tab.goto(`${OTHER_SITE}/`);
  const iframe = tab.locator('iframe');
  await expect(iframe).toHaveAttribute('src', `${origin}${EMBED}?theme=light`);
  const embed = tab.frameLocator('iframe');
  await expect(embed.getByRole('heading', { level: 1 })).toContainText('Service Mesh');

  const frameHeight = () => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));
  const contentHeight = () => embed.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  // 480 px until the embed reports; then the frame is exactly as tall as the content, which is not 480.
  await expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);
  const wide = await frameHeight();
  expect(wide).not.toBe(480);
  // A narrower frame puts the cards in one column: the content grows, and so does the frame.
  await iframe.evaluate((f) => (f.style.width = '360px'));
  await expect.poll(frameHeight).toBeGreaterThan(wide);
  await expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);

  // The light theme was asked for; links open in the top page, not in the frame.
  expect(await embed.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
  const card = embed.getByRole('link', { name: 'Istio', exact: true });
  await card.click();
  await expect(tab).toHaveURL(`${origin}/projects/istio/`);
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
  // Requests still in flight (logos of the page left behind) must not outlive the context.
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});

test('without the snippet the embed keeps the frame\'s height and scrolls inside it', async ({ browser, baseURL }) => {
  const origin = baseURL ?? '';
  const context = await browser.newContext();
  await serveLikeAHost(context, origin, `<!doctype html><html lang="en"><head><title>Other site</title></head><body><iframe title="Embed" src="${origin}${EMBED}" style="width:100%;height:300px;border:0"></iframe></body></html>`);
  const tab = await context.newPage();
  await tab.goto(`${OTHER_SITE}/`);
  const embed = tab.frameLocator('iframe');
  await expect(embed.getByRole('heading', { level: 1 })).toBeVisible();
  await tab.waitForTimeout(300);
  expect(await tab.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(300);
  const scrolls = await embed.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight);
  expect(scrolls).toBe(true);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});

test('ordinary pages refuse to be framed by another site', async ({ browser, baseURL }) => {
  const origin = baseURL ?? '';
  const context = await browser.newContext();
  const framed = ['/projects/helm/', '/guides/link-to-this-site/', '/'];
  await serveLikeAHost(
    context,
    origin,
    `<!doctype html><html lang="en"><head><title>Other site</title></head><body>${framed.map((p) => `<iframe title="${p}" src="${origin}${p}"></iframe>`).join('')}<iframe title="embed" src="${origin}/embed/projects/helm/"></iframe></body></html>`,
  );
  const tab = await context.newPage();
  const refusals: string[] = [];
  tab.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
  });
  await tab.goto(`${OTHER_SITE}/`);
  // The embed in the same page shows, so the page and the frames did load.
  await expect(tab.frameLocator('iframe[title="embed"]').getByRole('heading', { level: 1 })).toHaveText('Helm');
  // Each refused frame shows the browser's error page instead of ours.
  await expect.poll(() => refusals.length).toBe(framed.length);
  const urls = tab.frames().map((f) => f.url());
  expect(urls).toContain(`${origin}/embed/projects/helm/`);
  for (const path of framed) expect(urls).not.toContain(`${origin}${path}`);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});

test('embeds take their theme from ?theme=, else from the reader\'s system setting', async ({ browser }) => {
  const background = async (colorScheme: 'light' | 'dark', query: string) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`/embed/projects/helm/${query}`);
    const colour = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    await context.close();
    return colour;
  };
  const light = await background('light', '');
  const dark = await background('dark', '');
  expect(light).not.toBe(dark);
  expect(await background('light', '?theme=dark')).toBe(dark);
  expect(await background('dark', '?theme=light')).toBe(light);
  expect(await background('dark', '?theme=nonsense')).toBe(dark);
});

test('embeds and the guide\'s live embed render without console errors or failed requests, in both themes', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    for (const path of [EMBED, '/embed/projects/kubernetes/', '/embed/projects/ansible/?theme=dark', '/guides/link-to-this-site/']) {
      const page = await context.newPage();
      const problems = watchForErrors(page);
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.locator('h1').first()).toBeVisible();
      if (path.startsWith('/guides/')) {
        // The live example resizes itself to its content, as the snippet does on other sites.
        const frame = page.locator('embed-frame iframe');
        await frame.scrollIntoViewIfNeeded();
        const content = page.frameLocator('embed-frame iframe').locator('html');
        await expect.poll(async () => Math.round(await frame.evaluate((f) => f.clientHeight)) - Math.ceil(await content.evaluate((h) => h.getBoundingClientRect().height))).toBe(0);
        // Not 'networkidle' here: with the lazily loaded iframe it did not come within two minutes.
        await expect.poll(() => page.frameLocator('embed-frame iframe').locator('img').evaluateAll((images) => images.slice(0, 6).every((i) => (i as HTMLImageElement).complete))).toBe(true);
      } else {
        await page.waitForLoadState('networkidle');
      }
      expect(problems, `${path} (${colorScheme})`).toEqual([]);
      await page.close();
    }
    await context.close();
  }
});
