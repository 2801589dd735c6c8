import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import { implicitAliases, normalize } from '../../src/lib/search/name-index.ts';
import { watchForErrors } from './site-pages.ts';

interface Item {
  slug: string;
  name: string;
  aliases: string[];
  maturity: string | undefined;
}

const dir = join(import.meta.dirname, '..', '..', 'content', 'projects');
const items: Item[] = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const data = readMdx(readFileSync(join(dir, f), 'utf8'), f).data as { name: string; aliases?: string[]; maturity?: string };
    return { slug: f.replace(/\.mdx$/, ''), name: data.name, aliases: data.aliases ?? [], maturity: data.maturity };
  });

/** Types a query into the header search box and returns the href of the first result once it is there. */
async function expectFirstResult(page: Page, query: string, href: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search projects and pages' });
  await box.fill(query);
  await expect(page.locator('#site-search-results [role="option"]').first(), `first result for "${query}"`).toHaveAttribute('data-href', href);
}

async function openSearchBox(page: Page): Promise<void> {
  await page.goto('/items/');
  await page.getByRole('searchbox', { name: 'Search projects and pages' }).focus();
  await expect(page.getByRole('combobox', { name: 'Search projects and pages' })).toBeVisible();
}

test('the exact name and every alias of each CNCF project finds its page first', async ({ page }) => {
  test.setTimeout(300_000);
  const projects = items.filter((i) => i.maturity);
  expect(projects.length).toBeGreaterThan(0);
  await openSearchBox(page);
  for (const project of projects) {
    for (const query of new Set([project.name, ...project.aliases, ...implicitAliases(project.name)])) {
      await expectFirstResult(page, query, `/projects/${project.slug}/`);
    }
  }
  // Case and punctuation do not matter.
  await expectFirstResult(page, 'GRPC', '/projects/grpc/');
  await expectFirstResult(page, 'argo-cd', '/projects/argo/');
  // Named in the issue, not a CNCF project: a short name that prefixes others (SlimFaaS, Slim).
  await expectFirstResult(page, 'Slime', '/projects/slime/');
});

test('a sample of other landscape items is found first by name', async ({ page }) => {
  test.setTimeout(120_000);
  const counts = new Map<string, number>();
  for (const i of items) counts.set(normalize(i.name), (counts.get(normalize(i.name)) ?? 0) + 1);
  const others = items.filter((i) => !i.maturity && counts.get(normalize(i.name)) === 1);
  const sample = others.filter((_, index) => index % Math.floor(others.length / 60) === 0);
  expect(sample.length).toBeGreaterThanOrEqual(60);
  await openSearchBox(page);
  for (const item of sample) await expectFirstResult(page, item.name, `/projects/${item.slug}/`);
});

test('full text finds pages by topic on the search page, with filters in a shareable URL', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto('/search/?q=service+mesh');
  const results = page.locator('[data-search-list] a');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText('Results for “service mesh”');
  await page.getByLabel('CNCF maturity').selectOption('graduated');
  await expect(page).toHaveURL(/[?&]maturity=graduated/);
  await expect(page).toHaveURL(/[?&]q=service\+mesh/);
  await expect(results.first()).toBeVisible();
  for (const text of await page.locator('[data-search-list] li').allInnerTexts()) expect(text).toContain('CNCF graduated');
  await page.getByLabel('Subcategory', { exact: true }).selectOption({ label: 'Service Mesh' });
  await expect(page.getByLabel('Category', { exact: true })).toHaveValue('Orchestration & Management');
  await expect(page).toHaveURL(/[?&]subcategory=Service\+Mesh/);
  // A shared URL restores the form and the results.
  await page.goto(page.url());
  await expect(page.getByLabel('Search for')).toHaveValue('service mesh');
  await expect(page.getByLabel('CNCF maturity')).toHaveValue('graduated');
  await expect(results.first()).toBeVisible();
  for (const topic of ['eBPF', 'GitOps']) {
    await page.goto(`/search/?q=${topic}`);
    await expect(results.first(), topic).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('a typo is corrected with a way back, a topic word opens its page, and nothing found suggests names and categories', async ({ page }) => {
  const problems = watchForErrors(page);
  const results = page.locator('[data-search-list] a');
  await page.goto('/search/?q=kubernets');
  // The first typo loads the full name index (about 60 KB compressed) before correcting.
  await expect(page.locator('[data-search-status]')).toContainText('Showing results for “Kubernetes”', { timeout: 15_000 });
  await expect(results.first()).toHaveAttribute('href', '/projects/kubernetes/');
  await page.getByRole('link', { name: 'search for “kubernets” instead' }).click();
  await expect(page.locator('[data-search-status]')).not.toContainText('Showing results for');
  await page.goto('/search/?q=container+registry');
  await expect(results.first()).toHaveAttribute('href', '/categories/provisioning/container-registry/');
  await page.goto('/search/?q=kube-proxy');
  await expect(results.first()).toHaveAttribute('href', '/projects/kubernetes/');
  // Pagefind matches parts of words, so a made-up word can still find a page; the filter rules that out.
  await page.goto('/search/?q=xqzvjwkqx&maturity=archived');
  await expect(page.locator('[data-search-status]')).toContainText('Nothing found', { timeout: 15_000 });
  await expect(page.locator('[data-search-status]').getByRole('link', { name: 'Observability and Analysis' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('search works with the keyboard only', async ({ page }) => {
  await page.goto('/categories/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search projects and pages' });
  await expect(box).toBeFocused();
  await page.keyboard.type('helm');
  await expect(page.locator('#site-search-results[data-complete="helm"]')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#site-search-results [aria-selected="true"]')).toHaveAttribute('data-href', '/projects/helm/');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\/helm\/$/);
  // The launcher (a module script) is ready once the document has loaded.
  await page.waitForLoadState('domcontentloaded');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search projects and pages' })).toBeFocused();
});

test('without JavaScript the header search is a plain form that opens /search/', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/projects/');
  await page.getByRole('searchbox', { name: 'Search projects and pages' }).fill('helm');
  await page.getByRole('button', { name: 'Search', exact: true }).first().click();
  await expect(page).toHaveURL(/\/search\/\?q=helm$/);
  await expect(page.getByRole('link', { name: 'the A to Z list' })).toBeVisible();
  await context.close();
});

test('clicking a result in the header list opens it', async ({ page }) => {
  await page.goto('/guides/');
  await page.getByRole('searchbox', { name: 'Search projects and pages' }).focus();
  await page.getByRole('combobox', { name: 'Search projects and pages' }).fill('envoy');
  await page.getByRole('option').first().click();
  await expect(page).toHaveURL(/\/projects\/envoy\/$/);
});

test('the header list takes full-text hits from the result table, and the same hits from Pagefind without it', async ({ browser }) => {
  const listFor = async (withTable: boolean) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (!withTable) await page.route('**/search/result-meta/**', (route) => route.abort());
    const fragments: string[] = [];
    page.on('request', (request) => void (request.url().includes('/pagefind/fragment/') && fragments.push(request.url())));
    await page.goto('/guides/');
    const table = withTable ? page.waitForResponse((response) => response.url().endsWith('/search/result-meta/en.json')) : undefined;
    await page.getByRole('searchbox', { name: 'Search projects and pages' }).focus();
    await table;
    await page.getByRole('combobox', { name: 'Search projects and pages' }).fill('sidecar');
    await expect(page.locator('#site-search-results[data-complete="sidecar"]')).toBeAttached();
    const options = await page.locator('#site-search-results [role="option"]').evaluateAll((nodes) => nodes.map((n) => `${(n as HTMLElement).dataset['href']} ${n.textContent}`));
    await context.close();
    return { options, fragments };
  };
  const fromTable = await listFor(true);
  const fromFragments = await listFor(false);
  // Names, then at least three full-text hits, then "All results".
  expect(fromTable.options.length).toBeGreaterThan(4);
  expect(fromTable.fragments).toEqual([]);
  expect(fromFragments.fragments.length).toBeGreaterThan(0);
  expect(fromFragments.options).toEqual(fromTable.options);
});
