import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { pagesPerTemplate, sitemapPaths } from './site-pages.ts';

/** WCAG 2.1 A/AA, plus 2.2 AA, whose only axe rule is target size (Lighthouse checks it too). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
}

const EDITION_TEMPLATES = ['home', 'category list', 'category', 'subcategory', 'project', 'guide list', 'guide', 'search', 'search with results'];

/** The pages checked: one per template of the sitemap, and a few states of their own; the same for each edition. */
async function checkedPages(request: APIRequestContext): Promise<Record<string, string>> {
  const paths = await sitemapPaths(request);
  const editions: Record<string, string> = {};
  for (const lang of ['zh', 'ru']) {
    const own = paths.filter((p) => p.startsWith(`/${lang}/`)).map((p) => p.slice(lang.length + 1));
    for (const [template, path] of Object.entries(pagesPerTemplate(own, () => true, true))) editions[`${lang} ${template}`] = `/${lang}${path}`;
    editions[`${lang} search with results`] = `/${lang}/search/?q=kubernetes`;
  }
  return {
    ...pagesPerTemplate(paths),
    'graduated project': '/projects/kubernetes/',
    stats: '/stats/',
    'landscape link': '/landscape/',
    'not found': '/no-such-page/',
    'search with results': '/search/?q=service+mesh',
    ...editions,
  };
}

/**
 * One test per page and theme: as one test per theme they took three of their four minutes alone
 * and ran out of time beside the rest of the suite on a busy machine; this way the workers share
 * them and a slow page cannot use up the others' time. The names are listed here, so the first
 * test checks the list against the templates the sitemap has.
 */
const CHECKED = [
  ...['home', 'landscape grid', 'category list', 'category', 'subcategory', 'CNCF project table', 'project', 'all items', 'guide list', 'guide', 'search', 'graduated project', 'stats', 'landscape link', 'not found', 'search with results'],
  ...['zh', 'ru'].flatMap((lang) => EDITION_TEMPLATES.map((t) => `${lang} ${t}`)),
];

test('the axe tests cover every template', async ({ request }) => {
  expect(Object.keys(await checkedPages(request)).sort()).toEqual([...CHECKED].sort());
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const template of CHECKED) {
    test(`axe finds no WCAG 2.1 A/AA (or 2.2 AA target size) violation: ${template} (${colorScheme} theme)`, async ({ browser, request }) => {
      // The grid and the A to Z list alone took two minutes on a machine busy with another build.
      test.setTimeout(240_000);
      const path = (await checkedPages(request))[template] ?? '';
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(path);
      if (template.endsWith('search with results')) await expect(page.locator('[data-search-list] a').first()).toBeVisible();
      expect(await violations(page), `${template} ${path}`).toEqual([]);
      await context.close();
    });
  }

  test(`axe finds no violation in the header search's open result list (${colorScheme} theme)`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/projects/');
    await page.getByRole('searchbox', { name: 'Search projects and pages' }).focus();
    await page.getByRole('combobox', { name: 'Search projects and pages' }).fill('helm');
    await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
    expect(await violations(page), 'search results list').toEqual([]);
    await context.close();
  });
}

// Embeds are not in the sitemap, so not among the templates above: each is checked in the reader's
// theme and in the other one by ?theme=, and the guide with its live embed, frame included.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the embeds and the guide's live embed (${colorScheme} theme)`, async ({ browser }) => {
    test.setTimeout(120_000);
    const other = colorScheme === 'light' ? 'dark' : 'light';
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of [
      '/embed/categories/orchestration-management/service-mesh/',
      `/embed/categories/runtime/container-runtime/?theme=${other}`,
      '/embed/projects/kubernetes/',
      `/embed/projects/kubernetes/?theme=${other}`,
      '/embed/projects/ansible/',
    ]) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
    await page.goto('/guides/link-to-this-site/');
    await page.locator('embed-frame iframe').scrollIntoViewIfNeeded();
    await expect(page.frameLocator('embed-frame iframe').getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(page), 'the guide with its live embed').toEqual([]);
    await context.close();
  });
}

// 50 pages spread over the sitemap, checked in five groups of ten so that the groups run on both
// workers and a slow machine does not time out the whole sample.
for (let group = 0; group < 5; group++) {
  test(`axe finds no violation on sitemap pages, group ${group + 1} of 5 (50 pages in all)`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const paths = await sitemapPaths(request);
    const step = Math.floor(paths.length / 50);
    const sample = paths.filter((_, i) => i % step === 0).slice(0, 50);
    expect(sample).toHaveLength(50);
    for (const path of sample.slice(group * 10, group * 10 + 10)) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
  });
}

test('keyboard: the skip link comes first and focus is always visible', async ({ page }) => {
  await page.goto('/categories/runtime/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'visible' : `${el.tagName} ${el.textContent?.trim().slice(0, 30)} has no focus outline`;
    });
    expect(outline).not.toMatch(/no focus outline/);
  }
});
