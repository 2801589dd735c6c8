import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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

// Real link shapes of both landscape generations, with landscape.cncf.io swapped for this site.
const oldLinks: Array<[string, RegExp]> = [
  ['/?item=provisioning--container-registry--harbor', /\/projects\/harbor\/$/],
  ['/?group=projects-and-products&view-mode=card&item=runtime--container-runtime--containerd', /\/projects\/containerd\/$/],
  ['/?item=orchestration-management--service-management--linkerd', /\/projects\/linkerd\/$/],
  ['/#orchestration-management--service-mesh', /\/categories\/orchestration-management\/service-mesh\/$/],
  ['/selected=prometheus', /\/projects\/prometheus\/$/],
  ['/format=card-mode&selected=open-policy-agent-opa', /\/projects\/open-policy-agent-opa\/$/],
  ['/card-mode?category=service-mesh&grouping=category', /\/categories\/orchestration-management\/service-mesh\/$/],
  ['/landscape=observability-and-analysis&selected=fluentd', /\/projects\/fluentd\/$/],
  ['/project=graduated', /\/maturity\/graduated\/$/],
  ['/format=members', /\/categories\/cncf-members\/$/],
  ['/selected=2nd-quadrant-kcsp', /\/removed\/0-9\/#2nd-quadrant-kcsp$/],
];

/**
 * Static hosts answer an unknown path with 404.html; `astro preview` answers paths without a
 * trailing slash with a message of its own instead, so the test serves 404.html the way a host does.
 */
async function openAsStaticHost(page: Page, path: string): Promise<void> {
  const notFound = readFileSync(join(import.meta.dirname, '..', '..', 'dist', '404.html'), 'utf8');
  const pathname = new URL(path, 'http://x').pathname;
  if (pathname !== '/' && !pathname.endsWith('/')) {
    await page.route((url) => url.pathname === pathname, (route) => route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFound }));
  }
  await page.goto(path);
}

for (const [path, landing] of oldLinks) {
  test(`the old landscape.cncf.io link ${path} lands on the right page`, async ({ page }) => {
    await openAsStaticHost(page, path);
    await expect(page).toHaveURL(landing);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('an old link that names nothing we know offers a search for its words', async ({ page }) => {
  await openAsStaticHost(page, '/selected=no-such-thing-at-all');
  await expect(page.getByRole('link', { name: 'Search for “no such thing at all”' })).toBeVisible();
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
