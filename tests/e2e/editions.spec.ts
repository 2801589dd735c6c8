import { expect, test, type Page } from '@playwright/test';
import { DICTIONARIES } from '../../src/lib/i18n/ui.ts';
import { watchForErrors } from './site-pages.ts';

const zh = DICTIONARIES.zh;
const ru = DICTIONARIES.ru;

/** Types into the header search box of the page and waits for the first result's target. */
async function expectFirstResult(page: Page, label: string, query: string, href: string): Promise<void> {
  // The box is a plain search field until focused, then a combobox.
  await page.getByRole('searchbox', { name: label }).or(page.getByRole('combobox', { name: label })).focus();
  const box = page.getByRole('combobox', { name: label });
  await box.fill(query);
  await expect(page.locator('#site-search-results [role="option"]').first(), `first result for "${query}"`).toHaveAttribute('data-href', href);
}

test('the language switcher goes to the same page in the other language, or to its home page', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/projects/helm/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/projects\/helm\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 2, name: '它是什么' })).toBeVisible();
  await page.getByRole('navigation', { name: zh['lang.label'] }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/projects\/helm\/$/);
  await page.getByRole('navigation', { name: ru['lang.label'] }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/projects\/helm\/$/);
  // A page that is not translated offers the edition's home page.
  await page.goto('/projects/zot/');
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' })).toHaveAttribute('href', '/zh/');
  expect(errors).toEqual([]);
});

test('edition pages link to English-only pages with an "English" mark, and to translated pages without', async ({ page }) => {
  await page.goto('/zh/categories/orchestration-management/service-mesh/');
  const istio = page.getByRole('link', { name: 'Istio', exact: true }).first();
  await expect(istio).toHaveAttribute('href', '/zh/projects/istio/');
  const card = page.locator('li', { has: page.getByRole('link', { name: 'Kuma', exact: true }) }).first();
  await expect(card.getByRole('link', { name: 'Kuma', exact: true })).toHaveAttribute('href', '/projects/kuma/');
  await expect(card.locator('.lang-mark')).toHaveText(`(${zh['lang.english']})`);
  await expect(page.locator('li', { has: istio }).locator('.lang-mark')).toHaveCount(0);
  // Inside translated text too: the Russian Helm page links to an untranslated project, marked.
  await page.goto('/ru/projects/helm/');
  const cdk8s = page.locator('.prose a[href="/projects/cdk-for-kubernetes-cdk8s/"]');
  await expect(cdk8s).toHaveCount(1);
  await expect(page.locator('.prose a[href="/projects/cdk-for-kubernetes-cdk8s/"] + .lang-mark')).toHaveText(`(${ru['lang.english']})`);
});

test('Chinese and Russian search find their own pages by topic and by project name', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/zh/');
  await expectFirstResult(page, zh['search.label'], '服务网格', '/zh/categories/orchestration-management/service-mesh/');
  await expectFirstResult(page, zh['search.label'], 'Kubernetes', '/zh/projects/kubernetes/');
  const firstOption = page.locator('#site-search-results [role="option"]').first();
  await expect(firstOption.locator('.lang-mark')).toHaveCount(0);
  // A project not translated yet leads to its English page, and the list says so.
  await expectFirstResult(page, zh['search.label'], 'Velero', '/projects/velero/');
  await expect(firstOption.locator('.lang-mark')).toHaveText(`(${zh['lang.english']})`);
  await expect(firstOption.locator('[lang="en"]')).toHaveText('Velero');
  await page.goto('/ru/');
  await expectFirstResult(page, ru['search.label'], 'контейнерный рантайм', '/ru/categories/runtime/container-runtime/');
  await expectFirstResult(page, ru['search.label'], 'Prometheus', '/ru/projects/prometheus/');
  // The full-text results come from the edition's own Pagefind index (Chinese is segmented into words).
  await page.goto(`/zh/search/?q=${encodeURIComponent('可观测性')}`);
  const first = page.locator('[data-search-list] a').first();
  await expect(first).toHaveAttribute('href', /^\/zh\//);
  // Nothing found: the closest names include a project not translated yet, marked as English.
  // (Chinese segmentation finds some page for most made-up words; the filter rules that out.)
  await page.goto('/zh/search/?q=veleroxx&maturity=archived');
  const closest = page.locator('[data-search-status] a[href="/projects/velero/"]');
  await expect(closest).toBeVisible({ timeout: 15_000 });
  await expect(closest).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-search-status] a[href="/projects/velero/"] + .lang-mark')).toHaveText(`(${zh['lang.english']})`);
  expect(errors).toEqual([]);
});
