import { expect, test } from '@playwright/test';
import { pagesPerTemplate, scrollThrough, sitemapPaths, watchForErrors } from './site-pages.ts';

test.describe('every page template', () => {
  test('renders without console errors or failed requests, in both themes', async ({ browser, request }) => {
    test.setTimeout(180_000);
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThan(2500);
    const pages = {
      ...pagesPerTemplate(paths),
      'graduated project': '/projects/kubernetes/',
      'non-CNCF item': paths.find((p) => p.endsWith('-member/')) ?? '/projects/ansible/',
    };
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      for (const [template, path] of Object.entries(pages)) {
        const page = await context.newPage();
        const problems = watchForErrors(page);
        const response = await page.goto(path);
        expect(response?.status(), `${template} ${path}`).toBe(200);
        await expect(page.locator('h1').first()).toBeVisible();
        if (template !== 'home' && template !== 'all items') await scrollThrough(page);
        expect(problems, `${template} ${path} (${colorScheme})`).toEqual([]);
        await page.close();
      }
      await context.close();
    }
  });
});

test('the 404 page answers unknown URLs and offers search', async ({ page }) => {
  const response = await page.goto('/projects/no-such-project-here/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const search = page.getByRole('main').getByRole('searchbox');
  await search.fill('Kubernetes');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Kubernetes$/);
  await expect(page.locator('[data-search-list] a').first()).toHaveAttribute('href', '/projects/kubernetes/');
});

test('browse from the landscape to a category to a project', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('heading', { level: 2, name: /^Runtime \d/ }).getByRole('link', { name: 'Runtime' }).click();
  await expect(page).toHaveURL(/\/categories\/runtime\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runtime');
  await page.getByRole('main').getByRole('link', { name: 'containerd', exact: true }).first().click();
  await expect(page).toHaveURL(/\/projects\/containerd\/$/);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs.getByRole('link')).toHaveText(['Runtime', 'Container Runtime', 'containerd']);
  await expect(page.getByText('CNCF graduated', { exact: true })).toBeVisible();
  await crumbs.getByRole('link', { name: 'Container Runtime' }).click();
  await expect(page).toHaveURL(/\/categories\/runtime\/container-runtime\/$/);
});

test('the theme toggle overrides the system theme and persists', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const light = await background();
  expect(light).not.toBe(dark);
  await page.goto('/categories/');
  expect(await background()).toBe(light);
  await context.close();
});

test('pages work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/projects/prometheus/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prometheus');
  await expect(page.getByRole('link', { name: 'Source code' })).toHaveAttribute('href', /github\.com\/prometheus/);
  await page.getByRole('banner').getByRole('searchbox').fill('etcd');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=etcd$/);
  await expect(page.getByRole('link', { name: 'the A to Z list' })).toBeVisible();
  await context.close();
});

test('no page template scrolls sideways on a 360 px phone', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of Object.values(pagesPerTemplate(await sitemapPaths(request)))) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
