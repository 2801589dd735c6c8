import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getCatalog } from '../lib/site/content.ts';
import { sitemapXml } from '../lib/site/sitemap.ts';
import { removedItems } from '../lib/site/history-data.ts';
import { guideUrl, maturityUrl, projectUrl, removedGroup, removedGroupUrl } from '../lib/site/urls.ts';
import { MATURITY_LEVELS } from '../schemas/common.ts';

/** Every page of the site; the end-to-end tests take their page lists from here too. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const [projects, guides] = await Promise.all([getCollection('projects'), getCollection('guides')]);
  const paths = [
    '/',
    '/grid/',
    '/categories/',
    '/projects/',
    '/items/',
    '/guides/',
    '/search/',
    '/landscape/',
    '/stats/',
    ...catalog.categories.flatMap((c) => [c.url, ...c.subcategories.map((s) => s.url)]),
    ...projects.map((p) => projectUrl(p.id)),
    ...guides.map((g) => guideUrl(g.id)),
    ...MATURITY_LEVELS.map(maturityUrl),
    '/removed/',
    '/changes/',
    ...[...new Set(removedItems().map((r) => removedGroup(r.key)))].map(removedGroupUrl),
  ];
  return new Response(sitemapXml(paths.map((p) => new URL(p, site).href)), { headers: { 'Content-Type': 'application/xml' } });
};
