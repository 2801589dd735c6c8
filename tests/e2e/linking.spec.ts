import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import { apiCategoriesFileSchema, apiProjectFileSchema, apiProjectsFileSchema } from '../../src/schemas/api.ts';
import { sitemapPaths, watchForErrors } from './site-pages.ts';

test('alias URLs redirect to the canonical project page, also through _redirects', async ({ page, request }) => {
  for (const [alias, slug] of [
    ['k8s', 'kubernetes'],
    ['otel', 'opentelemetry'],
    ['argo-cd', 'argo'],
  ]) {
    const html = await (await request.get(`/projects/${alias}/`)).text();
    expect(html).toContain(`<link rel="canonical" href="`);
    expect(html).toContain(`/projects/${slug}/"`);
    await page.goto(`/projects/${alias}/`);
    await expect(page).toHaveURL(new RegExp(`/projects/${slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // astro preview does not serve files starting with "_", so the generated file is read from dist/.
  const redirects = readFileSync(join(import.meta.dirname, '..', '..', 'dist', '_redirects'), 'utf8');
  expect(redirects).toContain('/projects/k8s/ /projects/kubernetes/ 301\n');
});

test('a landscape.cncf.io item id lands on the project page', async ({ page }) => {
  await page.goto('/landscape/?item=provisioning--container-registry--harbor');
  await expect(page).toHaveURL(/\/projects\/harbor\/$/);
  await page.goto(`/landscape/?item=${encodeURIComponent('https://landscape.cncf.io/?item=orchestration-management--scheduling-orchestration--kubernetes')}`);
  await expect(page).toHaveURL(/\/projects\/kubernetes\/$/);
  await page.goto('/landscape/?item=runtime--container-runtime--no-such-thing');
  await expect(page.getByRole('link', { name: 'Search for “no such thing”' })).toBeVisible();
});

test('the data API matches its schema and the site', async ({ request }) => {
  const paths = await sitemapPaths(request);
  const projectPages = paths.filter((p) => /^\/projects\/[^/]+\/$/.test(p));
  const all = apiProjectsFileSchema.parse(await (await request.get('/api/projects.json')).json());
  expect(all.count).toBe(all.projects.length);
  expect(all.projects.map((p) => new URL(p.url).pathname).sort()).toEqual([...projectPages].sort());
  const helm = apiProjectFileSchema.parse(await (await request.get('/api/projects/helm.json')).json());
  expect(helm).toMatchObject({ slug: 'helm', name: 'Helm', maturity: 'graduated' });
  const { version: _version, schema: _schema, ...helmFields } = helm;
  expect(all.projects.find((p) => p.slug === 'helm')).toEqual(helmFields);
  const categories = apiCategoriesFileSchema.parse(await (await request.get('/api/categories.json')).json());
  // As many categories and subcategories as content/categories/ has: a correct import never breaks this.
  const categoryFiles = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'categories')).filter((f) => f.endsWith('.mdx'));
  const subcategoryCount = categoryFiles.reduce((n, f) => n + (readMdx(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'categories', f), 'utf8'), f).data['subcategories'] as unknown[]).length, 0);
  expect(categories.categories).toHaveLength(categoryFiles.length);
  expect(categories.categories.flatMap((c) => c.subcategories)).toHaveLength(subcategoryCount);
  const csv = await request.get('/api/projects.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(all.count + 1);
  for (const file of ['projects.json', 'project.json', 'categories.json']) {
    const schema = (await (await request.get(`/api/schema/v1/${file}`)).json()) as { $schema?: string };
    expect(schema.$schema, file).toContain('json-schema.org');
  }
});

test('project pages offer a badge, copyable snippets and the pages that mention them', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await page.goto('/projects/containerd/');
  const mentioned = page.getByRole('region', { name: 'Mentioned in' });
  await expect(mentioned.getByRole('link', { name: 'Container runtimes and the standards around them' })).toBeVisible();
  const box = page.getByRole('region', { name: 'Link to this page' });
  const badge = box.getByRole('img', { name: 'containerd: CNCF graduated' });
  await badge.scrollIntoViewIfNeeded();
  await expect(badge).toBeVisible();
  await expect.poll(() => badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await box.getByRole('button', { name: 'Copy' }).first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^\[containerd\]\(http[^)]+\/projects\/containerd\/\)/);
  await expect(box.getByRole('button', { name: 'Copied' })).toBeVisible();
  const badgeFile = await page.request.get('/badges/containerd.svg');
  expect(badgeFile.headers()['content-type']).toContain('image/svg+xml');
  expect(problems).toEqual([]);
  await context.close();
});
