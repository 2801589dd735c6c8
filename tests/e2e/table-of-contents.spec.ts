import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** A guide with several sections (content/guides/cncf-maturity-levels.mdx has seven). */
const GUIDE = '/guides/cncf-maturity-levels/';

test('on a wide screen the table of contents sits beside the text, jumps to sections and marks the one being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(GUIDE);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);

  // Every link leads to a heading of the text.
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    await expect(page.locator(`main h2${href}, main h3${href}`), href).toHaveCount(1);
  }

  const third = links.nth(2);
  const target = (await third.getAttribute('href')) ?? '';
  await third.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(third).toHaveAttribute('aria-current', 'location');
  // The list stays in view (sticky) after the jump.
  await expect(toc).toBeInViewport();

  // Scrolling by hand moves the mark: the second section's heading at the top of the window.
  const secondTarget = (await links.nth(1).getAttribute('href')) ?? '';
  await page.locator(secondTarget).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(links.nth(1)).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);

  // Back at the top the later sections lose the mark: only the first one is marked, and only if its
  // heading already starts within the top quarter of the window.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(links.nth(1)).not.toHaveAttribute('aria-current', 'location');
  const firstInTopQuarter = await page.locator((await links.first().getAttribute('href')) ?? '').evaluate((h) => h.getBoundingClientRect().top <= innerHeight / 4);
  await expect(toc.locator('[aria-current]')).toHaveCount(firstInTopQuarter ? 1 : 0);
  if (firstInTopQuarter) await expect(links.first()).toHaveAttribute('aria-current', 'location');
});

test('on a phone the table of contents is collapsed above the text and opens without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/projects/kubernetes/');
  const summary = page.locator('summary', { hasText: 'On this page' });
  await expect(summary).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeHidden();
  // Above the text: the list comes before the first section heading.
  const [tocTop, textTop] = await Promise.all([summary.evaluate((e) => e.getBoundingClientRect().top), page.locator('.prose h2').first().evaluate((e) => e.getBoundingClientRect().top)]);
  expect(tocTop).toBeLessThan(textTop);
  await summary.click();
  await expect(toc).toBeVisible();
  const first = toc.getByRole('link').first();
  const target = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await context.close();
});

test('category pages list their written sections and every subcategory section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/categories/runtime/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const subcategories = await page.locator('main section[aria-labelledby^="sub-"] h2').allTextContents();
  expect(subcategories.length).toBeGreaterThan(1);
  const texts = (await toc.getByRole('link').allTextContents()).map((t) => t.trim());
  expect(texts.slice(-subcategories.length)).toEqual(subcategories.map((t) => t.trim()));
  expect(texts.length).toBeGreaterThan(subcategories.length);
  const last = toc.getByRole('link').last();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'location');
});

test('pages with fewer than three sections have no table of contents', async ({ page }) => {
  // An item without a written text: its only sections are the site's own boxes (links, timeline).
  const projects = join(import.meta.dirname, '..', '..', 'content', 'projects');
  const short = readdirSync(projects).find((f) => (readFileSync(join(projects, f), 'utf8').match(/^## /gm) ?? []).length < 3);
  expect(short).toBeDefined();
  await page.goto(`/projects/${short?.replace(/\.mdx$/, '')}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('page-toc')).toHaveCount(0);
});
