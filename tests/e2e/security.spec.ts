import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxHeaders, SECURITY_HEADERS } from '../../src/lib/site/security-headers.ts';
import { pagesPerTemplate, sitemapPaths } from './site-pages.ts';

/**
 * The built pages under the site's own Content Security Policy: `astro preview` does not read
 * _headers, so every response here gets the headers added on its way to the browser.
 */
test('every template works under the Content Security Policy and requests nothing from other hosts', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const violations: string[] = [];
  const foreign: string[] = [];
  await context.route('**/*', async (route) => {
    if (!route.request().url().startsWith(baseURL ?? '')) {
      foreign.push(route.request().url());
      return route.abort();
    }
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...SECURITY_HEADERS } });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });

  for (const path of Object.values(pagesPerTemplate(await sitemapPaths(request)))) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
  }
  // The scripts that need the policy's allowances: the theme toggle, search (Pagefind's
  // WebAssembly) and the landscape id lookup.
  await page.goto('/projects/helm/');
  await page.getByRole('button', { name: /theme/i }).click();
  await page.getByRole('searchbox', { name: 'Search projects and pages' }).focus();
  await page.getByRole('combobox', { name: 'Search projects and pages' }).fill('service mesh');
  await expect(page.locator('#site-search-results [role="option"]').nth(1)).toBeVisible();
  await page.goto('/search/?q=gitops');
  await expect(page.locator('[data-search-list] a').first()).toBeVisible();
  await page.goto('/landscape/?item=provisioning--container-registry--harbor');
  await expect(page).toHaveURL(/\/projects\/harbor\/$/);

  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
  const headersFile = readFileSync(join(import.meta.dirname, '..', '..', 'dist', '_headers'), 'utf8');
  expect(headersFile).toContain(`Content-Security-Policy: ${SECURITY_HEADERS['Content-Security-Policy']}`);
  const deployment = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
  for (const line of nginxHeaders().split('\n')) expect(deployment, 'docs/deployment.md is out of date').toContain(line);
  // Requests still in flight (the favicon of the last page) must not outlive the context.
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});
